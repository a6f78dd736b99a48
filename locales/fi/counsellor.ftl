## Palveluohjaajan työtila: Asiakkaani ja ohjauskontaktin kirjaaminen.

nav-clients = Asiakkaani
nav-decisions = Tehtävät päätökset
clients-title = Asiakkaani
clients-summary = { $count ->
    [one] Yksi asiakkaistasi tarvitsee huomiota.
   *[other] { $count } asiakastasi tarvitsee huomiota. Kiireellisin on ensimmäisenä.
}
clients-summary-none = Kukaan asiakkaistasi ei tarvitse nyt huomiota.
clients-most-urgent = { $name }:
clients-open-hint = Avaa asiakkaan sivut, niin näet ne niin kuin asiakas ne näkee.
clients-logged = Tämä lista ja jokainen avaamasi sivu näkyvät asiakkaan lokissa "Kuka katsoi tietojani".
clients-none = Sinulla ei ole vielä asiakkaita.
clients-recorded = Yhteydenotto asiakkaan { $name } kanssa on kirjattu.
clients-attention = Vaatii huomiota
clients-nothing-needs-attention = Mikään ei vaadi nyt huomiota.
clients-attention-used-up = Budjetti on käytetty.
clients-attention-at-risk = Budjetti ei riitä loppuun tällä tahdilla.
clients-attention-held = { $count ->
    [one] Yksi palvelukirjaus odottaa tarkistusta.
   *[other] { $count } palvelukirjausta odottaa tarkistusta.
}
clients-attention-pending = { $count ->
    [one] Yksi palveluntuottajan vaihto odottaa alkamista.
   *[other] { $count } palveluntuottajan vaihtoa odottaa alkamista.
}
clients-attention-requests = { $count ->
    [one] Yhdessä palautteessa pyydetään yhteydenottoa.
   *[other] { $count } palautteessa pyydetään yhteydenottoa.
}
clients-attention-overdue = Päivälle { $day } sovittua yhteydenottoa ei ole kirjattu.
clients-attention-no-next-contact = Seuraavaa yhteydenottoa ei ole sovittu.
clients-next-contact = Seuraava sovittu yhteydenotto: { $day }
clients-this-year = Tänä vuonna: { $contacts ->
    [one] yksi yhteydenotto
   *[other] { $contacts } yhteydenottoa
}, { $minutes ->
    [one] { $minutes } minuutti
   *[other] { $minutes } minuuttia
}.
clients-open = Avaa asiakkaan { $name } sivut
clients-record-contact = Kirjaa yhteydenotto: { $name }

contact-title = Kirjaa yhteydenotto: { $name }
contact-back = Takaisin asiakkaisiini
contact-intro = Kirjaa jokainen ohjauskontakti. Kokeilussa seurataan, kuinka paljon ohjausta kukin asiakas saa.
contact-day = Yhteydenoton päivä
contact-day-hint = Esimerkiksi 10.5.2018
contact-minutes = Kuinka monta minuuttia
contact-minutes-hint = Kokonaisluku 1–480, esimerkiksi 45
contact-channel = Miten yhteydenotto tapahtui?
contact-channel-meeting = Tapaaminen
contact-channel-phone = Puhelu
contact-channel-video = Videopuhelu
contact-channel-message = Viesti
contact-next = Seuraava sovittu yhteydenotto (vapaaehtoinen)
contact-next-hint = Esimerkiksi 24.5.2018. Jätä tyhjäksi, jos ette sopineet sitä.
contact-save = Kirjaa yhteydenotto
contact-history = Kirjatut yhteydenotot
contact-none-yet = Yhteydenottoja ei ole vielä kirjattu.
contact-line = { $day }: { $channel }, { $minutes } min ({ $counsellor }).
contact-line-next = Seuraava yhteydenotto sovittu päivälle { $day }.
contact-error-day-missing = Kirjoita yhteydenoton päivä
contact-error-day-not-a-date = Kirjoita yhteydenoton päivä päivämääränä, esimerkiksi 10.5.2018
contact-error-day-in-future = Yhteydenoton päivä voi olla tänään tai aiemmin
contact-error-minutes = Kirjoita minuutit kokonaislukuna 1–480
contact-error-channel = Valitse, miten yhteydenotto tapahtui
contact-error-next-not-a-date = Kirjoita seuraava yhteydenotto päivämääränä, esimerkiksi 24.5.2018
contact-error-next-not-after = Seuraavan yhteydenoton pitää olla yhteydenoton päivän jälkeen

helping-counsellor = Katsot asiakkaasi { $name } sivuja palveluohjaajana. Voit vain katsoa, et muuttaa mitään.
helping-back-to-clients = Takaisin asiakkaisiini

clients-mandates = Kuka saa hoitaa asiakkaan { $name } asioita
mandates-title = Kuka saa hoitaa asiakkaan { $name } asioita
mandates-intro = Omainen, jolla on valtuutus, saa katsoa asiakkaan sivuja tai myös toimia hänen puolestaan: vaihtaa palveluntuottajaa, antaa palautetta, luopua henkilökohtaisesta budjetista. Asiakas näkee sivulla "Tehty puolestasi", kuka antoi tai lopetti valtuutuksen.
mandates-in-force = Voimassa olevat valtuutukset
mandates-none = Kenelläkään omaisella ei ole nyt valtuutusta.
mandates-may-look = { $name } saa katsoa asioita.
mandates-may-look-until = { $name } saa katsoa asioita { $until } asti.
mandates-may-act = { $name } saa katsoa ja hoitaa asioita.
mandates-may-act-until = { $name } saa katsoa ja hoitaa asioita { $until } asti.
mandates-end = Lopeta valtuutus: { $name }
mandates-give = Anna valtuutus
mandates-give-what = Uusi valtuutus korvaa saman omaisen aiemman valtuutuksen tälle asiakkaalle.
mandates-who = Kuka omainen?
mandates-rights = Mitä hän saa tehdä?
mandates-rights-look = Vain katsoa
mandates-rights-act = Katsoa ja hoitaa asioita
mandates-until = Viimeinen päivä (vapaaehtoinen)
mandates-until-hint = Esimerkiksi 31.12.2018. Jätä tyhjäksi, jos valtuutus on toistaiseksi voimassa.
mandates-save = Tallenna valtuutus
mandates-set = Valtuutus on tallennettu.
mandates-ended = Valtuutus on lopetettu.
mandates-error-relative = Valitse omainen
mandates-error-rights = Valitse, mitä omainen saa tehdä
mandates-error-until-not-a-date = Kirjoita viimeinen päivä päivämääränä, esimerkiksi 31.12.2018
mandates-error-until-past = Viimeisen päivän pitää olla tänään tai myöhemmin

review-title = Tarkistusta odottavat kirjaukset: { $name }
review-intro = Nämä palvelukirjaukset pidätettiin, koska budjetissa ei ollut niille tarpeeksi rahaa. Hyväksy kirjaus, jos se mahtuu siihen, mitä budjetissa on jäljellä. Muuten hylkää se ja kerro syy. Asiakas näkee, mitä teit, ja syyn.
review-left = Budjetissa on nyt jäljellä { $amount }.
review-none = Yksikään kirjaus ei odota tarkistusta.
review-record = { $date }: { $service }
review-record-detail = { $units }, { $provider }: { $amount }
review-release = Hyväksy ja maksa budjetista
review-reason = Syy, jos hylkäät kirjauksen
review-reason-hint = Asiakas lukee syyn. Kirjoita lyhyesti ja selvästi, enintään 500 merkkiä.
review-refuse = Hylkää kirjaus
review-released = Kirjaus on hyväksytty ja maksettu budjetista.
review-refused = Kirjaus on hylätty. Asiakas näkee syyn.
review-error-not-held = Tämä kirjaus ei enää odota tarkistusta. Joku on jo tarkistanut sen.
review-error-does-not-fit = Kirjaus ei mahdu siihen, mitä budjetissa on jäljellä. Muuta ensin päätöstä tai hylkää kirjaus.
review-error-no-reason = Kirjoita syy, jonka takia hylkäät kirjauksen
review-error-reason-too-long = Kirjoita syy enintään 500 merkillä

clients-decision = Päätös: { $name }
decision-form-title = Päätös: { $name }
decision-form-intro = Valmistele asiakkaan henkilökohtaisen budjetin päätös. Summat lasketaan samoilla säännöillä kuin asiakkaan omalla sivulla. Päätöksentekijä tekee päätöksen valmistelusi pohjalta. Hän voi muuttaa sitä.
decision-form-intro-decide = Tee päätös palveluohjaajan valmistelun pohjalta. Voit muuttaa sitä ennen kuin päätät. Kirjoita perustelut: asiakas lukee ne päätöksestään. Asiakas näkee, kuka päätti ja milloin.
decision-form-now = Päätös nyt
decision-form-none = Asiakkaalla ei ole vielä päätöstä.
decision-form-period = Voimassa { $from }–{ $to }. Yhteensä { $total }.
decision-form-change = Muuta päätöstä
decision-form-make = Tee päätös
decision-form-from = Ensimmäinen päivä
decision-form-to = Viimeinen päivä
decision-form-day-hint = Esimerkiksi 1.1.2018
decision-form-services = Palvelut
decision-form-services-hint = Jätä palvelu pois päätöksestä valitsemalla "Ei päätöksessä" tai jättämällä määrä tyhjäksi.
decision-form-tier = Palvelutarpeen taso
decision-form-not-in = Ei päätöksessä
decision-form-tier-value = Taso { $tier }: { $amount } päivässä
decision-form-days = Päiviä kuukaudessa
decision-form-hours = Tunteja kuukaudessa
decision-form-units-hint = Esimerkiksi 12 tai 38,5. Jätä tyhjäksi, jos palvelu ei kuulu päätökseen.
decision-form-value = Arvo yksiköltä euroina (vapaaehtoinen)
decision-form-value-hint = Hinnaston arvo on { $amount }. Jätä tyhjäksi, niin käytetään sitä.
decision-form-value-hint-tiers = Jätä tyhjäksi, niin käytetään valitun tason hinnaston arvoa.
decision-form-prepare = Valmistele päätettäväksi
decision-form-decide = Tee päätös
decision-form-prepared = Päätös on valmisteltu. Päätöksentekijä näkee sen listallaan.
decision-form-waiting = { $name } valmisteli päätöksen { $day }: voimassa { $from }–{ $to }, yhteensä { $total }. Se odottaa päätöksentekijää.
decision-form-grounds = Perustelut
decision-form-grounds-hint = Miksi päätös on tällainen: asiakkaan tarve, tuen suunnitelma ja mihin laki tai ohje perustuu. Kirjoita selkeästi: asiakas lukee tämän.
decision-form-error-from = Kirjoita ensimmäinen päivä päivämääränä, esimerkiksi 1.1.2018
decision-form-error-to = Kirjoita viimeinen päivä päivämääränä, esimerkiksi 31.12.2018
decision-form-error-to-before-from = Viimeinen päivä ei voi olla ennen ensimmäistä päivää
decision-form-error-no-lines = Ota päätökseen vähintään yksi palvelu
decision-form-error-tier = Valitse taso 1, 2 tai 3 tai "Ei päätöksessä"
decision-form-error-days = Kirjoita päivät kuukaudessa numerona, enintään 31, esimerkiksi 12
decision-form-error-hours = Kirjoita tunnit kuukaudessa numerona, enintään 744, esimerkiksi 38,5
decision-form-error-value = Kirjoita arvo euroina, esimerkiksi 24,50
decision-form-error-overlaps = Asiakkaalla on toinen päätös osalle näistä päivistä
decision-form-error-records-outside = Päätökseen on jo kirjattu palveluja päiviltä, jotka tämä jakso jättää pois
decision-form-error-line-in-use = Tästä palvelusta on jo kirjauksia, joten se ei voi jäädä pois päätöksestä
decision-form-error-after-leaving = Asiakas on luopunut henkilökohtaisesta budjetista. Päätös ei voi jatkua budjetin viimeisen päivän jälkeen
decision-form-error-below-charged = Uusi kokonaissumma on pienempi kuin se, mitä budjetista on jo käytetty
decision-form-error-no-grounds = Kirjoita päätöksen perustelut
decision-form-error-grounds-long = Kirjoita perustelut lyhyemmin, enintään { $most } merkkiä

## Miten asiakas ja hänen omaisensa kirjautuvat.
clients-sign-in = Miten { $name } kirjautuu
sign-in-of-title = Miten { $name } kirjautuu
sign-in-of-intro = Asiakkaat ja heidän omaisensa kirjautuvat tunnistautumalla pankkitunnuksilla, mobiilivarmenteella tai henkilökortilla (Suomi.fi-tunnistus). Portaali tuntee heidät henkilötunnuksesta ja säilyttää siitä vain tiivisteen, josta tunnusta ei saa takaisin. Asiakas näkee sivulta "Puolestasi tehty", kuka antoi kenelle mahdollisuuden kirjautua.
sign-in-of-how = Miten tunnistautuminen toimii
sign-in-of-client = Asiakas
sign-in-of-client-yes = { $name } voi kirjautua tunnistautumalla.
sign-in-of-client-no = { $name } ei voi vielä kirjautua.
sign-in-of-code-in-details = Henkilötunnus asiakkaan tiedoissa: { $code }.
sign-in-of-code = Asiakkaan henkilötunnus
sign-in-of-code-hint = Esimerkiksi 131052-308T. Tarkista se päätöksestä tai henkilökortista.
sign-in-of-client-save = Anna asiakkaan { $name } kirjautua
sign-in-of-client-done = Asiakas voi nyt kirjautua tunnistautumalla.
sign-in-of-relatives = Omaiset
sign-in-of-relatives-none = Tältä sivulta ei ole vielä annettu kenenkään omaisen kirjautua.
sign-in-of-relatives-then = Kirjautunut omainen ei näe asiakkaan asioista mitään ennen kuin hänellä on valtuutus:
sign-in-of-relative-name = Omaisen nimi
sign-in-of-relative-code = Omaisen henkilötunnus
sign-in-of-relative-save = Anna omaisen kirjautua
sign-in-of-relative-done = Omainen voi nyt kirjautua tunnistautumalla. Anna hänelle valtuutus, jotta hän voi katsoa tai hoitaa asiakkaan asioita.
sign-in-of-error-code-missing = Kirjoita henkilötunnus
sign-in-of-error-code-form = Kirjoita henkilötunnus muodossa 131052-308T: syntymäaika, välimerkki, kolme numeroa ja tarkiste
sign-in-of-error-code-check = Viimeinen merkki ei täsmää tunnuksen muihin merkkeihin: tarkista tunnus
sign-in-of-error-not-in-details = Tämä ei ole asiakkaan tiedoissa oleva henkilötunnus: tarkista tunnus
sign-in-of-error-taken = Tällä henkilötunnuksella kirjautuu jo joku muu
sign-in-of-error-name = Kirjoita omaisen nimi
sign-in-of-error-is-client = Tämä on asiakkaan oma henkilötunnus: käytä asiakkaan lomaketta

# Tukisuunnitelma, joka kirjoitetaan asiakkaan kanssa.
clients-plan = Tukisuunnitelma: { $name }
plan-form-title = Tukisuunnitelma: { $name }
plan-form-intro = Kirjoita suunnitelma asiakkaan kanssa, hänen omin sanoin. Jokainen tallennus on uusi versio: asiakas näkee jokaisen version, kirjoittajan ja ajan.
plan-form-first = Suunnitelmaa ei ole vielä: tämä on ensimmäinen versio.
plan-form-newest = Lomakkeella on versio { $version }, jonka kirjoitti { $who } { $day }.
plan-form-saved = Suunnitelma on tallennettu uutena versiona. Asiakas näkee sen sivulla "Sinun tukisuunnitelmasi".
plan-form-what-matters = Mikä asiakkaalle on tärkeää
plan-form-goals = Asiakkaan tavoitteet
plan-form-budget-use = Mihin budjettia käytetään ja miksi
plan-form-helpers = Kuka asiakasta auttaa
plan-form-part-hint = Asiakkaan omin sanoin, kun voit. Enintään { $max } merkkiä.
plan-form-next-meeting = Seuraava tapaaminen (vapaaehtoinen)
plan-form-next-meeting-hint = Esimerkiksi 12.6.2018
plan-form-save = Tallenna uutena versiona
plan-form-error-what-matters = Kirjoita, mikä asiakkaalle on tärkeää
plan-form-error-too-long = Tämä osa on liian pitkä: kirjoita enintään { $max } merkkiä
plan-form-error-next-not-a-date = Anna seuraava tapaaminen päivämääränä, esimerkiksi 12.6.2018
plan-form-error-next-in-past = Seuraava tapaaminen ei voi olla menneisyydessä

# Asiakkaan hyvinvoinnin omat arviot, kun asiakas antaa palveluohjaajan nähdä ne.
clients-wellbeing = Miten henkilöllä { $name } menee?
client-wellbeing-title = Miten henkilöllä { $name } menee?
client-wellbeing-not-shared = { $name } ei ole antanut sinun nähdä vastauksiaan kysymyksiin "Miten minulla menee?". Sen päättää vain asiakas.
client-wellbeing-none = { $name } antaa sinun nähdä vastaukset, mutta ei ole vielä vastannut.
client-wellbeing-shared = { $name } antaa sinun nähdä vastauksensa kysymyksiin "Miten minulla menee?": kasvot 1 (tosi huono) – 5 (tosi hyvä).
client-wellbeing-caption = Vastaukset joka kerralta
clients-attention-proposal = Ehdotus budjetin käyttämisestä toisin odottaa päätöksentekijää

## Asiakkaan viestit palveluohjaajalle.
clients-attention-message = Viesti odottaa vastaustasi
clients-messages = Viestit: { $name }
conversation-title = Viestit: { $name }
conversation-none-yet = Ei vielä viestejä.
conversation-answer = Vastauksesi
conversation-answer-hint = Enintään { $most } merkkiä. Asiakas ja hänen puolestaan toimivat omaiset lukevat sen.
conversation-send = Lähetä vastaus
conversation-sent = Vastauksesi lähti. Asiakas saa siitä viestin.

## Kuka katsoi tietojani: asiakkaan oma lokitieto siitä, kuka muu on katsonut hänen tietojaan.

nav-who-looked = Kuka katsoi tietojani
who-looked-title = Kuka katsoi tietojasi
who-looked-intro = Tässä näet, kuka muu kuin sinä on katsonut tietojasi portaalissa ja milloin. Uusin on ylimpänä.
who-looked-kept = Jokainen katselu kirjataan. Kukaan ei voi muuttaa tai poistaa tätä listaa. Jos jokin katselu tuntuu väärältä, ota yhteyttä palveluohjaajaasi.
who-looked-none = Kukaan muu ei ole katsonut tietojasi.
# $time kellonaika, $who nimi, $role rooli, $what mitä katsottiin (looked-at-…)
who-looked-line = Klo { $time } { $who } ({ $role }) { $what }.
who-looked-line-repeated = Klo { $time } { $who } ({ $role }) { $what } { $count } kertaa.
who-looked-none-month = Tässä kuussa kukaan muu ei katsonut tietojasi.
who-looked-months = Muut kuukaudet
who-looked-earlier = Aiemmat katselut: { $month }
who-looked-later = Myöhemmät katselut: { $month }
looked-at-budget = katsoi budjettiasi
looked-at-statement = katsoi tiliotettasi: { $month }
looked-at-decision = katsoi päätöstäsi
looked-at-provider-search = etsi sinulle palveluntuottajia
looked-at-provider-page = katsoi palveluntuottajan tietoja ja sinun hintojasi
looked-at-provider-comparison = vertasi palveluntuottajia sinun hinnoillasi
looked-at-change = katsoi palveluntuottajan vaihtoa
looked-at-changes = katsoi palveluntuottajan vaihtojasi
looked-at-leaving = katsoi henkilökohtaisesta budjetista luopumista
looked-at-feedback = katsoi palautekysymyksiäsi
looked-at-contact-request = luki palautteesi, jossa pyysit yhteydenottoa
looked-at-something = katsoi tietojasi
looked-at-client-list = näki budjettisi tilanteen palveluohjaajan asiakaslistassa
looked-at-decisions-to-make = näki nimesi päätöksentekijän listassa: päätös odottaa
looked-at-contacts = katsoi kirjauksia yhteydenotoistasi palveluohjaajan kanssa
looked-at-provider-clients = näki nimesi ja palvelusi palveluntuottajan asiakaslistassa
looked-at-provider-records = näki sinulle raportoimansa palvelut

## Kuka auttaa minua: kokemusasiantuntija saa katsoa portaalia muutaman tunnin.

nav-helpers = Kuka auttaa minua
helpers-title = Kuka auttaa sinua
helpers-intro = Voit antaa kokemusasiantuntijan katsoa portaaliasi vähän aikaa, esimerkiksi videopuhelun ajan. Hän voi vain katsoa. Hän ei voi muuttaa mitään eikä lähettää mitään. Voit lopettaa sen milloin vain.
helpers-granted = Valmis. Kokemusasiantuntija voi nyt katsoa portaaliasi alla näkyvään aikaan asti.
helpers-ended = Lopetit avun. Hän ei voi enää katsoa portaaliasi.
helpers-now-title = Kuka voi katsoa portaaliasi nyt
helpers-none = Kukaan muu ei voi nyt katsoa portaaliasi.
helpers-until = { $name } voi katsoa portaaliasi { $day } klo { $time } asti.
helpers-end = Lopeta: { $name }
helpers-let-title = Anna kokemusasiantuntijan auttaa
helpers-let-what = Hän näkee budjettisi, päätöksesi ja palvelusi. Jokainen katselu näkyy sivulla Kuka katsoi tietojani.
helpers-who = Kuka saa katsoa?
helpers-how-long = Kuinka kauan?
helpers-hours = { $hours ->
    [one] 1 tunti
   *[other] { $hours } tuntia
}
helpers-let = Anna katsoa portaaliani
helpers-error-helper = Valitse, kuka saa katsoa portaaliasi.
helping-looking-until = Katsot henkilön { $name } portaalia klo { $until } asti. Voit vain katsoa, et muuttaa mitään.
helping-looking = Katsot henkilön { $name } portaalia. Voit vain katsoa, et muuttaa mitään.

## Tehty puolestani: mitä omaiset, työntekijät ja muut ovat tehneet asiakkaan puolesta.

who-looked-see-done = Katso myös, mitä muut ovat tehneet puolestasi
done-title = Tehty puolestasi
done-intro = Tässä näet, mitä muut ovat tehneet puolestasi, esimerkiksi omaisesi tai palveluohjaajasi. Uusin on ylimpänä.
done-none = Kukaan muu ei ole tehnyt mitään puolestasi.
done-see-looks = Katso, kuka katsoi tietojasi
done-changed = vaihtoi palveluntuottajaa ({ $service }): { $from } → { $to }
done-cancelled = perui palveluntuottajan vaihdon ({ $service }): { $from } → { $to }
done-left = ilmoitti, että luovut henkilökohtaisesta budjetista
done-answered-feedback = kertoi puolestasi, miten palvelu meni: { $provider }
done-answered-questions = vastasi puolestasi kysymyksiin avun saamisesta

## Kenen asioita hoidat: omainen, jolla on valtakirja usealle henkilölle, valitsee.

helping-switch = Vaihda henkilöä
whose-title = Kenen asioita hoidat
whose-intro = Sinulla on valtuutus hoitaa usean henkilön asioita. Valitse, kenen asioita hoidat nyt. Voit vaihtaa milloin vain.
whose-may-act = Voit katsoa ja hoitaa asioita.
whose-may-look = Voit vain katsoa.
whose-current = Hoidat nyt hänen asioitaan.
whose-choose = Hoida: { $name }
done-mandate-act = antoi henkilölle { $relative } valtuutuksen hoitaa asioitasi
done-mandate-act-until = antoi henkilölle { $relative } valtuutuksen hoitaa asioitasi { $until } asti
done-mandate-look = antoi henkilölle { $relative } valtuutuksen katsoa asioitasi
done-mandate-look-until = antoi henkilölle { $relative } valtuutuksen katsoa asioitasi { $until } asti
done-mandate-ended = lopetti henkilön { $relative } valtuutuksen hoitaa tai katsoa asioitasi
done-decision-made = teki päätöksesi: { $from }–{ $to }, yhteensä { $total }
done-decision-changed = muutti päätöstäsi: nyt { $from }–{ $to }, yhteensä { $total } (ennen { $old })
looked-at-mandates = katsoi, kuka saa hoitaa asioitasi
looked-at-sign-in = katsoi, miten sinä ja omaisesi kirjaudutte palveluun
done-sign-in-own = teki mahdolliseksi, että kirjaudut tunnistautumalla pankkitunnuksilla, mobiilivarmenteella tai henkilökortilla
done-sign-in-relative = teki mahdolliseksi, että { $relative } kirjautuu tunnistautumalla ja voi hoitaa asioitasi valtuutuksella
looked-purpose-mandate = Syy: hän hoitaa asioitasi valtuutuksella.
looked-purpose-help = Syy: annoit hänen auttaa sinua.
looked-purpose-guidance = Syy: hän on palveluohjaajasi.
looked-purpose-decision = Syy: hän tekee päätöksen, jonka palveluohjaaja valmisteli.
looked-purpose-administration = Syy: hyvinvointialueen henkilökohtaisen budjetin hallinto.
looked-purpose-service = Syy: se antaa sinulle palvelua.
looked-at-held-records = katsoi tarkistusta odottavia palvelujasi
done-record-released = hyväksyi tarkistusta odottaneen palvelun, ja se maksettiin budjetistasi: { $date }, { $service }, { $units }, { $provider }, { $amount }
done-record-refused = hylkäsi tarkistusta odottaneen palvelun, eikä sitä makseta budjetistasi: { $date }, { $service }, { $units }, { $provider }, { $amount }. Syy: { $reason }

nav-refused-looks = Estetyt katselut
refused-title = Estetyt katselut
refused-intro = Kun joku pyytää asiakkaan tietoja tai tekee asiakkaan puolesta jotain, mihin hänellä ei ole oikeutta, esimerkiksi vaihtamalla osoitteessa olevan numeron, portaali vastaa "ei löytynyt" ja kirjaa pyynnön tänne. Uusin on ylimpänä. Lokia ei voi muuttaa eikä poistaa.
refused-none = Estettyjä katseluja ei ole.
refused-what = pyysi asiakkaan { $client } tietoja: { $what }
looked-at-plan = katsoi tukisuunnitelmaasi
done-plan-written = kirjoitti tukisuunnitelmasi kanssasi
done-plan-changed = muutti tukisuunnitelmaasi
done-plan-commented = kommentoi tukisuunnitelmaasi
looked-at-self-checks = katsoi vastauksiasi kysymyksiin "Miten minulla menee?"
done-help-hours = kirjasi antaneensa sinulle tukea { $hours } tuntia { $day }
done-self-check = vastasi puolestasi kysymyksiin "Miten minulla menee?"
looked-at-proposals-to-answer = näki nimesi päätöksentekijän listassa: ehdotuksesi odottaa
looked-at-messages = luki viestejä, jotka koskevat sinua
looked-at-proposal = luki ehdotuksesi budjetin käytöstä toisin
done-proposal-sent = ehdotti budjettisi käyttöä toisin (ensimmäinen kuukausi: { $month })
done-proposal-withdrawn = perui ehdotuksen budjettisi käytöstä toisin (ensimmäinen kuukausi: { $month })
done-proposal-accepted = hyväksyi ehdotuksen budjettisi käytöstä toisin ja muutti päätöstäsi (ensimmäinen kuukausi: { $month })
done-proposal-refused = ei hyväksynyt ehdotusta budjettisi käytöstä toisin (ensimmäinen kuukausi: { $month })
done-chose-provider = valitsi palveluntuottajan. { $service }: { $provider }
done-help-hours-removed = poisti kirjaamansa tuen { $hours } tuntia päivältä { $day }

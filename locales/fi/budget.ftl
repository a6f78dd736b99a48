# Oma budjetti, kuukauden tiliote, päätös ja sanasto.

nav-my-budget = Oma budjetti
nav-decision = Oma päätös
nav-glossary = Sanojen selitykset
back-to-budget = Takaisin budjettiin

product-supported-housing = Tuettu asuminen
product-intensive-housing = Tehostettu palveluasuminen
product-temporary-housing = Tilapäinen ympärivuorokautinen asumispalvelu
product-one-to-one-care = Vierihoito
product-day-activities = Päivätoiminta
product-personal-assistance = Henkilökohtainen apu
product-other = Muu palvelu
units-days = { $count ->
    [one] { $units } päivä
   *[other] { $units } päivää
}
units-hours = { $count ->
    [one] { $units } tunti
   *[other] { $units } tuntia
}

budget-title-self = Sinun budjettisi
budget-title-other = Budjetti: { $name }
budget-summary-title = Lyhyesti
budget-no-decision = Budjettipäätöstä ei ole vielä tehty.
budget-no-decision-help = Kun päätös on tehty, budjetti näkyy tässä. Palveluohjaajasi kertoo, milloin se on.
budget-left-self = Sinulla on jäljellä { $amount }.
budget-left-other = Jäljellä on { $amount }.
outlook-on-track = Tällä tahdilla raha riittää budjetin loppuun { $end } asti.
outlook-too-early = Vielä on liian aikaista sanoa, riittääkö raha. Se selviää ensimmäisen kokonaisen kuukauden jälkeen.
outlook-at-risk = Tällä tahdilla raha loppuu ennen kuin budjetti päättyy { $end }.
outlook-at-risk-means = Mitä tämä tarkoittaa: jos palvelut jatkuvat samanlaisina, kauden viimeisiä palveluja ei voi maksaa budjetista.
outlook-at-risk-todo = Mitä voit tehdä: puhu pian palveluohjaajasi kanssa. Voitte yhdessä suunnitella palvelut tai pyytää päätöksen tarkistamista.
outlook-used-up = Koko budjetti on käytetty.
outlook-used-up-means = Mitä tämä tarkoittaa: uusia palveluja ei makseta budjetista. Kun palveluntuottaja ilmoittaa palvelun nyt, se jää odottamaan tarkistusta.
outlook-used-up-todo = Mitä voit tehdä: ota heti yhteyttä palveluohjaajaasi, jotta saat tarvitsemasi palvelut.
outlook-contact = Palveluohjaajasi nimi ja puhelinnumero ovat päätöskirjeessäsi.
alerts-title = Huomaa
alert-passed-80 = Budjetista on käytetty yli 80 %.
alert-passed-100 = Koko budjetti on käytetty.
alert-at-risk = Tällä tahdilla raha ei riitä budjetin loppuun asti.
figures-title = Budjetti lukuina
figure-total = Koko budjetti
figure-used = Käytetty tähän mennessä
figure-left = Jäljellä
figure-own-share = Maksamasi omavastuu
figure-period = Budjettikausi
period-value = { $from } – { $to }
own-share-explained = Omavastuun maksat itse, ei budjetista. Sitä tulee, kun palveluntuottaja on kalliimpi kuin palvelusetelin arvo.
own-share-more = Lisää omavastuusta
counted-up-to = Laskettu { $date } asti.
services-title = Budjetin palvelut
line-planned = Suunniteltu
line-used = Käytetty
line-left = Jäljellä
months-title = Kuukausittain
months-summary = Ajalla { $first } – { $last } käytettiin { $used }. Eniten käytettiin kuukautena { $busiest }. Kaavio näyttää kunkin kuukauden käytön suunnitelman vieressä.
months-summary-none = Mitään ei ole vielä käytetty. Kaavio näyttää kunkin kuukauden suunnitelman.
chart-planned = Suunniteltu (ääriviiva)
chart-used = Käytetty (täytetty)
chart-months = Palkkien alla olevat numerot ovat kuukausia.
months-table-caption = Suunniteltu ja käytetty kuukausittain
column-month = Kuukausi
months-statement-hint = Avaa kuukausi, niin näet sen tiliotteen.
held-title = Tarkistusta odottavat palvelut
held-explained = Nämä palvelut ilmoitettiin, kun budjetissa ei ollut tarpeeksi rahaa jäljellä. Niitä ei ole vielä maksettu budjetista. Palveluohjaajasi tarkistaa ne ja kertoo, mitä seuraavaksi tapahtuu. Sinun ei tarvitse tehdä mitään.
held-item = { $date }: { $service }, { $units }, { $provider }: { $amount }
held-more = Mitä tarkistusta odottava palvelu tarkoittaa
refused-records-title = Hylätyt palvelut
refused-records-explained = Palveluohjaajasi tarkisti nämä palvelut ja hylkäsi ne. Niitä ei makseta budjetistasi. Jos et ymmärrä syytä, kysy palveluohjaajaltasi.
refused-records-item = { $date }: { $service }, { $units }, { $provider }: { $amount }
refused-records-reason = Syy: { $reason }
budget-more-title = Lisää budjetista
link-decision = Päätös: mitkä palvelut ja kuinka paljon
link-glossary = Mitä sanat tarkoittavat

statement-title = Tiliote: { $month }
statement-intro = Tässä näet, mitä budjetista maksettiin, palveluntuottajittain ja palveluittain. Kuukausi: { $month }.
statement-caption = Palvelut: { $month }
statement-empty = Budjetista ei maksettu mitään. Kuukausi: { $month }.
statement-left-after = Kuukauden lopussa ({ $month }) budjetista oli jäljellä { $amount }. Koko budjetti on { $total }.
statement-client = Asiakas: { $name }
statement-print-hint = Voit tulostaa tämän sivun selaimen tulostuskomennolla. Se mahtuu yhdelle paperille.
column-provider = Palveluntuottaja
column-service = Palvelu
column-units = Määrä
column-charged = Maksettu budjetista
column-own-share = Omavastuu
column-total = Yhteensä

decision-title-self = Sinun päätöksesi
decision-title-other = Päätös: { $name }
decision-intro = Päätöksessä lukee, mitä palveluja budjetista maksetaan ja kuinka paljon rahaa niihin on.
decision-lines-title = Päätöksen palvelut
decision-how-much = Kuinka paljon
decision-daily = Joka päivä
decision-monthly = { $units } kuukaudessa
decision-tier = Tuen taso
decision-voucher-value = Palvelusetelin arvo
decision-value-per-day = { $amount } päivässä
decision-value-per-hour = { $amount } tunnissa
decision-line-total = Koko kaudelle
decision-voucher-explained = Palvelusetelin arvo on se, minkä budjetti maksaa palvelun yhdestä päivästä tai tunnista.
decision-voucher-more = Lisää palvelusetelin arvosta
decision-review-title = Jos päätös on mielestäsi väärä
decision-review-text = Voit pyytää, että päätös käsitellään uudelleen. Sitä sanotaan oikaisuvaatimukseksi. Se on maksuton.
decision-review-when = Lähetä se 30 päivän kuluessa siitä, kun sait päätöskirjeen. Kirjeessä kerrotaan, minne se lähetetään.
decision-review-help = Palveluohjaajasi voi auttaa sinua kirjoittamaan sen.

glossary-title = Sanojen selitykset
glossary-intro = Budjettisivujen sanat selkeästi selitettyinä.
term-personal-budget = Henkilökohtainen budjetti
term-personal-budget-text = Rahaa palveluihisi yhdeksi kaudeksi, usein vuodeksi. Sinä valitset palveluntuottajat. Budjetti maksaa niille.
term-decision = Päätös
term-decision-text = Hyvinvointialueen kirje. Siinä lukee, mitä palveluja saat, kuinka paljon kutakin ja kuinka paljon rahaa niihin on.
term-voucher-value = Palvelusetelin arvo
term-voucher-value-text = Se, minkä budjetti maksaa palvelun yhdestä yksiköstä: yhdestä päivästä tai tunnista. Se lukee päätöksessäsi.
term-own-share = Omavastuu
term-own-share-text = Se, minkä maksat itse. Sitä tulee, kun palveluntuottajan hinta on suurempi kuin palvelusetelin arvo. Maksat erotuksen. Omavastuuta ei oteta budjetista.
term-held-record = Tarkistusta odottava palvelu
term-held-record-text = Palvelu, jonka palveluntuottaja ilmoitti, kun budjetissa ei ollut tarpeeksi rahaa. Sitä ei ole vielä maksettu budjetista. Palveluohjaajasi tarkistaa sen ja päättää, mitä tapahtuu.
term-statement = Tiliote
term-statement-text = Yhden kuukauden lista: mitkä palveluntuottajat antoivat mitäkin palveluja, mitä budjetti maksoi ja mikä oli omavastuusi.
term-experience-expert = Kokemusasiantuntija
term-experience-expert-text = Ihminen, jolla on omaa kokemusta vammaisuudesta tai palveluista. Hän on saanut koulutuksen ja auttaa muita käyttämään henkilökohtaista budjettia. Hän voi katsoa portaaliasi vain, jos annat siihen luvan, ja vain sen ajan, jonka valitset.
term-mandate = Valtuutus
term-mandate-text = Lupa, jonka annat omaiselle tai muulle läheiselle. Valtuutuksella hän saa katsoa asioitasi tai myös hoitaa niitä puolestasi, esimerkiksi vaihtaa palveluntuottajaa. Palveluohjaajasi kirjaa valtuutuksen ja lopettaa sen, kun pyydät.
term-notice-period = Irtisanomisaika
term-notice-period-text = Aika, jonka vanha palveluntuottaja vielä antaa palveluja, kun vaihdat palveluntuottajaa. Se on yksi kuukausi. Portaali kertoo vaihdosta vanhalle palveluntuottajalle puolestasi. Uusi palveluntuottaja aloittaa irtisanomisajan jälkeisenä päivänä.
term-link-experience-expert = Kuka on kokemusasiantuntija?
term-link-mandate = Mikä on valtuutus?
term-link-notice-period = Mikä on irtisanomisaika?
link-my-plan = Tukisuunnitelmasi: mikä sinulle on tärkeää ja mihin budjetti käytetään
decision-plan-link = Katso tukisuunnitelmasi: mihin budjetti käytetään ja miksi
decision-decided = Päätöksen teki { $who } ({ $role }) { $day }.
decision-grounds-title = Miksi päätös on tällainen
decision-grounds-intro = Perustelut, jotka päätöksentekijä kirjoitti.
decision-next = Uusi päätös alkaa { $from }. Se on voimassa { $to } asti, yhteensä { $total }. Siitä päivästä alkaen näet sen tällä sivulla.
statement-payments = Maksut palveluntuottajille
statement-payments-intro = Hyvinvointialue maksaa palveluntuottajille kerran kuukaudessa sen, mitä budjetista maksettiin. Omavastuun maksat palveluntuottajalle itse.
statement-paid = { $provider }: { $count } { $count ->
        [one] palvelu
       *[other] palvelua
    }. Maksettu palveluntuottajalle, tilityskuukausi { $month }.
statement-not-paid = { $provider }: { $count } { $count ->
        [one] palvelu
       *[other] palvelua
    }. Ei vielä maksettu palveluntuottajalle. Seuraava kuukausitilitys maksaa sen.

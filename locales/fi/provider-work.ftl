# Palveluntuottajan oma työtila: sen asiakkaat.
nav-our-clients = Asiakkaamme
our-clients-title = Asiakkaamme
our-clients-intro = Palveluntuottajalla { $provider } on { $count ->
    [one] yksi asiakas, jonka sopimus on voimassa tänään tai alkaa myöhemmin.
   *[other] { $count } asiakasta, joiden sopimus on voimassa tänään tai alkaa myöhemmin.
}
our-clients-logged = Jokainen asiakas näkee lokistaan, että katsoit tätä listaa.
our-clients-starting = Alkavat
our-clients-starting-none = Yksikään sopimus ei ala myöhemmin.
our-clients-ending = Päättyvät
our-clients-ending-none = Yhdelläkään sopimuksella ei ole viimeistä päivää.
our-clients-all = Kaikki asiakkaat
our-clients-none = Teillä ei ole nyt asiakkaita, joilla on sopimus.
our-clients-starts-change = { $client }, { $service }: alkaa { $first }. Asiakas vaihtaa teille toiselta palveluntuottajalta.
our-clients-starts-new = { $client }, { $service }: alkaa { $first }.
our-clients-ends-change = { $client }, { $service }: viimeinen päivä { $last }. Asiakas vaihtaa toiseen palveluntuottajaan.
our-clients-ends-budget = { $client }, { $service }: viimeinen päivä { $last }. Asiakas luopuu henkilökohtaisesta budjetista.
our-clients-ends-agreed = { $client }, { $service }: viimeinen päivä { $last }. Sopimus päättyy.
our-clients-from = { $service }: { $first } alkaen
our-clients-from-until = { $service }: { $first }–{ $last }
nav-our-records = Raporttimme
our-records-title = Raporttimme: { $month }
our-records-summary = { $count ->
    [one] Yksi palvelukirjaus.
   *[other] { $count } palvelukirjausta.
} Veloitetut ovat yhteensä { $charged }.
our-records-months = Muut kuukaudet
our-records-earlier = Aiempi: { $month }
our-records-later = Myöhempi: { $month }
our-records-not-charged = Pidätetyt tai hylätyt
our-records-all-charged = Kaikki kuukauden kirjaukset on veloitettu.
our-records-all = Kaikki kirjaukset
our-records-logged = Jokainen asiakas näkee lokistaan, että katsoit hänen kirjauksiaan.
our-records-first = Näytetään { $shown } ensimmäistä.
our-records-none = Ette raportoineet palveluja tälle kuukaudelle.
our-records-line = { $day }, { $client }, { $service }: { $units } x { $price } = { $amount }.
our-records-paid = Veloitettu. Maksettu teille tilityksessä: { $month }.
our-records-charged = Veloitettu.
our-records-held = Pidätetty tarkistettavaksi: budjetti loppuisi. Palveluohjaaja päättää.
our-records-refused = Hylätty: { $reason }
our-records-id = Oma tunnisteenne: { $id }
our-records-report = Raportoi palvelu
our-records-reported = Kirjaus on tallennettu.
report-title = Raportoi palvelu
report-intro = Raportoi yksi palvelu, jonka annoitte asiakkaalle. Samat säännöt pätevät kuin järjestelmänne lähettämiin kirjauksiin: asiakkaan budjetti ratkaisee, veloitetaanko kirjaus vai pidätetäänkö se tarkistettavaksi.
report-none = Teillä ei ole nyt asiakkaita, joilla on sopimus, joten raportoitavaa ei ole.
report-client = Asiakas
report-service = Palvelu
report-date = Päivä
report-date-hint = Esimerkiksi 9.5.2018
report-units = Päiviä tai tunteja
report-units-hint = Esimerkiksi 1 tai 2,5
report-price = Yhden päivän tai tunnin hinta euroina
report-price-hint = Esimerkiksi 75,00
report-send = Raportoi palvelu
report-error-client = Valitse asiakas.
report-error-unknown-client = Teillä ei ole sopimusta tämän asiakkaan kanssa.
report-error-service = Valitse palvelu.
report-error-not-in-plan = Asiakkaan päätöksessä ei ole tätä palvelua.
report-error-date = Kirjoita päivä muodossa päivä.kuukausi.vuosi, esimerkiksi 9.5.2018.
report-error-outside-period = Päivä on asiakkaan päätöksen ulkopuolella.
report-error-outside-agreement = Päivä on tämän palvelun sopimuksenne ulkopuolella.
report-error-units = Kirjoita päivien tai tuntien määrä, enemmän kuin nolla, esimerkiksi 1 tai 2,5.
report-error-price = Kirjoita hinta euroina, esimerkiksi 75,00.
report-error-again = Tämä lomake on jo lähetetty toisin tiedoin. Avaa lomake uudelleen ja täytä se.
report-error-no-id = Lomakkeelta puuttui sen tunniste. Lähetä lomake uudelleen.

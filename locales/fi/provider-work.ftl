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
our-records-charged = Veloitettu.
our-records-held = Pidätetty tarkistettavaksi: budjetti loppuisi. Palveluohjaaja päättää.
our-records-refused = Hylätty: { $reason }
our-records-id = Oma tunnisteenne: { $id }

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
our-records-upload = Lähetä kirjaukset tiedostona
upload-title = Lähetä kirjaukset tiedostona
upload-intro = Lähettäkää kuukauden palvelut yhtenä CSV-tiedostona. Ennen kuin mitään tallennetaan, näette, mitkä rivit tallennetaan, mitkä pidätetään tarkistettavaksi ja mitkä hylätään ja miksi.
upload-file = CSV-tiedosto
upload-file-hint = Enintään { $most } riviä. Sarakkeiden välissä pilkku tai puolipiste.
upload-check = Tarkista tiedosto
upload-columns = Mitä tiedostossa on
upload-columns-intro = Ensimmäinen rivi nimeää sarakkeet. Jokainen seuraava rivi on yksi palvelu:
upload-column-record-id = oma tunnisteenne kirjaukselle. Sama tunniste uudelleen lähetettynä ei tallenna kirjausta kahdesti. Jos jätätte sen tyhjäksi, portaali tekee sen rivin tiedoista.
upload-column-client-id = asiakkaan numero portaalissa. Täytettävässä tiedostossa se on valmiina.
upload-column-product = palvelu: supported-housing, intensive-housing, temporary-housing, one-to-one-care, day-activities tai personal-assistance.
upload-column-date = palvelun päivä, esimerkiksi 9.5.2018 tai 2018-05-09.
upload-column-units = montako päivää tai tuntia, esimerkiksi 1 tai 2,5.
upload-column-unit-price = yhden päivän tai tunnin hinta euroina, esimerkiksi 75,00.
upload-template = Lataa täytettävä tiedosto, jossa ovat asiakkaanne ja palvelunne
upload-earlier = Lähettämänne tiedostot
upload-rows = { $count ->
    [one] Yksi rivi.
   *[other] { $count } riviä.
}
upload-state-checked = Tarkistettu, ei tallennettu.
upload-state-storing = Tallennetaan.
upload-state-stored = Tallennettu.
upload-state-interrupted = Tallennus keskeytyi ennen loppua.
upload-error-no-file = Valitse lähetettävä tiedosto.
upload-error-too-large = Tiedosto on liian suuri. Lähettäkää kerralla enintään 2 Mt, esimerkiksi yksi kuukausi.
upload-error-not-text = Tiedosto ei ole CSV-tiedosto. Tallentakaa se taulukko-ohjelmasta muodossa ”CSV UTF-8”.
upload-error-no-rows = Tiedostossa ei ole palvelurivejä.
upload-error-columns = Tiedoston ensimmäisen rivin pitää nimetä sarakkeet: provider_record_id, client_id, product, date, units ja unit_price.
upload-error-too-many = Tiedostossa on yli { $most } riviä. Lähettäkää se osissa, esimerkiksi kuukausi kerrallaan.
upload-error-unreadable = Tiedostoa ei voi lukea rivillä { $line }. Tarkistakaa sen lainausmerkit.
upload-error-client = Asiakkaan numero puuttuu tai ei ole numero.
upload-error-service = Palvelu ei ole mikään palvelukoodeista.
upload-error-date = Kirjoittakaa päivä muodossa 9.5.2018 tai 2018-05-09.
upload-error-again = Tämä tunniste on jo käytetty kirjaukseen, jossa on eri tiedot.
upload-checked-title = Tarkista ennen tallennusta: { $file }
upload-checked-lead = Tiedostossa on { $rows ->
    [one] yksi rivi
   *[other] { $rows } riviä
}. Mitään ei ole vielä tallennettu. Jos tallennatte tiedoston:
upload-will-charge = { $count ->
    [one] yksi kirjaus veloitetaan asiakkaan budjetista
   *[other] { $count } kirjausta veloitetaan asiakkaiden budjeteista
}
upload-will-hold = { $count ->
    [one] yksi kirjaus pidätetään palveluohjaajan tarkistettavaksi: budjetti loppuisi
   *[other] { $count } kirjausta pidätetään palveluohjaajan tarkistettavaksi: budjetti loppuisi
}
upload-will-repeat = { $count ->
    [one] yksi rivi on tallennettu aiemmin eikä sitä tallenneta uudelleen
   *[other] { $count } riviä on tallennettu aiemmin eikä niitä tallenneta uudelleen
}
upload-will-refuse = { $count ->
    [one] yksi rivi hylätään eikä sitä tallenneta
   *[other] { $count } riviä hylätään eikä niitä tallenneta
}
upload-store-hint = Hylättyjä rivejä ei tallenneta. Voitte korjata ne tiedostoonne ja lähettää sen uudelleen: jo tallennettuja rivejä ei tallenneta kahdesti.
upload-store = { $count ->
    [one] Tallenna yksi kirjaus
   *[other] Tallenna { $count } kirjausta
}
upload-nothing = Tiedostosta ei tallentuisi mitään. Korjatkaa alla olevat rivit ja lähettäkää tiedosto uudelleen.
upload-storing-title = Tallennetaan: { $file }
upload-storing-lead = { $done } / { $rows } riviä on tallennettu. Voitte poistua sivulta: tallennus jatkuu.
upload-progress = Tallennetut rivit
upload-refresh = Katso, miten tallennus etenee
upload-stored-title = Tallennettu: { $file }
upload-stored-lead = Tiedosto on tallennettu: { $stored ->
    [one] yksi kirjaus.
   *[other] { $stored } kirjausta.
}
upload-did-charge = { $count ->
    [one] yksi kirjaus veloitettiin asiakkaan budjetista
   *[other] { $count } kirjausta veloitettiin asiakkaiden budjeteista
}
upload-did-hold = { $count ->
    [one] yksi kirjaus pidätettiin palveluohjaajan tarkistettavaksi: budjetti loppuisi
   *[other] { $count } kirjausta pidätettiin palveluohjaajan tarkistettavaksi: budjetti loppuisi
}
upload-did-repeat = { $count ->
    [one] yksi rivi oli tallennettu aiemmin eikä sitä tallennettu uudelleen
   *[other] { $count } riviä oli tallennettu aiemmin eikä niitä tallennettu uudelleen
}
upload-did-refuse = { $count ->
    [one] yksi rivi hylättiin eikä sitä tallennettu
   *[other] { $count } riviä hylättiin eikä niitä tallennettu
}
upload-interrupted-title = Tallennus keskeytyi: { $file }
upload-interrupted-lead = { $done } / { $rows } riviä tallennettiin ennen kuin tallennus keskeytyi. Jatkakaa, niin loput tallennetaan: jo tallennettuja rivejä ei tallenneta kahdesti.
upload-go-on = Jatka tallennusta
upload-see-month = Katso kuukauden { $month } kirjaukset
upload-rows-title = Rivit, joita ei vain veloiteta
upload-rows-first = Näytetään { $shown } ensimmäistä.
upload-row = Rivi { $line } (tunnisteenne { $id }):
upload-row-charged = veloitetaan.
upload-row-held = pidätetään tarkistettavaksi.
upload-row-repeated = tallennettu aiemmin, ei tallenneta uudelleen.
upload-row-refused = hylätään.
upload-another = Lähetä toinen tiedosto

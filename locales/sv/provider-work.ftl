# Serviceproducentens egen arbetsyta: dess klienter.
nav-our-clients = Våra klienter
our-clients-title = Våra klienter
our-clients-intro = { $provider } har { $count ->
    [one] en klient
   *[other] { $count } klienter
} med ett avtal som gäller i dag eller börjar senare.
our-clients-logged = Varje klient ser i sin logg att du har tittat på den här listan.
our-clients-starting = Börjar
our-clients-starting-none = Inget avtal börjar senare.
our-clients-ending = Slutar
our-clients-ending-none = Inget avtal har en sista dag.
our-clients-all = Alla klienter
our-clients-none = Ni har inga klienter med avtal nu.
our-clients-starts-change = { $client }, { $service }: börjar { $first }. Klienten byter till er från en annan serviceproducent.
our-clients-starts-new = { $client }, { $service }: börjar { $first }.
our-clients-ends-change = { $client }, { $service }: sista dag { $last }. Klienten byter till en annan serviceproducent.
our-clients-ends-budget = { $client }, { $service }: sista dag { $last }. Klienten lämnar den personliga budgeten.
our-clients-ends-agreed = { $client }, { $service }: sista dag { $last }. Avtalet slutar.
our-clients-from = { $service }: från { $first }
our-clients-from-until = { $service }: { $first }–{ $last }
nav-our-records = Våra rapporter
our-records-title = Våra rapporter: { $month }
our-records-summary = { $count ->
    [one] En serviceanteckning.
   *[other] { $count } serviceanteckningar.
} De debiterade är sammanlagt { $charged }.
our-records-months = Andra månader
our-records-earlier = Tidigare: { $month }
our-records-later = Senare: { $month }
our-records-not-charged = Hållna eller avslagna
our-records-all-charged = Alla månadens anteckningar är debiterade.
our-records-all = Alla anteckningar
our-records-logged = Varje klient ser i sin logg att du har tittat på hens anteckningar.
our-records-first = De { $shown } första visas.
our-records-none = Ni rapporterade inga tjänster för den här månaden.
our-records-line = { $day }, { $client }, { $service }: { $units } x { $price } = { $amount }.
our-records-paid = Debiterad. Betald till er i avräkningen för { $month }.
our-records-charged = Debiterad.
our-records-held = Hållen för granskning: budgeten skulle ta slut. Servicehandledaren beslutar.
our-records-refused = Avslagen: { $reason }
our-records-id = Ert eget id: { $id }
our-records-report = Rapportera en tjänst
our-records-reported = Anteckningen är sparad.
report-title = Rapportera en tjänst
report-intro = Rapportera en tjänst som ni gav en klient. Samma regler gäller som för anteckningarna ert eget system skickar: klientens budget avgör om den debiteras eller hålls för granskning.
report-none = Ni har inga klienter med avtal nu, så det finns inget att rapportera.
report-client = Klient
report-service = Tjänst
report-date = Datum
report-date-hint = Till exempel 9.5.2018
report-units = Dagar eller timmar
report-units-hint = Till exempel 1 eller 2,5
report-price = Priset för en dag eller timme, i euro
report-price-hint = Till exempel 75,00
report-send = Rapportera tjänsten
report-error-client = Välj en klient.
report-error-unknown-client = Ni har inget avtal med den här klienten.
report-error-service = Välj en tjänst.
report-error-not-in-plan = Klientens beslut har ingen sådan tjänst.
report-error-date = Skriv datumet som dag.månad.år, till exempel 9.5.2018.
report-error-outside-period = Datumet är utanför klientens beslut.
report-error-outside-agreement = Datumet är utanför ert avtal med klienten för den här tjänsten.
report-error-units = Skriv hur många dagar eller timmar, mer än noll, till exempel 1 eller 2,5.
report-error-price = Skriv priset i euro, till exempel 75,00.
report-error-again = Formuläret har redan skickats med andra uppgifter. Öppna formuläret igen och fyll i det.
report-error-no-id = Formuläret saknade sitt nummer. Skicka det igen.
our-records-upload = Skicka registreringar som fil
upload-title = Skicka registreringar som fil
upload-intro = Skicka en månads tjänster i en CSV-fil. Innan något sparas ser ni vilka rader som sparas, vilka som hålls kvar för granskning och vilka som avvisas, och varför.
upload-file = CSV-fil
upload-file-hint = Högst { $most } rader. Kolumnerna skiljs åt med komma eller semikolon.
upload-check = Granska filen
upload-columns = Vad filen innehåller
upload-columns-intro = Den första raden namnger kolumnerna. Varje följande rad är en tjänst:
upload-column-record-id = ert eget id för registreringen. Samma id skickat igen sparar inte registreringen två gånger. Om ni lämnar det tomt gör portalen ett av radens uppgifter.
upload-column-client-id = klientens nummer i portalen. Filen att fylla i har det.
upload-column-product = tjänsten: supported-housing, intensive-housing, temporary-housing, one-to-one-care, day-activities eller personal-assistance.
upload-column-date = tjänstens dag, till exempel 9.5.2018 eller 2018-05-09.
upload-column-units = hur många dagar eller timmar, till exempel 1 eller 2,5.
upload-column-unit-price = priset för en dag eller timme i euro, till exempel 75,00.
upload-template = Ladda ner en fil att fylla i, med era klienter och tjänster
upload-earlier = Filer ni har skickat
upload-rows = { $count ->
    [one] En rad.
   *[other] { $count } rader.
}
upload-state-checked = Granskad, inte sparad.
upload-state-storing = Sparas.
upload-state-stored = Sparad.
upload-state-interrupted = Sparandet avbröts före slutet.
upload-error-no-file = Välj filen som ska skickas.
upload-error-too-large = Filen är för stor. Skicka högst 2 MB åt gången, till exempel en månad.
upload-error-not-text = Filen är inte en CSV-fil. Spara den i ert kalkylprogram som ”CSV UTF-8”.
upload-error-no-rows = Filen har inga rader med tjänster.
upload-error-columns = Filens första rad ska namnge kolumnerna: provider_record_id, client_id, product, date, units och unit_price.
upload-error-too-many = Filen har fler än { $most } rader. Skicka den i delar, till exempel en månad åt gången.
upload-error-unreadable = Filen kan inte läsas på rad { $line }. Kontrollera citattecknen.
upload-error-client = Klientens nummer saknas eller är inte ett nummer.
upload-error-service = Tjänsten är inte en av tjänstekoderna.
upload-error-date = Skriv dagen som 9.5.2018 eller 2018-05-09.
upload-error-again = Detta id har redan använts för en registrering med andra uppgifter.
upload-checked-title = Granska innan ni sparar: { $file }
upload-checked-lead = Filen har { $rows ->
    [one] en rad
   *[other] { $rows } rader
}. Inget har sparats ännu. Om ni sparar filen:
upload-will-charge = { $count ->
    [one] en registrering debiteras klientens budget
   *[other] { $count } registreringar debiteras klienternas budgetar
}
upload-will-hold = { $count ->
    [one] en registrering hålls kvar för servicehandledarens granskning: budgeten skulle ta slut
   *[other] { $count } registreringar hålls kvar för servicehandledarens granskning: budgeten skulle ta slut
}
upload-will-repeat = { $count ->
    [one] en rad har sparats tidigare och sparas inte igen
   *[other] { $count } rader har sparats tidigare och sparas inte igen
}
upload-will-refuse = { $count ->
    [one] en rad avvisas och sparas inte
   *[other] { $count } rader avvisas och sparas inte
}
upload-store-hint = Avvisade rader sparas inte. Ni kan rätta dem i er fil och skicka den igen: rader som redan sparats sparas inte två gånger.
upload-store = { $count ->
    [one] Spara en registrering
   *[other] Spara { $count } registreringar
}
upload-nothing = Inget i filen skulle sparas. Rätta raderna nedan och skicka filen igen.
upload-storing-title = Sparas: { $file }
upload-storing-lead = { $done } av { $rows } rader har sparats. Ni kan lämna sidan: sparandet fortsätter.
upload-progress = Sparade rader
upload-refresh = Se hur långt sparandet har kommit
upload-stored-title = Sparad: { $file }
upload-stored-lead = Filen har sparats: { $stored ->
    [one] en registrering.
   *[other] { $stored } registreringar.
}
upload-did-charge = { $count ->
    [one] en registrering debiterades klientens budget
   *[other] { $count } registreringar debiterades klienternas budgetar
}
upload-did-hold = { $count ->
    [one] en registrering hölls kvar för servicehandledarens granskning: budgeten skulle ta slut
   *[other] { $count } registreringar hölls kvar för servicehandledarens granskning: budgeten skulle ta slut
}
upload-did-repeat = { $count ->
    [one] en rad hade sparats tidigare och sparades inte igen
   *[other] { $count } rader hade sparats tidigare och sparades inte igen
}
upload-did-refuse = { $count ->
    [one] en rad avvisades och sparades inte
   *[other] { $count } rader avvisades och sparades inte
}
upload-interrupted-title = Sparandet avbröts: { $file }
upload-interrupted-lead = { $done } av { $rows } rader sparades innan sparandet avbröts. Fortsätt, så sparas resten: rader som redan sparats sparas inte två gånger.
upload-go-on = Fortsätt spara
upload-see-month = Se registreringarna för { $month }
upload-rows-title = Rader som inte bara debiteras
upload-rows-first = De { $shown } första visas.
upload-row = Rad { $line } (ert id { $id }):
upload-row-charged = debiteras.
upload-row-held = hålls kvar för granskning.
upload-row-repeated = sparad tidigare, sparas inte igen.
upload-row-refused = avvisas.
upload-another = Skicka en annan fil

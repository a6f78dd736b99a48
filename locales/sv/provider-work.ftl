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

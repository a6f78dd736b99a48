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
our-records-charged = Debiterad.
our-records-held = Hållen för granskning: budgeten skulle ta slut. Servicehandledaren beslutar.
our-records-refused = Avslagen: { $reason }
our-records-id = Ert eget id: { $id }

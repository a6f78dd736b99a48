# Min budget, månadsutdraget, beslutet och ordlistan.

nav-my-budget = Min budget
nav-decision = Mitt beslut
nav-glossary = Ord som förklaras
back-to-budget = Tillbaka till budgeten

product-supported-housing = Stött boende
product-intensive-housing = Serviceboende med heldygnsomsorg
product-temporary-housing = Tillfälligt boende dygnet runt
product-one-to-one-care = Vård vid sängkanten
product-day-activities = Dagverksamhet
product-personal-assistance = Personlig assistans
product-other = Annan tjänst
units-days = { $count ->
    [one] { $units } dag
   *[other] { $units } dagar
}
units-hours = { $count ->
    [one] { $units } timme
   *[other] { $units } timmar
}

budget-title-self = Din budget
budget-title-other = Budget för { $name }
budget-summary-title = I korthet
budget-no-decision = Det finns inget budgetbeslut ännu.
budget-no-decision-help = När beslutet är fattat syns budgeten här. Din servicehandledare kan berätta när det blir.
budget-left-self = Du har { $amount } kvar.
budget-left-other = Det finns { $amount } kvar.
outlook-on-track = I den här takten räcker pengarna till budgetens slut den { $end }.
outlook-too-early = Det är för tidigt att säga om pengarna räcker. Vi vet efter den första hela månaden.
outlook-at-risk = I den här takten tar pengarna slut innan budgeten slutar den { $end }.
outlook-at-risk-means = Vad det betyder: om tjänsterna fortsätter som nu kan periodens sista tjänster inte betalas ur budgeten.
outlook-at-risk-todo = Vad du kan göra: tala snart med din servicehandledare. Tillsammans kan ni planera tjänsterna eller be att beslutet ses över.
outlook-used-up = Hela budgeten är använd.
outlook-used-up-means = Vad det betyder: nya tjänster betalas inte ur budgeten. När en serviceproducent rapporterar en tjänst nu väntar den på granskning.
outlook-used-up-todo = Vad du kan göra: kontakta din servicehandledare nu, så att du får de tjänster du behöver.
outlook-contact = Din servicehandledares namn och telefonnummer finns i ditt beslutsbrev.
alerts-title = Observera
alert-passed-80 = Mer än 80 % av budgeten är använd.
alert-passed-100 = Hela budgeten är använd.
alert-at-risk = I den här takten räcker pengarna inte till budgetens slut.
figures-title = Budgeten i siffror
figure-total = Hela budgeten
figure-used = Använt hittills
figure-left = Kvar
figure-own-share = Betald egen andel
figure-period = Budgetperiod
period-value = { $from } – { $to }
own-share-explained = Den egna andelen betalar du själv, inte budgeten. Den uppstår när en serviceproducent kostar mer än servicesedelns värde.
own-share-more = Mer om den egna andelen
counted-up-to = Räknat till och med { $date }.
services-title = Tjänster i budgeten
line-planned = Planerat
line-used = Använt
line-left = Kvar
months-title = Månad för månad
months-summary = Från { $first } till { $last } användes { $used }. Mest användes i { $busiest }. Diagrammet visar varje månads användning bredvid planen.
months-summary-none = Inget har använts ännu. Diagrammet visar planen för varje månad.
chart-planned = Planerat (kontur)
chart-used = Använt (ifyllt)
chart-months = Siffrorna under staplarna är månaderna.
months-table-caption = Planerat och använt månad för månad
column-month = Månad
months-statement-hint = Öppna en månad för att se dess utdrag.
held-title = Tjänster som väntar på granskning
held-explained = De här tjänsterna rapporterades när det inte fanns tillräckligt med pengar kvar i budgeten. De är inte betalda ur budgeten ännu. Din servicehandledare granskar dem och berättar vad som händer sedan. Du behöver inte göra något.
held-item = { $date }: { $service }, { $units }, { $provider }: { $amount }
held-more = Vad en tjänst som väntar på granskning betyder
refused-records-title = Avslagna tjänster
refused-records-explained = Din servicehandledare granskade de här tjänsterna och avslog dem. De betalas inte från din budget. Om du inte förstår varför, fråga din servicehandledare.
refused-records-item = { $date }: { $service }, { $units }, { $provider }: { $amount }
refused-records-reason = Orsak: { $reason }
budget-more-title = Mer om budgeten
link-decision = Beslutet: vilka tjänster och hur mycket
link-glossary = Vad orden betyder

statement-title = Utdrag för { $month }
statement-intro = Vad budgeten betalade i { $month }, per serviceproducent och tjänst.
statement-caption = Tjänster i { $month }
statement-empty = Budgeten betalade ingenting i { $month }.
statement-left-after = Efter { $month } fanns { $amount } kvar av budgetens { $total }.
statement-client = Klient: { $name }
statement-print-hint = Du kan skriva ut sidan med webbläsarens utskriftskommando. Den ryms på ett papper.
column-provider = Serviceproducent
column-service = Tjänst
column-units = Mängd
column-charged = Betalt ur budgeten
column-own-share = Egen andel
column-total = Totalt

decision-title-self = Ditt beslut
decision-title-other = Beslut för { $name }
decision-intro = Beslutet säger vilka tjänster budgeten betalar och hur mycket pengar det finns för dem.
decision-lines-title = Tjänster i beslutet
decision-how-much = Hur mycket
decision-daily = Varje dag
decision-monthly = { $units } i månaden
decision-tier = Stödnivå
decision-voucher-value = Servicesedelns värde
decision-value-per-day = { $amount } per dag
decision-value-per-hour = { $amount } per timme
decision-line-total = För hela perioden
decision-voucher-explained = Servicesedelns värde är det som budgeten betalar för en dag eller en timme av en tjänst.
decision-voucher-more = Mer om servicesedelns värde
decision-review-title = Om du tycker att beslutet är fel
decision-review-text = Du kan be att beslutet prövas på nytt. Det kallas omprövningsbegäran (oikaisuvaatimus). Det kostar ingenting.
decision-review-when = Skicka den inom 30 dagar från att du fick beslutsbrevet. I brevet står vart du ska skicka den.
decision-review-help = Din servicehandledare kan hjälpa dig att skriva den.

glossary-title = Ord som förklaras
glossary-intro = Orden på budgetsidorna, förklarade med enkla ord.
term-personal-budget = Personlig budget
term-personal-budget-text = Pengar för dina tjänster för en period, ofta ett år. Du väljer serviceproducenterna. Budgeten betalar dem.
term-decision = Beslut
term-decision-text = Ett brev från välfärdsområdet. Det säger vilka tjänster du får, hur mycket av varje och hur mycket pengar det finns för dem.
term-voucher-value = Servicesedelns värde
term-voucher-value-text = Det som budgeten betalar för en enhet av en tjänst: en dag eller en timme. Det står i ditt beslut.
term-own-share = Egen andel
term-own-share-text = Det som du betalar själv. Den uppstår när serviceproducentens pris är högre än servicesedelns värde. Du betalar skillnaden. Den egna andelen tas inte ur budgeten.
term-held-record = Tjänst som väntar på granskning
term-held-record-text = En tjänst som en serviceproducent rapporterade när budgeten inte hade tillräckligt med pengar kvar. Den är inte betald ur budgeten ännu. Din servicehandledare granskar den och bestämmer vad som händer.
term-statement = Utdrag
term-statement-text = En lista för en månad: vilka serviceproducenter gav vilka tjänster, vad budgeten betalade och din egen andel.
term-experience-expert = Erfarenhetsexpert
term-experience-expert-text = En person som själv har erfarenhet av funktionsnedsättning eller av tjänsterna. Hen är utbildad och hjälper andra att använda den personliga budgeten. Hen kan se din portal bara om du ger lov, och bara så länge som du väljer.
term-mandate = Fullmakt
term-mandate-text = Ett lov som du ger en anhörig eller någon annan närstående. Med fullmakten får hen se dina ärenden eller också sköta dem för dig, till exempel byta serviceproducent. Din servicehandledare antecknar fullmakten och avslutar den när du ber om det.
term-notice-period = Uppsägningstid
term-notice-period-text = Tiden som den gamla serviceproducenten ännu ger dig tjänster när du byter serviceproducent. Den är en månad. Portalen säger till den gamla serviceproducenten för dig. Den nya serviceproducenten börjar dagen efter att uppsägningstiden slutar.
term-link-experience-expert = Vem är en erfarenhetsexpert?
term-link-mandate = Vad är en fullmakt?
term-link-notice-period = Vad är uppsägningstid?
link-my-plan = Din stödplan: vad som är viktigt för dig och vad budgeten används till
decision-plan-link = Se din stödplan: vad budgeten används till och varför
decision-decided = Beslutet fattades av { $who } ({ $role }) den { $day }.
decision-grounds-title = Varför beslutet är sådant
decision-grounds-intro = Motiveringen som beslutsfattaren skrev.
decision-next = Ett nytt beslut börjar { $from }. Det gäller till { $to }, sammanlagt { $total }. Från den dagen ser du det här.
statement-payments = Betalningar till serviceproducenterna
statement-payments-intro = En gång i månaden betalar välfärdsområdet serviceproducenterna det som budgeten betalade. Din egen andel betalar du själv till serviceproducenten.
statement-paid = { $provider }: { $count } { $count ->
        [one] tjänst
       *[other] tjänster
    }. Betalt till serviceproducenten i avräkningen för { $month }.
statement-not-paid = { $provider }: { $count } { $count ->
        [one] tjänst
       *[other] tjänster
    }. Ännu inte betalt till serviceproducenten. Nästa månadsavräkning betalar det.

# Anordnarens nyckeltal.
nav-indicators = Nyckeltal
indicators-title = Nyckeltal
indicators-summary = I { $month } hade { $clients } klienter en personlig budget. Budgetarna debiterades { $charged }, { $per_client } per klient.
indicators-none = I { $month } hade ingen klient en personlig budget.
indicators-month = Månad
indicators-show = Visa
indicators-col-municipality = Kommun
indicators-col-clients = Klienter med budget
indicators-col-decided = Beslutat för månaden
indicators-col-charged = Debiterat
indicators-col-per-client = Debiterat per klient
indicators-col-own-shares = Klienternas egna andelar
indicators-col-held = Väntar på granskning
indicators-col-minutes = Minuter servicehandledning
indicators-col-expert-hours = Erfarenhetsexperternas timmar
indicators-col-expert-hours-per-client = Timmar per klient
indicators-col-changes = Byten av serviceproducent
indicators-col-left = Klienter som lämnade
indicators-all = Alla kommuner
indicators-held-value = { $count ->
    [one] en registrering, { $amount }
   *[other] { $count } registreringar, { $amount }
}
indicators-explained = En klient räknas i en månad när beslutet gäller minst en dag av den. Debiterat och egna andelar gäller månadens tjänster; registreringar som väntar på granskning väntar på servicehandledarens granskning. Minuterna är de kontakter servicehandledarna registrerat. Byten och de som lämnade räknas i den månad anmälan gjordes. Erfarenhetsexperternas timmar är de stödtimmar de själva har skrivit upp.
indicators-csv = Ladda ner siffrorna som CSV
indicators-money-title = Budgetar och kostnader
indicators-money-says = Vad besluten planerar för månaden, vad som debiterades budgetarna för månadens tjänster, per klient, vad klienterna själva betalade utöver servicesedelns värde och vad som väntar på granskning. Staplarna visar varje kommuns beslutade belopp som en streckad kontur och det debiterade beloppet som en fylld stapel.
indicators-money-caption = Budgetar och kostnader per kommun, { $month }
indicators-guidance-title = Servicehandledning, byten och de som lämnade
indicators-guidance-says = Hur mycket servicehandledning servicehandledarna registrerade och hur många timmar erfarenhetsexperterna hjälpte, per klient, hur många som bytte serviceproducent och hur många som anmälde att de lämnar budgeten.
indicators-guidance-caption = Servicehandledning, byten och de som lämnade per kommun, { $month }
indicators-col-minutes-per-client = Minuter per klient
indicators-feedback-title = Respons och delaktighet
indicators-feedback-says = Hur klienterna bedömde tjänsterna och processen med personlig budget, alla kommuner tillsammans, som staplar av 5 och i tabellen. Ett medelvärde visas först från { $fewest } svar, så att ingens svar kan urskiljas.
indicators-feedback-caption = Medelvärden för respons, { $month }, alla kommuner
indicators-col-asked = Vad som frågades
indicators-col-answers = Svar
indicators-col-average = Medelvärde (1–5)
indicators-feedback-service = Hur tjänsten gick
indicators-feedback-process = Hur den personliga budgeten har fungerat
indicators-feedback-heard = Att bli hörd i sina egna ärenden
indicators-feedback-choice = Att kunna välja själv
indicators-average = { $average } av 5
indicators-too-few = Inte tillräckligt många svar ännu
indicators-leaving-title = Varför klienter slutade
indicators-leaving-says = { $left ->
    [0] Ingen klient sade upp sig denna månad.
    [one] En klient sade upp sig; { $answered } av dem sade varför.
   *[other] { $left } klienter sade upp sig; { $answered } av dem sade varför.
} En klient kan ange flera orsaker. Deras egna ord finns på sidan med responsens ord.
indicators-leaving-caption = Orsaker till att sluta, { $month }, alla kommuner
indicators-col-reason = Orsak
indicators-col-reason-clients = Klienter som angav den
indicators-wellbeing-title = Hur klienterna mår
indicators-wellbeing-says = { $clients ->
    [one] En klient har låtit sina svar på "Hur mår jag?" visas och har svarat två gånger eller fler.
   *[other] { $clients } klienter har låtit sina svar på "Hur mår jag?" visas och har svarat två gånger eller fler.
} Tabellen jämför deras första svar med de senaste, fram till månadens slut.
indicators-wellbeing-caption = Medelvärden för självbedömningen fram till slutet av { $month }, alla kommuner
indicators-col-check = Självbedömning
indicators-wellbeing-first = Första
indicators-wellbeing-latest = Senaste
indicators-wellbeing-change = Förändring
indicators-wellbeing-too-few = Medelvärdena visas först från { $fewest } klienter, så att ingen kan urskiljas.
indicators-providers-title = Serviceproducenternas erfarenhet
indicators-providers-says = { $providers ->
    [0] Ingen serviceproducent har ännu svarat om samarbetet med anordnaren under { $half }.
    [one] En serviceproducent svarade om samarbetet med anordnaren under { $half }.
   *[other] { $providers } serviceproducenter svarade om samarbetet med anordnaren under { $half }.
} Serviceproducenterna svarar två gånger om året. Ett medelvärde visas först från 5 svar.
indicators-providers-caption = Serviceproducenternas svar, { $half }
indicators-providers-words = Vad serviceproducenterna tycker att anordnaren borde göra bättre
indicators-service = Tjänst
indicators-all-services = Alla tjänster
indicators-provider = Serviceproducent
indicators-provider-hint = En del av serviceproducentens namn. Lämna tomt för alla serviceproducenter.
indicators-provider-not-found = Ingen serviceproducents namn innehåller "{ $typed }". Kontrollera stavningen eller lämna fältet tomt.
indicators-provider-choose = Flera serviceproducenters namn innehåller "{ $typed }". Välj en:
indicators-clear-filters = Visa alla tjänster och serviceproducenter
indicators-service-at-provider = { $service } hos { $provider }
indicators-filtered-says = Vad besluten planerar för { $what } under månaden, vad som debiterades för det, per debiterad klient, vad klienterna själva betalade och vad som väntar på granskning. Staplarna visar varje kommuns beslutade belopp som en streckad kontur och det debiterade beloppet som en fylld stapel. Responsen om tjänsterna längre ned är avgränsad på samma sätt; de andra siffrorna på sidan gäller alla tjänster och serviceproducenter.
indicators-filtered-says-provider = Vad som debiterades för { $what } under månaden, per debiterad klient, vad klienterna själva betalade och vad som väntar på granskning. Staplarna visar varje kommuns debiterade belopp. Ett beslut planerar tjänster, inte serviceproducenter, så inget beslutat belopp visas. Responsen om tjänsterna längre ned är avgränsad på samma sätt; de andra siffrorna på sidan gäller alla tjänster och serviceproducenter.
indicators-filtered-caption = Budgetar och kostnader för { $what } per kommun, { $month }
indicators-col-clients-charged = Debiterade klienter
indicators-not-decided = Inte känt
indicators-voucher-share = Varje tjänst i dessa siffror valdes av klienten och betalades med klientens personliga budget, som med en servicesedel. Tjänster som anordnaren själv köper finns inte i portalen, så deras andel av alla tjänster kan inte visas här; CSV-filen ger servicesedelsidan för den jämförelsen.
indicators-feedback-service-narrowed = Hur tjänsten gick: { $what }

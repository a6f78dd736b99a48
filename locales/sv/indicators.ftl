# Anordnarens nyckeltal.
nav-indicators = Nyckeltal
indicators-title = Nyckeltal
indicators-summary = I { $month } hade { $clients } klienter en personlig budget. Budgetarna debiterades { $charged }, { $per_client } per klient.
indicators-none = I { $month } hade ingen klient en personlig budget.
indicators-month = Månad
indicators-show = Visa
indicators-col-municipality = Kommun
indicators-col-clients = Klienter med budget
indicators-col-charged = Debiterat
indicators-col-per-client = Debiterat per klient
indicators-col-own-shares = Klienternas egna andelar
indicators-col-held = Väntar på granskning
indicators-col-minutes = Minuter servicehandledning
indicators-col-changes = Byten av serviceproducent
indicators-col-left = Klienter som lämnade
indicators-all = Alla kommuner
indicators-held-value = { $count ->
    [one] en registrering, { $amount }
   *[other] { $count } registreringar, { $amount }
}
indicators-explained = En klient räknas i en månad när beslutet gäller minst en dag av den. Debiterat och egna andelar gäller månadens tjänster; registreringar som väntar på granskning väntar på servicehandledarens granskning. Minuterna är de kontakter servicehandledarna registrerat. Byten och de som lämnade räknas i den månad anmälan gjordes.
indicators-csv = Ladda ner siffrorna som CSV
indicators-money-title = Budgetar och kostnader
indicators-money-says = Vad som debiterades budgetarna för månadens tjänster, per klient, vad klienterna själva betalade utöver servicesedelns värde och vad som väntar på granskning.
indicators-money-caption = Budgetar och kostnader per kommun, { $month }
indicators-guidance-title = Servicehandledning, byten och de som lämnade
indicators-guidance-says = Hur mycket servicehandledning servicehandledarna registrerade, per klient, hur många som bytte serviceproducent och hur många som anmälde att de lämnar budgeten.
indicators-guidance-caption = Servicehandledning, byten och de som lämnade per kommun, { $month }
indicators-col-minutes-per-client = Minuter per klient

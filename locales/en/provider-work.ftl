# A provider's own workspace: its clients.
nav-our-clients = Our clients
our-clients-title = Our clients
our-clients-intro = { $provider } has { $count ->
    [one] one client
   *[other] { $count } clients
} with an agreement running today or starting later.
our-clients-logged = Each client sees in their log that you looked at this list.
our-clients-starting = Starting
our-clients-starting-none = No agreement starts later.
our-clients-ending = Ending
our-clients-ending-none = No agreement has a last day.
our-clients-all = All clients
our-clients-none = You have no clients with an agreement now.
our-clients-starts-change = { $client }, { $service }: starts on { $first }. The client changes to you from another provider.
our-clients-starts-new = { $client }, { $service }: starts on { $first }.
our-clients-ends-change = { $client }, { $service }: last day { $last }. The client changes to another provider.
our-clients-ends-budget = { $client }, { $service }: last day { $last }. The client leaves the personal budget.
our-clients-ends-agreed = { $client }, { $service }: last day { $last }. The agreement ends.
our-clients-from = { $service }: from { $first }
our-clients-from-until = { $service }: { $first } to { $last }
nav-our-records = Our records
our-records-title = Our records: { $month }
our-records-summary = { $count ->
    [one] One record.
   *[other] { $count } records.
} The charged ones add up to { $charged }.
our-records-months = Other months
our-records-earlier = Earlier: { $month }
our-records-later = Later: { $month }
our-records-not-charged = Held or refused
our-records-all-charged = Every record of the month is charged.
our-records-all = All records
our-records-logged = Each client sees in their log that you looked at their records.
our-records-first = The first { $shown } are shown.
our-records-none = You reported no services for this month.
our-records-line = { $day }, { $client }, { $service }: { $units } x { $price } = { $amount }.
our-records-paid = Charged. Paid to you in the settlement for { $month }.
our-records-charged = Charged.
our-records-held = Held for review: the budget would run out. The counsellor decides.
our-records-refused = Refused: { $reason }
our-records-id = Your record id: { $id }
our-records-report = Report a service
our-records-reported = The record is stored.
report-title = Report a service
report-intro = Report one service you gave a client. The same rules apply as to the records your own system sends: whether it is charged or held for review depends on the client's budget.
report-none = You have no clients with an agreement now, so there is nothing to report.
report-client = Client
report-service = Service
report-date = Date
report-date-hint = For example 9.5.2018
report-units = Days or hours
report-units-hint = For example 1 or 2.5
report-price = Price of one day or hour, in euros
report-price-hint = For example 75.00
report-send = Report the service
report-error-client = Choose a client.
report-error-unknown-client = You have no agreement with this client.
report-error-service = Choose a service.
report-error-not-in-plan = The client's decision has no such service.
report-error-date = Write the date as day.month.year, for example 9.5.2018.
report-error-outside-period = The date is outside the client's decision.
report-error-outside-agreement = The date is outside your agreement with the client for this service.
report-error-units = Write how many days or hours, more than zero, for example 1 or 2.5.
report-error-price = Write the price in euros, for example 75.00.
report-error-again = This form was already sent with other values. Open the form again and fill it in.
report-error-no-id = The form came without its record number. Send it again.

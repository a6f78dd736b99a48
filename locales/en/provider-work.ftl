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
our-records-upload = Send a file of records
upload-title = Send records as a file
upload-intro = Send a month's services in one CSV file. Before anything is stored, you see which rows will be stored, which will be held for review and which will be refused, and why.
upload-file = CSV file
upload-file-hint = At most { $most } rows. Columns separated by commas or semicolons.
upload-check = Check the file
upload-columns = What the file has
upload-columns-intro = The first line names the columns. Each further line is one service:
upload-column-record-id = your own id for the record. The same id sent again does not store the record twice. If you leave it empty, the portal makes one from the row.
upload-column-client-id = the client's number in the portal. The file to fill in has it.
upload-column-product = the service: supported-housing, intensive-housing, temporary-housing, one-to-one-care, day-activities or personal-assistance.
upload-column-date = the day of the service, for example 9.5.2018 or 2018-05-09.
upload-column-units = how many days or hours, for example 1 or 2,5.
upload-column-unit-price = the price of one day or hour in euros, for example 75,00.
upload-template = Download a file to fill in, with your clients and services
upload-earlier = Files you sent
upload-rows = { $count ->
    [one] One row.
   *[other] { $count } rows.
}
upload-state-checked = Checked, not stored.
upload-state-storing = Being stored.
upload-state-stored = Stored.
upload-state-interrupted = Storing stopped before the end.
upload-error-no-file = Choose the file to send.
upload-error-too-large = The file is too large. Send at most 2 MB at a time, for example one month.
upload-error-not-text = The file is not a CSV file. Save it from your spreadsheet as "CSV UTF-8".
upload-error-no-rows = The file has no rows of services.
upload-error-columns = The file's first line must name the columns: provider_record_id, client_id, product, date, units and unit_price.
upload-error-too-many = The file has more than { $most } rows. Send it in parts, for example one month at a time.
upload-error-unreadable = The file cannot be read at line { $line }. Check its quotation marks.
upload-error-client = The client's number is missing or is not a number.
upload-error-service = The service is not one of the service codes.
upload-error-date = Write the date as 9.5.2018 or 2018-05-09.
upload-error-again = This record id was already used for a record with other values.
upload-checked-title = Check before storing: { $file }
upload-checked-lead = The file has { $rows ->
    [one] one row
   *[other] { $rows } rows
}. Nothing is stored yet. If you store the file:
upload-will-charge = { $count ->
    [one] one record is charged to the client's budget
   *[other] { $count } records are charged to the clients' budgets
}
upload-will-hold = { $count ->
    [one] one record is held for the counsellor's review: the budget would run out
   *[other] { $count } records are held for the counsellor's review: the budget would run out
}
upload-will-repeat = { $count ->
    [one] one row was stored before and is not stored again
   *[other] { $count } rows were stored before and are not stored again
}
upload-will-refuse = { $count ->
    [one] one row is refused and not stored
   *[other] { $count } rows are refused and not stored
}
upload-store-hint = Refused rows are not stored. You can correct them in your file and send it again: rows stored already are not stored twice.
upload-store = { $count ->
    [one] Store one record
   *[other] Store { $count } records
}
upload-nothing = Nothing in the file would be stored. Correct the rows below and send the file again.
upload-storing-title = Storing: { $file }
upload-storing-lead = { $done } of { $rows } rows are stored. You can leave this page: storing goes on.
upload-progress = Rows stored
upload-refresh = See how far storing got
upload-stored-title = Stored: { $file }
upload-stored-lead = The file is stored: { $stored ->
    [one] one record.
   *[other] { $stored } records.
}
upload-did-charge = { $count ->
    [one] one record was charged to the client's budget
   *[other] { $count } records were charged to the clients' budgets
}
upload-did-hold = { $count ->
    [one] one record was held for the counsellor's review: the budget would run out
   *[other] { $count } records were held for the counsellor's review: the budget would run out
}
upload-did-repeat = { $count ->
    [one] one row was stored before and was not stored again
   *[other] { $count } rows were stored before and were not stored again
}
upload-did-refuse = { $count ->
    [one] one row was refused and not stored
   *[other] { $count } rows were refused and not stored
}
upload-interrupted-title = Storing stopped: { $file }
upload-interrupted-lead = { $done } of { $rows } rows were stored before storing stopped. Go on, and the rest is stored: rows stored already are not stored twice.
upload-go-on = Go on storing
upload-see-month = See the records of { $month }
upload-rows-title = Rows that are not simply charged
upload-rows-first = The first { $shown } are shown.
upload-row = Line { $line } (your id { $id }):
upload-row-charged = charged.
upload-row-held = held for review.
upload-row-repeated = stored before, not stored again.
upload-row-refused = refused.
upload-another = Send another file

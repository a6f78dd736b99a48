# My budget, the monthly statement, the decision and the glossary.

nav-my-budget = My budget
nav-decision = My decision
nav-glossary = Words explained
back-to-budget = Back to the budget

product-supported-housing = Supported housing
product-intensive-housing = Intensive service housing
product-temporary-housing = Temporary round-the-clock housing
product-one-to-one-care = One-to-one care
product-day-activities = Day activities
product-personal-assistance = Personal assistance
product-other = Other service
units-days = { $count ->
    [one] { $units } day
   *[other] { $units } days
}
units-hours = { $count ->
    [one] { $units } hour
   *[other] { $units } hours
}

budget-title-self = Your budget
budget-title-other = Budget of { $name }
budget-summary-title = In short
budget-no-decision = There is no budget decision yet.
budget-no-decision-help = When the decision is made, the budget is shown here. Your counsellor can tell you when that will be.
budget-left-self = You have { $amount } left.
budget-left-other = { $amount } is left.
outlook-on-track = At this pace the money lasts until the end of the budget on { $end }.
outlook-too-early = It is too early to say whether the money will last. We can tell after the first full month.
outlook-at-risk = At this pace the money runs out before the budget ends on { $end }.
outlook-at-risk-means = What this means: if services go on as they are, the last services of the period cannot be paid from the budget.
outlook-at-risk-todo = What you can do: talk with your counsellor soon. Together you can plan the services, or ask for the decision to be checked.
outlook-used-up = All of the budget is used.
outlook-used-up-means = What this means: new services are not paid from the budget. When a provider reports a service now, it waits for review.
outlook-used-up-todo = What you can do: contact your counsellor now, so that you get the services you need.
outlook-contact = Your counsellor's name and phone number are on your decision letter.
alerts-title = Please note
alert-passed-80 = More than 80% of the budget is used.
alert-passed-100 = All of the budget is used.
alert-at-risk = At this pace the money will not last until the end of the budget.
figures-title = The budget in figures
figure-total = Whole budget
figure-used = Used so far
figure-left = Left
figure-own-share = Own share paid so far
figure-period = Budget period
period-value = { $from } – { $to }
own-share-explained = The own share is paid by you, not from the budget. It comes when a provider costs more than the voucher value.
own-share-more = More about the own share
counted-up-to = Counted up to { $date }.
services-title = Services in the budget
line-planned = Planned
line-used = Used
line-left = Left
months-title = Month by month
months-summary = From { $first } to { $last } { $used } was used. Most was used in { $busiest }. The chart shows each month's use beside the plan.
months-summary-none = Nothing has been used yet. The chart shows the plan for each month.
chart-planned = Planned (outline)
chart-used = Used (filled)
chart-months = The numbers under the bars are the months.
months-table-caption = Planned and used, month by month
column-month = Month
months-statement-hint = Open a month to see its statement.
held-title = Services waiting for review
held-explained = These services were reported when there was not enough money left in the budget. They are not paid from the budget yet. Your counsellor looks at them and tells you what happens next. You do not have to do anything.
held-item = { $date }: { $service }, { $units }, { $provider }: { $amount }
held-more = What a held service means
refused-records-title = Services refused
refused-records-explained = Your counsellor reviewed these services and refused them. They are not paid from your budget. If you do not understand why, ask your counsellor.
refused-records-item = { $date }: { $service }, { $units }, { $provider }: { $amount }
refused-records-reason = Reason: { $reason }
budget-more-title = More about the budget
link-decision = The decision: which services and how much
link-glossary = What the words mean

statement-title = Statement for { $month }
statement-intro = What the budget paid in { $month }, by provider and service.
statement-caption = Services in { $month }
statement-empty = The budget paid nothing in { $month }.
statement-left-after = After { $month }, { $amount } of the budget's { $total } was left.
statement-client = Client: { $name }
statement-print-hint = You can print this page with your browser's print command. It fits on one sheet of paper.
column-provider = Provider
column-service = Service
column-units = Amount
column-charged = Paid from the budget
column-own-share = Own share
column-total = Total

decision-title-self = Your decision
decision-title-other = Decision of { $name }
decision-intro = The decision says which services the budget pays for, and how much money there is for them.
decision-lines-title = Services in the decision
decision-how-much = How much
decision-daily = Every day
decision-monthly = { $units } a month
decision-tier = Level of support
decision-voucher-value = Voucher value
decision-value-per-day = { $amount } a day
decision-value-per-hour = { $amount } an hour
decision-line-total = For the whole period
decision-voucher-explained = The voucher value is what the budget pays for one day or one hour of a service.
decision-voucher-more = More about the voucher value
decision-review-title = If you think the decision is wrong
decision-review-text = You can ask for the decision to be looked at again. This is called a request for review (oikaisuvaatimus). It costs nothing.
decision-review-when = Send it within 30 days of getting the decision letter. The letter says where to send it.
decision-review-help = Your counsellor can help you write it.

glossary-title = Words explained
glossary-intro = The words of the budget pages, in plain words.
term-personal-budget = Personal budget
term-personal-budget-text = Money for your services for one period, often a year. You choose the providers. The budget pays them.
term-decision = Decision
term-decision-text = A letter from the wellbeing services county. It says which services you get, how much of each, and how much money there is for them.
term-voucher-value = Voucher value
term-voucher-value-text = What the budget pays for one unit of a service: one day or one hour. It is written in your decision.
term-own-share = Own share
term-own-share-text = What you pay yourself. It comes when a provider's price is more than the voucher value. You pay the difference. The own share is not taken from the budget.
term-held-record = Held service
term-held-record-text = A service a provider reported when the budget did not have enough money left. It is not paid from the budget yet. Your counsellor looks at it and decides what happens.
term-statement = Statement
term-statement-text = A list of one month: which providers gave which services, what the budget paid, and your own share.
term-experience-expert = Experience expert
term-experience-expert-text = A person who has lived with disability or used the services themselves. They are trained and help others use the personal budget. They can look at your portal only if you let them, and only for the time you choose.
term-mandate = Mandate
term-mandate-text = Permission you give a relative or someone else close to you. With a mandate they may look at your matters, or also handle them for you, for example change provider. Your service counsellor records the mandate and ends it when you ask.
term-notice-period = Notice period
term-notice-period-text = The time the old provider still gives you services after you change provider. It is one month. The portal tells the old provider for you. The new provider starts the day after the notice period ends.
term-link-experience-expert = Who is an experience expert?
term-link-mandate = What is a mandate?
term-link-notice-period = What is the notice period?
link-my-plan = Your support plan: what matters to you and what the budget is for
decision-plan-link = See your support plan: what the budget is used for and why
decision-decided = Decided by { $who } ({ $role }) on { $day }.
decision-grounds-title = Why the decision is what it is
decision-grounds-intro = The grounds the decision-maker wrote.
decision-next = A new decision starts on { $from }. It runs until { $to }, { $total } in all. From that day you see it here.
statement-payments = Payments to providers
statement-payments-intro = Once a month, the wellbeing services county pays the providers what the budget paid. You pay your own share to the provider yourself.
statement-paid = { $provider }: { $count } { $count ->
        [one] service
       *[other] services
    }. Paid to the provider in the settlement for { $month }.
statement-not-paid = { $provider }: { $count } { $count ->
        [one] service
       *[other] services
    }. Not paid to the provider yet. The next monthly settlement pays it.

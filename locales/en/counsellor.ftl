## The counsellor workspace: My clients, and recording a guidance contact.

nav-clients = My clients
nav-decisions = Decisions to make
clients-title = My clients
clients-summary = { $count ->
    [one] One of your clients needs attention.
   *[other] { $count } of your clients need attention. The most urgent comes first.
}
clients-summary-none = None of your clients needs attention now.
clients-most-urgent = { $name }:
clients-open-hint = Open a client's pages to see them as the client sees them.
clients-logged = This list and each page you open show in the client's log "Who looked at my data".
clients-none = You have no clients yet.
clients-recorded = The contact with { $name } is recorded.
clients-attention = Needs attention
clients-nothing-needs-attention = Nothing needs attention now.
clients-attention-used-up = The budget is used up.
clients-attention-at-risk = The budget will not last to the end at this pace.
clients-attention-held = { $count ->
    [one] One service record is held for review.
   *[other] { $count } service records are held for review.
}
clients-attention-pending = { $count ->
    [one] One change of provider is waiting to start.
   *[other] { $count } changes of provider are waiting to start.
}
clients-attention-requests = { $count ->
    [one] One feedback answer asks for contact.
   *[other] { $count } feedback answers ask for contact.
}
clients-attention-overdue = The contact agreed for { $day } is not recorded.
clients-attention-no-next-contact = No next contact is agreed.
clients-next-contact = Next agreed contact: { $day }
clients-this-year = This year: { $contacts ->
    [one] one contact
   *[other] { $contacts } contacts
}, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
clients-open = Open { $name }'s pages
clients-record-contact = Record a contact with { $name }

contact-title = Record a contact with { $name }
contact-back = Back to my clients
contact-intro = Record each guidance contact. The pilot follows how much guidance each client gets.
contact-day = Day of the contact
contact-day-hint = For example 10.5.2018
contact-minutes = How many minutes
contact-minutes-hint = A whole number from 1 to 480, for example 45
contact-channel = How did the contact take place?
contact-channel-meeting = Meeting in person
contact-channel-phone = Phone call
contact-channel-video = Video call
contact-channel-message = Message
contact-next = Next agreed contact (optional)
contact-next-hint = For example 24.5.2018. Leave it empty if you did not agree one.
contact-save = Record the contact
contact-history = Contacts recorded
contact-none-yet = No contacts are recorded yet.
contact-line = { $day }: { $channel }, { $minutes } min ({ $counsellor }).
contact-line-next = Next contact agreed for { $day }.
contact-error-day-missing = Enter the day of the contact
contact-error-day-not-a-date = Enter the day of the contact as a date, for example 10.5.2018
contact-error-day-in-future = The day of the contact must be today or earlier
contact-error-minutes = Enter the minutes as a whole number from 1 to 480
contact-error-channel = Choose how the contact took place
contact-error-next-not-a-date = Enter the next contact as a date, for example 24.5.2018
contact-error-next-not-after = The next contact must be after the day of the contact

helping-counsellor = You are looking at { $name }'s pages as their counsellor. You can only look, not change anything.
helping-back-to-clients = Back to my clients

clients-mandates = Who may handle { $name }'s matters
mandates-title = Who may handle { $name }'s matters
mandates-intro = A relative with a mandate may look at the client's pages, or also act for them: change provider, answer feedback, leave the personal budget. The client sees on "Done for you" who gave or ended a mandate.
mandates-in-force = Mandates in force
mandates-none = No relative has a mandate now.
mandates-may-look = { $name } may look at the matters.
mandates-may-look-until = { $name } may look at the matters until { $until }.
mandates-may-act = { $name } may look at the matters and act.
mandates-may-act-until = { $name } may look at the matters and act until { $until }.
mandates-end = End { $name }'s mandate
mandates-give = Give a mandate
mandates-give-what = A new mandate replaces the relative's earlier one for this client.
mandates-who = Which relative?
mandates-rights = What may they do?
mandates-rights-look = Only look
mandates-rights-act = Look and act
mandates-until = Last day (optional)
mandates-until-hint = For example 31.12.2018. Leave it empty for a mandate with no end.
mandates-save = Save the mandate
mandates-set = The mandate is saved.
mandates-ended = The mandate has ended.
mandates-error-relative = Choose the relative
mandates-error-rights = Choose what the relative may do
mandates-error-until-not-a-date = Enter the last day as a date, for example 31.12.2018
mandates-error-until-past = The last day must be today or later

review-title = Records waiting for review: { $name }
review-intro = These service records were held, because the budget did not have enough money for them. Approve a record if it fits in what is left of the budget. Otherwise refuse it and give the reason. The client sees what you did, and the reason.
review-left = Left in the budget now: { $amount }.
review-none = No records are waiting for review.
review-record = { $date }: { $service }
review-record-detail = { $units }, { $provider }: { $amount }
review-release = Approve and pay from the budget
review-reason = Reason, if you refuse the record
review-reason-hint = The client reads the reason. Write it briefly and clearly, in at most 500 characters.
review-refuse = Refuse the record
review-released = The record is approved and paid from the budget.
review-refused = The record is refused. The client sees the reason.
review-error-not-held = This record is no longer waiting for review. Someone has reviewed it already.
review-error-does-not-fit = The record does not fit in what is left of the budget. Change the decision first, or refuse the record.
review-error-no-reason = Write why you refuse the record
review-error-reason-too-long = Write the reason in at most 500 characters

clients-decision = Decision: { $name }
decision-form-title = Decision: { $name }
decision-form-intro = Prepare the decision on the client's personal budget. The amounts are counted with the same rules as on the client's own page. The decision-maker decides from what you prepared, and may change it.
decision-form-intro-decide = Decide from what the service counsellor prepared. You may change it before you decide. Write the grounds: the client reads them in their decision. The client sees who decided and when.
decision-form-now = The decision now
decision-form-none = The client has no decision yet.
decision-form-period = Valid { $from } to { $to }. In all { $total }.
decision-form-change = Change the decision
decision-form-make = Make the decision
decision-form-from = First day
decision-form-to = Last day
decision-form-day-hint = For example 1.1.2018
decision-form-services = Services
decision-form-services-hint = Leave a service out by choosing "Not in the decision" or by leaving the amount empty.
decision-form-tier = Level of service need
decision-form-not-in = Not in the decision
decision-form-tier-value = Level { $tier }: { $amount } a day
decision-form-days = Days a month
decision-form-hours = Hours a month
decision-form-units-hint = For example 12 or 38.5. Leave empty if the service is not in the decision.
decision-form-value = Value per unit in euros (optional)
decision-form-value-hint = The price list's value is { $amount }. Leave empty to use it.
decision-form-value-hint-tiers = Leave empty to use the price list's value for the level chosen.
decision-form-prepare = Prepare for decision
decision-form-decide = Make the decision
decision-form-prepared = The decision is prepared. The decision-maker sees it on their list.
decision-form-waiting = { $name } prepared the decision on { $day }: valid { $from } to { $to }, in all { $total }. It is waiting for the decision-maker.
decision-form-grounds = Grounds
decision-form-grounds-hint = Why the decision is what it is: the client's need, the support plan, and the law or guideline it rests on. Write plainly: the client reads this.
decision-form-error-from = Write the first day as a date, for example 1.1.2018
decision-form-error-to = Write the last day as a date, for example 31.12.2018
decision-form-error-to-before-from = The last day cannot be before the first day
decision-form-error-no-lines = Put at least one service in the decision
decision-form-error-tier = Choose level 1, 2 or 3, or "Not in the decision"
decision-form-error-days = Write the days a month as a number, at most 31, for example 12
decision-form-error-hours = Write the hours a month as a number, at most 744, for example 38.5
decision-form-error-value = Write the value in euros, for example 24.50
decision-form-error-overlaps = The client has another decision for some of these days
decision-form-error-records-outside = Services are already recorded for days this period leaves out
decision-form-error-line-in-use = This service already has records, so it cannot leave the decision
decision-form-error-after-leaving = The client has left the personal budget. The decision cannot go on after the budget's last day
decision-form-error-below-charged = The new total is less than what is already used of the budget
decision-form-error-no-grounds = Write the grounds for the decision
decision-form-error-grounds-long = Write the grounds shorter, at most { $most } characters

## How a client and their relatives sign in.
clients-sign-in = How { $name } signs in
sign-in-of-title = How { $name } signs in
sign-in-of-intro = Clients and their relatives sign in by identifying themselves with bank codes, a mobile certificate or an ID card (Suomi.fi e-Identification). The portal knows them by their identity code and keeps it only as a hash that cannot be turned back into the code. The client sees on "Done for you" who let whom sign in.
sign-in-of-how = How identifying works
sign-in-of-client = The client
sign-in-of-client-yes = { $name } can sign in by identifying.
sign-in-of-client-no = { $name } cannot sign in yet.
sign-in-of-code-in-details = The identity code in the client's details: { $code }.
sign-in-of-code = The client's identity code
sign-in-of-code-hint = For example 131052-308T. Check it from the decision or from an identity card.
sign-in-of-client-save = Let { $name } sign in
sign-in-of-client-done = The client can now sign in by identifying.
sign-in-of-relatives = Relatives
sign-in-of-relatives-none = No relative has been let sign in from this page.
sign-in-of-relatives-then = A relative who signs in sees nothing of the client's matters until they have a mandate:
sign-in-of-relative-name = The relative's name
sign-in-of-relative-code = The relative's identity code
sign-in-of-relative-save = Let the relative sign in
sign-in-of-relative-done = The relative can now sign in by identifying. Give them a mandate so that they can look at or handle the client's matters.
sign-in-of-error-code-missing = Enter the identity code
sign-in-of-error-code-form = Enter the identity code in the form 131052-308T: the date of birth, the century sign, three digits and the check character
sign-in-of-error-code-check = The last character does not match the rest of the code: check the code
sign-in-of-error-not-in-details = This is not the identity code in the client's details: check the code
sign-in-of-error-taken = Someone else already signs in with this identity code
sign-in-of-error-name = Enter the relative's name
sign-in-of-error-is-client = This identity code is the client's own: use the form for the client

# The support plan, written with the client.
clients-plan = Support plan: { $name }
plan-form-title = Support plan: { $name }
plan-form-intro = Write the plan with the client, in their own words. Each save is a new version: the client sees every version, who wrote it and when.
plan-form-first = There is no plan yet: this is the first version.
plan-form-newest = The form starts from version { $version }, written on { $day } by { $who }.
plan-form-saved = The plan is saved as a new version. The client sees it on "Your support plan".
plan-form-what-matters = What matters to the client
plan-form-goals = The client's goals
plan-form-budget-use = What the budget is used for, and why
plan-form-helpers = Who helps the client
plan-form-part-hint = In the client's own words where you can. At most { $max } characters.
plan-form-next-meeting = Next meeting (optional)
plan-form-next-meeting-hint = For example 12.6.2018
plan-form-save = Save as a new version
plan-form-error-what-matters = Write what matters to the client
plan-form-error-too-long = This part is too long: write at most { $max } characters
plan-form-error-next-not-a-date = Enter the next meeting as a date, for example 12.6.2018
plan-form-error-next-in-past = The next meeting cannot be in the past

# The client's wellbeing self-checks, when the client lets the counsellor see them.
clients-wellbeing = How is { $name } doing?
client-wellbeing-title = How is { $name } doing?
client-wellbeing-not-shared = { $name } has not let you see the answers to "How am I doing?". Only the client decides this.
client-wellbeing-none = { $name } lets you see the answers, but has not answered yet.
client-wellbeing-shared = { $name } lets you see the answers to "How am I doing?": each face from 1 (very bad) to 5 (very good).
client-wellbeing-caption = Answers at each check
clients-attention-proposal = A proposal to use the budget differently waits for the decision-maker

## A client's messages to the counsellor.
clients-attention-message = A message waits for your answer
clients-messages = Messages: { $name }
conversation-title = Messages with { $name }
conversation-none-yet = No messages yet.
conversation-answer = Your answer
conversation-answer-hint = At most { $most } characters. The client and the relatives who act for them read it.
conversation-send = Send the answer
conversation-sent = Your answer was sent. The client hears of it in their messages.

## Who looked at my data: the client's own log of who else has looked at their data.

nav-who-looked = Who looked at my data
who-looked-title = Who looked at your data
who-looked-intro = Here you see who other than you has looked at your data in the portal, and when. The newest is at the top.
who-looked-kept = Every look is recorded. Nobody can change or delete this list. If a look seems wrong, contact your counsellor.
who-looked-none = Nobody else has looked at your data.
# $time time of day, $who name, $role role, $what what was looked at (looked-at-…)
who-looked-line = At { $time } { $who } ({ $role }) { $what }.
who-looked-line-repeated = At { $time } { $who } ({ $role }) { $what } { $count } times.
who-looked-none-month = Nobody else looked at your data this month.
who-looked-months = Other months
who-looked-earlier = Earlier looks: { $month }
who-looked-later = Later looks: { $month }
looked-at-budget = looked at your budget
looked-at-statement = looked at your statement for { $month }
looked-at-decision = looked at your decision
looked-at-provider-search = searched for providers for you
looked-at-provider-page = looked at a provider and your prices
looked-at-provider-comparison = compared providers with your prices
looked-at-change = looked at changing your provider
looked-at-changes = looked at your provider changes
looked-at-leaving = looked at leaving the personal budget
looked-at-feedback = looked at your feedback questions
looked-at-contact-request = read your feedback that asked for contact
looked-at-something = looked at your data
looked-at-client-list = saw how your budget is doing, in the counsellor's list of clients
looked-at-decisions-to-make = saw your name on the decision-maker's list: your decision is waiting
looked-at-contacts = looked at the record of your contacts with the counsellor
looked-at-provider-clients = saw your name and services in the provider's list of clients
looked-at-provider-records = saw the services they reported for you

## Who helps me: an experience expert may see the portal for a few hours.

nav-helpers = Who helps me
helpers-title = Who helps you
helpers-intro = You can let an experience expert see your portal for a short time, for example during a video call. They can only look. They cannot change or send anything. You can end it at any time.
helpers-granted = Done. The experience expert can now see your portal until the time shown below.
helpers-ended = You ended the help. They can no longer see your portal.
helpers-now-title = Who can see your portal now
helpers-none = Nobody else can see your portal now.
helpers-until = { $name } can see your portal until { $time } on { $day }.
helpers-end = End: { $name }
helpers-let-title = Let an experience expert help you
helpers-let-what = They see your budget, your decision and your services. Every look shows on the page Who looked at my data.
helpers-who = Who may look?
helpers-how-long = For how long?
helpers-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
helpers-let = Let them see my portal
helpers-error-helper = Choose who may see your portal.
helping-looking-until = You are looking at { $name }'s portal until { $until }. You can only look, not change anything.
helping-looking = You are looking at { $name }'s portal. You can only look, not change anything.

## Done for me: what relatives, staff and others have done for the client.

who-looked-see-done = See also what others have done for you
done-title = Done for you
done-intro = Here you see what others have done for you, for example your relative or your counsellor. The newest is at the top.
done-none = Nobody else has done anything for you.
done-see-looks = See who looked at your data
done-changed = changed provider ({ $service }): { $from } → { $to }
done-cancelled = cancelled a change of provider ({ $service }): { $from } → { $to }
done-left = gave notice that you leave the personal budget
done-answered-feedback = told for you how the service went: { $provider }
done-answered-questions = answered the questions about getting help for you

## Whose matters: a relative with mandates for several people chooses.

helping-switch = Change person
whose-title = Whose matters you handle
whose-intro = You have a mandate to handle the matters of several people. Choose whose matters you handle now. You can change at any time.
whose-may-act = You can look and act.
whose-may-look = You can only look.
whose-current = You handle their matters now.
whose-choose = Handle: { $name }
done-mandate-act = gave { $relative } a mandate to handle your matters
done-mandate-act-until = gave { $relative } a mandate to handle your matters until { $until }
done-mandate-look = gave { $relative } a mandate to look at your matters
done-mandate-look-until = gave { $relative } a mandate to look at your matters until { $until }
done-mandate-ended = ended the mandate of { $relative } to handle or look at your matters
done-decision-made = made your decision: { $from } to { $to }, { $total } in all
done-decision-changed = changed your decision: now { $from } to { $to }, { $total } in all (before: { $old })
looked-at-mandates = looked at who may handle your matters
looked-at-sign-in = looked at how you and your relatives sign in
done-sign-in-own = let you sign in by identifying yourself with bank codes, a mobile certificate or an ID card
done-sign-in-relative = let { $relative } sign in by identifying themselves, to handle your matters with a mandate
looked-purpose-mandate = Why: they handle your matters with a mandate.
looked-purpose-help = Why: you let them help you.
looked-purpose-guidance = Why: they are your service counsellor.
looked-purpose-decision = Why: they make the decision your service counsellor prepared.
looked-purpose-administration = Why: the wellbeing services county runs personal budgets.
looked-purpose-service = Why: they give you a service.
looked-at-held-records = looked at your services waiting for review
done-record-released = approved a service that was waiting for review, and it was paid from your budget: { $date }, { $service }, { $units }, { $provider }, { $amount }
done-record-refused = refused a service that was waiting for review, and it is not paid from your budget: { $date }, { $service }, { $units }, { $provider }, { $amount }. Reason: { $reason }

nav-refused-looks = Refused looks
refused-title = Refused looks
refused-intro = When someone asks for a client's data or an act for a client they have no right to, for example by changing a number in an address, the portal answers "not found" and records the request here. The newest is first. Nobody can change or delete this log.
refused-none = There are no refused looks.
refused-what = asked for client { $client }'s data: { $what }
looked-at-plan = looked at your support plan
done-plan-written = wrote your support plan with you
done-plan-changed = changed your support plan
done-plan-commented = wrote a comment on your support plan
looked-at-self-checks = looked at your answers to "How am I doing?"
done-help-hours = wrote down { $hours } hours of help they gave you on { $day }
done-self-check = answered "How am I doing?" for you
looked-at-proposals-to-answer = saw your name on the decision-maker's list: your proposal is waiting
looked-at-messages = read messages about you
looked-at-proposal = read your proposal to use your budget differently
done-proposal-sent = proposed to use your budget differently from { $month }
done-proposal-withdrawn = took back the proposal to use your budget differently from { $month }
done-proposal-accepted = accepted the proposal to use your budget differently from { $month }, and changed your decision
done-proposal-refused = did not accept the proposal to use your budget differently from { $month }
done-chose-provider = chose a provider for a service. { $service }: { $provider }
done-help-hours-removed = removed the { $hours } hours of help they had written down for { $day }

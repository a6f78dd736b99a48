# The organiser's indicators.
nav-indicators = Indicators
indicators-title = Indicators
indicators-summary = In { $month }, { $clients } clients had a personal budget. { $charged } was charged to the budgets, { $per_client } per client.
indicators-none = In { $month }, no client had a personal budget.
indicators-month = Month
indicators-show = Show
indicators-col-municipality = Municipality
indicators-col-clients = Clients with a budget
indicators-col-decided = Decided for the month
indicators-col-charged = Charged
indicators-col-per-client = Charged per client
indicators-col-own-shares = Own shares paid by clients
indicators-col-held = Held for review
indicators-col-minutes = Guidance minutes
indicators-col-expert-hours = Experience experts' hours
indicators-col-expert-hours-per-client = Hours per client
indicators-col-changes = Changes of provider
indicators-col-left = Clients who left
indicators-all = All municipalities
indicators-held-value = { $count ->
    [one] one record, { $amount }
   *[other] { $count } records, { $amount }
}
indicators-explained = A client counts in a month when their decision covers at least one day of it. Charged and own shares are the month's services; held records wait for the counsellor's review. Guidance minutes are the contacts counsellors recorded. Changes of provider and clients who left count in the month the notice was given. Experts' hours are the hours of help experience experts wrote down.
indicators-csv = Download these figures as CSV
indicators-money-title = Budgets and costs
indicators-money-says = What the decisions plan for the month, what was charged to the budgets for the month's services, per client, what clients paid themselves above the voucher values, and what waits for review. The bars show each municipality's decided amount as a dashed outline and the charged amount as a solid bar.
indicators-money-caption = Budgets and costs by municipality, { $month }
indicators-guidance-title = Guidance, changes and leaving
indicators-guidance-says = How much guidance the counsellors recorded and how many hours of help the experience experts gave, per client, how many changed provider, and how many gave notice to leave.
indicators-guidance-caption = Guidance, changes and leaving by municipality, { $month }
indicators-col-minutes-per-client = Minutes per client
indicators-feedback-title = Feedback and participation
indicators-feedback-says = How clients rated the services and the personal budget's process, for all municipalities together, as bars of 5 and in the table. An average is shown only from { $fewest } answers up, so that no one's answer can be picked out.
indicators-feedback-caption = Feedback averages, { $month }, all municipalities
indicators-col-asked = What was asked
indicators-col-answers = Answers
indicators-col-average = Average of 5
indicators-feedback-service = How the service went
indicators-feedback-process = How the personal budget has worked
indicators-feedback-heard = Being heard in one's own matters
indicators-feedback-choice = Being able to choose
indicators-average = { $average } of 5
indicators-too-few = Not enough answers yet
indicators-leaving-title = Why clients left
indicators-leaving-says = { $left ->
    [0] No client gave notice to leave this month.
    [one] One client gave notice to leave; { $answered } of them said why.
   *[other] { $left } clients gave notice to leave; { $answered } of them said why.
} A client may give several reasons. Their own words are on the feedback words page.
indicators-leaving-caption = Reasons for leaving, { $month }, all municipalities
indicators-col-reason = Reason
indicators-col-reason-clients = Clients who gave it
indicators-wellbeing-title = How clients are doing
indicators-wellbeing-says = { $clients ->
    [one] One client has let their answers to "How am I doing?" be seen and has answered twice or more.
   *[other] { $clients } clients have let their answers to "How am I doing?" be seen and have answered twice or more.
} The table compares their first answers with their latest, up to the end of the month.
indicators-wellbeing-caption = Self-check averages, up to the end of { $month }, all municipalities
indicators-col-check = Self-check
indicators-wellbeing-first = First
indicators-wellbeing-latest = Latest
indicators-wellbeing-change = Change
indicators-wellbeing-too-few = The averages are shown from { $fewest } clients up, so that no one can be picked out.
indicators-providers-title = Providers' experience
indicators-providers-says = { $providers ->
    [0] No provider has yet answered about working with the organiser in { $half }.
    [one] One provider answered about working with the organiser in { $half }.
   *[other] { $providers } providers answered about working with the organiser in { $half }.
} Providers answer twice a year. An average is shown only from 5 answers up.
indicators-providers-caption = Providers' answers, { $half }
indicators-providers-words = What providers said the organiser should do better
indicators-service = Service
indicators-all-services = All services
indicators-provider = Provider
indicators-provider-hint = Part of the provider's name. Leave it empty for all providers.
indicators-provider-not-found = No provider's name has "{ $typed }". Check the spelling, or leave the field empty for all providers.
indicators-provider-choose = Several providers' names have "{ $typed }". Choose one:
indicators-clear-filters = Show all services and providers
indicators-service-at-provider = { $service } at { $provider }
indicators-filtered-says = What the decisions plan for { $what } in the month, what was charged for it, per client charged, what clients paid themselves and what waits for review. The bars show each municipality's decided amount as a dashed outline and the charged amount as a solid bar. The service feedback below is narrowed the same way; the other figures on this page are for all services and providers.
indicators-filtered-says-provider = What was charged for { $what } in the month, per client charged, what clients paid themselves and what waits for review. The bars show each municipality's charged amount. A decision plans services, not providers, so no decided amount is shown. The service feedback below is narrowed the same way; the other figures on this page are for all services and providers.
indicators-filtered-caption = Budgets and costs of { $what } by municipality, { $month }
indicators-col-clients-charged = Clients charged
indicators-not-decided = Not known
indicators-voucher-share = Every service in these figures was chosen by the client and paid from their personal budget, as with a service voucher. Services the organiser buys itself are not in this portal, so their share of all services cannot be shown here; the CSV gives the voucher side for that comparison.
indicators-feedback-service-narrowed = How the service went: { $what }

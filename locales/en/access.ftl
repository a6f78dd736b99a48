## Who looked at my data: the client's own log of who else has looked at their data.

nav-who-looked = Who looked at my data
who-looked-title = Who looked at your data
who-looked-intro = Here you see who other than you has looked at your data in the portal, and when. The newest is at the top.
who-looked-kept = Every look is recorded. Nobody can change or delete this list. If a look seems wrong, contact your counsellor.
who-looked-none = Nobody else has looked at your data.
# $time time of day, $who name, $role role, $what what was looked at (looked-at-…)
who-looked-line = At { $time } { $who } ({ $role }) { $what }.
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

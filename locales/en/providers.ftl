# Find a provider, a provider's page and the comparison.

nav-providers = Find a provider

find-title = Find a provider
find-lead-self = Choose what you need. Each result tells what it would cost you against your own plan.
find-lead-other = Choose what { $name } needs. Each result tells what it would cost { $name } against their plan.
find-lead-public = Choose what you need. Sign in to see what each provider would cost you against your own plan.
find-filters = What do you need?
filter-service = Service
filter-any-service = Any service
filter-municipality = Municipality
filter-any-municipality = Any municipality
filter-language = Language the staff speak
filter-any-language = Any language
filter-accessibility = Accessibility needs
filter-free-places = Only providers with free places now (housing and day activities)
filter-sort = Order of results
sort-suitable = Most suitable for me first
sort-cost = Least extra cost to me first
sort-feedback = Best feedback from other clients first
find-submit = Show providers
find-results = Providers found
find-count = { $count ->
    [0] No providers found. Try with fewer filters.
    [one] 1 provider found.
   *[other] { $count } providers found.
}
find-shown = You see the first { $shown }.
find-show-more = Show more providers
compare-hint = To compare, tick { $min } or { $max } providers and press “Compare chosen”.
compare-submit = Compare chosen
compare-this = Compare { $name }
reason-label = Why here:
fit-needs = { $all ->
    [one] { $met ->
        [0] Does not have what you need.
       *[other] Has what you need: { $list }.
    }
   *[other] Has { $met } of your { $all } needs{ $met ->
        [0] .
       *[other] : { $list }.
    }
}
fit-speaks = The staff speak { $languages }.
fit-no-language = The staff do not speak your language.
fit-free-places = Has free places.
fact-serves = Serves
fact-languages = Staff languages
fact-feedback = Feedback from other clients
fact-accessibility = Accessibility

feature-step-free-access = Step-free access
feature-accessible-toilet = Accessible toilet
feature-hearing-loop = Hearing loop
feature-quiet-space = Quiet, sensory-friendly space
feature-accessible-parking = Accessible parking
feature-public-transport = Public transport nearby
feature-unknown = Other feature
features-none = No accessibility features reported.

staff-language-fi = Finnish
staff-language-sv = Swedish
staff-language-en = English
staff-language-se = Northern Sámi
staff-language-ru = Russian
staff-language-et = Estonian
staff-language-ar = Arabic
staff-language-fse = Finnish Sign Language
staff-language-unknown = Other language

cost-nothing-extra = { $who ->
    [self] Costs you nothing extra.
   *[other] Costs { $name } nothing extra.
}
cost-extra-per-month = { $who ->
    [self] Costs you about { $amount } extra a month.
   *[other] Costs { $name } about { $amount } extra a month.
}
cost-not-in-plan = { $who ->
    [self] Not in your plan: the budget does not pay for it.
   *[other] Not in the plan of { $name }: the budget does not pay for it.
}
price-per-day = { $price } a day
price-per-hour = { $price } an hour
free-places-count = { $count ->
    [0] No free places now.
    [one] 1 free place now.
   *[other] { $count } free places now.
}

feedback-average = { $average } of 5, from { $answers } answers
feedback-not-enough = Not enough answers yet. We show feedback when at least 5 clients have answered.
feedback-score = { $score } of 5
feedback-spread-caption = How the answers were spread
feedback-column-score = Answer
feedback-column-answers = Answers

quality-none = The provider has not reported quality data.
percent = { $value }%
quality-qualified-staff = Qualified staff
quality-qualified-staff-explained = How many of the staff have a qualification in social or health care. More is better.
quality-turnover = Staff turnover
quality-turnover-explained = How many of the staff left in the last 12 months. Less means you meet the same people more often.
quality-complaints = Complaints upheld
quality-complaints-explained = Complaints in the last 12 months that were found to be justified.
quality-inspection = Latest inspection
quality-inspection-explained = The authority visits and checks the service. This is what it found.
quality-inspection-value = { $date }: { $result }
quality-reported-on = The provider reported these figures on { $date }.
inspection-no-remarks = no remarks
inspection-remarks = remarks to correct
inspection-serious-remarks = serious remarks

provider-services = Services and prices
provider-own-share-link = What is an own share?
provider-places = Service places
provider-serves = Serves these municipalities: { $areas }.
provider-feedback = Feedback from other clients
provider-quality = Quality
provider-contact = Contact
contact-phone = Phone
contact-email = Email
contact-website = Website
provider-price-history = Prices over time
provider-price-history-caption = Every price this provider has asked, and from when
column-price = Price
column-valid-from = From
back-to-search = Back to finding a provider

compare-title = Compare providers
compare-caption = { $names } side by side
compare-not-reported = Not reported
compare-back = Back to the search
compare-too-few = You chose { $count }. Choose at least { $min } providers to compare.
compare-too-many = You chose { $count }. You can compare at most { $max } providers at a time.
compare-gone = One of the providers you chose is no longer in the registry. Choose again.

needs-saved-list = { $who ->
    [self] Your saved needs: { $list }. “Most suitable” looks at these.
   *[other] Saved needs of { $name }: { $list }. “Most suitable” looks at these.
}
needs-none-saved = { $who ->
    [self] You have not saved any needs yet.
   *[other] No needs are saved for { $name } yet.
}
needs-save = { $who ->
    [self] Save the ticked needs as mine
   *[other] Save the ticked needs for { $name }
}
needs-saved = The needs are saved. “Most suitable” now puts the places that meet them first.

find-lead-self = Choose what you need. You see what each one costs you.
find-lead-other = Choose what { $name } needs. You see what each one costs { $name }.
find-lead-public = Choose what you need. Sign in. Then you see what each one costs you.
filter-free-places = Only places that have room now
sort-suitable = Best for me first
sort-cost = Cheapest for me first
sort-feedback = Others liked it most first
find-shown = You see { $shown } now.
find-show-more = Show more
compare-hint = Do you want to compare? Tick { $min } or { $max }. Then press “Compare chosen”.
fit-no-language = The staff do not speak your language.
cost-nothing-extra = { $who ->
    [self] You pay nothing more.
   *[other] { $name } pays nothing more.
}
cost-extra-per-month = { $who ->
    [self] You pay about { $amount } more each month.
   *[other] { $name } pays about { $amount } more each month.
}
cost-not-in-plan = { $who ->
    [self] Your budget does not pay for this.
   *[other] The budget of { $name } does not pay for this.
}
feedback-not-enough = Too few people have answered. We show answers when 5 people have answered.
quality-qualified-staff-explained = How many workers have learned this work at school. More is better.
quality-turnover-explained = How many workers left in the last 12 months. Less is better. Then you meet the same people.
quality-complaints-explained = How many times someone complained, and they were right.
quality-inspection-explained = An official came to check the place. This is what they said.
compare-too-few = You chose { $count }. Choose { $min } or more.
compare-too-many = You chose { $count }. Choose { $max } or fewer.
compare-gone = One of them is gone. Choose again.
needs-save = { $who ->
    [self] Remember what I ticked
   *[other] Remember what I ticked for { $name }
}
needs-saved = Saved. We show first the places that have what you need.
filter-accessibility = What do you need at the place?
filter-language = Language of the workers
fit-needs = { $all ->
    [one] { $met ->
        [0] It does not have the thing you need.
       *[other] It has the thing you need: { $list }.
    }
   *[other] It has { $met } of the { $all } things you need{ $met ->
        [0] .
       *[other] : { $list }.
    }
}
fit-speaks = The workers speak { $languages }.
fit-free-places = There is room now.
feedback-average = Other people gave { $average } of 5. { $answers } people answered.
quality-none = We do not know this yet.
back-to-search = Back to the search
column-price = Price
column-valid-from = From
compare-back = Back to the search
compare-caption = Providers side by side: { $names }
compare-not-reported = No information
compare-submit = Compare the ones you chose
compare-this = Compare { $name }
compare-title = Compare providers
contact-email = Email
contact-phone = Phone
contact-website = Website
fact-accessibility = Accessibility
fact-feedback = What other clients say
fact-languages = Languages the staff speak
fact-serves = Towns where the provider works
feature-accessible-parking = Accessible parking
feature-accessible-toilet = Accessible toilet
feature-hearing-loop = Hearing loop for hearing aids
feature-public-transport = Public transport nearby
feature-quiet-space = Quiet room
feature-step-free-access = You can get in without steps
feature-unknown = Other feature
features-none = The provider has not told us about access.
feedback-column-answers = Answers
feedback-column-score = Answer
feedback-score = { $score } out of 5
feedback-spread-caption = How people answered
filter-any-language = Any language
filter-any-municipality = Any municipality
filter-any-service = Any service
filter-municipality = Municipality
filter-service = Service
filter-sort = In which order
find-count = { $count ->
    [0] No providers found. Choose fewer things.
    [one] 1 provider found.
   *[other] { $count } providers found.
}
find-filters = What do you need?
find-results = Providers found
find-submit = Show providers
find-title = Find a provider
free-places-count = { $count ->
    [0] No free places now.
    [one] 1 free place now.
   *[other] { $count } free places now.
}
inspection-no-remarks = everything was in order
inspection-remarks = something had to be fixed
inspection-serious-remarks = serious problems
nav-providers = Find a provider
needs-none-saved = { $who ->
    [self] You have not saved your needs yet.
   *[other] No needs are saved yet. Person: { $name }.
}
needs-saved-list = { $who ->
    [self] Your saved needs: { $list }. “Most suitable” looks at these.
   *[other] Saved needs of { $name }: { $list }. “Most suitable” looks at these.
}
percent = { $value } percent
price-per-day = { $price } a day
price-per-hour = { $price } an hour
provider-contact = Contact
provider-feedback = What other clients say
provider-own-share-link = What do you pay yourself?
provider-places = Places where the provider works
provider-price-history = Prices before and now
provider-price-history-caption = All prices of the provider and when they started
provider-quality = Quality
provider-serves = The provider works in these towns: { $areas }.
provider-services = Services and prices
quality-complaints = Complaints where the client was right
quality-inspection = Last check
quality-inspection-value = { $date }: { $result }
quality-qualified-staff = Staff who have training
quality-reported-on = The provider told us these numbers on { $date }.
quality-turnover = How many staff changed
reason-label = Why here:
staff-language-ar = Arabic
staff-language-en = English
staff-language-et = Estonian
staff-language-fi = Finnish
staff-language-fse = Finnish Sign Language
staff-language-ru = Russian
staff-language-se = Northern Sámi
staff-language-sv = Swedish
staff-language-unknown = Other language

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

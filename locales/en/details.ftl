## My details, and the helper view for screen-share.

nav-my-details = My details
details-title-self = Your details
details-title-other = { $name }'s details
details-intro = These details are in your decision. Only you and the people you have let in can see them.
details-identity-code = Personal identity code
details-address = Address
details-phone = Phone
details-municipality = Home municipality
details-health = What you get services for
details-not-given = Not recorded
details-counsellor-title = Your counsellor
details-counsellor-next = Your counsellor is { $name }. Your next agreed contact is on { $day }.
details-counsellor-no-next = Your counsellor is { $name }. Your next contact is not agreed yet.
details-no-counsellor = You do not have a named counsellor yet.
details-wrong = If something is wrong, tell your counsellor.
looked-at-details = looked at your details

pref-helper-view = Helper view
helper-view-on = Helper view is on. Identity code, address, phone and health details are hidden.
helper-view-hidden = Hidden in helper view
details-not-needed = Not shown to you: your task does not need this detail.

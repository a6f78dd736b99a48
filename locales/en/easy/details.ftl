details-intro = Here are your details. Only you and the people you let in can see them.
details-health = Why you get help
details-counsellor-next = Your counsellor is { $name }. You meet next on { $day }.
details-counsellor-no-next = Your counsellor is { $name }. You have not agreed when you meet next.
details-wrong = Is something wrong? Tell your counsellor.
helper-view-on = Helper view is on. Your important details are hidden.

details-not-needed = You do not see this. You do not need it.

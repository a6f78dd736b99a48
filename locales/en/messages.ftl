## My messages: the inbox, the header's count, and writing to the counsellor.

messages-title = My messages
messages-none = You have no messages yet. When something happens that you should know about, a message comes here.
messages-count = { $count ->
    [one] One message
   *[other] { $count } messages
}, { $new ->
    [0] none new
   *[other] { $new } new
}.
messages-more = You have { $count } messages in all. The newest { $shown } are here.
messages-ask = Write to your counsellor
messages-new = New
messages-about = About: { $name }
messages-when = { $day } at { $time }
header-new-messages = { $count ->
    [one] 1 new message
   *[other] { $count } new messages
}
nav-messages = Messages
nav-messages-new = Messages ({ $count } new)
footer-ask-counsellor = Write to your counsellor

## The messages. Days and services are written in by the portal.

message-change-made = The provider changes. { $service }: { $old } until { $old-last }, then { $new } from { $new-first }.
message-change-cancelled = The change of provider was cancelled. { $service }: { $old } goes on. { $new } does not start.
message-leave-given = Notice was given to leave the personal budget. The last day is { $last }.
message-client-leaves-budget = { $client } leaves the personal budget. { $service }: your last day is { $last }.
message-record-held = A service did not fit in the budget. It waits for the counsellor. { $service }, { $provider }, { $day }.
message-record-released = The counsellor let a service be paid from the budget. { $service }, { $provider }, { $day }.
message-record-refused = The counsellor refused a service: it is not paid from the budget. { $service }, { $provider }, { $day }. The reason is on the statement.
message-decision-made = A decision on the personal budget was made or changed: { $from } – { $to }. You can read it on My decision.
message-proposal-answered = The decision-maker { $answer ->
    [accepted] accepted
   *[refused] did not accept
} the proposal to use the budget differently. The reason is in your support plan.
message-mandate-set = { $relative } may now { $rights ->
    [act] look at and handle
   *[look] look at
} your matters{ $has-until ->
    [yes] {" "}until { $until }
   *[no] {""}
}.
message-mandate-ended = { $relative } can no longer see your matters. The permission ended on { $until }.
message-your-mandate-set = You may now { $rights ->
    [act] look at and handle
   *[look] look at
} the matters of { $client }{ $has-until ->
    [yes] {" "}until { $until }
   *[no] {""}
}.
message-your-mandate-ended = Your permission to see the matters of { $client } ended on { $until }.
message-guidance-answered = The counsellor { $counsellor } answered.
message-feedback-open = You can tell how your services went. It takes a minute, and it helps others choose a provider.
message-mandate-ending = The permission of { $relative } to see your matters ends on { $until }. If it should go on, tell your counsellor.
message-your-mandate-ending = Your permission to see the matters of { $client } ends on { $until }. If it should go on, ask their counsellor.
message-contact-coming = Your next agreed contact with the counsellor is on { $day }.
message-change-starts = { $service }: { $new } is your provider from { $first }.
message-help-started = { $client } let you look at their portal until { $day } at { $time }. You can open it from your home page.
message-help-ended = { $client } ended your help. You can no longer see their portal.
message-budget-used-80 = You have used 80% of your personal budget. { $left } is left until { $last }. If the money may not be enough, write to your counsellor.
message-budget-used-up = All of your personal budget is used. New services are not paid from it until the counsellor has looked at them. Write to your counsellor or call them.
message-budget-at-risk = At this pace the money of your personal budget will not last until { $last }. { $left } is left. Your counsellor can help you plan.
message-client-leaving = { $client } changes provider. { $service }: your last day is { $last }.
message-client-coming = { $client } becomes your client. { $service }: you start on { $first }.
message-client-stays = { $client } cancelled the change of provider and stays with you. { $service }.
message-client-not-coming = { $client } cancelled the change of provider and does not come to you. { $service }.
message-client-starts = { $client } is your client from { $first }. { $service }.
message-client-left = { $client } has moved to another provider. { $service }: the last day with you was { $last }.
message-guidance-asked = { $client } wrote to you: { $topic ->
    [need] the need for help has changed
    [call-me] please call
   *[question] a question
}.
message-client-budget = { $client }: { $mark ->
    [used-80] 80% of the budget is used
    [used-up] all of the budget is used
   *[at-risk] at this pace the budget will not last
}.

## Write to the counsellor.

ask-title = Write to your counsellor
ask-title-for = Write to the counsellor of { $name }
ask-intro = Your counsellor is { $name }. Write if your need for help changes, if you have a question, or if you want a call. The answer comes to My messages.
ask-intro-for = The counsellor of { $client } is { $name }. Write if their need for help changes, if you have a question, or if you want a call. The answer comes to My messages.
ask-phone = You can also call { $name }:
ask-phone-letter = You can also call the counsellors on weekdays from 9 to 15. The number is in your decision letter.
ask-no-counsellor = You do not have a named counsellor yet. Call the counsellors on weekdays from 9 to 15. The number is in your decision letter.
ask-new = Write a new message
ask-topic = What is it about?
ask-topic-need = My need for help has changed
ask-topic-question = I have a question
ask-topic-call-me = Please call me
ask-body = Your message
ask-body-hint = At most { $most } characters. If you only want a call, you can leave this empty.
ask-send = Send the message
ask-sent = Your message was sent to { $name }. You will see the answer here and in My messages.
ask-conversation = Messages so far
ask-none-yet = No messages yet.
ask-post-by = { $name }, { $day } at { $time }
ask-error-topic = Choose what your message is about
ask-error-empty = Write your message
ask-error-too-long = Your message is too long. Write at most { $most } characters.

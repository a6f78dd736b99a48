## My messages, in easy-read.

messages-title = My messages
messages-none = You have no messages. Messages come here when something happens.
messages-count = { $count ->
    [one] You have 1 message.
   *[other] You have { $count } messages.
} { $new ->
    [0] None are new.
    [one] 1 is new.
   *[other] { $new } are new.
}
messages-more = You have { $count } messages. Here are the newest { $shown }.
messages-ask = Write to your counsellor
messages-new = New
messages-about = This is about { $name }
messages-when = { $day } at { $time }
header-new-messages = { $count ->
    [one] 1 new message
   *[other] { $count } new messages
}
nav-messages = Messages
nav-messages-new = Messages: { $count } new
footer-ask-counsellor = Write to your counsellor

message-change-made = You get a new provider. { $service }: { $old } until { $old-last }. { $new } from { $new-first }.
message-change-cancelled = The new provider does not come. { $service }: { $old } goes on.
message-leave-given = The personal budget ends. The last day is { $last }.
message-record-held = There was not enough money for a service. The counsellor looks at it. { $service }, { $provider }, { $day }.
message-record-released = The counsellor said yes. The service is paid from your money. { $service }, { $provider }, { $day }.
message-record-refused = The counsellor said no. The service is not paid from your money. { $service }, { $provider }, { $day }. You can read why on the statement.
message-decision-made = There is a new decision about your money: { $from } – { $to }. You can read it on My decision.
message-proposal-answered = { $answer ->
    [accepted] Your wish was accepted.
   *[refused] Your wish was not accepted.
} You can read why in your support plan.
message-mandate-set = { $relative } can now { $rights ->
    [act] see and handle
   *[look] see
} your things{ $has-until ->
    [yes] {" "}until { $until }
   *[no] {""}
}.
message-mandate-ended = { $relative } can not see your things any more. This ended on { $until }.
message-your-mandate-set = You can now { $rights ->
    [act] see and handle
   *[look] see
} the things of { $client }{ $has-until ->
    [yes] {" "}until { $until }
   *[no] {""}
}.
message-your-mandate-ended = You can not see the things of { $client } any more. This ended on { $until }.
message-guidance-answered = Your counsellor { $counsellor } answered.
message-feedback-open = You can tell how your services went. It helps other people.
message-mandate-ending = { $relative } can see your matters until { $until }. Do you want more time? Tell your counsellor.
message-your-mandate-ending = You can see the matters of { $client } until { $until }. Do you need more time? Ask the counsellor.
message-contact-coming = You meet or talk with your counsellor on { $day }.
message-change-starts = You have a new provider. { $service }: { $new } from { $first }.
message-help-started = { $client } asked for your help. You can see their pages until { $day } at { $time }.
message-help-ended = { $client } ended your help. You cannot see their pages now.
message-budget-used-80 = You have used most of your money. { $left } is left. Your counsellor can help you.
message-budget-used-up = You have used all of your money. Ask your counsellor what you can do.
message-budget-at-risk = The money may not last until { $last }. { $left } is left. Your counsellor can help you.

ask-title = Write to your counsellor
ask-title-for = Write to the counsellor of { $name }
ask-intro = Your counsellor is { $name }. You can write here. The answer comes to My messages.
ask-intro-for = The counsellor of { $client } is { $name }. You can write here. The answer comes to My messages.
ask-phone = You can also call { $name }:
ask-phone-letter = You can also call. The number is in your decision letter.
ask-no-counsellor = You do not have a counsellor yet. You can call. The number is in your decision letter.
ask-new = Write a new message
ask-topic = What do you want?
ask-topic-need = I need other help now
ask-topic-question = I want to ask something
ask-topic-call-me = Please call me
ask-body = Your message
ask-body-hint = You can write { $most } letters. If you want a call, you do not have to write.
ask-send = Send
ask-sent = Your message went to { $name }. The answer comes here.
ask-conversation = Messages so far
ask-none-yet = No messages yet.
ask-post-by = { $name }, { $day } at { $time }
ask-error-topic = Choose what you want
ask-error-empty = Write your message
ask-error-too-long = Your message is too long. You can write { $most } letters.

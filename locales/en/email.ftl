## E-mail: the address for messages, the themes that come by e-mail, and the e-mails themselves.

email-title = E-mail
email-intro = Your messages always come to My messages. You can also get an e-mail when a new message comes. The e-mail only says what the message is about: you read the message here.
email-off = This portal does not send e-mail. Your messages come to My messages.
email-address = Your e-mail address
email-address-hint = For example: name@example.fi. At most { $most } characters.
email-themes = Send me an e-mail about these messages
email-save = Save
email-remove = Remove my e-mail address
email-back = Back to My messages
email-verified = E-mails go to { $address }.
email-not-verified = We sent a link to { $address }. Open the link to start getting e-mails.
email-news-link-sent = Saved. We sent a link to your e-mail. Open the link to start getting e-mails. The link works for 24 hours.
email-news-saved = Saved.
email-news-verified = Thank you. Your e-mail address works. E-mails start now.
email-news-link-old = The link did not work. It may be old or used already. Save your address again to get a new link.
email-news-removed = Your e-mail address was removed. Your messages still come to My messages.
email-error-empty = Write your e-mail address
email-error-invalid = Write the e-mail address like this: name@example.fi
email-error-too-long = The e-mail address is too long. Write at most { $most } characters.
email-error-not-sent = We could not send the link now. Check the address, or try again in a while.
messages-email = Get messages by e-mail too

theme-budget = Your budget and services
theme-provider = Changes of provider
theme-decision = Decisions
theme-helpers = Who may handle your matters
theme-counsellor = Messages with the counsellor
theme-clients = Your clients

## The e-mails. They never say a name, a service, an amount or a health detail.

email-letter-subject = New message: { $theme }
email-letter-new = You have a new message in the personal budget portal. It is about: { $theme }.
email-letter-read = Sign in to read it
email-letter-why = You get this e-mail because you asked for it. You can choose which messages come by e-mail, or stop them.
email-letter-settings = E-mail settings
email-letter-no-answer = Please do not answer this e-mail. You can write to your counsellor in the portal.
email-verify-subject = Confirm your e-mail address
email-verify-open = Open the link to confirm that this is your e-mail address. The link works for 24 hours.
email-verify-link = Confirm my e-mail address
email-verify-ignore = If you did not ask for this, you can ignore this e-mail.

## For the organiser: e-mails that did not arrive.

email-failures-title = E-mails that did not arrive
email-failures-intro = These e-mails did not arrive: the mail server refused the address, or it could not be reached for two days. The messages are still in the portal. Call the person if the matter is urgent, and ask them to check their address.
email-failures-none = All e-mails have arrived. When an e-mail cannot be delivered, it is listed here.
email-failure-about = About: { $theme }. The message was written { $when }. Tries: { $tries }.
email-failure-answer = The mail server answered: { $answer }

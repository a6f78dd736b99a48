## E-mail in easy-read.

email-title = E-mail
email-intro = Your messages always come here, to the portal. You can also get an e-mail when you have a new message. Then you come here to read it.
email-off = This portal does not send e-mail. Your messages come to My messages.
email-address = Your e-mail address
email-address-hint = For example: name@example.fi
email-themes = Send me an e-mail about these messages
email-save = Save
email-remove = Remove my e-mail address
email-back = Back to My messages
email-verified = E-mails go to { $address }.
email-not-verified = We sent you an e-mail. It is at { $address }. Open the link in it. Then e-mails start.
email-news-link-sent = Saved. We sent you an e-mail. Open the link in it. Then e-mails start.
email-news-saved = Saved.
email-news-verified = Thank you. Your e-mail address works.
email-news-link-old = The link did not work. Save your address again. Then you get a new link.
email-news-removed = Your e-mail address is removed. Your messages still come here.
email-error-empty = Write your e-mail address
email-error-invalid = Check your e-mail address. It looks like this: name@example.fi
email-error-too-long = The e-mail address is too long.
email-error-not-sent = We could not send the e-mail now. Check the address. You can try again later.
messages-email = Get messages by e-mail too

theme-budget = Your money and services
theme-provider = Changing your provider
theme-decision = Decisions
theme-helpers = Who can help with your matters
theme-counsellor = Messages from the counsellor

email-letter-subject = New message: { $theme }
email-letter-new = You have a new message in the personal budget portal. It is about: { $theme }.
email-letter-read = Read the message
email-letter-why = You asked us to send you these e-mails. You can stop them here.
email-letter-settings = E-mail settings
email-letter-no-answer = Do not answer this e-mail. You can write to your counsellor in the portal.
email-verify-subject = Is this your e-mail address?
email-verify-open = Open the link. Then we know that this is your e-mail address. The link works for one day.
email-verify-link = Yes, this is my e-mail address
email-verify-ignore = Did you not ask for this? Then you do not need to do anything.

# Feedback after each service, at the service place, and the process and participation questions.

nav-feedback = Tell us how it went
nav-visit-codes = Visit codes
nav-feedback-comments = Feedback words

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-date = { $weekday } { $date }

face-1 = Very bad
face-2 = Bad
face-3 = OK
face-4 = Good
face-5 = Very good

feedback-title = Tell us how it went
feedback-intro = After each day with a service, you can tell us how it went. It takes a minute.
feedback-services-title = Your services
feedback-invitation-title = { $services } at { $provider }
feedback-services-and = { $first } and { $last }
feedback-open-until = You can answer until { $day }.
feedback-answer = Answer
feedback-answer-link = Answer: { $title }
feedback-none = You have nothing to answer now. New questions come after your services.
feedback-may-not-answer = Only the client, or someone with a mandate to act for them, can answer.
feedback-who-reads = Your answers are anonymous for the providers and for other clients. They see only averages, and only when at least 5 people have answered.

feedback-answer-title = How did it go?
feedback-question = How did it go? Choose a face.
feedback-words = Do you want to say more? (you can leave this empty)
feedback-words-hint = At most { $max } characters. Only the wellbeing services county reads these words.
feedback-contact-me = I want someone to contact me about this
feedback-send = Send
feedback-error-score-missing = Choose a face to tell how it went
feedback-error-words-too-long = Your words are too long. Shorten them to { $max } characters or less.

feedback-thanks-title = Thank you for your answer
feedback-what-happens = What happens to your answer
feedback-what-happens-score = Your face counts in the provider's average. Nobody sees which face you chose.
feedback-what-happens-words = If you wrote something, only the wellbeing services county reads it.
feedback-what-happens-contact = If you asked to be contacted, someone from the wellbeing services county calls or writes to you.
feedback-back-to-list = Back to Tell us how it went

feedback-answered-title = You have already answered
feedback-answered-text = You answered about { $title } on { $day }. Each visit gets one answer. Thank you!
feedback-expired-title = This question has closed
feedback-expired-text = You could answer about { $title } until { $day }. That time has passed.
feedback-expired-help = You can still tell your counsellor how it went. New questions come after your next services.

participation-card-title = How are things going?
participation-card-change = You changed your provider to { $provider }. How did it go?
participation-card-month = Three short questions about { $month }.
participation-card-open = Answer the questions
participation-title = How are things going?
participation-intro-change = You changed your provider to { $provider }. Tell us how the change went.
participation-intro-month = Tell us how things went in { $month }.
participation-skippable = You can answer all, some or none of the questions.
participation-process = Was it easy to get the help you needed?
participation-heard = Did people listen to you?
participation-choice = Could you decide things yourself?
participation-send = Send
participation-skip = Skip these questions
participation-saved = Thank you. We have saved your answer.
participation-nothing-due = You have no questions to answer now.

kiosk-title = Give feedback on your visit
kiosk-intro = Type the code you got on paper, or scan the QR code with your phone.
kiosk-code = Visit code
kiosk-code-hint = 8 letters and numbers, for example KP7X 3MHA
kiosk-continue = Continue
kiosk-no-personal-data = We do not ask your name or anything else about you.
kiosk-error-unknown = We could not find this code. Check the code on the paper and type it again.
kiosk-used-title = This code has been used
kiosk-used-text = Each code works once, and someone has already answered with it. Ask the staff for a new code.
kiosk-expired-title = This code no longer works
kiosk-expired-text = A code works for 7 days. Ask the staff for a new code.
kiosk-busy-title = Please wait a minute
kiosk-busy-text = There have been many tries from here. Wait a minute and try again.
kiosk-start-again = Type another code
kiosk-thanks-text = Your face counts in the provider's average. If you wrote something, only the wellbeing services county reads it.
kiosk-thanks-reset = This page goes back to the start in { $seconds } seconds, ready for the next person.
kiosk-next-person = Next person

visit-codes-title = Visit codes for feedback
visit-codes-intro = Make a code for a visit to { $provider }. Give it to the person on paper, or show the QR code. The code works once, for 7 days.
visit-codes-service = Which service was the visit for?
visit-codes-make = Make a code
visit-codes-error-service = Choose a service you offer
visit-codes-made-title = Give feedback on your visit
visit-codes-how = Open this address on a phone or tablet, or scan the QR code:
visit-codes-qr-label = QR code that opens the feedback page for this visit
visit-codes-valid-until = The code works until { $day }, once.
visit-codes-print = Print this page with your browser's print command, and give the paper to the person.

comments-title = Feedback words and contact requests
comments-intro = Answers that have own words or ask for contact. The newest come first, { $count } on a page. Only the organiser sees this list.
comments-none = No words or contact requests yet.
comments-meta = { $day } · { $face } · { $source }
comments-at-service-place = at the service place
comments-invited = after a service
comments-contact = { $name } asks to be contacted.
comments-none-older = There are no older answers.
comments-pages = Other answers
comments-newer = Newer answers
comments-older = Older answers
feedback-by-service = By service
feedback-for-service = { $service }: { $feedback }
kiosk-stay = Stay on this page
kiosk-staying = This page stays open. Press "Next person" when you are done.

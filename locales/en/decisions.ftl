# The decision-maker's list of decisions the service counsellors prepared (staff only).
decisions-title = Decisions to make
decisions-count = { $count ->
    [0] No decision is waiting.
    [one] One decision is waiting.
   *[other] { $count } decisions are waiting.
}
decisions-intro = The service counsellors prepared these decisions. Open one, check it and decide with your grounds. When you open the list or a decision, the client sees it in their log.
decisions-open = Open: { $name }
decisions-prepared = Prepared by { $name } on { $day }
decisions-decided = Decision made: { $name }. The client sees it on "My decision".
decisions-back = Back to decisions to make
decisions-prepared-title = Decisions the counsellors prepared
decisions-proposals-title = Proposals from clients
decisions-proposals-count = { $count ->
    [0] No proposals wait.
    [one] One proposal waits.
   *[other] { $count } proposals wait.
}
decisions-proposals-intro = Clients, or relatives acting for them, propose to use the budget differently from a coming month. Accept or refuse each with a reason the client reads.
decisions-proposal-sent = Sent by { $name } on { $day }; the change from { $month }
decisions-proposal-open = Answer: { $name }
decisions-answered-accepted = You accepted the proposal of { $name }. The new decision is on their "My decision".
decisions-answered-refused = You refused the proposal of { $name }. They read your reason on their plan page.
proposal-answer-title = Proposal of { $name }
proposal-answer-sent = { $who } sent it on { $day }. What it means by the budget rules:
proposal-answer-why = In the client's words
proposal-answer-no-why = The client wrote nothing more.
proposal-answer-choose = Your answer
proposal-answer-intro = If you accept, the decision ends on the day before { $month } begins and a new decision with these services runs from then to the decision's last day. Records already stored stay as they are.
proposal-answer-accept = Accept: the decision changes from { $month }
proposal-answer-refuse = Refuse
proposal-answer-reason = Your reason
proposal-answer-reason-hint = The client reads it: write plainly. If you accept, it is also the grounds of the new decision. At most { $most } characters.
proposal-answer-save = Save the answer
proposal-answer-error-no-reason = Write your reason.
proposal-answer-error-reason-long = The reason is too long. Write at most { $most } characters.
proposal-answer-error-choose = Choose accept or refuse.
proposal-answer-error-month-begun = The month of the change has begun, so it cannot be accepted any more. Refuse it, and the client can propose a later month.
proposal-answer-error-decision-changed = The decision has changed since the client sent the proposal. Refuse it with that reason, and the client can propose again.
proposal-answer-error-records = Records are already stored against the decision from the month of the change. Refuse it, or ask the counsellor to prepare the change.
proposal-answer-error-below-charged = More is already charged than the months before the change plan. Refuse it, or ask the counsellor to prepare the change.
proposal-answer-heading = Accept or refuse

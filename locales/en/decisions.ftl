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

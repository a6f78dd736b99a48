# The decision-maker's list of decisions the service counsellors prepared (staff only).
decisions-title = Beslut att fatta
decisions-count = { $count ->
    [0] Inga beslut väntar.
    [one] Ett beslut väntar.
   *[other] { $count } beslut väntar.
}
decisions-intro = Servicehandledarna har förberett dessa beslut. Öppna beslutet, kontrollera det och fatta beslutet med motivering. När du öppnar listan eller ett beslut ser klienten det i sin logg.
decisions-open = Öppna: { $name }
decisions-prepared = Förberett av { $name } { $day }
decisions-decided = Beslutet är fattat: { $name }. Klienten ser det på sidan Mitt beslut.
decisions-back = Tillbaka till beslut att fatta
decisions-prepared-title = Beslut som servicehandledarna har berett
decisions-proposals-title = Förslag från klienter
decisions-proposals-count = { $count ->
    [0] Inga förslag väntar.
    [one] Ett förslag väntar.
   *[other] { $count } förslag väntar.
}
decisions-proposals-intro = Klienter, eller anhöriga som handlar för dem, föreslår att använda budgeten på ett annat sätt från en kommande månad. Godkänn eller avslå varje förslag med en motivering som klienten läser.
decisions-proposal-sent = Skickat av { $name } { $day }; ändringen från { $month }
decisions-proposal-open = Svara: { $name }
decisions-answered-accepted = Du godkände förslaget från { $name }. Det nya beslutet finns på klientens sida "Mitt beslut".
decisions-answered-refused = Du avslog förslaget från { $name }. Klienten läser din motivering på sidan med sin plan.
proposal-answer-title = Förslag från { $name }
proposal-answer-sent = { $who } skickade det { $day }. Vad det betyder enligt budgetreglerna:
proposal-answer-why = Med klientens egna ord
proposal-answer-no-why = Klienten skrev inget mer.
proposal-answer-choose = Ditt svar
proposal-answer-intro = Om du godkänner slutar beslutet dagen innan { $month } börjar, och ett nytt beslut med de här tjänsterna gäller från då till beslutets sista dag. Prestationer som redan sparats förblir som de är.
proposal-answer-accept = Godkänn: beslutet ändras från { $month }
proposal-answer-refuse = Avslå
proposal-answer-reason = Din motivering
proposal-answer-reason-hint = Klienten läser den: skriv tydligt. Om du godkänner är den också det nya beslutets motivering. Högst { $most } tecken.
proposal-answer-save = Spara svaret
proposal-answer-error-no-reason = Skriv din motivering.
proposal-answer-error-reason-long = Motiveringen är för lång. Skriv högst { $most } tecken.
proposal-answer-error-choose = Välj godkänn eller avslå.
proposal-answer-error-month-begun = Ändringens månad har redan börjat, så förslaget kan inte längre godkännas. Avslå det, så kan klienten föreslå en senare månad.
proposal-answer-error-decision-changed = Beslutet har ändrats sedan klienten skickade förslaget. Avslå det med den motiveringen, så kan klienten föreslå på nytt.
proposal-answer-error-records = Prestationer har redan sparats mot beslutet från ändringens månad. Avslå förslaget eller be servicehandledaren bereda ändringen.
proposal-answer-error-below-charged = Mer har redan debiterats än vad månaderna före ändringen planerar. Avslå förslaget eller be servicehandledaren bereda ändringen.
proposal-answer-heading = Godkänn eller avslå

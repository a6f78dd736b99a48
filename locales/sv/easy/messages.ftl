## Mina meddelanden på lättläst svenska.

messages-title = Mina meddelanden
messages-none = Du har inga meddelanden. Meddelanden kommer hit när något händer.
messages-count = { $count ->
    [one] Du har 1 meddelande.
   *[other] Du har { $count } meddelanden.
} { $new ->
    [0] Inga är nya.
    [one] 1 är nytt.
   *[other] { $new } är nya.
}
messages-more = Du har { $count } meddelanden. Här är de { $shown } nyaste.
messages-ask = Skriv till din servicehandledare
messages-new = Nytt
messages-about = Det här gäller { $name }
messages-when = { $day } klockan { $time }
header-new-messages = { $count ->
    [one] 1 nytt meddelande
   *[other] { $count } nya meddelanden
}
nav-messages = Meddelanden
nav-messages-new = Meddelanden: { $count } nya
footer-ask-counsellor = Skriv till servicehandledaren

message-change-made = Du får en ny serviceproducent. { $service }: { $old } till { $old-last }. { $new } från { $new-first }.
message-change-cancelled = Den nya serviceproducenten kommer inte. { $service }: { $old } fortsätter.
message-leave-given = Den personliga budgeten slutar. Sista dagen är { $last }.
message-record-held = Pengarna räckte inte till en tjänst. Servicehandledaren tittar på den. { $service }, { $provider }, { $day }.
message-record-released = Servicehandledaren sa ja. Tjänsten betalas med dina pengar. { $service }, { $provider }, { $day }.
message-record-refused = Servicehandledaren sa nej. Tjänsten betalas inte med dina pengar. { $service }, { $provider }, { $day }. Du kan läsa varför i utdraget.
message-decision-made = Det finns ett nytt beslut om dina pengar: { $from } – { $to }. Du kan läsa det på Mitt beslut.
message-proposal-answered = { $answer ->
    [accepted] Din önskan godkändes.
   *[refused] Din önskan godkändes inte.
} Du kan läsa varför i din stödplan.
message-mandate-set = { $relative } kan nu { $rights ->
    [act] se och sköta
   *[look] se
} dina saker{ $has-until ->
    [yes] {" "}till { $until }
   *[no] {""}
}.
message-mandate-ended = { $relative } kan inte se dina saker längre. Det slutade { $until }.
message-your-mandate-set = Du kan nu { $rights ->
    [act] se och sköta
   *[look] se
} sakerna för { $client }{ $has-until ->
    [yes] {" "}till { $until }
   *[no] {""}
}.
message-your-mandate-ended = Du kan inte se sakerna för { $client } längre. Det slutade { $until }.
message-guidance-answered = Din servicehandledare { $counsellor } har svarat.
message-feedback-open = Du kan berätta hur dina tjänster gick. Det hjälper andra människor.
message-mandate-ending = { $relative } kan se dina ärenden till { $until }. Vill du ha mer tid? Säg det till servicehandledaren.
message-your-mandate-ending = Du kan se ärendena för { $client } till { $until }. Behöver du mer tid? Fråga servicehandledaren.
message-contact-coming = Du träffar eller pratar med servicehandledaren { $day }.
message-change-starts = Du har en ny serviceproducent. { $service }: { $new } från { $first }.
message-help-started = { $client } bad om din hjälp. Du kan titta på hens sidor till { $day } klockan { $time }.
message-help-ended = { $client } avslutade din hjälp. Du kan inte se hens sidor nu.
message-budget-used-80 = Du har använt det mesta av dina pengar. Du har { $left } kvar. Servicehandledaren kan hjälpa dig.
message-budget-used-up = Du har använt alla dina pengar. Fråga servicehandledaren vad du kan göra.
message-budget-at-risk = Pengarna räcker kanske inte till { $last }. Du har { $left } kvar. Servicehandledaren kan hjälpa dig.

ask-title = Skriv till din servicehandledare
ask-title-for = Skriv till servicehandledaren för { $name }
ask-intro = Din servicehandledare är { $name }. Du kan skriva här. Svaret kommer till Mina meddelanden.
ask-intro-for = Servicehandledaren för { $client } är { $name }. Du kan skriva här. Svaret kommer till Mina meddelanden.
ask-phone = Du kan också ringa { $name }:
ask-phone-letter = Du kan också ringa. Numret står i ditt beslutsbrev.
ask-no-counsellor = Du har ingen servicehandledare ännu. Du kan ringa. Numret står i ditt beslutsbrev.
ask-new = Skriv ett nytt meddelande
ask-topic = Vad vill du?
ask-topic-need = Jag behöver annan hjälp nu
ask-topic-question = Jag vill fråga något
ask-topic-call-me = Ring mig, tack
ask-body = Ditt meddelande
ask-body-hint = Du kan skriva { $most } tecken. Om du vill att någon ringer behöver du inte skriva.
ask-send = Skicka
ask-sent = Ditt meddelande gick till { $name }. Svaret kommer hit.
ask-conversation = Meddelanden hittills
ask-none-yet = Inga meddelanden ännu.
ask-post-by = { $name }, { $day } klockan { $time }
ask-error-topic = Välj vad du vill
ask-error-empty = Skriv ditt meddelande
ask-error-too-long = Ditt meddelande är för långt. Du kan skriva { $most } tecken.

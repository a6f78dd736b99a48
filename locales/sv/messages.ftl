## Mina meddelanden: inkorgen, antalet i sidhuvudet och att skriva till servicehandledaren.

messages-title = Mina meddelanden
messages-none = Du har inga meddelanden ännu. När något händer som du behöver veta kommer ett meddelande hit.
messages-count = { $count ->
    [one] Ett meddelande
   *[other] { $count } meddelanden
}, { $new ->
    [0] inga nya
    [one] ett nytt
   *[other] { $new } nya
}.
messages-more = Du har { $count } meddelanden sammanlagt. Här är de { $shown } nyaste.
messages-ask = Skriv till din servicehandledare
messages-new = Nytt
messages-about = Gäller: { $name }
messages-when = { $day } kl. { $time }
header-new-messages = { $count ->
    [one] 1 nytt meddelande
   *[other] { $count } nya meddelanden
}
nav-messages = Meddelanden
nav-messages-new = Meddelanden ({ $count } nya)
footer-ask-counsellor = Skriv till servicehandledaren

## Meddelandena. Portalen skriver in dagar och tjänster.

message-change-made = Serviceproducenten byts. { $service }: { $old } till och med { $old-last }, sedan { $new } från { $new-first }.
message-change-cancelled = Bytet av serviceproducent har tagits tillbaka. { $service }: { $old } fortsätter. { $new } börjar inte.
message-leave-given = Den personliga budgeten har sagts upp. Sista dagen är { $last }.
message-client-leaves-budget = { $client } lämnar den personliga budgeten. { $service }: er sista dag är { $last }.
message-record-held = En tjänst rymdes inte i budgeten. Den väntar på servicehandledaren. { $service }, { $provider }, { $day }.
message-record-released = Servicehandledaren godkände att tjänsten betalas från budgeten. { $service }, { $provider }, { $day }.
message-record-refused = Servicehandledaren avslog en tjänst: den betalas inte från budgeten. { $service }, { $provider }, { $day }. Skälet står i utdraget.
message-decision-made = Ett beslut om den personliga budgeten fattades eller ändrades: { $from } – { $to }. Du kan läsa det på Mitt beslut.
message-proposal-answered = Beslutsfattaren { $answer ->
    [accepted] godkände
   *[refused] godkände inte
} förslaget att använda budgeten på ett annat sätt. Skälet står i din stödplan.
message-mandate-set = { $relative } får nu { $rights ->
    [act] se och sköta
   *[look] se
} dina ärenden{ $has-until ->
    [yes] {" "}till och med { $until }
   *[no] {""}
}.
message-mandate-ended = { $relative } ser inte längre dina ärenden. Fullmakten upphörde { $until }.
message-your-mandate-set = Du får nu { $rights ->
    [act] se och sköta
   *[look] se
} ärendena för { $client }{ $has-until ->
    [yes] {" "}till och med { $until }
   *[no] {""}
}.
message-your-mandate-ended = Din fullmakt att se ärendena för { $client } upphörde { $until }.
message-guidance-answered = Servicehandledaren { $counsellor } har svarat.
message-feedback-open = Du kan berätta hur dina tjänster gick. Det tar en minut och hjälper andra att välja serviceproducent.
message-mandate-ending = Tillståndet för { $relative } att se dina ärenden upphör { $until }. Om det ska fortsätta, säg det till din servicehandledare.
message-your-mandate-ending = Ditt tillstånd att se ärendena för { $client } upphör { $until }. Om det ska fortsätta, fråga servicehandledaren.
message-contact-coming = Nästa överenskomna kontakt med servicehandledaren är { $day }.
message-change-starts = { $service }: { $new } är din serviceproducent från { $first }.
message-help-started = { $client } lät dig titta på sin portal till { $day } klockan { $time }. Du kan öppna den från din startsida.
message-help-ended = { $client } avslutade din hjälp. Du ser inte längre hens portal.
message-budget-used-80 = Du har använt 80 % av din personliga budget. Kvar är { $left } fram till { $last }. Om pengarna kanske inte räcker, skriv till din servicehandledare.
message-budget-used-up = Hela din personliga budget är använd. Nya tjänster betalas inte från den förrän servicehandledaren har tittat på dem. Skriv eller ring till din servicehandledare.
message-budget-at-risk = I den här takten räcker pengarna i budgeten inte till { $last }. Kvar är { $left }. Servicehandledaren kan hjälpa dig att planera.
message-client-leaving = { $client } byter serviceproducent. { $service }: er sista dag är { $last }.
message-client-coming = { $client } blir er klient. { $service }: ni börjar { $first }.
message-client-stays = { $client } tog tillbaka bytet av serviceproducent och stannar hos er. { $service }.
message-client-not-coming = { $client } tog tillbaka bytet av serviceproducent och kommer inte till er. { $service }.
message-client-starts = { $client } är er klient från { $first }. { $service }.
message-client-left = { $client } har flyttat till en annan serviceproducent. { $service }: den sista dagen hos er var { $last }.
message-guidance-asked = { $client } skrev till dig: { $topic ->
    [need] behovet av hjälp har ändrats
    [call-me] ber dig ringa
   *[question] en fråga
}.
message-client-budget = { $client }: { $mark ->
    [used-80] 80 % av budgeten är använd
    [used-up] hela budgeten är använd
   *[at-risk] budgeten räcker inte i den här takten
}.

## Skriv till servicehandledaren.

ask-title = Skriv till din servicehandledare
ask-title-for = Skriv till servicehandledaren för { $name }
ask-intro = Din servicehandledare är { $name }. Skriv om ditt behov av hjälp ändras, om du har en fråga eller om du vill att någon ringer dig. Svaret kommer till Mina meddelanden.
ask-intro-for = Servicehandledaren för { $client } är { $name }. Skriv om behovet av hjälp ändras, om du har en fråga eller om du vill att någon ringer dig. Svaret kommer till Mina meddelanden.
ask-phone = Du kan också ringa { $name }:
ask-phone-letter = Du kan också ringa servicehandledningen vardagar kl. 9–15. Numret står i ditt beslutsbrev.
ask-no-counsellor = Du har ingen namngiven servicehandledare ännu. Ring servicehandledningen vardagar kl. 9–15. Numret står i ditt beslutsbrev.
ask-new = Skriv ett nytt meddelande
ask-topic = Vad gäller det?
ask-topic-need = Mitt behov av hjälp har ändrats
ask-topic-question = Jag har en fråga
ask-topic-call-me = Ring mig, tack
ask-body = Ditt meddelande
ask-body-hint = Högst { $most } tecken. Om du bara vill att någon ringer kan du lämna det här tomt.
ask-send = Skicka meddelandet
ask-sent = Ditt meddelande skickades till { $name }. Du ser svaret här och i Mina meddelanden.
ask-conversation = Meddelanden hittills
ask-none-yet = Inga meddelanden ännu.
ask-post-by = { $name }, { $day } kl. { $time }
ask-error-topic = Välj vad ditt meddelande gäller
ask-error-empty = Skriv ditt meddelande
ask-error-too-long = Ditt meddelande är för långt. Skriv högst { $most } tecken.

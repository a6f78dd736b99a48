## Servicehandledarens arbetsyta: Mina klienter och att registrera en handledningskontakt.

nav-clients = Mina klienter
nav-decisions = Beslut att fatta
clients-title = Mina klienter
clients-summary = { $count ->
    [one] En av dina klienter behöver uppmärksamhet.
   *[other] { $count } av dina klienter behöver uppmärksamhet. Det mest brådskande kommer först.
}
clients-summary-none = Ingen av dina klienter behöver uppmärksamhet nu.
clients-most-urgent = { $name }:
clients-open-hint = Öppna en klients sidor för att se dem som klienten ser dem.
clients-logged = Den här listan och varje sida du öppnar syns i klientens logg "Vem har sett mina uppgifter".
clients-none = Du har inga klienter ännu.
clients-recorded = Kontakten med { $name } är registrerad.
clients-attention = Behöver uppmärksamhet
clients-nothing-needs-attention = Inget behöver uppmärksamhet nu.
clients-attention-used-up = Budgeten är förbrukad.
clients-attention-at-risk = Budgeten räcker inte till slutet i den här takten.
clients-attention-held = { $count ->
    [one] En serviceregistrering väntar på granskning.
   *[other] { $count } serviceregistreringar väntar på granskning.
}
clients-attention-pending = { $count ->
    [one] Ett byte av serviceproducent väntar på att börja.
   *[other] { $count } byten av serviceproducent väntar på att börja.
}
clients-attention-requests = { $count ->
    [one] En respons ber om kontakt.
   *[other] { $count } responser ber om kontakt.
}
clients-attention-overdue = Kontakten som avtalades till { $day } är inte registrerad.
clients-attention-no-next-contact = Ingen nästa kontakt är avtalad.
clients-next-contact = Nästa avtalade kontakt: { $day }
clients-this-year = I år: { $contacts ->
    [one] en kontakt
   *[other] { $contacts } kontakter
}, { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}.
clients-open = Öppna sidorna för { $name }
clients-record-contact = Registrera en kontakt med { $name }

contact-title = Registrera en kontakt med { $name }
contact-back = Tillbaka till mina klienter
contact-intro = Registrera varje handledningskontakt. Försöket följer hur mycket handledning varje klient får.
contact-day = Kontaktens dag
contact-day-hint = Till exempel 10.5.2018
contact-minutes = Hur många minuter
contact-minutes-hint = Ett heltal från 1 till 480, till exempel 45
contact-channel = Hur skedde kontakten?
contact-channel-meeting = Möte
contact-channel-phone = Telefonsamtal
contact-channel-video = Videosamtal
contact-channel-message = Meddelande
contact-next = Nästa avtalade kontakt (frivilligt)
contact-next-hint = Till exempel 24.5.2018. Lämna tomt om ni inte kom överens om någon.
contact-save = Registrera kontakten
contact-history = Registrerade kontakter
contact-none-yet = Inga kontakter är registrerade ännu.
contact-line = { $day }: { $channel }, { $minutes } min ({ $counsellor }).
contact-line-next = Nästa kontakt avtalad till { $day }.
contact-error-day-missing = Skriv kontaktens dag
contact-error-day-not-a-date = Skriv kontaktens dag som ett datum, till exempel 10.5.2018
contact-error-day-in-future = Kontaktens dag ska vara i dag eller tidigare
contact-error-minutes = Skriv minuterna som ett heltal från 1 till 480
contact-error-channel = Välj hur kontakten skedde
contact-error-next-not-a-date = Skriv nästa kontakt som ett datum, till exempel 24.5.2018
contact-error-next-not-after = Nästa kontakt ska vara efter kontaktens dag

helping-counsellor = Du ser sidorna för { $name } som klientens servicehandledare. Du kan bara titta, inte ändra något.
helping-back-to-clients = Tillbaka till mina klienter

clients-mandates = Vem får sköta ärenden för { $name }
mandates-title = Vem får sköta ärenden för { $name }
mandates-intro = En anhörig med fullmakt får se klientens sidor eller också sköta ärenden för klienten: byta serviceproducent, ge respons, lämna den personliga budgeten. Klienten ser på sidan "Gjort för dig" vem som gav eller avslutade en fullmakt.
mandates-in-force = Fullmakter som gäller
mandates-none = Ingen anhörig har fullmakt nu.
mandates-may-look = { $name } får se ärendena.
mandates-may-look-until = { $name } får se ärendena till { $until }.
mandates-may-act = { $name } får se och sköta ärendena.
mandates-may-act-until = { $name } får se och sköta ärendena till { $until }.
mandates-end = Avsluta fullmakten för { $name }
mandates-give = Ge en fullmakt
mandates-give-what = En ny fullmakt ersätter den anhörigas tidigare fullmakt för den här klienten.
mandates-who = Vilken anhörig?
mandates-rights = Vad får den anhöriga göra?
mandates-rights-look = Bara se
mandates-rights-act = Se och sköta ärenden
mandates-until = Sista dag (frivilligt)
mandates-until-hint = Till exempel 31.12.2018. Lämna tomt för en fullmakt som gäller tills vidare.
mandates-save = Spara fullmakten
mandates-set = Fullmakten är sparad.
mandates-ended = Fullmakten är avslutad.
mandates-error-relative = Välj den anhöriga
mandates-error-rights = Välj vad den anhöriga får göra
mandates-error-until-not-a-date = Skriv sista dagen som ett datum, till exempel 31.12.2018
mandates-error-until-past = Sista dagen ska vara i dag eller senare

review-title = Registreringar som väntar på granskning: { $name }
review-intro = De här tjänsteregistreringarna hölls kvar, eftersom det inte fanns tillräckligt med pengar i budgeten. Godkänn en registrering om den ryms i det som finns kvar av budgeten. Annars avslår du den och skriver orsaken. Klienten ser vad du gjorde och orsaken.
review-left = Kvar i budgeten nu: { $amount }.
review-none = Inga registreringar väntar på granskning.
review-record = { $date }: { $service }
review-record-detail = { $units }, { $provider }: { $amount }
review-release = Godkänn och betala från budgeten
review-reason = Orsak, om du avslår registreringen
review-reason-hint = Klienten läser orsaken. Skriv kort och tydligt, högst 500 tecken.
review-refuse = Avslå registreringen
review-released = Registreringen är godkänd och betald från budgeten.
review-refused = Registreringen är avslagen. Klienten ser orsaken.
review-error-not-held = Den här registreringen väntar inte längre på granskning. Någon har redan granskat den.
review-error-does-not-fit = Registreringen ryms inte i det som finns kvar av budgeten. Ändra först beslutet eller avslå registreringen.
review-error-no-reason = Skriv varför du avslår registreringen
review-error-reason-too-long = Skriv orsaken med högst 500 tecken

clients-decision = Beslut: { $name }
decision-form-title = Beslut: { $name }
decision-form-intro = Förbered beslutet om klientens personliga budget. Beloppen räknas med samma regler som på klientens egen sida. Beslutsfattaren fattar beslutet utifrån din beredning. Hen kan ändra den.
decision-form-intro-decide = Fatta beslutet utifrån servicehandledarens beredning. Du kan ändra den innan du beslutar. Skriv motiveringen: klienten läser den i sitt beslut. Klienten ser vem som beslutade och när.
decision-form-now = Beslutet nu
decision-form-none = Klienten har inget beslut ännu.
decision-form-period = Gäller { $from }–{ $to }. Sammanlagt { $total }.
decision-form-change = Ändra beslutet
decision-form-make = Fatta beslut
decision-form-from = Första dagen
decision-form-to = Sista dagen
decision-form-day-hint = Till exempel 1.1.2018
decision-form-services = Tjänster
decision-form-services-hint = Lämna bort en tjänst genom att välja "Inte i beslutet" eller lämna mängden tom.
decision-form-tier = Nivå av servicebehov
decision-form-not-in = Inte i beslutet
decision-form-tier-value = Nivå { $tier }: { $amount } per dag
decision-form-days = Dagar i månaden
decision-form-hours = Timmar i månaden
decision-form-units-hint = Till exempel 12 eller 38,5. Lämna tomt om tjänsten inte hör till beslutet.
decision-form-value = Värde per enhet i euro (frivilligt)
decision-form-value-hint = Prislistans värde är { $amount }. Lämna tomt så används det.
decision-form-value-hint-tiers = Lämna tomt så används prislistans värde för den valda nivån.
decision-form-prepare = Förbered för beslut
decision-form-decide = Fatta beslutet
decision-form-prepared = Beslutet är förberett. Beslutsfattaren ser det i sin lista.
decision-form-waiting = { $name } förberedde beslutet { $day }: giltigt { $from }–{ $to }, sammanlagt { $total }. Det väntar på beslutsfattaren.
decision-form-grounds = Motivering
decision-form-grounds-hint = Varför beslutet är sådant: klientens behov, stödplanen och vilken lag eller anvisning det bygger på. Skriv tydligt: klienten läser detta.
decision-form-error-from = Skriv första dagen som ett datum, till exempel 1.1.2018
decision-form-error-to = Skriv sista dagen som ett datum, till exempel 31.12.2018
decision-form-error-to-before-from = Sista dagen kan inte vara före första dagen
decision-form-error-no-lines = Ta med minst en tjänst i beslutet
decision-form-error-tier = Välj nivå 1, 2 eller 3 eller "Inte i beslutet"
decision-form-error-days = Skriv dagarna i månaden som ett tal, högst 31, till exempel 12
decision-form-error-hours = Skriv timmarna i månaden som ett tal, högst 744, till exempel 38,5
decision-form-error-value = Skriv värdet i euro, till exempel 24,50
decision-form-error-overlaps = Klienten har ett annat beslut för en del av de här dagarna
decision-form-error-records-outside = Tjänster har redan registrerats för dagar som den här perioden lämnar bort
decision-form-error-line-in-use = Den här tjänsten har redan registreringar, så den kan inte lämnas bort ur beslutet
decision-form-error-after-leaving = Klienten har lämnat den personliga budgeten. Beslutet kan inte fortsätta efter budgetens sista dag
decision-form-error-below-charged = Den nya summan är mindre än det som redan har använts av budgeten
decision-form-error-no-grounds = Skriv motiveringen till beslutet
decision-form-error-grounds-long = Skriv motiveringen kortare, högst { $most } tecken

## Hur en klient och klientens anhöriga loggar in.
clients-sign-in = Hur { $name } loggar in
sign-in-of-title = Hur { $name } loggar in
sign-in-of-intro = Klienter och deras anhöriga loggar in genom att identifiera sig med bankkoder, mobilcertifikat eller identitetskort (Suomi.fi-identifikation). Portalen känner igen dem på personbeteckningen och sparar bara en hashsumma som inte kan göras om till beteckningen. Klienten ser på sidan "Gjort för dig" vem som lät vem logga in.
sign-in-of-how = Hur identifieringen fungerar
sign-in-of-client = Klienten
sign-in-of-client-yes = { $name } kan logga in genom att identifiera sig.
sign-in-of-client-no = { $name } kan inte logga in ännu.
sign-in-of-code-in-details = Personbeteckningen i klientens uppgifter: { $code }.
sign-in-of-code = Klientens personbeteckning
sign-in-of-code-hint = Till exempel 131052-308T. Kontrollera den i beslutet eller på ett identitetskort.
sign-in-of-client-save = Låt { $name } logga in
sign-in-of-client-done = Klienten kan nu logga in genom att identifiera sig.
sign-in-of-relatives = Anhöriga
sign-in-of-relatives-none = Ingen anhörig har fått logga in från den här sidan ännu.
sign-in-of-relatives-then = En anhörig som loggar in ser ingenting av klientens ärenden förrän hen har en fullmakt:
sign-in-of-relative-name = Den anhöriges namn
sign-in-of-relative-code = Den anhöriges personbeteckning
sign-in-of-relative-save = Låt den anhörige logga in
sign-in-of-relative-done = Den anhörige kan nu logga in genom att identifiera sig. Ge hen en fullmakt så att hen kan titta på eller sköta klientens ärenden.
sign-in-of-error-code-missing = Skriv personbeteckningen
sign-in-of-error-code-form = Skriv personbeteckningen i formen 131052-308T: födelsedatum, skiljetecken, tre siffror och kontrolltecken
sign-in-of-error-code-check = Det sista tecknet stämmer inte med resten av beteckningen: kontrollera den
sign-in-of-error-not-in-details = Det här är inte personbeteckningen i klientens uppgifter: kontrollera den
sign-in-of-error-taken = Någon annan loggar redan in med den här personbeteckningen
sign-in-of-error-name = Skriv den anhöriges namn
sign-in-of-error-is-client = Det här är klientens egen personbeteckning: använd formuläret för klienten

# Stödplanen, som skrivs tillsammans med klienten.
clients-plan = Stödplan: { $name }
plan-form-title = Stödplan: { $name }
plan-form-intro = Skriv planen tillsammans med klienten, med klientens egna ord. Varje sparande är en ny version: klienten ser varje version, vem som skrev den och när.
plan-form-first = Det finns ingen plan ännu: det här är den första versionen.
plan-form-newest = Formuläret börjar från version { $version }, skriven { $day } av { $who }.
plan-form-saved = Planen är sparad som en ny version. Klienten ser den på sidan "Din stödplan".
plan-form-what-matters = Vad som är viktigt för klienten
plan-form-goals = Klientens mål
plan-form-budget-use = Vad budgeten används till, och varför
plan-form-helpers = Vem som hjälper klienten
plan-form-part-hint = Med klientens egna ord när det går. Högst { $max } tecken.
plan-form-next-meeting = Nästa möte (frivilligt)
plan-form-next-meeting-hint = Till exempel 12.6.2018
plan-form-save = Spara som en ny version
plan-form-error-what-matters = Skriv vad som är viktigt för klienten
plan-form-error-too-long = Den här delen är för lång: skriv högst { $max } tecken
plan-form-error-next-not-a-date = Ange nästa möte som ett datum, till exempel 12.6.2018
plan-form-error-next-in-past = Nästa möte kan inte vara i det förflutna

# Klientens egna bedömningar av välbefinnandet, när klienten låter servicehandledaren se dem.
clients-wellbeing = Hur mår { $name }?
client-wellbeing-title = Hur mår { $name }?
client-wellbeing-not-shared = { $name } har inte låtit dig se svaren på "Hur mår jag?". Det bestämmer bara klienten.
client-wellbeing-none = { $name } låter dig se svaren, men har inte svarat ännu.
client-wellbeing-shared = { $name } låter dig se svaren på "Hur mår jag?": varje ansikte från 1 (mycket dåligt) till 5 (mycket bra).
client-wellbeing-caption = Svaren varje gång
clients-attention-proposal = Ett förslag om att använda budgeten på annat sätt väntar på beslutsfattaren

## Klientens meddelanden till servicehandledaren.
clients-attention-message = Ett meddelande väntar på ditt svar
clients-messages = Meddelanden: { $name }
conversation-title = Meddelanden med { $name }
conversation-none-yet = Inga meddelanden ännu.
conversation-answer = Ditt svar
conversation-answer-hint = Högst { $most } tecken. Klienten och de anhöriga som sköter hens ärenden läser det.
conversation-send = Skicka svaret
conversation-sent = Ditt svar skickades. Klienten får ett meddelande om det.

## Vem har sett mina uppgifter: klientens egen logg över vem annan som har sett hens uppgifter.

nav-who-looked = Vem har sett mina uppgifter
who-looked-title = Vem har sett dina uppgifter
who-looked-intro = Här ser du vem annan än du som har sett dina uppgifter i portalen, och när. Det senaste står överst.
who-looked-kept = Varje gång någon tittar sparas det. Ingen kan ändra eller ta bort listan. Om något verkar fel, kontakta din servicehandledare.
who-looked-none = Ingen annan har sett dina uppgifter.
# $time klockslag, $who namn, $role roll, $what vad som sågs (looked-at-…)
who-looked-line = Kl. { $time } { $who } ({ $role }) { $what }.
who-looked-line-repeated = Kl. { $time } { $who } ({ $role }) { $what } { $count } gånger.
who-looked-none-month = Den här månaden såg ingen annan dina uppgifter.
who-looked-months = Andra månader
who-looked-earlier = Tidigare tittningar: { $month }
who-looked-later = Senare tittningar: { $month }
looked-at-budget = tittade på din budget
looked-at-statement = tittade på ditt utdrag för { $month }
looked-at-decision = tittade på ditt beslut
looked-at-provider-search = sökte serviceproducenter åt dig
looked-at-provider-page = tittade på en serviceproducent och dina priser
looked-at-provider-comparison = jämförde serviceproducenter med dina priser
looked-at-change = tittade på byte av serviceproducent
looked-at-changes = tittade på dina byten av serviceproducent
looked-at-leaving = tittade på att lämna den personliga budgeten
looked-at-feedback = tittade på dina responsfrågor
looked-at-contact-request = läste din respons där du bad om kontakt
looked-at-something = tittade på dina uppgifter
looked-at-client-list = såg hur din budget går, i servicehandledarens klientlista
looked-at-decisions-to-make = såg ditt namn i beslutsfattarens lista: beslutet väntar
looked-at-contacts = tittade på registreringen av dina kontakter med servicehandledaren
looked-at-provider-clients = såg ditt namn och dina tjänster i serviceproducentens klientlista
looked-at-provider-records = såg tjänsterna som den har rapporterat för dig

## Vem hjälper mig: en erfarenhetsexpert får se portalen några timmar.

nav-helpers = Vem hjälper mig
helpers-title = Vem hjälper dig
helpers-intro = Du kan låta en erfarenhetsexpert se din portal en kort tid, till exempel under ett videosamtal. Hen kan bara titta. Hen kan inte ändra eller skicka något. Du kan avsluta när du vill.
helpers-granted = Klart. Erfarenhetsexperten kan nu se din portal till den tid som står nedan.
helpers-ended = Du avslutade hjälpen. Hen kan inte längre se din portal.
helpers-now-title = Vem kan se din portal nu
helpers-none = Ingen annan kan se din portal nu.
helpers-until = { $name } kan se din portal till { $day } kl. { $time }.
helpers-end = Avsluta: { $name }
helpers-let-title = Låt en erfarenhetsexpert hjälpa dig
helpers-let-what = Hen ser din budget, ditt beslut och dina tjänster. Varje gång hen tittar syns på sidan Vem har sett mina uppgifter.
helpers-who = Vem får titta?
helpers-how-long = Hur länge?
helpers-hours = { $hours ->
    [one] 1 timme
   *[other] { $hours } timmar
}
helpers-let = Låt hen se min portal
helpers-error-helper = Välj vem som får se din portal.
helping-looking-until = Du ser portalen för { $name } till kl. { $until }. Du kan bara titta, inte ändra något.
helping-looking = Du ser portalen för { $name }. Du kan bara titta, inte ändra något.

## Gjort för mig: vad anhöriga, personal och andra har gjort för klienten.

who-looked-see-done = Se också vad andra har gjort för dig
done-title = Gjort för dig
done-intro = Här ser du vad andra har gjort för dig, till exempel din anhöriga eller din servicehandledare. Det senaste står överst.
done-none = Ingen annan har gjort något för dig.
done-see-looks = Se vem som har sett dina uppgifter
done-changed = bytte serviceproducent ({ $service }): { $from } → { $to }
done-cancelled = ångrade bytet av serviceproducent ({ $service }): { $from } → { $to }
done-left = meddelade att du lämnar den personliga budgeten
done-answered-feedback = berättade för dig hur tjänsten gick: { $provider }
done-answered-questions = svarade för dig på frågorna om att få hjälp

## Vems ärenden sköter du: en anhörig med fullmakt för flera väljer.

helping-switch = Byt person
whose-title = Vems ärenden sköter du
whose-intro = Du har fullmakt att sköta ärenden för flera personer. Välj vems ärenden du sköter nu. Du kan byta när du vill.
whose-may-act = Du kan titta och sköta ärenden.
whose-may-look = Du kan bara titta.
whose-current = Du sköter hens ärenden nu.
whose-choose = Sköt: { $name }
done-mandate-act = gav { $relative } fullmakt att sköta dina ärenden
done-mandate-act-until = gav { $relative } fullmakt att sköta dina ärenden till { $until }
done-mandate-look = gav { $relative } fullmakt att se dina ärenden
done-mandate-look-until = gav { $relative } fullmakt att se dina ärenden till { $until }
done-mandate-ended = avslutade fullmakten för { $relative } att sköta eller se dina ärenden
done-decision-made = fattade ditt beslut: { $from }–{ $to }, sammanlagt { $total }
done-decision-changed = ändrade ditt beslut: nu { $from }–{ $to }, sammanlagt { $total } (före { $old })
looked-at-mandates = tittade på vem som får sköta dina ärenden
looked-at-sign-in = tittade på hur du och dina anhöriga loggar in
done-sign-in-own = gjorde det möjligt för dig att logga in genom att identifiera dig med bankkoder, mobilcertifikat eller identitetskort
done-sign-in-relative = gjorde det möjligt för { $relative } att logga in genom att identifiera sig och sköta dina ärenden med fullmakt
looked-purpose-mandate = Orsak: hen sköter dina ärenden med fullmakt.
looked-purpose-help = Orsak: du lät hen hjälpa dig.
looked-purpose-guidance = Orsak: hen är din servicehandledare.
looked-purpose-decision = Orsak: hen fattar beslutet som servicehandledaren förberedde.
looked-purpose-administration = Orsak: välfärdsområdets administration av personliga budgetar.
looked-purpose-service = Orsak: den ger dig service.
looked-at-held-records = tittade på dina tjänster som väntar på granskning
done-record-released = godkände en tjänst som väntade på granskning, och den betalades från din budget: { $date }, { $service }, { $units }, { $provider }, { $amount }
done-record-refused = avslog en tjänst som väntade på granskning, och den betalas inte från din budget: { $date }, { $service }, { $units }, { $provider }, { $amount }. Orsak: { $reason }

nav-refused-looks = Nekade visningar
refused-title = Nekade visningar
refused-intro = När någon ber om en klients uppgifter eller gör något för en klient utan rätt till det, till exempel genom att byta ett nummer i adressen, svarar portalen "hittades inte" och registrerar begäran här. Den senaste står överst. Loggen kan inte ändras eller tas bort.
refused-none = Det finns inga nekade visningar.
refused-what = bad om uppgifter om klient { $client }: { $what }
looked-at-plan = tittade på din stödplan
done-plan-written = skrev din stödplan tillsammans med dig
done-plan-changed = ändrade din stödplan
done-plan-commented = skrev en kommentar till din stödplan
looked-at-self-checks = tittade på dina svar på "Hur mår jag?"
done-help-hours = skrev upp att hen gav dig stöd { $hours } timmar { $day }
done-self-check = svarade på "Hur mår jag?" för dig
looked-at-proposals-to-answer = såg ditt namn i beslutsfattarens lista: ditt förslag väntar
looked-at-messages = läste meddelanden om dig
looked-at-proposal = läste ditt förslag att använda budgeten på ett annat sätt
done-proposal-sent = föreslog att använda din budget på ett annat sätt från { $month }
done-proposal-withdrawn = tog tillbaka förslaget att använda din budget på ett annat sätt från { $month }
done-proposal-accepted = godkände förslaget att använda din budget på ett annat sätt från { $month } och ändrade ditt beslut
done-proposal-refused = godkände inte förslaget att använda din budget på ett annat sätt från { $month }
done-chose-provider = valde en serviceproducent. { $service }: { $provider }
done-help-hours-removed = tog bort de { $hours } timmar stöd som hen hade skrivit upp för { $day }

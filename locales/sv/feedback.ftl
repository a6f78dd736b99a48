# Respons efter varje tjänst, på serviceplatsen, och frågorna om processen och delaktigheten.

nav-feedback = Berätta hur det gick
nav-visit-codes = Besökskoder
nav-feedback-comments = Responsens ord

weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
weekday-date = { $weekday } { $date }

face-1 = Mycket dåligt
face-2 = Dåligt
face-3 = Okej
face-4 = Bra
face-5 = Mycket bra

feedback-title = Berätta hur det gick
feedback-intro = Efter varje dag med en tjänst kan du berätta hur det gick. Det tar en minut.
feedback-services-title = Dina tjänster
feedback-invitation-title = { $services } hos { $provider }
feedback-services-and = { $first } och { $last }
feedback-open-until = Du kan svara till och med { $day }.
feedback-answer = Svara
feedback-answer-link = Svara: { $title }
feedback-none = Du har inget att svara på nu. Nya frågor kommer efter dina tjänster.
feedback-may-not-answer = Bara klienten, eller någon med fullmakt att handla för klienten, kan svara.
feedback-who-reads = Serviceproducenterna och andra klienter ser inte vem som svarade. De ser bara medeltal, och först när minst 5 har svarat.

feedback-answer-title = Hur gick det?
feedback-question = Hur gick det? Välj ett ansikte.
feedback-words = Vill du berätta mer? (du kan lämna det tomt)
feedback-words-hint = Högst { $max } tecken. Bara välfärdsområdet läser de här orden.
feedback-contact-me = Jag vill att någon kontaktar mig om det här
feedback-send = Skicka
feedback-error-score-missing = Välj ett ansikte som berättar hur det gick
feedback-error-words-too-long = Din text är för lång. Korta den till högst { $max } tecken.

feedback-thanks-title = Tack för ditt svar
feedback-what-happens = Vad händer med ditt svar
feedback-what-happens-score = Ansiktet du valde räknas in i serviceproducentens medeltal. Ingen ser vilket ansikte du valde.
feedback-what-happens-words = Om du skrev något läser bara välfärdsområdet det.
feedback-what-happens-contact = Om du bad om kontakt ringer eller skriver någon från välfärdsområdet till dig.
feedback-back-to-list = Tillbaka till Berätta hur det gick

feedback-answered-title = Du har redan svarat
feedback-answered-text = Du har svarat om { $title }, { $day }. Varje besök får ett svar. Tack!
feedback-expired-title = Den här frågan har stängt
feedback-expired-text = Du kunde svara om { $title } till och med { $day }. Den tiden har gått.
feedback-expired-help = Du kan ändå berätta för din servicehandledare hur det gick. Nya frågor kommer efter dina nästa tjänster.

participation-card-title = Hur går det?
participation-card-change = Du bytte serviceproducent till { $provider }. Hur gick bytet?
participation-card-month = Tre korta frågor om { $month }.
participation-card-open = Svara på frågorna
participation-title = Hur går det?
participation-intro-change = Du bytte serviceproducent till { $provider }. Berätta hur bytet gick.
participation-intro-month = Berätta hur det gick i { $month }.
participation-skippable = Du kan svara på alla, några eller inga av frågorna.
participation-process = Var det lätt att få den hjälp du behövde?
participation-heard = Lyssnade man på dig?
participation-choice = Fick du bestämma själv?
participation-send = Skicka
participation-skip = Hoppa över frågorna
participation-saved = Tack. Vi har sparat ditt svar.
participation-nothing-due = Du har inga frågor att svara på nu.

kiosk-title = Ge respons på ditt besök
kiosk-intro = Skriv koden du fick på papper, eller skanna QR-koden med din telefon.
kiosk-code = Besökskod
kiosk-code-hint = 8 bokstäver och siffror, till exempel KP7X 3MHA
kiosk-continue = Fortsätt
kiosk-no-personal-data = Vi frågar inte ditt namn eller något annat om dig.
kiosk-error-unknown = Vi hittade inte koden. Kontrollera koden på papperet och skriv den igen.
kiosk-used-title = Koden är redan använd
kiosk-used-text = Varje kod fungerar en gång, och någon har redan svarat med den. Be personalen om en ny kod.
kiosk-expired-title = Koden fungerar inte längre
kiosk-expired-text = En kod fungerar i 7 dagar. Be personalen om en ny kod.
kiosk-busy-title = Vänta en stund
kiosk-busy-text = Det har gjorts många försök härifrån. Vänta en minut och försök igen.
kiosk-start-again = Skriv en annan kod
kiosk-thanks-text = Ansiktet du valde räknas in i serviceproducentens medeltal. Om du skrev något läser bara välfärdsområdet det.
kiosk-thanks-reset = Sidan går tillbaka till början om { $seconds } sekunder, för nästa person.
kiosk-next-person = Nästa person

visit-codes-title = Besökskoder för respons
visit-codes-intro = Gör en kod för ett besök hos { $provider }. Ge den till personen på papper, eller visa QR-koden. Koden fungerar en gång, i 7 dagar.
visit-codes-service = Vilken tjänst gällde besöket?
visit-codes-make = Gör en kod
visit-codes-error-service = Välj en tjänst som ni erbjuder
visit-codes-made-title = Ge respons på ditt besök
visit-codes-how = Öppna den här adressen på en telefon eller surfplatta, eller skanna QR-koden:
visit-codes-qr-label = QR-kod som öppnar responssidan för det här besöket
visit-codes-valid-until = Koden fungerar till och med { $day }, en gång.
visit-codes-print = Skriv ut sidan med webbläsarens utskriftskommando och ge papperet till personen.

comments-title = Egna ord och begäran om kontakt
comments-intro = Svar med egna ord eller en begäran om kontakt. De nyaste kommer först, { $count } per sida. Bara anordnaren ser listan.
comments-none = Inga ord eller kontaktförfrågningar ännu.
comments-meta = { $day } · { $face } · { $source }
comments-at-service-place = på serviceplatsen
comments-invited = efter en tjänst
comments-contact = { $name } ber om kontakt.
comments-none-older = Det finns inga äldre svar.
comments-pages = Andra svar
comments-newer = Nyare svar
comments-older = Äldre svar
feedback-by-service = Per tjänst
feedback-for-service = { $service }: { $feedback }
kiosk-stay = Stanna på sidan
kiosk-staying = Sidan stannar öppen. Tryck på "Nästa person" när du är klar.

## Servicehandledarens arbetsyta: Mina klienter och att registrera en handledningskontakt.

nav-clients = Mina klienter
clients-title = Mina klienter
clients-intro = Dina klienter, med det som behöver uppmärksamhet först. Öppna en klients sidor för att se dem som klienten ser dem.
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
}, { $minutes } minuter.
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

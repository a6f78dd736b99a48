## E-post: adressen för meddelanden, vilka meddelanden som också kommer per e-post, och själva e-posten.

email-title = E-post
email-intro = Dina meddelanden kommer alltid till Mina meddelanden. Du kan också få ett e-postmeddelande när ett nytt meddelande kommer. E-posten säger bara vad meddelandet gäller: du läser meddelandet här.
email-off = Den här tjänsten skickar inte e-post. Dina meddelanden kommer till Mina meddelanden.
email-address = Din e-postadress
email-address-hint = Till exempel: namn@exempel.fi. Högst { $most } tecken.
email-themes = Skicka mig e-post om de här meddelandena
email-save = Spara
email-remove = Ta bort min e-postadress
email-back = Tillbaka till Mina meddelanden
email-verified = E-posten går till { $address }.
email-not-verified = Vi skickade en länk till { $address }. Öppna länken, så börjar e-posten komma.
email-news-link-sent = Sparat. Vi skickade en länk till din e-post. Öppna länken, så börjar e-posten komma. Länken fungerar i 24 timmar.
email-news-saved = Sparat.
email-news-verified = Tack. Din e-postadress fungerar. E-posten börjar komma nu.
email-news-link-old = Länken fungerade inte. Den kan vara gammal eller redan använd. Spara din adress igen, så får du en ny länk.
email-news-removed = Din e-postadress togs bort. Dina meddelanden kommer fortfarande till Mina meddelanden.
email-error-empty = Skriv din e-postadress
email-error-invalid = Skriv e-postadressen så här: namn@exempel.fi
email-error-too-long = E-postadressen är för lång. Skriv högst { $most } tecken.
email-error-not-sent = Vi kunde inte skicka länken nu. Kontrollera adressen eller försök igen om en stund.
messages-email = Få meddelanden också per e-post

theme-budget = Din budget och dina tjänster
theme-provider = Byte av serviceproducent
theme-decision = Beslut
theme-helpers = Vem som får sköta dina ärenden
theme-counsellor = Meddelanden med servicehandledaren
theme-clients = Era klienter

## E-posten. Den säger aldrig ett namn, en tjänst, ett belopp eller en hälsouppgift.

email-letter-subject = Nytt meddelande: { $theme }
email-letter-new = Du har ett nytt meddelande i tjänsten för personlig budget. Det gäller: { $theme }.
email-letter-read = Logga in och läs det
email-letter-why = Du får det här e-postmeddelandet för att du bad om det. Du kan välja vilka meddelanden som kommer per e-post, eller sluta få dem.
email-letter-settings = Inställningar för e-post
email-letter-no-answer = Svara inte på det här e-postmeddelandet. Du kan skriva till din servicehandledare i tjänsten.
email-verify-subject = Bekräfta din e-postadress
email-verify-open = Öppna länken för att bekräfta att det här är din e-postadress. Länken fungerar i 24 timmar.
email-verify-link = Bekräfta min e-postadress
email-verify-ignore = Om du inte bad om det här kan du låta bli att göra något.

## För anordnaren: e-post som inte kom fram.

email-failures-title = E-post som inte kom fram
email-failures-intro = De här e-postmeddelandena kom inte fram: e-postservern avvisade adressen, eller den gick inte att nå på två dagar. Meddelandena finns ändå i tjänsten. Ring personen om saken är brådskande och be hen kontrollera sin adress.
email-failures-none = All e-post har kommit fram. När ett e-postmeddelande inte kan levereras syns det här.
email-failure-about = Gäller: { $theme }. Meddelandet skrevs { $when }. Försök: { $tries }.
email-failure-answer = E-postservern svarade: { $answer }

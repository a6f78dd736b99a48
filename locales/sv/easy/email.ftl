## E-post på lättläst svenska.

email-title = E-post
email-intro = Dina meddelanden kommer alltid hit till tjänsten. Du kan också få e-post när du har ett nytt meddelande. Sedan kommer du hit och läser det.
email-off = Den här tjänsten skickar inte e-post. Dina meddelanden kommer till Mina meddelanden.
email-address = Din e-postadress
email-address-hint = Till exempel: namn@exempel.fi
email-themes = Skicka mig e-post om de här meddelandena
email-save = Spara
email-remove = Ta bort min e-postadress
email-back = Tillbaka till Mina meddelanden
email-verified = E-posten går till { $address }.
email-not-verified = Vi skickade e-post till dig. Den finns på { $address }. Öppna länken i den. Sedan börjar e-posten komma.
email-news-link-sent = Sparat. Vi skickade e-post till dig. Öppna länken i den. Sedan börjar e-posten komma.
email-news-saved = Sparat.
email-news-verified = Tack. Din e-postadress fungerar.
email-news-link-old = Länken fungerade inte. Spara din adress igen. Då får du en ny länk.
email-news-removed = Din e-postadress är borttagen. Dina meddelanden kommer fortfarande hit.
email-error-empty = Skriv din e-postadress
email-error-invalid = Kontrollera din e-postadress. Den ser ut så här: namn@exempel.fi
email-error-too-long = E-postadressen är för lång.
email-error-not-sent = Vi kunde inte skicka e-post nu. Kontrollera adressen. Du kan försöka igen senare.
messages-email = Få meddelanden också per e-post

theme-budget = Dina pengar och tjänster
theme-provider = Byta serviceproducent
theme-decision = Beslut
theme-helpers = Vem som kan hjälpa dig med dina ärenden
theme-counsellor = Meddelanden från servicehandledaren

email-letter-subject = Nytt meddelande: { $theme }
email-letter-new = Du har ett nytt meddelande i tjänsten för personlig budget. Det gäller: { $theme }.
email-letter-read = Läs meddelandet
email-letter-why = Du bad oss skicka den här e-posten. Du kan sluta få den här.
email-letter-settings = Inställningar för e-post
email-letter-no-answer = Svara inte på den här e-posten. Du kan skriva till din servicehandledare i tjänsten.
email-verify-subject = Är det här din e-postadress?
email-verify-open = Öppna länken. Då vet vi att det här är din e-postadress. Länken fungerar i en dag.
email-verify-link = Ja, det här är min e-postadress
email-verify-ignore = Bad du inte om det här? Då behöver du inte göra något.

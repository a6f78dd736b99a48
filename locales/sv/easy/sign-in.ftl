sign-in-intro = Skriv ditt användarnamn. Skriv ditt lösenord. Tryck sedan på knappen "Logga in".
sign-in-trouble-text = Ring servicehandledningen. Vi hjälper dig. Numret finns i ditt beslutsbrev.
sign-in-error-username-missing = Skriv ditt användarnamn
sign-in-error-password-missing = Skriv ditt lösenord
sign-in-error-wrong = Användarnamnet eller lösenordet är inte rätt. Försök igen.
sign-in-error-throttled = Du försökte för många gånger. Vänta 15 minuter. Försök sedan igen.

sign-in-intro = Kirjoita käyttäjätunnus. Kirjoita salasana. Paina sitten nappia "Kirjaudu sisään".
sign-in-trouble-text = Soita palveluohjaukseen. Me autamme sinua. Numero on päätöskirjeessäsi.
sign-in-error-username-missing = Kirjoita käyttäjätunnus
sign-in-error-password-missing = Kirjoita salasana
sign-in-error-wrong = Käyttäjätunnus tai salasana ei ole oikein. Yritä uudelleen.
sign-in-error-throttled = Yritit liian monta kertaa. Odota 15 minuuttia. Yritä sitten uudelleen.

## Sähköposti selkokielellä.

email-title = Sähköposti
email-intro = Viestisi tulevat aina tänne palveluun. Voit saada myös sähköpostin, kun sinulle tulee uusi viesti. Sitten tulet tänne lukemaan sen.
email-off = Tämä palvelu ei lähetä sähköpostia. Viestisi tulevat Viestini-sivulle.
email-address = Sähköpostiosoitteesi
email-address-hint = Esimerkiksi: nimi@esimerkki.fi
email-themes = Lähetä minulle sähköposti näistä viesteistä
email-save = Tallenna
email-remove = Poista sähköpostiosoitteeni
email-back = Takaisin Viestini-sivulle
email-verified = Sähköpostit menevät osoitteeseen { $address }.
email-not-verified = Lähetimme sinulle sähköpostin. Se on osoitteessa { $address }. Avaa sen linkki. Sitten sähköpostit alkavat.
email-news-link-sent = Tallennettu. Lähetimme sinulle sähköpostin. Avaa sen linkki. Sitten sähköpostit alkavat.
email-news-saved = Tallennettu.
email-news-verified = Kiitos. Sähköpostiosoitteesi toimii.
email-news-link-old = Linkki ei toiminut. Tallenna osoitteesi uudelleen. Sitten saat uuden linkin.
email-news-removed = Sähköpostiosoitteesi on poistettu. Viestisi tulevat edelleen tänne.
email-error-empty = Kirjoita sähköpostiosoitteesi
email-error-invalid = Tarkista sähköpostiosoitteesi. Se näyttää tältä: nimi@esimerkki.fi
email-error-too-long = Sähköpostiosoite on liian pitkä.
email-error-not-sent = Emme voineet lähettää sähköpostia nyt. Tarkista osoite. Voit yrittää myöhemmin uudelleen.
messages-email = Saat viestit myös sähköpostiin

theme-budget = Rahasi ja palvelusi
theme-provider = Palveluntuottajan vaihto
theme-decision = Päätökset
theme-helpers = Kuka voi auttaa asioissasi
theme-counsellor = Viestit palveluohjaajalta

email-letter-subject = Uusi viesti: { $theme }
email-letter-new = Sinulle on uusi viesti henkilökohtaisen budjetin palvelussa. Se koskee: { $theme }.
email-letter-read = Lue viesti
email-letter-why = Pyysit meitä lähettämään nämä sähköpostit. Voit lopettaa ne täällä.
email-letter-settings = Sähköpostin asetukset
email-letter-no-answer = Älä vastaa tähän sähköpostiin. Voit kirjoittaa palveluohjaajalle palvelussa.
email-verify-subject = Onko tämä sinun sähköpostiosoitteesi?
email-verify-open = Avaa linkki. Sitten tiedämme, että tämä on sinun sähköpostiosoitteesi. Linkki toimii yhden päivän.
email-verify-link = Kyllä, tämä on minun sähköpostiosoitteeni
email-verify-ignore = Etkö pyytänyt tätä? Sitten sinun ei tarvitse tehdä mitään.

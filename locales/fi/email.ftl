## Sähköposti: osoite viesteille, mitkä viestit tulevat myös sähköpostiin, ja itse sähköpostit.

email-title = Sähköposti
email-intro = Viestisi tulevat aina Viestini-sivulle. Voit saada myös sähköpostin, kun uusi viesti tulee. Sähköposti kertoo vain, mitä viesti koskee: luet viestin täällä.
email-off = Tämä palvelu ei lähetä sähköpostia. Viestisi tulevat Viestini-sivulle.
email-address = Sähköpostiosoitteesi
email-address-hint = Esimerkiksi: nimi@esimerkki.fi. Enintään { $most } merkkiä.
email-themes = Lähetä minulle sähköposti näistä viesteistä
email-save = Tallenna
email-remove = Poista sähköpostiosoitteeni
email-back = Takaisin Viestini-sivulle
email-verified = Sähköpostit menevät osoitteeseen { $address }.
email-not-verified = Lähetimme linkin osoitteeseen { $address }. Avaa linkki, niin sähköpostit alkavat.
email-news-link-sent = Tallennettu. Lähetimme linkin sähköpostiisi. Avaa linkki, niin sähköpostit alkavat. Linkki toimii 24 tuntia.
email-news-saved = Tallennettu.
email-news-verified = Kiitos. Sähköpostiosoitteesi toimii. Sähköpostit alkavat nyt.
email-news-link-old = Linkki ei toiminut. Se voi olla vanha tai jo käytetty. Tallenna osoitteesi uudelleen, niin saat uuden linkin.
email-news-removed = Sähköpostiosoitteesi poistettiin. Viestisi tulevat edelleen Viestini-sivulle.
email-error-empty = Kirjoita sähköpostiosoitteesi
email-error-invalid = Kirjoita sähköpostiosoite näin: nimi@esimerkki.fi
email-error-too-long = Sähköpostiosoite on liian pitkä. Kirjoita enintään { $most } merkkiä.
email-error-not-sent = Emme voineet lähettää linkkiä nyt. Tarkista osoite tai yritä hetken päästä uudelleen.
messages-email = Saat viestit myös sähköpostiin

theme-budget = Budjettisi ja palvelusi
theme-provider = Palveluntuottajan vaihto
theme-decision = Päätökset
theme-helpers = Kuka saa hoitaa asioitasi
theme-counsellor = Viestit palveluohjaajan kanssa
theme-clients = Asiakkaanne

## Sähköpostit. Niissä ei koskaan ole nimeä, palvelua, summaa eikä terveystietoa.

email-letter-subject = Uusi viesti: { $theme }
email-letter-new = Sinulle on uusi viesti henkilökohtaisen budjetin palvelussa. Se koskee: { $theme }.
email-letter-read = Kirjaudu ja lue viesti
email-letter-why = Saat tämän sähköpostin, koska pyysit sitä. Voit valita, mitkä viestit tulevat sähköpostiin, tai lopettaa ne.
email-letter-settings = Sähköpostin asetukset
email-letter-no-answer = Älä vastaa tähän sähköpostiin. Voit kirjoittaa palveluohjaajalle palvelussa.
email-verify-subject = Vahvista sähköpostiosoitteesi
email-verify-open = Avaa linkki, niin vahvistat, että tämä on sinun sähköpostiosoitteesi. Linkki toimii 24 tuntia.
email-verify-link = Vahvista sähköpostiosoitteeni
email-verify-ignore = Jos et pyytänyt tätä, voit jättää tämän sähköpostin huomiotta.

## Järjestäjälle: sähköpostit, jotka eivät menneet perille.

email-failures-title = Sähköpostit, jotka eivät menneet perille
email-failures-intro = Nämä sähköpostit eivät menneet perille: postipalvelin hylkäsi osoitteen, tai siihen ei saatu yhteyttä kahteen päivään. Viestit ovat silti palvelussa. Soita henkilölle, jos asia on kiireellinen, ja pyydä häntä tarkistamaan osoitteensa.
email-failures-none = Kaikki sähköpostit ovat menneet perille. Kun sähköpostia ei voida toimittaa, se näkyy tässä.
email-failure-about = Aihe: { $theme }. Viesti kirjoitettiin { $when }. Yrityksiä: { $tries }.
email-failure-answer = Postipalvelin vastasi: { $answer }

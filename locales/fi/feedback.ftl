# Palaute jokaisen palvelun jälkeen, palvelupaikalla, sekä prosessi- ja osallisuuskysymykset.

nav-feedback = Kerro, miten meni
nav-visit-codes = Käyntikoodit
nav-feedback-comments = Palautteen sanat

weekday-1 = maanantai
weekday-2 = tiistai
weekday-3 = keskiviikko
weekday-4 = torstai
weekday-5 = perjantai
weekday-6 = lauantai
weekday-7 = sunnuntai
weekday-date = { $weekday } { $date }

face-1 = Tosi huono
face-2 = Huono
face-3 = Ihan hyvä
face-4 = Hyvä
face-5 = Tosi hyvä

feedback-title = Kerro, miten meni
feedback-intro = Jokaisen palvelupäivän jälkeen voit kertoa, miten meni. Se vie minuutin.
feedback-services-title = Palvelusi
feedback-invitation-title = { $services }, { $provider }
feedback-services-and = { $first } ja { $last }
feedback-open-until = Voit vastata { $day } asti.
feedback-answer = Vastaa
feedback-answer-link = Vastaa: { $title }
feedback-none = Sinulla ei ole nyt mitään vastattavaa. Uusia kysymyksiä tulee palvelujesi jälkeen.
feedback-may-not-answer = Vain asiakas tai joku, jolla on valtuutus toimia hänen puolestaan, voi vastata.
feedback-who-reads = Palveluntuottajat ja muut asiakkaat eivät näe, kuka vastasi. He näkevät vain keskiarvon, ja vasta kun vähintään 5 on vastannut.

feedback-answer-title = Miten meni?
feedback-question = Miten meni? Valitse kasvot.
feedback-words = Haluatko kertoa lisää? (voit jättää tyhjäksi)
feedback-words-hint = Enintään { $max } merkkiä. Vain hyvinvointialue lukee nämä sanat.
feedback-contact-me = Haluan, että minuun otetaan yhteyttä tästä
feedback-send = Lähetä
feedback-error-score-missing = Valitse kasvot, jotka kertovat, miten meni
feedback-error-words-too-long = Tekstisi on liian pitkä. Lyhennä se enintään { $max } merkkiin.

feedback-thanks-title = Kiitos vastauksestasi
feedback-what-happens = Mitä vastauksellesi tapahtuu
feedback-what-happens-score = Valitsemasi kasvot lasketaan palveluntuottajan keskiarvoon. Kukaan ei näe, mitkä kasvot valitsit.
feedback-what-happens-words = Jos kirjoitit jotain, vain hyvinvointialue lukee sen.
feedback-what-happens-contact = Jos pyysit yhteydenottoa, hyvinvointialueelta soitetaan tai kirjoitetaan sinulle.
feedback-back-to-list = Takaisin: Kerro, miten meni

feedback-answered-title = Olet jo vastannut
feedback-answered-text = Vastasit jo: { $title }, { $day }. Jokaiseen käyntiin vastataan kerran. Kiitos!
feedback-expired-title = Tähän ei voi enää vastata
feedback-expired-text = Kohtaan { $title } sai vastata { $day } asti. Se aika on mennyt.
feedback-expired-help = Voit silti kertoa palveluohjaajallesi, miten meni. Uusia kysymyksiä tulee seuraavien palvelujen jälkeen.

participation-card-title = Miten asiat sujuvat?
participation-card-change = Vaihdoit palveluntuottajaksi { $provider }. Miten vaihto meni?
participation-card-month = Kolme lyhyttä kysymystä: { $month }.
participation-card-open = Vastaa kysymyksiin
participation-title = Miten asiat sujuvat?
participation-intro-change = Vaihdoit palveluntuottajaksi { $provider }. Kerro, miten vaihto meni.
participation-intro-month = Kerro, miten asiat sujuivat: { $month }.
participation-skippable = Voit vastata kaikkiin, joihinkin tai ei yhteenkään kysymykseen.
participation-process = Oliko helppo saada tarvitsemaasi apua?
participation-heard = Kuunneltiinko sinua?
participation-choice = Saitko päättää asioista itse?
participation-send = Lähetä
participation-skip = Ohita nämä kysymykset
participation-saved = Kiitos. Vastauksesi on tallennettu.
participation-nothing-due = Sinulla ei ole nyt kysymyksiä vastattavana.

kiosk-title = Anna palautetta käynnistäsi
kiosk-intro = Kirjoita paperilla saamasi koodi tai skannaa QR-koodi puhelimellasi.
kiosk-code = Käyntikoodi
kiosk-code-hint = 8 kirjainta ja numeroa, esimerkiksi KP7X 3MHA
kiosk-continue = Jatka
kiosk-no-personal-data = Emme kysy nimeäsi emmekä muuta sinusta.
kiosk-error-unknown = Emme löytäneet tätä koodia. Tarkista koodi paperista ja kirjoita se uudelleen.
kiosk-used-title = Tämä koodi on jo käytetty
kiosk-used-text = Jokainen koodi toimii kerran, ja joku on jo vastannut sillä. Pyydä henkilökunnalta uusi koodi.
kiosk-expired-title = Tämä koodi ei enää toimi
kiosk-expired-text = Koodi toimii 7 päivää. Pyydä henkilökunnalta uusi koodi.
kiosk-busy-title = Odota hetki
kiosk-busy-text = Täältä on yritetty monta kertaa. Odota minuutti ja yritä uudelleen.
kiosk-start-again = Kirjoita toinen koodi
kiosk-thanks-text = Valitsemasi kasvot lasketaan palveluntuottajan keskiarvoon. Jos kirjoitit jotain, vain hyvinvointialue lukee sen.
kiosk-thanks-reset = Tämä sivu palaa alkuun { $seconds } sekunnin kuluttua seuraavaa vastaajaa varten.
kiosk-next-person = Seuraava vastaaja

visit-codes-title = Käyntikoodit palautetta varten
visit-codes-intro = Tee koodi käynnille: { $provider }. Anna se asiakkaalle paperilla tai näytä QR-koodi. Koodi toimii kerran, 7 päivää.
visit-codes-service = Mihin palveluun käynti liittyi?
visit-codes-make = Tee koodi
visit-codes-error-service = Valitse palvelu, jota tarjoatte
visit-codes-made-title = Anna palautetta käynnistäsi
visit-codes-how = Avaa tämä osoite puhelimella tai tabletilla, tai skannaa QR-koodi:
visit-codes-qr-label = QR-koodi, joka avaa tämän käynnin palautesivun
visit-codes-valid-until = Koodi toimii { $day } asti, kerran.
visit-codes-print = Tulosta tämä sivu selaimen tulostustoiminnolla ja anna paperi asiakkaalle.

comments-title = Palautteen sanat ja yhteydenottopyynnöt
comments-intro = Vastaukset, joissa on omia sanoja tai pyyntö ottaa yhteyttä. Uusimmat ovat ensin, { $count } sivulla. Vain järjestäjä näkee tämän listan.
comments-none = Ei vielä sanoja eikä yhteydenottopyyntöjä.
comments-meta = { $day } · { $face } · { $source }
comments-at-service-place = palvelupaikalla
comments-invited = palvelun jälkeen
comments-contact = { $name } pyytää yhteydenottoa.
comments-none-older = Vanhempia vastauksia ei ole.
comments-pages = Muut vastaukset
comments-newer = Uudemmat vastaukset
comments-older = Vanhemmat vastaukset
feedback-by-service = Palveluittain
feedback-for-service = { $service }: { $feedback }
kiosk-stay = Pysy tällä sivulla
kiosk-staying = Sivu pysyy auki. Paina "Seuraava vastaaja", kun olet valmis.

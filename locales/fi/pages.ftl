# Sivut, jotka eivät kuulu mihinkään tehtävään.
not-found-title = Sivua ei löydy
not-found-text = Tässä osoitteessa ei ole sivua. Jos kirjoitit osoitteen, tarkista se. Jos tulit linkistä, se voi olla vanha.
not-found-home = Siirry etusivulle
accessibility-title = Saavutettavuusseloste
accessibility-intro = Haluamme, että jokainen voi käyttää tätä palvelua itse. Tavoitteemme on WCAG 2.2 -ohjeiden AA-taso ja osa AAA-tason vaatimuksista.
accessibility-works-title = Mikä toimii
accessibility-works-keyboard = Voit tehdä kaiken näppäimistöllä tai kytkimellä.
accessibility-works-screen-reader = Sivut toimivat ruudunlukijalla, ja jokaisella kentällä on näkyvä nimi.
accessibility-works-zoom = Voit suurentaa sivua 400 % ja käyttää palvelua 320 pikselin levyisellä näytöllä.
accessibility-works-easy-read = Jokainen sivu on suomeksi, ruotsiksi ja englanniksi sekä selkokielellä.
accessibility-works-no-js = Sivut toimivat ilman JavaScriptiä.
accessibility-limits-title = Mikä ei vielä toimi
accessibility-limits-text = Emme ole vielä löytäneet puutteita. Tarkistamme jokaisen sivun automaattisilla työkaluilla ja itse. Jos löydät ongelman, kerro siitä meille.
accessibility-feedback-title = Kerro ongelmasta
accessibility-feedback-text = Soita palveluohjaukseen arkisin klo 9–15; numero on päätöskirjeessäsi. Jos et ole tyytyväinen vastaukseemme, voit ottaa yhteyttä Etelä-Suomen aluehallintovirastoon, joka valvoo saavutettavuutta.

not-found-text = Tätä sivua ei ole.
accessibility-intro = Jokaisen pitää voida käyttää tätä palvelua. Teemme palvelusta helpon kaikille.
accessibility-works-easy-read = Jokainen sivu on suomeksi, ruotsiksi ja englanniksi. Monessa tekstissä on myös selkokieli.
accessibility-works-no-js = Sivut toimivat ilman JavaScriptiä. Sivun alaosa kertoo, kuinka kauan olet kirjautuneena.
accessibility-limit-easy-read = Kaikki tekstit eivät ole vielä selkokielellä.
accessibility-limit-staff = Työntekijöiden sivut eivät ole selkokielellä.
accessibility-limit-listen = Sivua ei voi vielä kuunnella. Valikossa ei ole vielä kuvia.
accessibility-limit-tell = Löysitkö toisen ongelman? Kerro siitä meille.

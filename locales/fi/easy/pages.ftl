not-found-text = Tätä sivua ei ole.
accessibility-intro = Jokaisen pitää voida käyttää tätä palvelua. Teemme palvelusta helpon kaikille.

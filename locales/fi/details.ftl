## Omat tiedot ja avustajanäkymä (näytön jakaminen).

nav-my-details = Omat tiedot
details-title-self = Omat tietosi
details-title-other = Henkilön { $name } tiedot
details-intro = Nämä tiedot ovat päätöksessäsi. Vain sinä ja ne, joille olet antanut luvan, näkevät ne.
details-identity-code = Henkilötunnus
details-address = Osoite
details-phone = Puhelin
details-municipality = Kotikunta
details-health = Mihin saat palveluja
details-not-given = Ei kirjattu
details-counsellor-title = Palveluohjaajasi
details-counsellor-next = Palveluohjaajasi on { $name }. Seuraava sovittu yhteydenotto on { $day }.
details-counsellor-no-next = Palveluohjaajasi on { $name }. Seuraavaa yhteydenottoa ei ole vielä sovittu.
details-no-counsellor = Sinulla ei ole vielä nimettyä palveluohjaajaa.
details-wrong = Jos tiedoissa on virhe, kerro palveluohjaajallesi.
looked-at-details = katsoi omia tietojasi

pref-helper-view = Avustajanäkymä
helper-view-on = Avustajanäkymä on päällä. Henkilötunnus, osoite, puhelin ja terveystiedot on piilotettu.
helper-view-hidden = Piilotettu avustajanäkymässä
details-not-needed = Ei näytetä sinulle: tehtäväsi ei tarvitse tätä tietoa.

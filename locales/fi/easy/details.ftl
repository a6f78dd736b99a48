details-intro = Tässä ovat sinun tietosi. Vain sinä ja ne, joille annat luvan, näkevät ne.
details-health = Miksi saat apua
details-counsellor-next = Palveluohjaajasi on { $name }. Tapaatte seuraavan kerran { $day }.
details-counsellor-no-next = Palveluohjaajasi on { $name }. Seuraavaa tapaamista ei ole vielä sovittu.
details-wrong = Onko jokin tieto väärin? Kerro palveluohjaajalle.
helper-view-on = Avustajanäkymä on päällä. Tärkeät tietosi on piilotettu.

details-not-needed = Et näe tätä. Et tarvitse tätä tietoa.

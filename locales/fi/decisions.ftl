# The decision-maker's list of decisions the service counsellors prepared (staff only).
decisions-title = Tehtävät päätökset
decisions-count = { $count ->
    [0] Päätöksiä ei odota.
    [one] Yksi päätös odottaa.
   *[other] { $count } päätöstä odottaa.
}
decisions-intro = Palveluohjaajat ovat valmistelleet nämä päätökset. Avaa päätös, tarkista se ja tee päätös perusteluineen. Kun avaat listan tai päätöksen, asiakas näkee sen lokistaan.
decisions-open = Avaa: { $name }
decisions-prepared = Valmisteli { $name } { $day }
decisions-decided = Päätös tehty: { $name }. Asiakas näkee sen Päätökseni-sivulla.
decisions-back = Takaisin tehtäviin päätöksiin

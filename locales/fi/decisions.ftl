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
decisions-prepared-title = Palveluohjaajien valmistelemat päätökset
decisions-proposals-title = Asiakkaiden ehdotukset
decisions-proposals-count = { $count ->
    [0] Ehdotuksia ei odota.
    [one] Yksi ehdotus odottaa.
   *[other] { $count } ehdotusta odottaa.
}
decisions-proposals-intro = Asiakkaat tai heidän puolestaan toimivat omaiset ehdottavat budjetin käyttöä toisin tulevasta kuukaudesta alkaen. Hyväksy tai hylkää kukin perustelulla, jonka asiakas lukee.
decisions-proposal-sent = Lähetti { $name } { $day }; muutos alkaa: { $month }
decisions-proposal-open = Vastaa: { $name }
decisions-answered-accepted = Hyväksyit ehdotuksen: { $name }. Uusi päätös näkyy asiakkaan Päätökseni-sivulla.
decisions-answered-refused = Hylkäsit ehdotuksen: { $name }. Asiakas lukee perustelusi suunnitelmansa sivulta.
proposal-answer-title = Ehdotus: { $name }
proposal-answer-sent = { $who } lähetti sen { $day }. Mitä se tarkoittaa budjetin sääntöjen mukaan:
proposal-answer-why = Asiakkaan omin sanoin
proposal-answer-no-why = Asiakas ei kirjoittanut muuta.
proposal-answer-choose = Vastauksesi
proposal-answer-intro = Jos hyväksyt, päätös päättyy muutoksen ensimmäistä kuukautta ({ $month }) edeltävänä päivänä, ja uusi päätös näillä palveluilla on voimassa siitä päätöksen viimeiseen päivään. Jo tallennetut suoritteet pysyvät ennallaan.
proposal-answer-accept = Hyväksy: päätös muuttuu (ensimmäinen kuukausi: { $month })
proposal-answer-refuse = Hylkää
proposal-answer-reason = Perustelusi
proposal-answer-reason-hint = Asiakas lukee tämän: kirjoita selkeästi. Jos hyväksyt, tämä on myös uuden päätöksen perustelu. Enintään { $most } merkkiä.
proposal-answer-save = Tallenna vastaus
proposal-answer-error-no-reason = Kirjoita perustelusi.
proposal-answer-error-reason-long = Perustelu on liian pitkä. Kirjoita enintään { $most } merkkiä.
proposal-answer-error-choose = Valitse hyväksy tai hylkää.
proposal-answer-error-month-begun = Muutoksen kuukausi on jo alkanut, joten ehdotusta ei voi enää hyväksyä. Hylkää se, niin asiakas voi ehdottaa myöhempää kuukautta.
proposal-answer-error-decision-changed = Päätös on muuttunut sen jälkeen, kun asiakas lähetti ehdotuksen. Hylkää se tällä perustelulla, niin asiakas voi ehdottaa uudelleen.
proposal-answer-error-records = Päätökselle on jo tallennettu suoritteita muutoksen kuukaudesta alkaen. Hylkää ehdotus tai pyydä palveluohjaajaa valmistelemaan muutos.
proposal-answer-error-below-charged = Veloitettu on jo enemmän kuin muutosta edeltävät kuukaudet suunnittelevat. Hylkää ehdotus tai pyydä palveluohjaajaa valmistelemaan muutos.
proposal-answer-heading = Hyväksy tai hylkää

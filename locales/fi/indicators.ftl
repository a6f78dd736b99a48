# Järjestäjän tunnusluvut.
nav-indicators = Tunnusluvut
indicators-title = Tunnusluvut
indicators-summary = Kuukausi { $month }: henkilökohtainen budjetti oli { $clients } asiakkaalla. Budjeteista veloitettiin { $charged }, { $per_client } asiakasta kohden.
indicators-none = Kuukausi { $month }: kenelläkään ei ollut henkilökohtaista budjettia.
indicators-month = Kuukausi
indicators-show = Näytä
indicators-col-municipality = Kunta
indicators-col-clients = Asiakkaita, joilla budjetti
indicators-col-decided = Päätetty kuukaudelle
indicators-col-charged = Veloitettu
indicators-col-per-client = Veloitettu asiakasta kohden
indicators-col-own-shares = Asiakkaiden omavastuut
indicators-col-held = Tarkistettavana
indicators-col-minutes = Palveluohjauksen minuutit
indicators-col-expert-hours = Kokemusasiantuntijoiden tunnit
indicators-col-expert-hours-per-client = Tunteja asiakasta kohden
indicators-col-changes = Palveluntuottajan vaihdot
indicators-col-left = Luopuneet asiakkaat
indicators-all = Kaikki kunnat
indicators-held-value = { $count ->
    [one] yksi kirjaus, { $amount }
   *[other] { $count } kirjausta, { $amount }
}
indicators-explained = Asiakas lasketaan kuukauteen, kun hänen päätöksensä kattaa siitä ainakin yhden päivän. Veloitettu ja omavastuut ovat kuukauden palveluista; tarkistettavana olevat kirjaukset odottavat palveluohjaajan tarkistusta. Palveluohjauksen minuutit ovat palveluohjaajien kirjaamia yhteydenottoja. Palveluntuottajan vaihdot ja luopumiset lasketaan kuukauteen, jona ilmoitus tehtiin. Kokemusasiantuntijoiden tunnit ovat heidän itse kirjaamiaan tukitunteja.
indicators-csv = Lataa luvut CSV-tiedostona
indicators-money-title = Budjetit ja kustannukset
indicators-money-says = Mitä päätökset suunnittelevat kuukaudelle, mitä kuukauden palveluista veloitettiin budjeteista, asiakasta kohden, mitä asiakkaat maksoivat itse palvelusetelin arvon ylittävästä osasta ja mikä odottaa tarkistusta. Palkeissa kunkin kunnan päätetty summa on katkoviivainen ääriviiva ja veloitettu summa täysi palkki.
indicators-money-caption = Budjetit ja kustannukset kunnittain, { $month }
indicators-guidance-title = Palveluohjaus, vaihdot ja luopumiset
indicators-guidance-says = Kuinka paljon palveluohjausta palveluohjaajat kirjasivat ja kuinka monta tuntia kokemusasiantuntijat auttoivat, asiakasta kohden, kuinka moni vaihtoi palveluntuottajaa ja kuinka moni ilmoitti luopuvansa budjetista.
indicators-guidance-caption = Palveluohjaus, vaihdot ja luopumiset kunnittain, { $month }
indicators-col-minutes-per-client = Minuuttia asiakasta kohden
indicators-feedback-title = Palaute ja osallisuus
indicators-feedback-says = Miten asiakkaat arvioivat palvelut ja henkilökohtaisen budjetin prosessin, kaikki kunnat yhdessä, palkkeina asteikolla 1–5 ja taulukossa. Keskiarvo näytetään vasta { $fewest } vastauksesta alkaen, jotta kenenkään vastausta ei voi tunnistaa.
indicators-feedback-caption = Palautteen keskiarvot, { $month }, kaikki kunnat
indicators-col-asked = Mitä kysyttiin
indicators-col-answers = Vastauksia
indicators-col-average = Keskiarvo (1–5)
indicators-feedback-service = Miten palvelu sujui
indicators-feedback-process = Miten henkilökohtainen budjetti on toiminut
indicators-feedback-heard = Tuleeko kuulluksi omissa asioissaan
indicators-feedback-choice = Voiko valita itse
indicators-average = { $average } / 5
indicators-too-few = Vastauksia ei ole vielä tarpeeksi
indicators-leaving-title = Miksi asiakkaat lähtivät
indicators-leaving-says = { $left ->
    [0] Kukaan asiakas ei ilmoittanut lähtevänsä tässä kuussa.
    [one] Yksi asiakas ilmoitti lähtevänsä; { $answered } heistä kertoi syyn.
   *[other] { $left } asiakasta ilmoitti lähtevänsä; { $answered } heistä kertoi syyn.
} Asiakas voi kertoa useita syitä. Heidän omat sanansa ovat palautteen sanat -sivulla.
indicators-leaving-caption = Lähtemisen syyt, { $month }, kaikki kunnat
indicators-col-reason = Syy
indicators-col-reason-clients = Asiakkaita, jotka kertoivat sen
indicators-wellbeing-title = Miten asiakkaat voivat
indicators-wellbeing-says = { $clients ->
    [one] Yksi asiakas on antanut näyttää vastauksensa "Miten minulla menee?" -kyselyyn ja vastannut kaksi kertaa tai useammin.
   *[other] { $clients } asiakasta on antanut näyttää vastauksensa "Miten minulla menee?" -kyselyyn ja vastannut kaksi kertaa tai useammin.
} Taulukko vertaa heidän ensimmäisiä vastauksiaan viimeisimpiin kuukauden loppuun asti.
indicators-wellbeing-caption = Itsearvioinnin keskiarvot { $month } loppuun asti, kaikki kunnat
indicators-col-check = Itsearviointi
indicators-wellbeing-first = Ensimmäinen
indicators-wellbeing-latest = Viimeisin
indicators-wellbeing-change = Muutos
indicators-wellbeing-too-few = Keskiarvot näytetään vasta { $fewest } asiakkaasta alkaen, jotta ketään ei voi tunnistaa.
indicators-providers-title = Palveluntuottajien kokemus
indicators-providers-says = { $providers ->
    [0] Yksikään palveluntuottaja ei ole vielä vastannut yhteistyöstä järjestäjän kanssa ajalta { $half }.
    [one] Yksi palveluntuottaja vastasi yhteistyöstä järjestäjän kanssa ajalta { $half }.
   *[other] { $providers } palveluntuottajaa vastasi yhteistyöstä järjestäjän kanssa ajalta { $half }.
} Palveluntuottajat vastaavat kahdesti vuodessa. Keskiarvo näytetään vasta 5 vastauksesta.
indicators-providers-caption = Palveluntuottajien vastaukset, { $half }
indicators-providers-words = Mitä palveluntuottajien mielestä järjestäjän pitäisi tehdä paremmin
indicators-service = Palvelu
indicators-all-services = Kaikki palvelut
indicators-provider = Palveluntuottaja
indicators-provider-hint = Osa palveluntuottajan nimestä. Jätä tyhjäksi, niin mukana ovat kaikki palveluntuottajat.
indicators-provider-not-found = Minkään palveluntuottajan nimessä ei ole tekstiä "{ $typed }". Tarkista kirjoitusasu tai jätä kenttä tyhjäksi.
indicators-provider-choose = Usean palveluntuottajan nimessä on "{ $typed }". Valitse yksi:
indicators-clear-filters = Näytä kaikki palvelut ja palveluntuottajat
indicators-service-at-provider = { $service }, { $provider }
indicators-filtered-says = Valinta: { $what }. Mitä päätökset suunnittelevat sille kuukaudelle, mitä siitä veloitettiin, veloitettua asiakasta kohden, mitä asiakkaat maksoivat itse ja mikä odottaa tarkistusta. Palkeissa kunkin kunnan päätetty summa on katkoviivainen ääriviiva ja veloitettu summa täysi palkki. Palvelujen palaute alempana on rajattu samoin; sivun muut luvut koskevat kaikkia palveluja ja palveluntuottajia.
indicators-filtered-says-provider = Valinta: { $what }. Mitä kuukauden aikana veloitettiin, veloitettua asiakasta kohden, mitä asiakkaat maksoivat itse ja mikä odottaa tarkistusta. Palkit näyttävät kunkin kunnan veloitetun summan. Päätös suunnittelee palveluja, ei palveluntuottajia, joten päätettyä summaa ei näytetä. Palvelujen palaute alempana on rajattu samoin; sivun muut luvut koskevat kaikkia palveluja ja palveluntuottajia.
indicators-filtered-caption = Budjetit ja kustannukset kunnittain: { $what }, { $month }
indicators-col-clients-charged = Veloitettuja asiakkaita
indicators-not-decided = Ei tiedossa
indicators-voucher-share = Jokaisen näiden lukujen palvelun asiakas on valinnut itse ja maksanut henkilökohtaisesta budjetistaan, kuten palvelusetelillä. Järjestäjän itse ostamat palvelut eivät ole tässä portaalissa, joten niiden osuutta kaikista palveluista ei voi näyttää täällä; CSV-tiedosto antaa palvelusetelipuolen luvut vertailua varten.
indicators-feedback-service-narrowed = Miten palvelu sujui: { $what }

find-lead-self = Valitse, mitä tarvitset. Näet, paljonko kukin maksaa sinulle.
find-lead-other = Valitse, mitä { $name } tarvitsee. Näet, paljonko kukin maksaa hänelle.
find-lead-public = Valitse, mitä tarvitset. Kirjaudu sisään. Silloin näet, paljonko kukin maksaa sinulle.
filter-free-places = Vain paikat, joissa on nyt tilaa
sort-suitable = Minulle parhaat ensin
sort-cost = Minulle halvimmat ensin
sort-feedback = Muut pitivät eniten ensin
find-shown = Näet nyt { $shown }.
find-show-more = Näytä lisää
compare-hint = Haluatko verrata? Valitse { $min } tai { $max }. Paina sitten ”Vertaa valittuja”.
fit-no-language = Työntekijät eivät puhu sinun kieltäsi.
cost-nothing-extra = { $who ->
    [self] Et maksa mitään lisää.
   *[other] { $name } ei maksa mitään lisää.
}
cost-extra-per-month = { $who ->
    [self] Maksat noin { $amount } lisää joka kuukausi.
   *[other] { $name } maksaa noin { $amount } lisää joka kuukausi.
}
cost-not-in-plan = { $who ->
    [self] Budjettisi ei maksa tätä.
   *[other] Henkilön { $name } budjetti ei maksa tätä.
}
feedback-not-enough = Liian harva on vastannut. Näytämme vastaukset, kun 5 ihmistä on vastannut.
quality-qualified-staff-explained = Kuinka moni työntekijä on opiskellut tätä työtä. Enemmän on parempi.
quality-turnover-explained = Kuinka moni työntekijä lähti viimeisen 12 kuukauden aikana. Vähemmän on parempi. Silloin tapaat samat ihmiset.
quality-complaints-explained = Kuinka monta kertaa joku valitti, ja hän oli oikeassa.
quality-inspection-explained = Virkailija kävi tarkastamassa paikan. Tämän hän sanoi.
compare-too-few = Valitsit { $count }. Valitse { $min } tai enemmän.
compare-too-many = Valitsit { $count }. Valitse { $max } tai vähemmän.
compare-gone = Yksi niistä on poissa. Valitse uudelleen.
needs-save = { $who ->
    [self] Muista, mitä valitsin
   *[other] Muista, mitä valitsin henkilölle { $name }
}
needs-saved = Tallennettu. Näytämme ensin paikat, joissa on, mitä tarvitset.
filter-accessibility = Mitä tarvitset paikassa?
filter-language = Työntekijöiden kieli
fit-needs = { $all ->
    [one] { $met ->
        [0] Täällä ei ole asiaa, jota tarvitset.
       *[other] Täällä on asia, jota tarvitset: { $list }.
    }
   *[other] Täällä on { $met } asiaa niistä { $all } asiasta, joita tarvitset{ $met ->
        [0] .
       *[other] : { $list }.
    }
}
fit-speaks = Työntekijät puhuvat kieltä: { $languages }.
fit-free-places = Nyt on tilaa.
feedback-average = Muut antoivat { $average } pistettä viidestä. { $answers } ihmistä vastasi.
quality-none = Emme tiedä tätä vielä.
back-to-search = Takaisin tuottajien hakuun
column-price = Hinta
column-valid-from = Alkaen
compare-back = Takaisin hakuun
compare-caption = Tuottajat vierekkäin: { $names }
compare-not-reported = Ei tietoa
compare-submit = Vertaa valitsemiasi
compare-this = Vertaa: { $name }
compare-title = Vertaa tuottajia
contact-email = Sähköposti
contact-phone = Puhelin
contact-website = Verkkosivut
fact-accessibility = Esteettömyys
fact-feedback = Mitä muut asiakkaat sanovat
fact-languages = Kielet, joita työntekijät puhuvat
fact-serves = Kunnat, joissa tuottaja toimii
feature-accessible-parking = Invapysäköinti
feature-accessible-toilet = Esteetön vessa
feature-hearing-loop = Induktiosilmukka kuulolaitteelle
feature-public-transport = Joukkoliikenne lähellä
feature-quiet-space = Rauhallinen huone
feature-step-free-access = Sisään pääsee ilman portaita
feature-unknown = Muu ominaisuus
features-none = Tuottaja ei ole kertonut esteettömyydestä.
feedback-column-answers = Vastauksia
feedback-column-score = Vastaus
feedback-score = { $score } viidestä
feedback-spread-caption = Miten ihmiset vastasivat
filter-any-language = Mikä tahansa kieli
filter-any-municipality = Mikä tahansa kunta
filter-any-service = Mikä tahansa palvelu
filter-municipality = Kunta
filter-service = Palvelu
filter-sort = Missä järjestyksessä
find-count = { $count ->
    [0] Tuottajia ei löytynyt. Valitse vähemmän asioita.
    [one] Löytyi 1 tuottaja.
   *[other] Löytyi { $count } tuottajaa.
}
find-filters = Mitä tarvitset?
find-results = Tuottajat, jotka löytyivät
find-submit = Näytä tuottajat
find-title = Etsi tuottaja
free-places-count = { $count ->
    [0] Ei vapaita paikkoja nyt.
    [one] 1 vapaa paikka nyt.
   *[other] { $count } vapaata paikkaa nyt.
}
inspection-no-remarks = kaikki oli kunnossa
inspection-remarks = jotain piti korjata
inspection-serious-remarks = vakavia ongelmia
nav-providers = Etsi tuottaja
needs-none-saved = { $who ->
    [self] Et ole vielä tallentanut tarpeitasi.
   *[other] Tarpeita ei ole vielä tallennettu. Henkilö: { $name }.
}
needs-saved-list = { $who ->
    [self] Tallentamasi tarpeet: { $list }. ”Sopivimmat ensin” katsoo näitä.
   *[other] Henkilön { $name } tallennetut tarpeet: { $list }. ”Sopivimmat ensin” katsoo näitä.
}
percent = { $value } prosenttia
price-per-day = { $price } päivältä
price-per-hour = { $price } tunnilta
provider-contact = Yhteystiedot
provider-feedback = Mitä muut asiakkaat sanovat
provider-own-share-link = Mitä maksat itse?
provider-places = Paikat, joissa tuottaja toimii
provider-price-history = Hinnat ennen ja nyt
provider-price-history-caption = Tuottajan kaikki hinnat ja milloin ne alkoivat
provider-quality = Laatu
provider-serves = Tuottaja toimii näissä kunnissa: { $areas }.
provider-services = Palvelut ja hinnat
quality-complaints = Valitukset, joissa asiakas oli oikeassa
quality-inspection = Viimeinen tarkastus
quality-inspection-value = { $date }: { $result }
quality-qualified-staff = Työntekijät, joilla on koulutus
quality-reported-on = Tuottaja kertoi nämä luvut { $date }.
quality-turnover = Kuinka moni työntekijä vaihtui
reason-label = Miksi tässä:
staff-language-ar = arabia
staff-language-en = englanti
staff-language-et = viro
staff-language-fi = suomi
staff-language-fse = suomalainen viittomakieli
staff-language-ru = venäjä
staff-language-se = pohjoissaame
staff-language-sv = ruotsi
staff-language-unknown = muu kieli

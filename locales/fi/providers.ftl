# Palveluntuottajan haku, palveluntuottajan sivu ja vertailu.

nav-providers = Etsi palveluntuottaja

find-title = Etsi palveluntuottaja
find-lead-self = Valitse, mitä tarvitset. Jokainen tulos kertoo, mitä se maksaisi sinulle oman suunnitelmasi mukaan.
find-lead-other = Valitse, mitä { $name } tarvitsee. Jokainen tulos kertoo, mitä se maksaisi hänelle hänen suunnitelmansa mukaan.
find-lead-public = Valitse, mitä tarvitset. Kirjaudu sisään, niin näet, mitä kukin palveluntuottaja maksaisi sinulle oman suunnitelmasi mukaan.
find-filters = Mitä tarvitset?
filter-service = Palvelu
filter-any-service = Mikä tahansa palvelu
filter-municipality = Kunta
filter-any-municipality = Mikä tahansa kunta
filter-language = Henkilökunnan kieli
filter-any-language = Mikä tahansa kieli
filter-accessibility = Esteettömyystarpeet
filter-free-places = Vain ne, joilla on nyt vapaita paikkoja (asuminen ja päivätoiminta)
filter-sort = Tulosten järjestys
sort-suitable = Sopivimmat minulle ensin
sort-cost = Vähiten lisämaksua minulle ensin
sort-feedback = Muilta asiakkailta paras palaute ensin
find-submit = Näytä palveluntuottajat
find-results = Löydetyt palveluntuottajat
find-count = { $count ->
    [0] Palveluntuottajia ei löytynyt. Kokeile vähemmillä rajauksilla.
    [one] Löytyi 1 palveluntuottaja.
   *[other] Löytyi { $count } palveluntuottajaa.
}
find-shown = Näet niistä { $shown } ensimmäistä.
find-show-more = Näytä lisää palveluntuottajia
compare-hint = Vertaa valitsemalla { $min } tai { $max } palveluntuottajaa ja painamalla ”Vertaa valittuja”.
compare-submit = Vertaa valittuja
compare-this = Vertaa: { $name }
reason-label = Miksi tässä:
fit-needs = { $all ->
    [one] { $met ->
        [0] Ei täytä tarvettasi.
       *[other] Täyttää tarpeesi: { $list }.
    }
   *[other] Täyttää { $met } / { $all } tarpeestasi{ $met ->
        [0] .
       *[other] : { $list }.
    }
}
fit-speaks = Henkilökunta puhuu kieltä: { $languages }.
fit-no-language = Henkilökunta ei puhu kieltäsi.
fit-free-places = Vapaita paikkoja on.
fact-serves = Toimii kunnissa
fact-languages = Henkilökunnan kielet
fact-feedback = Muiden asiakkaiden palaute
fact-accessibility = Esteettömyys

feature-step-free-access = Esteetön sisäänkäynti
feature-accessible-toilet = Esteetön WC
feature-hearing-loop = Induktiosilmukka
feature-quiet-space = Rauhallinen tila aistiherkille
feature-accessible-parking = Invapysäköinti
feature-public-transport = Joukkoliikenne lähellä
feature-unknown = Muu ominaisuus
features-none = Esteettömyydestä ei ole ilmoitettu mitään.

staff-language-fi = suomi
staff-language-sv = ruotsi
staff-language-en = englanti
staff-language-se = pohjoissaame
staff-language-ru = venäjä
staff-language-et = viro
staff-language-ar = arabia
staff-language-fse = suomalainen viittomakieli
staff-language-unknown = muu kieli

cost-nothing-extra = { $who ->
    [self] Ei maksa sinulle mitään lisää.
   *[other] Ei maksa henkilölle { $name } mitään lisää.
}
cost-extra-per-month = { $who ->
    [self] Maksaa sinulle noin { $amount } lisää kuukaudessa.
   *[other] Maksaa henkilölle { $name } noin { $amount } lisää kuukaudessa.
}
cost-not-in-plan = { $who ->
    [self] Ei ole suunnitelmassasi: budjetti ei maksa sitä.
   *[other] Ei ole henkilön { $name } suunnitelmassa: budjetti ei maksa sitä.
}
price-per-day = { $price } päivältä
price-per-hour = { $price } tunnilta
free-places-count = { $count ->
    [0] Ei vapaita paikkoja nyt.
    [one] 1 vapaa paikka nyt.
   *[other] { $count } vapaata paikkaa nyt.
}

feedback-average = { $average } / 5, { $answers } vastausta
feedback-not-enough = Vastauksia ei ole vielä tarpeeksi. Näytämme palautteen, kun vähintään 5 asiakasta on vastannut.
feedback-score = { $score } / 5
feedback-spread-caption = Miten vastaukset jakautuivat
feedback-column-score = Vastaus
feedback-column-answers = Vastauksia

quality-none = Palveluntuottaja ei ole ilmoittanut laatutietoja.
percent = { $value } %
quality-qualified-staff = Koulutettu henkilökunta
quality-qualified-staff-explained = Kuinka monella työntekijällä on sosiaali- tai terveysalan koulutus. Mitä enemmän, sen parempi.
quality-turnover = Henkilökunnan vaihtuvuus
quality-turnover-explained = Kuinka moni työntekijä lähti viimeisen 12 kuukauden aikana. Mitä vähemmän, sitä useammin tapaat samat ihmiset.
quality-complaints = Aiheelliset muistutukset
quality-complaints-explained = Viimeisen 12 kuukauden valitukset, jotka todettiin aiheellisiksi.
quality-inspection = Viimeisin valvontakäynti
quality-inspection-explained = Viranomainen käy tarkastamassa palvelun. Tämä on, mitä se totesi.
quality-inspection-value = { $date }: { $result }
quality-reported-on = Palveluntuottaja ilmoitti nämä luvut { $date }.
inspection-no-remarks = ei huomautettavaa
inspection-remarks = korjattavia huomautuksia
inspection-serious-remarks = vakavia huomautuksia

provider-services = Palvelut ja hinnat
provider-own-share-link = Mikä on omavastuu?
provider-places = Toimipaikat
provider-serves = Toimii näissä kunnissa: { $areas }.
provider-feedback = Muiden asiakkaiden palaute
provider-quality = Laatu
provider-contact = Yhteystiedot
contact-phone = Puhelin
contact-email = Sähköposti
contact-website = Verkkosivut
provider-price-history = Hinnat ajan mittaan
provider-price-history-caption = Kaikki tämän palveluntuottajan hinnat ja mistä lähtien
column-price = Hinta
column-valid-from = Alkaen
back-to-search = Takaisin palveluntuottajan hakuun

compare-title = Vertaa palveluntuottajia
compare-caption = { $names } rinnakkain
compare-not-reported = Ei ilmoitettu
compare-back = Takaisin hakuun
compare-too-few = Valitsit { $count }. Valitse vähintään { $min } palveluntuottajaa vertailtavaksi.
compare-too-many = Valitsit { $count }. Voit verrata enintään { $max } palveluntuottajaa kerrallaan.
compare-gone = Yksi valitsemistasi palveluntuottajista ei ole enää rekisterissä. Valitse uudelleen.

needs-saved-list = { $who ->
    [self] Tallentamasi tarpeet: { $list }. ”Sopivimmat ensin” katsoo näitä.
   *[other] Henkilön { $name } tallennetut tarpeet: { $list }. ”Sopivimmat ensin” katsoo näitä.
}
needs-none-saved = { $who ->
    [self] Et ole vielä tallentanut tarpeita.
   *[other] Henkilölle { $name } ei ole vielä tallennettu tarpeita.
}
needs-save = { $who ->
    [self] Tallenna valitut tarpeet omikseni
   *[other] Tallenna valitut tarpeet henkilölle { $name }
}
needs-saved = Tarpeet on tallennettu. ”Sopivimmat ensin” näyttää nyt ensin paikat, joissa ne täyttyvät.

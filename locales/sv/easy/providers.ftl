find-lead-self = Välj vad du behöver. Du ser vad var och en kostar dig.
find-lead-other = Välj vad { $name } behöver. Du ser vad var och en kostar { $name }.
find-lead-public = Välj vad du behöver. Logga in. Då ser du vad var och en kostar dig.
filter-free-places = Bara ställen som har plats nu
sort-suitable = Bäst för mig först
sort-cost = Billigast för mig först
sort-feedback = Andra tyckte bäst om först
find-shown = Du ser { $shown } nu.
find-show-more = Visa fler
compare-hint = Vill du jämföra? Kryssa för { $min } eller { $max }. Tryck sedan på ”Jämför valda”.
fit-no-language = Personalen talar inte ditt språk.
cost-nothing-extra = { $who ->
    [self] Du betalar inget mer.
   *[other] { $name } betalar inget mer.
}
cost-extra-per-month = { $who ->
    [self] Du betalar cirka { $amount } mer varje månad.
   *[other] { $name } betalar cirka { $amount } mer varje månad.
}
cost-not-in-plan = { $who ->
    [self] Din budget betalar inte för det här.
   *[other] Budgeten för { $name } betalar inte för det här.
}
feedback-not-enough = För få har svarat. Vi visar svaren när 5 personer har svarat.
quality-qualified-staff-explained = Hur många i personalen har studerat för det här arbetet. Fler är bättre.
quality-turnover-explained = Hur många i personalen slutade de senaste 12 månaderna. Färre är bättre. Då träffar du samma personer.
quality-complaints-explained = Hur många gånger någon klagade, och hade rätt.
quality-inspection-explained = En tjänsteman kom och granskade stället. Det här sa hen.
compare-too-few = Du valde { $count }. Välj { $min } eller fler.
compare-too-many = Du valde { $count }. Välj högst { $max }.
compare-gone = En av dem är borta. Välj igen.
needs-save = { $who ->
    [self] Kom ihåg det jag kryssade för
   *[other] Kom ihåg det jag kryssade för { $name }
}
needs-saved = Sparat. Vi visar först de ställen som har det du behöver.
filter-accessibility = Vad behöver du på stället?
filter-language = Personalens språk
fit-needs = { $all ->
    [one] { $met ->
        [0] Här finns inte det du behöver.
       *[other] Här finns det du behöver: { $list }.
    }
   *[other] Här finns { $met } av de { $all } saker du behöver{ $met ->
        [0] .
       *[other] : { $list }.
    }
}
fit-speaks = Personalen talar { $languages }.
fit-free-places = Det finns plats nu.
feedback-average = Andra gav { $average } av 5. { $answers } personer svarade.
quality-none = Vi vet inte det här ännu.
back-to-search = Tillbaka till sökningen
column-price = Pris
column-valid-from = Från
compare-back = Tillbaka till sökningen
compare-caption = Producenter sida vid sida: { $names }
compare-not-reported = Ingen uppgift
compare-submit = Jämför de du valde
compare-this = Jämför { $name }
compare-title = Jämför producenter
contact-email = E-post
contact-phone = Telefon
contact-website = Webbplats
fact-accessibility = Tillgänglighet
fact-feedback = Vad andra klienter säger
fact-languages = Språk som personalen talar
fact-serves = Kommuner där producenten finns
feature-accessible-parking = Parkering för personer med funktionsnedsättning
feature-accessible-toilet = Tillgänglig toalett
feature-hearing-loop = Hörslinga för hörapparat
feature-public-transport = Kollektivtrafik i närheten
feature-quiet-space = Lugnt rum
feature-step-free-access = Du kommer in utan trappor
feature-unknown = Annan egenskap
features-none = Producenten har inte berättat om tillgänglighet.
feedback-column-answers = Antal svar
feedback-column-score = Svar
feedback-score = { $score } av 5
feedback-spread-caption = Hur människor svarade
filter-any-language = Vilket språk som helst
filter-any-municipality = Vilken kommun som helst
filter-any-service = Vilken tjänst som helst
filter-municipality = Kommun
filter-service = Tjänst
filter-sort = I vilken ordning
find-count = { $count ->
    [0] Inga producenter hittades. Välj färre saker.
    [one] 1 producent hittades.
   *[other] { $count } producenter hittades.
}
find-filters = Vad behöver du?
find-results = Producenter som hittades
find-submit = Visa producenter
find-title = Hitta en producent
free-places-count = { $count ->
    [0] Inga lediga platser nu.
    [one] 1 ledig plats nu.
   *[other] { $count } lediga platser nu.
}
inspection-no-remarks = allt var i ordning
inspection-remarks = något måste rättas
inspection-serious-remarks = allvarliga problem
nav-providers = Hitta en producent
needs-none-saved = { $who ->
    [self] Du har inte sparat dina behov än.
   *[other] Inga behov är sparade än. Person: { $name }.
}
needs-saved-list = { $who ->
    [self] Dina sparade behov: { $list }. ”Det som passar bäst” utgår från dem.
   *[other] Sparade behov för { $name }: { $list }. ”Det som passar bäst” utgår från dem.
}
percent = { $value } procent
price-per-day = { $price } per dag
price-per-hour = { $price } per timme
provider-contact = Kontakt
provider-feedback = Vad andra klienter säger
provider-own-share-link = Vad betalar du själv?
provider-places = Platser där producenten finns
provider-price-history = Priser förut och nu
provider-price-history-caption = Producentens alla priser och när de började
provider-quality = Kvalitet
provider-serves = Producenten finns i de här kommunerna: { $areas }.
provider-services = Tjänster och priser
quality-complaints = Klagomål där klienten hade rätt
quality-inspection = Senaste granskningen
quality-inspection-value = { $date }: { $result }
quality-qualified-staff = Anställda som har utbildning
quality-reported-on = Producenten berättade siffrorna { $date }.
quality-turnover = Hur många anställda som bytts ut
reason-label = Varför här:
staff-language-ar = arabiska
staff-language-en = engelska
staff-language-et = estniska
staff-language-fi = finska
staff-language-fse = finskt teckenspråk
staff-language-ru = ryska
staff-language-se = nordsamiska
staff-language-sv = svenska
staff-language-unknown = annat språk

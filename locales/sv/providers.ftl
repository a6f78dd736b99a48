# Hitta en serviceproducent, en producents sida och jämförelsen.

nav-providers = Hitta en serviceproducent

find-title = Hitta en serviceproducent
find-lead-self = Välj vad du behöver. Varje resultat visar vad det skulle kosta dig enligt din egen plan.
find-lead-other = Välj vad { $name } behöver. Varje resultat visar vad det skulle kosta { $name } enligt hens plan.
find-lead-public = Välj vad du behöver. Logga in för att se vad varje producent skulle kosta dig enligt din egen plan.
find-filters = Vad behöver du?
filter-service = Tjänst
filter-any-service = Vilken tjänst som helst
filter-municipality = Kommun
filter-any-municipality = Vilken kommun som helst
filter-language = Personalens språk
filter-any-language = Vilket språk som helst
filter-accessibility = Behov av tillgänglighet
filter-free-places = Bara de som har lediga platser nu (boende och dagverksamhet)
filter-sort = Resultatens ordning
sort-suitable = Det som passar mig bäst först
sort-cost = Minst extra kostnad för mig först
sort-feedback = Bäst respons från andra klienter först
find-submit = Visa producenter
find-results = Producenter som hittades
find-count = { $count ->
    [0] Inga producenter hittades. Försök med färre val.
    [one] 1 producent hittades.
   *[other] { $count } producenter hittades.
}
find-shown = Du ser de { $shown } första.
find-show-more = Visa fler producenter
compare-hint = För att jämföra, kryssa för { $min } eller { $max } producenter och tryck på ”Jämför valda”.
compare-submit = Jämför valda
compare-this = Jämför { $name }
reason-label = Varför här:
fit-needs = { $all ->
    [one] { $met ->
        [0] Uppfyller inte ditt behov.
       *[other] Uppfyller ditt behov: { $list }.
    }
   *[other] Uppfyller { $met } av dina { $all } behov{ $met ->
        [0] .
       *[other] : { $list }.
    }
}
fit-speaks = Personalen talar { $languages }.
fit-no-language = Personalen talar inte ditt språk.
fit-free-places = Har lediga platser.
fact-serves = Verkar i
fact-languages = Personalens språk
fact-feedback = Respons från andra klienter
fact-accessibility = Tillgänglighet

feature-step-free-access = Ingång utan trappsteg
feature-accessible-toilet = Tillgänglig toalett
feature-hearing-loop = Hörslinga
feature-quiet-space = Lugnt rum för sinneskänsliga
feature-accessible-parking = Parkering för personer med funktionsnedsättning
feature-public-transport = Kollektivtrafik i närheten
feature-unknown = Annan egenskap
features-none = Inget har meddelats om tillgänglighet.

staff-language-fi = finska
staff-language-sv = svenska
staff-language-en = engelska
staff-language-se = nordsamiska
staff-language-ru = ryska
staff-language-et = estniska
staff-language-ar = arabiska
staff-language-fse = finskt teckenspråk
staff-language-unknown = annat språk

cost-nothing-extra = { $who ->
    [self] Kostar dig inget extra.
   *[other] Kostar { $name } inget extra.
}
cost-extra-per-month = { $who ->
    [self] Kostar dig cirka { $amount } extra i månaden.
   *[other] Kostar { $name } cirka { $amount } extra i månaden.
}
cost-not-in-plan = { $who ->
    [self] Finns inte i din plan: budgeten betalar inte för det.
   *[other] Finns inte i planen för { $name }: budgeten betalar inte för det.
}
price-per-day = { $price } per dag
price-per-hour = { $price } per timme
free-places-count = { $count ->
    [0] Inga lediga platser nu.
    [one] 1 ledig plats nu.
   *[other] { $count } lediga platser nu.
}

feedback-average = { $average } av 5, från { $answers } svar
feedback-not-enough = Inte tillräckligt många svar ännu. Vi visar respons när minst 5 klienter har svarat.
feedback-score = { $score } av 5
feedback-spread-caption = Hur svaren fördelade sig
feedback-column-score = Svar
feedback-column-answers = Antal svar

quality-none = Producenten har inte meddelat några kvalitetsuppgifter.
percent = { $value } %
quality-qualified-staff = Utbildad personal
quality-qualified-staff-explained = Hur många av personalen har en utbildning inom social- eller hälsovården. Ju fler desto bättre.
quality-turnover = Personalomsättning
quality-turnover-explained = Hur många av personalen slutade under de senaste 12 månaderna. Ju färre, desto oftare träffar du samma personer.
quality-complaints = Befogade klagomål
quality-complaints-explained = Klagomål under de senaste 12 månaderna som befanns vara befogade.
quality-inspection = Senaste tillsynsbesök
quality-inspection-explained = Myndigheten besöker och granskar tjänsten. Det här kom den fram till.
quality-inspection-value = { $date }: { $result }
quality-reported-on = Producenten meddelade de här siffrorna { $date }.
inspection-no-remarks = inget att anmärka
inspection-remarks = anmärkningar att rätta till
inspection-serious-remarks = allvarliga anmärkningar

provider-services = Tjänster och priser
provider-own-share-link = Vad är en egen andel?
provider-places = Verksamhetsställen
provider-serves = Verkar i de här kommunerna: { $areas }.
provider-feedback = Respons från andra klienter
provider-quality = Kvalitet
provider-contact = Kontakt
contact-phone = Telefon
contact-email = E-post
contact-website = Webbplats
provider-price-history = Priser över tid
provider-price-history-caption = Alla priser den här producenten har haft, och från när
column-price = Pris
column-valid-from = Från
back-to-search = Tillbaka till sökningen av producenter

compare-title = Jämför producenter
compare-caption = { $names } sida vid sida
compare-not-reported = Inte meddelat
compare-back = Tillbaka till sökningen
compare-too-few = Du valde { $count }. Välj minst { $min } producenter att jämföra.
compare-too-many = Du valde { $count }. Du kan jämföra högst { $max } producenter åt gången.
compare-gone = En av producenterna du valde finns inte längre i registret. Välj på nytt.

needs-saved-list = { $who ->
    [self] Dina sparade behov: { $list }. ”Det som passar bäst” utgår från dem.
   *[other] Sparade behov för { $name }: { $list }. ”Det som passar bäst” utgår från dem.
}
needs-none-saved = { $who ->
    [self] Du har inte sparat några behov ännu.
   *[other] Inga behov har sparats för { $name } ännu.
}
needs-save = { $who ->
    [self] Spara de ikryssade behoven som mina
   *[other] Spara de ikryssade behoven för { $name }
}
needs-saved = Behoven är sparade. ”Det som passar bäst” visar nu först de ställen som uppfyller dem.

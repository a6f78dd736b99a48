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

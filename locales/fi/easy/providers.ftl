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

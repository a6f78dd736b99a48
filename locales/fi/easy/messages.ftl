## Viestini selkokielellä.

messages-title = Viestini
messages-none = Sinulla ei ole viestejä. Viestit tulevat tänne, kun jotain tapahtuu.
messages-count = { $count ->
    [one] Sinulla on 1 viesti.
   *[other] Sinulla on { $count } viestiä.
} { $new ->
    [0] Ei uusia viestejä.
    [one] 1 viesti on uusi.
   *[other] { $new } viestiä on uusia.
}
messages-more = Sinulla on { $count } viestiä. Tässä on { $shown } uusinta.
messages-ask = Kirjoita palveluohjaajalle
messages-new = Uusi
messages-about = Tämä koskee: { $name }
messages-when = { $day } kello { $time }
header-new-messages = { $count ->
    [one] 1 uusi viesti
   *[other] { $count } uutta viestiä
}
nav-messages = Viestit
nav-messages-new = Viestit: { $count } uutta
footer-ask-counsellor = Kirjoita palveluohjaajalle

message-change-made = Saat uuden palveluntuottajan. { $service }: { $old } { $old-last } asti. { $new } { $new-first } alkaen.
message-change-cancelled = Uusi palveluntuottaja ei tule. { $service }: { $old } jatkaa.
message-leave-given = Henkilökohtainen budjetti loppuu. Viimeinen päivä on { $last }.
message-record-held = Rahaa ei ollut tarpeeksi yhteen palveluun. Palveluohjaaja katsoo sen. { $service }, { $provider }, { $day }.
message-record-released = Palveluohjaaja sanoi kyllä. Palvelu maksetaan sinun rahoistasi. { $service }, { $provider }, { $day }.
message-record-refused = Palveluohjaaja sanoi ei. Palvelua ei makseta sinun rahoistasi. { $service }, { $provider }, { $day }. Syy on tiliotteella.
message-decision-made = Sinun rahoistasi on uusi päätös: { $from } – { $to }. Voit lukea sen Oma päätös -sivulta.
message-proposal-answered = { $answer ->
    [accepted] Toiveesi hyväksyttiin.
   *[refused] Toivettasi ei hyväksytty.
} Voit lukea syyn tukisuunnitelmasi sivulta.
message-mandate-set = { $relative } saa nyt { $rights ->
    [act] katsoa ja hoitaa
   *[look] katsoa
} sinun asioitasi{ $has-until ->
    [yes] {" "}{ $until } asti
   *[no] {""}
}.
message-mandate-ended = { $relative } ei enää näe sinun asioitasi. Lupa loppui { $until }.
message-your-mandate-set = Saat nyt { $rights ->
    [act] katsoa ja hoitaa
   *[look] katsoa
} asioita. Asiakas: { $client }{ $has-until ->
    [yes] , { $until } asti
   *[no] {""}
}.
message-your-mandate-ended = Et enää näe asioita. Asiakas: { $client }. Lupa loppui { $until }.
message-guidance-answered = Palveluohjaaja { $counsellor } vastasi sinulle.
message-feedback-open = Voit kertoa, miten palvelusi sujuivat. Se auttaa muita ihmisiä.
message-mandate-ending = { $relative } näkee asiasi { $until } asti. Haluatko lisää aikaa? Kerro palveluohjaajalle.
message-your-mandate-ending = Näet asiakkaan { $client } asiat { $until } asti. Tarvitsetko lisää aikaa? Kysy palveluohjaajalta.
message-contact-coming = Tapaat palveluohjaajan tai puhut hänen kanssaan { $day }.
message-change-starts = Sinulla on uusi palveluntuottaja. { $service }: { $new } { $first } alkaen.
message-help-started = { $client } pyysi apuasi. Voit katsoa hänen sivujaan { $day } kello { $time } asti.
message-help-ended = { $client } lopetti apusi. Et enää näe hänen sivujaan.
message-budget-used-80 = Olet käyttänyt suurimman osan rahoistasi. Rahaa on jäljellä { $left }. Palveluohjaaja voi auttaa sinua.
message-budget-used-up = Olet käyttänyt kaikki rahasi. Kysy palveluohjaajalta, mitä voit tehdä.
message-budget-at-risk = Rahat eivät ehkä riitä { $last } asti. Rahaa on jäljellä { $left }. Palveluohjaaja voi auttaa sinua.

ask-title = Kirjoita palveluohjaajalle
ask-title-for = Kirjoita palveluohjaajalle: { $name }
ask-intro = Sinun palveluohjaajasi on { $name }. Voit kirjoittaa tähän. Vastaus tulee Viestini-sivulle.
ask-intro-for = Palveluohjaaja on { $name }. Asiakas: { $client }. Voit kirjoittaa tähän. Vastaus tulee Viestini-sivulle.
ask-phone = Voit myös soittaa: { $name },
ask-phone-letter = Voit myös soittaa. Numero on päätöskirjeessäsi.
ask-no-counsellor = Sinulla ei ole vielä palveluohjaajaa. Voit soittaa. Numero on päätöskirjeessäsi.
ask-new = Kirjoita uusi viesti
ask-topic = Mitä haluat?
ask-topic-need = Tarvitsen nyt erilaista apua
ask-topic-question = Haluan kysyä jotain
ask-topic-call-me = Soittakaa minulle
ask-body = Sinun viestisi
ask-body-hint = Voit kirjoittaa { $most } merkkiä. Jos haluat puhelun, sinun ei tarvitse kirjoittaa.
ask-send = Lähetä
ask-sent = Viestisi lähti: { $name }. Vastaus tulee tänne.
ask-conversation = Viestit tähän asti
ask-none-yet = Ei vielä viestejä.
ask-post-by = { $name }, { $day } kello { $time }
ask-error-topic = Valitse, mitä haluat
ask-error-empty = Kirjoita viestisi
ask-error-too-long = Viestisi on liian pitkä. Voit kirjoittaa { $most } merkkiä.

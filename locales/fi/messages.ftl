## Viestini: saapuneet viestit, yläpalkin määrä ja kirjoittaminen palveluohjaajalle.

messages-title = Viestini
messages-none = Sinulla ei ole vielä viestejä. Kun tapahtuu jotain, mitä sinun on hyvä tietää, viesti tulee tänne.
messages-count = { $count ->
    [one] Yksi viesti
   *[other] { $count } viestiä
}, { $new ->
    [0] ei uusia
    [one] yksi uusi
   *[other] uusia { $new }
}.
messages-more = Sinulla on kaikkiaan { $count } viestiä. Tässä ovat { $shown } uusinta.
messages-ask = Kirjoita palveluohjaajallesi
messages-new = Uusi
messages-about = Koskee: { $name }
messages-when = { $day } klo { $time }
header-new-messages = { $count ->
    [one] 1 uusi viesti
   *[other] { $count } uutta viestiä
}
nav-messages = Viestit
nav-messages-new = Viestit ({ $count } uutta)
footer-ask-counsellor = Kirjoita palveluohjaajalle

## Viestit. Portaali kirjoittaa päivät ja palvelut.

message-change-made = Palveluntuottaja vaihtuu. { $service }: { $old } { $old-last } asti, sitten { $new } { $new-first } alkaen.
message-change-cancelled = Palveluntuottajan vaihto peruttiin. { $service }: { $old } jatkaa. { $new } ei aloita.
message-leave-given = Henkilökohtaisesta budjetista luovutaan. Viimeinen päivä on { $last }.
message-client-leaves-budget = { $client } luopuu henkilökohtaisesta budjetista. { $service }: viimeinen päivänne on { $last }.
message-record-held = Palvelu ei mahtunut budjettiin. Se odottaa palveluohjaajaa. { $service }, { $provider }, { $day }.
message-record-released = Palveluohjaaja hyväksyi palvelun maksettavaksi budjetista. { $service }, { $provider }, { $day }.
message-record-refused = Palveluohjaaja hylkäsi palvelun: sitä ei makseta budjetista. { $service }, { $provider }, { $day }. Syy on tiliotteella.
message-decision-made = Henkilökohtaisen budjetin päätös tehtiin tai sitä muutettiin: { $from } – { $to }. Voit lukea sen Oma päätös -sivulta.
message-proposal-answered = Päätöksentekijä { $answer ->
    [accepted] hyväksyi
   *[refused] ei hyväksynyt
} ehdotuksen käyttää budjettia toisin. Perustelu on tukisuunnitelmasi sivulla.
message-mandate-set = { $relative } saa nyt { $rights ->
    [act] katsoa ja hoitaa
   *[look] katsoa
} asioitasi{ $has-until ->
    [yes] {" "}{ $until } asti
   *[no] {""}
}.
message-mandate-ended = { $relative } ei enää näe asioitasi. Lupa päättyi { $until }.
message-your-mandate-set = Saat nyt { $rights ->
    [act] katsoa ja hoitaa
   *[look] katsoa
} asiakkaan { $client } asioita{ $has-until ->
    [yes] {" "}{ $until } asti
   *[no] {""}
}.
message-your-mandate-ended = Lupasi katsoa asiakkaan { $client } asioita päättyi { $until }.
message-guidance-answered = Palveluohjaaja { $counsellor } vastasi.
message-feedback-open = Voit kertoa, miten palvelusi sujuivat. Se vie minuutin ja auttaa muita valitsemaan palveluntuottajan.
message-mandate-ending = Lupa, jolla { $relative } näkee asiasi, loppuu { $until }. Jos sen pitää jatkua, kerro palveluohjaajalle.
message-your-mandate-ending = Lupasi nähdä asiakkaan { $client } asiat loppuu { $until }. Jos sen pitää jatkua, kysy palveluohjaajalta.
message-contact-coming = Seuraava sovittu yhteydenotto palveluohjaajan kanssa on { $day }.
message-change-starts = { $service }: { $new } on palveluntuottajasi { $first } alkaen.
message-help-started = { $client } antoi sinun katsoa palveluaan { $day } kello { $time } asti. Voit avata sen etusivultasi.
message-help-ended = { $client } lopetti apusi. Et enää näe hänen palveluaan.
message-budget-used-80 = Olet käyttänyt 80 % henkilökohtaisesta budjetistasi. Jäljellä on { $left } { $last } asti. Jos raha ei ehkä riitä, kirjoita palveluohjaajalle.
message-budget-used-up = Koko henkilökohtainen budjettisi on käytetty. Uusia palveluja ei makseta budjetista ennen kuin palveluohjaaja on katsonut ne. Kirjoita tai soita palveluohjaajalle.
message-budget-at-risk = Tällä tahdilla budjetin raha ei riitä { $last } asti. Jäljellä on { $left }. Palveluohjaaja voi auttaa suunnittelemaan.
message-client-leaving = { $client } vaihtaa palveluntuottajaa. { $service }: viimeinen päivänne on { $last }.
message-client-coming = { $client } tulee asiakkaaksenne. { $service }: aloitatte { $first }.
message-client-stays = { $client } perui palveluntuottajan vaihdon ja jatkaa teillä. { $service }.
message-client-not-coming = { $client } perui palveluntuottajan vaihdon eikä tule teille. { $service }.
message-client-starts = { $client } on asiakkaanne { $first } alkaen. { $service }.
message-client-left = { $client } on siirtynyt toiselle palveluntuottajalle. { $service }: viimeinen päivä teillä oli { $last }.
message-guidance-asked = { $client } kirjoitti sinulle: { $topic ->
    [need] avun tarve on muuttunut
    [call-me] pyytää soittamaan
   *[question] kysymys
}.
message-client-budget = { $client }: { $mark ->
    [used-80] budjetista on käytetty 80 %
    [used-up] koko budjetti on käytetty
   *[at-risk] budjetti ei riitä tällä tahdilla
}.

## Kirjoita palveluohjaajalle.

ask-title = Kirjoita palveluohjaajallesi
ask-title-for = Kirjoita palveluohjaajalle: { $name }
ask-intro = Palveluohjaajasi on { $name }. Kirjoita, jos avun tarpeesi muuttuu, jos haluat kysyä jotain tai jos haluat, että sinulle soitetaan. Vastaus tulee Viestini-sivulle.
ask-intro-for = Asiakkaan { $client } palveluohjaaja on { $name }. Kirjoita, jos avun tarve muuttuu, jos haluat kysyä jotain tai jos haluat, että sinulle soitetaan. Vastaus tulee Viestini-sivulle.
ask-phone = Voit myös soittaa: { $name },
ask-phone-letter = Voit myös soittaa palveluohjaukseen arkisin klo 9–15. Numero on päätöskirjeessäsi.
ask-no-counsellor = Sinulla ei ole vielä nimettyä palveluohjaajaa. Soita palveluohjaukseen arkisin klo 9–15. Numero on päätöskirjeessäsi.
ask-new = Kirjoita uusi viesti
ask-topic = Mitä asiasi koskee?
ask-topic-need = Avun tarpeeni on muuttunut
ask-topic-question = Haluan kysyä jotain
ask-topic-call-me = Soittakaa minulle
ask-body = Viestisi
ask-body-hint = Enintään { $most } merkkiä. Jos haluat vain, että sinulle soitetaan, voit jättää tämän tyhjäksi.
ask-send = Lähetä viesti
ask-sent = Viestisi lähti: { $name }. Näet vastauksen täällä ja Viestini-sivulla.
ask-conversation = Viestit tähän asti
ask-none-yet = Ei vielä viestejä.
ask-post-by = { $name }, { $day } klo { $time }
ask-error-topic = Valitse, mitä asiasi koskee
ask-error-empty = Kirjoita viestisi
ask-error-too-long = Viestisi on liian pitkä. Kirjoita enintään { $most } merkkiä.

# The decision-maker's list of decisions the service counsellors prepared (staff only).
decisions-title = Beslut att fatta
decisions-count = { $count ->
    [0] Inga beslut väntar.
    [one] Ett beslut väntar.
   *[other] { $count } beslut väntar.
}
decisions-intro = Servicehandledarna har förberett dessa beslut. Öppna beslutet, kontrollera det och fatta beslutet med motivering. När du öppnar listan eller ett beslut ser klienten det i sin logg.
decisions-open = Öppna: { $name }
decisions-prepared = Förberett av { $name } { $day }
decisions-decided = Beslutet är fattat: { $name }. Klienten ser det på sidan Mitt beslut.
decisions-back = Tillbaka till beslut att fatta

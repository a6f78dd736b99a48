## Mina uppgifter och hjälparvyn (när skärmen delas).

nav-my-details = Mina uppgifter
details-title-self = Dina uppgifter
details-title-other = Uppgifter om { $name }
details-intro = De här uppgifterna finns i ditt beslut. Bara du och de som du har gett lov ser dem.
details-identity-code = Personbeteckning
details-address = Adress
details-phone = Telefon
details-municipality = Hemkommun
details-health = Vad du får service för
details-not-given = Inte registrerat
details-counsellor-title = Din servicehandledare
details-counsellor-next = Din servicehandledare är { $name }. Nästa avtalade kontakt är { $day }.
details-counsellor-no-next = Din servicehandledare är { $name }. Nästa kontakt är inte avtalad ännu.
details-no-counsellor = Du har ingen utsedd servicehandledare ännu.
details-wrong = Om något är fel, säg det till din servicehandledare.
looked-at-details = tittade på dina uppgifter

pref-helper-view = Hjälparvy
helper-view-on = Hjälparvyn är på. Personbeteckning, adress, telefon och hälsouppgifter är dolda.
helper-view-hidden = Dolt i hjälparvyn
details-not-needed = Visas inte för dig: din uppgift behöver inte den här uppgiften.

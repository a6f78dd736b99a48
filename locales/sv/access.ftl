## Vem har sett mina uppgifter: klientens egen logg över vem annan som har sett hens uppgifter.

nav-who-looked = Vem har sett mina uppgifter
who-looked-title = Vem har sett dina uppgifter
who-looked-intro = Här ser du vem annan än du som har sett dina uppgifter i portalen, och när. Det senaste står överst.
who-looked-kept = Varje gång någon tittar sparas det. Ingen kan ändra eller ta bort listan. Om något verkar fel, kontakta din servicehandledare.
who-looked-none = Ingen annan har sett dina uppgifter.
# $time klockslag, $who namn, $role roll, $what vad som sågs (looked-at-…)
who-looked-line = Kl. { $time } { $who } ({ $role }) { $what }.
looked-at-budget = tittade på din budget
looked-at-statement = tittade på ditt utdrag för { $month }
looked-at-decision = tittade på ditt beslut
looked-at-provider-search = sökte serviceproducenter åt dig
looked-at-provider-page = tittade på en serviceproducent och dina priser
looked-at-provider-comparison = jämförde serviceproducenter med dina priser
looked-at-change = tittade på byte av serviceproducent
looked-at-changes = tittade på dina byten av serviceproducent
looked-at-leaving = tittade på att lämna den personliga budgeten
looked-at-feedback = tittade på dina responsfrågor
looked-at-contact-request = läste din respons där du bad om kontakt
looked-at-something = tittade på dina uppgifter

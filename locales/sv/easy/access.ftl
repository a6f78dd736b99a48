who-looked-intro = Här ser du vem annan som har tittat på dina uppgifter. Du ser också när.
who-looked-kept = Ingen kan ta bort listan. Verkar något fel? Säg det till din handledare.
who-looked-none = Ingen annan har tittat på dina uppgifter.
looked-at-provider-page = tittade på en serviceproducent
looked-at-provider-comparison = jämförde serviceproducenter
looked-at-change = tittade på hur du byter serviceproducent
looked-at-leaving = tittade på hur du slutar med budgeten
looked-at-contact-request = läste ditt meddelande där du bad om ett samtal

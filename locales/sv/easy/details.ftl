details-intro = Här är dina uppgifter. Bara du och de som du ger lov ser dem.
details-health = Varför du får hjälp
details-counsellor-next = Din servicehandledare är { $name }. Ni träffas nästa gång { $day }.
details-counsellor-no-next = Din servicehandledare är { $name }. Ni har inte bestämt när ni träffas nästa gång.
details-wrong = Är något fel? Säg det till servicehandledaren.
helper-view-on = Hjälparvyn är på. Dina viktiga uppgifter är dolda.

details-not-needed = Du ser inte det här. Du behöver det inte.

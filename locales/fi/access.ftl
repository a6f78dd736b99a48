## Kuka katsoi tietojani: asiakkaan oma lokitieto siitä, kuka muu on katsonut hänen tietojaan.

nav-who-looked = Kuka katsoi tietojani
who-looked-title = Kuka katsoi tietojasi
who-looked-intro = Tässä näet, kuka muu kuin sinä on katsonut tietojasi portaalissa ja milloin. Uusin on ylimpänä.
who-looked-kept = Jokainen katselu kirjataan. Kukaan ei voi muuttaa tai poistaa tätä listaa. Jos jokin katselu tuntuu väärältä, ota yhteyttä palveluohjaajaasi.
who-looked-none = Kukaan muu ei ole katsonut tietojasi.
# $time kellonaika, $who nimi, $role rooli, $what mitä katsottiin (looked-at-…)
who-looked-line = Klo { $time } { $who } ({ $role }) { $what }.
looked-at-budget = katsoi budjettiasi
looked-at-statement = katsoi tiliotettasi: { $month }
looked-at-decision = katsoi päätöstäsi
looked-at-provider-search = etsi sinulle palveluntuottajia
looked-at-provider-page = katsoi palveluntuottajan tietoja ja sinun hintojasi
looked-at-provider-comparison = vertasi palveluntuottajia sinun hinnoillasi
looked-at-change = katsoi palveluntuottajan vaihtoa
looked-at-changes = katsoi palveluntuottajan vaihtojasi
looked-at-leaving = katsoi henkilökohtaisesta budjetista luopumista
looked-at-feedback = katsoi palautekysymyksiäsi
looked-at-contact-request = luki palautteesi, jossa pyysit yhteydenottoa
looked-at-something = katsoi tietojasi

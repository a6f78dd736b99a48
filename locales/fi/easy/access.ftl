who-looked-intro = Tässä näet, kuka muu katsoi tietojasi. Näet myös, milloin.
who-looked-kept = Kukaan ei voi poistaa tätä listaa. Tuntuuko jokin väärältä? Kerro ohjaajallesi.
who-looked-none = Kukaan muu ei ole katsonut tietojasi.
looked-at-provider-page = katsoi palveluntuottajan tietoja
looked-at-provider-comparison = vertasi palveluntuottajia
looked-at-change = katsoi, miten vaihdat palveluntuottajaa
looked-at-leaving = katsoi, miten lopetat budjetin
looked-at-contact-request = luki viestisi, jossa pyysit soittoa

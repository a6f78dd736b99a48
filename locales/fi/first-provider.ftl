# Ensimmäisen palveluntuottajan valinta palveluun, joka on päätöksessä mutta jota kukaan ei vielä anna.
first-provider-title = Valitse palveluntuottaja
first-provider-link = Onko palvelulla vielä tuottajaa? Valitse se
first-provider-intro = Nämä palvelut ovat päätöksessäsi, mutta mikään palveluntuottaja ei vielä anna niitä. Valitse, kuka antaa kunkin.
first-provider-none = Jokaisella päätöksesi palvelulla on palveluntuottaja.
first-provider-choose-for = Valitse palveluntuottaja: { $service }
first-provider-from = Palveluntuottaja voi aloittaa { $day }.
first-provider-which = { $service }: kuka antaa sen sinulle?
first-provider-no-candidates = Mikään alueesi palveluntuottaja ei anna tätä palvelua nyt. Palveluohjaajasi voi auttaa.
first-provider-confirm = { $service }: { $provider } antaa sen sinulle { $day } alkaen. Hinta on { $price }.
first-provider-make = Valitse { $provider }
first-provider-other = Valitse toinen palveluntuottaja
first-provider-chosen = Valmis. { $service }: { $provider } antaa sen sinulle { $day } alkaen.
first-provider-error-not-needed = Tällä palvelulla on jo palveluntuottaja, tai se ei ole päätöksessäsi.
first-provider-error-choose = Valitse palveluntuottaja listasta.
first-provider-error-cannot = Tämä palveluntuottaja ei voi antaa sinulle palvelua. Valitse toinen.

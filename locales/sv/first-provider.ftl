# Att välja den första serviceproducenten för en tjänst som finns i beslutet men som ingen ger ännu.
first-provider-title = Välj en serviceproducent
first-provider-link = Har en tjänst ingen serviceproducent? Välj en
first-provider-intro = De här tjänsterna finns i ditt beslut, men ingen serviceproducent ger dem ännu. Välj vem som ger var och en.
first-provider-none = Varje tjänst i ditt beslut har en serviceproducent.
first-provider-choose-for = Välj en serviceproducent: { $service }
first-provider-from = Serviceproducenten kan börja { $day }.
first-provider-which = { $service }: vem ger dig den?
first-provider-no-candidates = Ingen serviceproducent i ditt område ger den här tjänsten nu. Din servicehandledare kan hjälpa dig.
first-provider-confirm = { $service }: { $provider } ger dig den från { $day }. Det kostar { $price }.
first-provider-make = Välj { $provider }
first-provider-other = Välj en annan serviceproducent
first-provider-chosen = Klart. { $service }: { $provider } ger dig den från { $day }.
first-provider-error-not-needed = Den här tjänsten har redan en serviceproducent, eller så finns den inte i ditt beslut.
first-provider-error-choose = Välj en serviceproducent i listan.
first-provider-error-cannot = Den här serviceproducenten kan inte ge dig tjänsten. Välj en annan.

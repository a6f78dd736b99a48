# Selkokieliset tekstit. Jos tekstiä ei ole tässä, näytetään tavallinen teksti.
demo-banner-text = Ihmiset eivät ole oikeita.
footer-organiser = Siun sote auttaa sinua henkilökohtaisessa budjetissa. Voit soittaa arkisin kello 9–15. Numero on päätöskirjeessäsi.
error-summary-title = Jotain on väärin

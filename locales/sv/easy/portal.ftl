# Lättlästa texter. Om en text saknas här visas den vanliga texten.
demo-banner-text = Personerna är inte riktiga.
footer-organiser = Siun sote hjälper dig med din personliga budget. Du kan ringa på vardagar klockan 9–15. Numret finns i ditt beslutsbrev.
error-summary-title = Något är fel

# Sidor som inte hör till någon uppgift.
not-found-title = Sidan hittades inte
not-found-text = Det finns ingen sida på den här adressen. Om du skrev adressen, kontrollera den. Om du följde en länk kan den vara gammal.
not-found-home = Gå till startsidan
accessibility-title = Tillgänglighetsutlåtande
accessibility-intro = Vi vill att alla ska kunna använda den här tjänsten själva. Vårt mål är nivå AA i WCAG 2.2 och en del krav på nivå AAA.
accessibility-works-title = Det här fungerar
accessibility-works-keyboard = Du kan göra allt med tangentbord eller kontakt.
accessibility-works-screen-reader = Sidorna fungerar med skärmläsare, och varje fält har en synlig etikett.
accessibility-works-zoom = Du kan förstora sidan till 400 % och använda tjänsten på en skärm som är 320 pixlar bred.
accessibility-works-easy-read = Varje sida finns på finska, svenska och engelska, och på lättläst.
accessibility-works-no-js = Sidorna fungerar utan JavaScript.
accessibility-limits-title = Det här fungerar inte ännu
accessibility-limits-text = Vi har inte hittat några brister ännu. Vi kontrollerar varje sida med automatiska verktyg och för hand. Om du hittar ett problem, berätta det för oss.
accessibility-feedback-title = Berätta om ett problem
accessibility-feedback-text = Ring servicehandledningen vardagar kl. 9–15; numret finns i ditt beslutsbrev. Om du inte är nöjd med vårt svar kan du kontakta Regionförvaltningsverket i Södra Finland, som övervakar tillgängligheten.

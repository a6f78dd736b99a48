not-found-text = Den här sidan finns inte.
accessibility-intro = Alla ska kunna använda den här tjänsten. Vi gör tjänsten lätt för alla.
accessibility-works-easy-read = Varje sida finns på finska, svenska och engelska. Många texter finns också på lättläst.
accessibility-works-no-js = Sidorna fungerar utan JavaScript. Längst ner på sidan står hur länge du är inloggad.
accessibility-limit-easy-read = Alla texter finns inte på lättläst ännu.
accessibility-limit-staff = Sidorna för de anställda finns inte på lättläst.
accessibility-limit-listen = Du kan inte lyssna på sidan ännu. Menyn har inga bilder ännu.
accessibility-limit-tell = Hittade du ett annat problem? Berätta det för oss.

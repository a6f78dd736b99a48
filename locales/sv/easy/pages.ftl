not-found-text = Den här sidan finns inte.
accessibility-intro = Alla ska kunna använda den här tjänsten. Vi gör tjänsten lätt för alla.

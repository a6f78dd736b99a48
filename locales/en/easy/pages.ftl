not-found-text = This page does not exist.
accessibility-intro = Everyone should be able to use this service. We try to make it easy for everyone.
accessibility-works-easy-read = Every page is in Finnish, Swedish and English. Many texts are also in easy-read.
accessibility-works-no-js = Pages work without JavaScript. The bottom of the page says how long you stay signed in.
accessibility-limit-easy-read = Not all texts are in easy-read yet.
accessibility-limit-staff = The pages for the workers are not in easy-read.
accessibility-limit-listen = You cannot listen to a page yet. The menu has no pictures yet.
accessibility-limit-tell = Did you find another problem? Please tell us.

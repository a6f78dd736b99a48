# Pages that are not part of a task: not found, accessibility statement.
not-found-title = Page not found
not-found-text = There is no page at this address. If you typed it, check it. If you followed a link, it may be old.
not-found-home = Go to the front page
accessibility-title = Accessibility statement
accessibility-intro = We want everyone to be able to use this portal on their own. We aim to meet WCAG 2.2 at level AA, and some AAA criteria.
accessibility-works-title = What works
accessibility-works-keyboard = You can do everything with a keyboard or a switch.
accessibility-works-screen-reader = Pages work with screen readers, and every field has a visible label.
accessibility-works-zoom = You can zoom to 400% and use the portal on a 320 pixel wide screen.
accessibility-works-easy-read = Every page is in Finnish, Swedish and English, and in easy-read.
accessibility-works-no-js = Pages work without JavaScript.
accessibility-limits-title = What does not work yet
accessibility-limits-text = We have not found anything yet. We check every page with automatic tools and by hand. If you find a problem, please tell us.
accessibility-feedback-title = Tell us about a problem
accessibility-feedback-text = Call service guidance on weekdays from 9 am to 3 pm; the number is on your decision letter. If you are not happy with our answer, you can contact the Regional State Administrative Agency for Southern Finland, which supervises accessibility.

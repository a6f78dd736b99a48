# Easy-read forms of the frame texts. A text not here is shown in its standard form.
demo-banner-text = The people are not real.
footer-organiser = Siun sote helps you with your personal budget. You can call on weekdays from 9 to 15. The number is on your decision letter.
error-summary-title = Something is wrong

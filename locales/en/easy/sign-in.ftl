sign-in-intro = Write your user name. Write your password. Then press the button "Sign in".
sign-in-trouble-text = Call service guidance. We will help you. The number is on your decision letter.
sign-in-error-username-missing = Write your user name
sign-in-error-password-missing = Write your password
sign-in-error-wrong = The user name or password is not right. Try again.
sign-in-error-throttled = You tried too many times. Wait 15 minutes. Then try again.

who-looked-intro = Here you see who else looked at your data. You also see when.
who-looked-kept = Nobody can delete this list. Does something feel wrong? Tell your counsellor.
who-looked-none = Nobody else has looked at your data.
looked-at-provider-page = looked at a provider
looked-at-provider-comparison = compared providers
looked-at-change = looked at how you change provider
looked-at-leaving = looked at how you stop the budget
looked-at-contact-request = read your message that asked for a call

# Choosing the first provider of a service the decision has and no provider gives yet.
first-provider-title = Choose a provider
first-provider-link = A service without a provider? Choose one
first-provider-intro = These services are in your decision, but no provider gives them yet. Choose who gives each one.
first-provider-none = Every service in your decision has a provider.
first-provider-choose-for = Choose a provider: { $service }
first-provider-from = The provider can start on { $day }.
first-provider-which = { $service }: who gives it to you?
first-provider-no-candidates = No provider in your area gives this service now. Your counsellor can help you.
first-provider-confirm = { $service }: { $provider } gives it to you from { $day }. It costs { $price }.
first-provider-make = Choose { $provider }
first-provider-other = Choose another provider
first-provider-chosen = Done. { $service }: { $provider } gives it to you from { $day }.
first-provider-error-not-needed = This service already has a provider, or it is not in your decision.
first-provider-error-choose = Choose a provider from the list.
first-provider-error-cannot = This provider cannot give you the service. Choose another one.

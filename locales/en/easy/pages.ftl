not-found-text = This page does not exist.
accessibility-intro = Everyone should be able to use this service. We try to make it easy for everyone.

"""Use cases the UI calls; transactions start and end here."""

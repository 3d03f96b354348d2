"""Session bundles: the organiser's folder, the encrypted bundle, and opening it."""

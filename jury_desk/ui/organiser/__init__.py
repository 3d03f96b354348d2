"""The organiser's desk: a window of its own over the registry (sessions, jurors, candidates,
juries and schedule, bundles), opened from Fichier › Espace organisateur…"""

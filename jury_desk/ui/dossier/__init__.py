"""The candidate's dossier: the checklist of expected items and each document in a tab."""

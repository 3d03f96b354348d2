"""PDF/A-3b documents as jury-desk prints them: layout, French wording, fonts, PDF/A."""

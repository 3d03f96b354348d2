"""DejaVu Sans, embedded in generated PDFs and mock-ups so every name renders; Inter, the
window's typeface (jury_desk/ui/theme/font.py)."""

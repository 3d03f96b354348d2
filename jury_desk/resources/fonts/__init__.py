"""DejaVu Sans, embedded in generated PDFs and mock-ups so every name renders."""

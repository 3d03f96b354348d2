"""SVG icons of the window (Remix Icon 4.6.0, Apache 2.0): see README.txt."""

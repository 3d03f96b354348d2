"""The window's frame: the application, the main window and its pages, preferences, language."""

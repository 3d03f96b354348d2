"""What a person does through the window: open, sign, import, the minutes, the idle lock."""

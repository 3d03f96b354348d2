"""The look of the window: DSFR colours, the Inter typeface, icons, the clock's colours."""

"""The interview clock: the strip above the grid, the small window, their words and bars."""

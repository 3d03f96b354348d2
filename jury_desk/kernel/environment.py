"""What the machine offers, asked without loading Qt."""

import os
import sys


def has_display() -> bool:
    """True where a window can be shown (an X or Wayland display, or Windows/macOS)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))

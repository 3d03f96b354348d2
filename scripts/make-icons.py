"""Render resources/icon/jury-desk.svg into the sizes and formats the packages need.

    python scripts/make-icons.py   (in the venv; run again after editing the SVG, commit the output)

PNG files for Linux (the hicolor sizes the desktop entry's icon is looked up
in), a multi-size .ico for the Windows executable, a .icns for the macOS
application. Qt draws the SVG (offscreen), Pillow writes .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON = Path(__file__).resolve().parent.parent / "resources" / "icon"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return Image.frombytes("RGBA", (size, size), bytes(rgba.constBits()))


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICON / "jury-desk.svg"))
    if not renderer.isValid():
        print("resources/icon/jury-desk.svg is not a valid SVG", file=sys.stderr)
        return 1
    (ICON / "png").mkdir(exist_ok=True)
    for size in PNG_SIZES:
        render(renderer, size).save(ICON / "png" / f"jury-desk-{size}.png", optimize=True)
    largest = render(renderer, 1024)
    largest.save(ICON / "jury-desk.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(ICON / "jury-desk.icns")
    print(f"written: png/ ({len(PNG_SIZES)} sizes), jury-desk.ico, jury-desk.icns in {ICON}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

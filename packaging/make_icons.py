"""Render resources/icons/clinic-app.svg to the PNG sizes, .ico (Windows) and .icns (macOS) the installers use.

Run once after editing the SVG (the outputs are committed, so a build needs neither QtSvg nor Pillow's
ICNS writer):

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Why committed PNGs rather than the SVG at run time: loading an SVG needs QtSvg and its image plugin,
which the bundle leaves out to stay small.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed by QPainter
    renderer = QSvgRenderer(str(ICONS / "clinic-app.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG does not parse", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"clinic-app-{size}.png"))
    big = Image.open(ICONS / "clinic-app-256.png")
    big.save(ICONS / "clinic-app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(ICONS / "clinic-app-512.png").save(ICONS / "clinic-app.icns")
    print(f"make_icons: wrote {len(SIZES)} PNGs, clinic-app.ico and clinic-app.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

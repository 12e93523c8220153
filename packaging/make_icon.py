"""Render resources/icons/school.svg into packaging/eduqa.ico (the programs' and the
installer's icon): `python packaging/make_icon.py` in an environment with PySide6."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "resources" / "icons" / "school.svg"
SIZE = 256  # Windows scales a 256-pixel icon down for the Start menu and the desktop


def make_icon(source: Path = SOURCE, target: Path = HERE / "eduqa.ico") -> Path:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a readable SVG")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "ICO"):
        raise SystemExit(f"{target}: Qt could not write an .ico here")
    return target


if __name__ == "__main__":
    print(make_icon())

"""The application's look: the shipped font, the style sheet, icons."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from eduqa_desktop.paths import FONTS_DIR, ICONS_DIR, STYLE_SHEET

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"


def register_fonts() -> str:
    """Register the shipped DejaVu Sans (Cyrillic and Uzbek letters everywhere); its family."""
    family = FONT_FAMILY
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
        else:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def apply_look(app: QApplication) -> None:
    family = register_fonts()
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    try:
        sheet = STYLE_SHEET.read_text(encoding="utf-8")
        app.setStyleSheet(sheet.replace("@ICONS@", ICONS_DIR.as_posix()))
    except OSError:
        log.warning("style sheet %s missing", STYLE_SHEET)


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ICONS_DIR / f"{name}.svg"))

"""The language of what a command writes, and the app's translations for it (QtCore only).

The GUI installs its catalogues on the QApplication (ui/language.py) and reports get
`QCoreApplication.translate`. A command needs no application object, display or widget: it
loads the same catalogue (resources/translations/eduqa_<language>.qm) into a QTranslator of its
own and hands the report a `translate(context, text)` bound to it. Nothing is installed
globally, so a command run inside another program (or a test) leaves that program's language
as it was, and no QCoreApplication is created that would later stand in the way of a
QApplication.

The language: `--lang` when given, else the one chosen in the app's settings (Settings ▸
Language, kept in the user's preferences file), else English. A user who works in the app in
Russian gets the same Russian report from `eduqa export …` as from File ▸ Export; the system
locale of a shell is not taken as a choice (a script gets the same file on every machine).
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable

from eduqa_desktop.i18n.catalogues import qm_path
from eduqa_desktop.settings import LANGUAGES, load_preferences

log = logging.getLogger(__name__)

Translate = Callable[[str, str], str]
DEFAULT_LANGUAGE = "en"


def add_language_argument(parser: argparse.ArgumentParser, what: str = "the file") -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=f"language of {what} (default: the app's language from its settings, else en)",
    )


def chosen_language(lang: str | None) -> str:
    """`lang` when given, else the language saved in the app's settings, else English."""
    if lang in LANGUAGES:
        return lang
    saved = load_preferences().language
    return saved if saved in LANGUAGES else DEFAULT_LANGUAGE


def english(context: str, text: str) -> str:
    del context
    return text


def translator(language: str) -> Translate:
    """`translate(context, text)` from the app's catalogue of `language`; the English source
    for a text the catalogue lacks (as QCoreApplication.translate does)."""
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    if not catalogue.load(str(qm_path(language))):
        log.warning("no catalogue for %s; texts stay in English", language)
        return english

    def translate(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return translate

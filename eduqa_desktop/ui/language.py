"""Installing the chosen language: Qt translators and the matching QLocale."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from eduqa_desktop.i18n import qm_path

log = logging.getLogger(__name__)

LOCALES = {"uz": "uz_Latn_UZ", "ru": "ru_RU", "en": "en_US"}
_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, "en_US"))


def install_language(language: str) -> None:
    """Replace the installed translators by those of `language` (uz, ru or en)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no catalogue for %s", language)
    qt_own = QTranslator(app)  # Qt's own dialogs (Yes/No, Cancel)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(locale_for(language))

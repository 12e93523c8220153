"""Marking strings for translation outside Qt code.

`QT_TRANSLATE_NOOP("Context", "text")` returns the text unchanged; `pyside6-lupdate` finds the
call by its name and puts the text in the catalogues, and the UI translates it when shown with
`QCoreApplication.translate(context, text)`. This keeps the core layers free of Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text

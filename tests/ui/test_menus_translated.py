"""Every menu entry speaks the interface language (File ▸ Export was English in uz and ru)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from tests.localized_window import window_in

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def _entries(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found += _entries(action.menu(), f"{path}{action.text()} ▸ ")
        elif "/" not in action.text() and "\\" not in action.text():  # recent files: paths
            found.append((path, action.text()))
    return found


def test_file_menu_in_russian_is_all_russian(qtbot, school_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with window_in(qtbot, school_db, "ru", tmp_path) as window:
        entries = _entries(window.file_menu)
        english = [f"{path}{text}" for path, text in entries if not CYRILLIC.search(text)]
        assert not english, english
        export = dict((text, path) for path, text in entries if path.startswith("Экспорт"))
        assert {"Экспорт…", "Пустой шаблон…", "Пакет наблюдений…", "Отчёт для района…"} <= set(
            export
        )
        assert window.export_action.text() == "Экспорт…"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("uz", ["Eksport…", "Boʻsh shablon…", "Kuzatuvlar paketi…", "Tuman uchun hisobot…"]),
        ("en", ["Export…", "Blank template…", "Observations package…", "District report…"]),
    ],
)
def test_export_submenu_entries(qtbot, school_db, tmp_path, language, expected) -> None:  # type: ignore[no-untyped-def]
    with window_in(qtbot, school_db, language, tmp_path) as window:
        texts = [a.text() for a in window.export_menu.actions() if not a.isSeparator()]
        assert texts[:4] == expected

"""Numbers with words in the user's language through Qt's plural forms: "3 года", "5 лет"."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from localized_window import window_in
from observation_seed import seed
from observation_ui import activate, type_text
from PySide6.QtCore import Qt

from eduqa_desktop.i18n.catalogues import NUMERUS_FORMS, TRANSLATIONS_DIR, ts_path
from eduqa_desktop.ui.teachers.teacher_dialog import TeacherDialog

CASES = {
    "ru": {1: " 1 год", 3: " 3 года", 5: " 5 лет", 11: " 11 лет", 21: " 21 год", 24: " 24 года"},
    "uz": {1: " 1 yil", 3: " 3 yil", 5: " 5 yil"},
    "en": {1: " 1 year", 3: " 3 years"},
}


@pytest.mark.parametrize("language", ["ru", "uz", "en"])
def test_the_experience_box_says_years_as_the_language_does(
    qtbot, school_db, tmp_path, language: str
) -> None:  # type: ignore[no-untyped-def]
    seed(school_db)
    with window_in(qtbot, school_db, language, tmp_path) as window:
        activate(qtbot, window)
        dialog = TeacherDialog(window.context, None, window)
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)
        spin = dialog.experience_spin
        for years, shown in CASES[language].items():
            spin.setFocus()
            qtbot.waitUntil(spin.hasFocus)
            spin.selectAll()
            type_text(qtbot, str(years))
            assert spin.value() == years
            assert spin.suffix() == shown[len(str(years)) + 1 :]
            assert spin.text() == f"{years}{spin.suffix()}"
        qtbot.keyClick(spin, Qt.Key.Key_Up)  # the arrows keep it right too
        assert spin.suffix().strip() or language == "en"
        dialog.close()


@pytest.mark.parametrize("language", ["ru", "uz"])
def test_every_plural_message_has_the_languages_forms(language: str) -> None:
    root = ET.parse(ts_path(language, TRANSLATIONS_DIR)).getroot()
    plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert len(plural) >= 4
    for message in plural:
        forms = [f.text for f in message.find("translation").iter("numerusform")]
        assert len(forms) == NUMERUS_FORMS[language] and all(forms), forms

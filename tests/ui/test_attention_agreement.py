"""One attention list everywhere: the Dashboard card, Teachers ▸ Needs attention, the Teachers
list's Signals column, the profile and `eduqa attention --json` say the same for a quarter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from eduqa_desktop.cli import main
from eduqa_desktop.services.attention import teacher_signals
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.ui.teachers.labels import flag_text
from eduqa_desktop.ui.teachers.profile_dialog import TeacherProfileDialog
from eduqa_desktop.ui.teachers.teachers_tab import ATTENTION
from tests.ui.test_attention_view import step_to
from tests.ui.test_teachers_tab import select_teacher

SIGNALS_COLUMN = "Signals"


def _settle() -> None:
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def test_card_list_column_profile_and_command_agree(
    main_window, qtbot, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab("dashboard")
    dashboard = main_window.dashboard_tab
    qtbot.waitUntil(lambda: not dashboard.busy and dashboard.data is not None, timeout=20_000)
    period = dashboard.data.period
    school = list_schools(dashboard.context.db)[0]
    args = ["attention", "--db", str(demo_db_path), "--school", school.name, "--json"]
    assert main([*args, "--year", period.year, "--term", str(period.term), "--lang", "en"]) == 0
    listed = json.loads(capsys.readouterr().out)["teachers"]
    names = [t["teacher"] for t in listed]
    assert 0 < len(names) <= 38 // 5
    assert dashboard.cards["attention"].value.text() == str(len(names))

    main_window.show_tab("teachers")
    tab = main_window.teachers_tab
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    step_to(qtbot, tab.term_choice.year_box, period.year)
    terms = tab.term_choice.term_box
    step_to(qtbot, terms, terms.itemText(terms.findData(period.term)))
    qtbot.waitUntil(lambda: tab.term_choice.chosen().number == period.term)
    _settle()
    # The list: the teachers marked on the attention list, in its order, with its counts.
    rows = [r for r in tab.model.records if r.attention_rank is not None]
    assert [r.full_name for r in sorted(rows, key=lambda r: r.attention_rank)] == names
    signals = {t["teacher"]: len(t["signals"]) for t in listed}
    assert {r.full_name: r.signals for r in rows} == signals
    tab.flagged_box.click()
    assert tab.proxy.rowCount() == len(names)
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    assert SIGNALS_COLUMN in headers
    tab.flagged_box.click()
    # Needs attention shows the same names.
    tab.pages.setCurrentIndex(ATTENTION)
    qtbot.waitUntil(lambda: tab.attention_view.teacher_names() == names)
    # The first teacher's profile for the same quarter lists the same signals.
    dialog = _open_profile(tab, qtbot, names[0])
    profile = dialog.profile
    assert profile is not None
    assert [s.message for s in profile.signals] == [s["message"] for s in listed[0]["signals"]]
    assert dialog.cards["flags"].value.text() == str(len(listed[0]["signals"]))
    text = dialog.flags_label.text().replace("&quot;", '"')
    assert all(flag_text(s) in text for s in profile.signals)
    dialog.close()
    _settle()


def test_the_weakest_results_teacher_has_her_signals_in_the_profile(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Abdullayeva (chemistry, 31 % quality, the school's lowest) was "no flags" in the profile
    (issue 13): her profile now shows her signals, the same as the service's."""
    main_window.show_tab("teachers")
    tab = main_window.teachers_tab
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    name = next(r.full_name for r in tab.model.records if r.full_name.startswith("Abdullayeva M"))
    dialog = _open_profile(tab, qtbot, name)
    profile = dialog.profile
    assert profile is not None and profile.signals
    expected = teacher_signals(
        tab.context.db, profile.header.id, year=profile.year, term=profile.term
    )
    assert [s.message for s in profile.signals] == [s.message for s in expected]
    text = dialog.flags_label.text().replace("&quot;", '"')
    assert "No signals" not in text
    assert all(flag_text(s) in text for s in profile.signals)
    # beside them, chemistry behind across the school, as Needs attention lists it
    (chemistry,) = profile.school_subjects
    assert chemistry.message.startswith("Chemistry across the school: quality 30.5%")
    assert flag_text(chemistry) in text and "all its teachers" in text
    dialog.close()
    _settle()


def _open_profile(tab, qtbot, name: str) -> TeacherProfileDialog:  # type: ignore[no-untyped-def]
    tab.pages.setCurrentIndex(0)
    select_teacher(tab, qtbot, name)
    qtbot.mouseClick(tab.profile_button, Qt.MouseButton.LeftButton)
    dialog = tab.profile_dialog
    assert isinstance(dialog, TeacherProfileDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.profile is not None and dialog.name_label.text() == name)
    return dialog

"""Teachers ▸ Needs attention: the list of the quarter shown, its reasons, a click opens the
profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox

from eduqa_desktop.services.attention import school_attention
from eduqa_desktop.ui.teachers.attention_view import signal_text
from eduqa_desktop.ui.teachers.profile_dialog import TeacherProfileDialog
from eduqa_desktop.ui.teachers.teachers_tab import ATTENTION

REASONS = 4


def step_to(qtbot, box: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an item as a user does: focus the combo, arrow keys."""
    target = box.findText(text)
    assert target >= 0, f"{text!r} not in {[box.itemText(i) for i in range(box.count())]}"
    box.setFocus()
    for _ in range(box.count()):
        if box.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def choose_quarter(qtbot, tab, year: str, quarter: str) -> None:  # type: ignore[no-untyped-def]
    step_to(qtbot, tab.term_choice.year_box, year)
    step_to(qtbot, tab.term_choice.term_box, quarter)


@pytest.fixture
def tab(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.show_tab("teachers")
    tab = main_window.teachers_tab
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    yield tab
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def test_the_list_of_the_chosen_quarter_and_a_click_opens_the_profile(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose_quarter(qtbot, tab, "2026-2027", "1st quarter")
    tab.pages.setCurrentIndex(ATTENTION)
    view = tab.attention_view
    expected = school_attention(tab.context.db, tab.context.school_id, year="2026-2027", term=1)
    assert view.teacher_names() == [row.teacher_name for row in expected.rows]
    assert 0 < len(expected.rows) <= expected.staff // 5
    heading = f"{len(expected.rows)} of {expected.staff} teachers need attention — 1st quarter"
    assert view.heading.text() == heading + " 2026-2027"  # its own results: no second date
    first = expected.rows[0]
    shown = view.table.model().index(0, REASONS)
    assert shown.data() == "; ".join(signal_text(s) for s in first.signals[:2])
    for signal in first.signals:
        assert signal_text(signal) in shown.data(Qt.ItemDataRole.ToolTipRole)
    # Chemistry, behind across the school, is shown below the list with both its teachers.
    assert [s.subject for s in expected.subjects] == ["Kimyo"]
    (chemistry,) = view.subject_lines()
    assert chemistry.startswith("• Chemistry across the school: quality 30.5% against 51.6%")
    assert "Abdullayeva Mahliyo Komilovna" in chemistry and "Нурматова" in chemistry
    # The observer whose co-observations agree least with colleagues is named for methodologists.
    assert view.low_observer_lines() == [
        "• Saidov Ulugʻbek Erkinovich: κ 0.15 over 4 co-observed lessons"
    ]
    assert "below 0.80 with most colleagues" in view.observers.text()
    # another quarter, another list
    choose_quarter(qtbot, tab, "2026-2027", "2nd quarter (no results)")
    again = school_attention(tab.context.db, tab.context.school_id, year="2026-2027", term=2)
    assert view.teacher_names() == [row.teacher_name for row in again.rows]
    # no marks in the 2nd quarter yet: the list reads the 1st quarter's, and says so
    assert view.heading.text().endswith(
        "— 2nd quarter 2026-2027 · results of the 1st quarter 2026-2027"
    )
    rect = view.table.visualRect(view.table.model().index(0, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.profile_dialog
    assert isinstance(dialog, TeacherProfileDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name_label.text() == again.rows[0].teacher_name
    dialog.close()


@pytest.mark.skipif(not os.environ.get("EDUQA_SCREENSHOTS"), reason="screenshots on request")
def test_screenshot(tab, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose_quarter(qtbot, tab, "2026-2027", "1st quarter")
    tab.pages.setCurrentIndex(ATTENTION)
    qtbot.waitUntil(lambda: tab.attention_view.isVisible())
    tab.window().grab().save(os.environ["EDUQA_SCREENSHOTS"] + "/attention_en.png")

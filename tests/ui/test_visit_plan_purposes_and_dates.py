"""The visit plan as a vice-principal met it: another purpose observed, a plan made late in
the quarter, the Month and Day columns sorted by date."""

from __future__ import annotations

from datetime import date

import pytest
from observation_seed import Seeded, seed
from observation_ui import Prompts, activate, make_window, press, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.services.visit_plan import PlannedVisitInput, add_visit, list_plan
from eduqa_desktop.ui.observations import visit_plan_view
from eduqa_desktop.ui.observations.visit_plan_dialogs import GeneratePlanDialog
from eduqa_desktop.ui.observations.visit_plan_view import DAY, MONTH, STATUS, TEACHER

K = Qt.Key


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    return make_window(qtbot, school_db, tmp_path)


def _plan(
    db,
    seeded: Seeded,
    surname: str,
    month: tuple[int, int],
    purpose: Purpose,
    day: date | None = None,
) -> int:  # type: ignore[no-untyped-def]
    return add_visit(
        db,
        PlannedVisitInput(seeded.school_id, seeded.teachers[surname], *month, day, purpose),
    )


def _type_date(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.setSelectedSection(field.Section.DaySection)
    qtbot.keyClicks(field, text.replace(".", ""))


def test_a_new_observation_says_a_visit_was_planned_and_counts_as_it(
    window, qtbot, school_db, seeded, answers
) -> None:  # type: ignore[no-untyped-def]
    planned = _plan(school_db, seeded, "Ismoilova", (2025, 10), Purpose.SUPPORT)
    press(qtbot, K.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.observations_tab.form
    qtbot.waitUntil(form.isVisible)
    assert not form.planned.isVisible()  # no teacher yet
    type_text(qtbot, "ismoilova")
    press(qtbot, K.Key_Tab)
    _type_date(qtbot, form.header.observed_on, "14.10.2025")
    assert form.header.date() == date(2025, 10, 14)
    assert form.header.purpose.currentData() == Purpose.PLANNED_CONTROL
    note = form.planned.text.text()
    assert form.planned.isVisible(), note
    assert "planned for October 2025 as Support and mentoring" in note
    assert "this observation is Planned internal control" in note
    assert form.planned.use_button.isVisible()
    assert form.planned.use_button.text() == "Make it Support and mentoring"
    # Observed with the purpose the form had: finalized, the planned visit is done all the same.
    form.view.rows[0].setFocus()
    for _ in form.view.rows:
        type_text(qtbot, "2")
    press(qtbot, K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.detail is not None and form.detail.is_final
    assert "This observation is the visit planned for October 2025" in form.planned.text.text()
    [line] = list_plan(school_db, seeded.school_id, (2025, 10), (2025, 10), today=date.today())
    assert line.id == planned and line.status == "done"
    assert line.observation_id == form.observation_id
    assert line.observed_purpose == Purpose.PLANNED_CONTROL
    # The plan says so: done, and with which purpose.
    qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)
    tab = window.observations_tab
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    view = tab.plan_view
    view.month_box.setCurrentIndex(view.month_box.findText("October 2025"))
    status = view.table.item(0, STATUS)
    assert status.text() == "Done (as Planned internal control)"
    assert "Planned as Support and mentoring, observed as Planned internal control" in (
        status.toolTip()
    )


def test_make_it_the_planned_purpose(window, qtbot, school_db, seeded, answers) -> None:  # type: ignore[no-untyped-def]
    _plan(school_db, seeded, "Ismoilova", (2025, 10), Purpose.OPEN_LESSON)
    press(qtbot, K.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.observations_tab.form
    qtbot.waitUntil(form.isVisible)
    type_text(qtbot, "ismoilova")
    press(qtbot, K.Key_Tab)
    _type_date(qtbot, form.header.observed_on, "20.10.2025")
    qtbot.mouseClick(form.planned.use_button, Qt.MouseButton.LeftButton)
    assert form.header.purpose.currentData() == Purpose.OPEN_LESSON
    assert not form.planned.use_button.isVisible()
    assert "planned for October 2025 (Open lesson)" in form.planned.text.text()
    # another month: nothing is planned then, nothing is said
    _type_date(qtbot, form.header.observed_on, "20.11.2025")
    assert not form.planned.isVisible()


class _ThirdOfDecember(date):
    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return date(2025, 12, 3)


def test_a_plan_made_on_3_december_places_no_visit_in_the_past(
    window, qtbot, school_db, seeded, answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(visit_plan_view, "date", _ThirdOfDecember)
    tab = window.observations_tab
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    view = tab.plan_view
    seen: dict[str, object] = {}

    def generate() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, GeneratePlanDialog)
            assert dialog.term.currentData() == 2  # the quarter of 3 December
            seen["summary"] = dialog.summary.text()
            seen["months"] = {(p.year, p.month) for p in dialog.proposals}
            dialog.add_button.click()
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, generate)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert seen["months"] == {(2025, 12)}, seen
    assert "November 2025 is over" in str(seen["summary"])
    lines = list_plan(school_db, seeded.school_id, (2025, 9), (2026, 5), today=date(2025, 12, 3))
    assert lines and {(x.data.year, x.data.month) for x in lines} == {(2025, 12)}
    assert {x.status for x in lines} == {"due"}  # none overdue at once

    # The first quarter is over: nothing to add, and the dialog says why.
    def first_quarter() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, GeneratePlanDialog)
            dialog.term.setCurrentIndex(dialog.term.findData(1))
            seen["q1"] = (dialog.summary.text(), dialog.add_button.isEnabled())
        finally:
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, first_quarter)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    text, enabled = seen["q1"]  # type: ignore[misc]
    assert "This quarter is over" in text and not enabled


def _column(view, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.table.item(r, column).text() for r in range(view.table.rowCount())]


def test_month_and_day_columns_sort_by_date(window, qtbot, school_db, seeded, answers) -> None:  # type: ignore[no-untyped-def]
    for surname, month, day in (
        ("Karimov", (2026, 4), date(2026, 4, 2)),
        ("Ismoilova", (2025, 9), date(2025, 9, 25)),
        ("Sharipova", (2026, 1), None),
        ("Gʻaniyeva", (2025, 12), date(2025, 12, 1)),
        ("Ismoilova", (2025, 12), date(2025, 12, 10)),
        ("Sharipova", (2025, 9), date(2025, 9, 3)),
    ):
        _plan(school_db, seeded, surname, month, Purpose.PLANNED_CONTROL, day)
    tab = window.observations_tab
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    view = tab.plan_view
    view.month_box.setCurrentIndex(0)  # the whole year
    header = view.table.horizontalHeader()
    activate(qtbot, window)
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, TEACHER)
    )
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, MONTH)
    )
    months = _column(view, MONTH)
    assert months == [
        "September 2025", "September 2025", "December 2025", "December 2025",
        "January 2026", "April 2026",
    ]  # fmt: skip
    assert _column(view, DAY)[:2] == ["03.09.2025", "25.09.2025"]  # by day within the month
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, DAY))
    days = _column(view, DAY)
    # a visit without a day comes after the days of its month (January's is the only one)
    assert days[:5] == ["03.09.2025", "25.09.2025", "01.12.2025", "10.12.2025", "—"], days
    assert days[-1] == "02.04.2026"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, DAY))
    assert _column(view, DAY)[0] == "02.04.2026"  # descending: the latest first


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)

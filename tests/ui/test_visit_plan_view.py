"""The visit plan: generate a quarter, observe a planned visit, finalize it, see it done."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from observation_seed import Seeded, seed
from observation_ui import (
    Prompts,
    activate,
    click_row,
    focused,
    make_window,
    press,
    type_text,
)
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.ui.observations import visit_plan_view
from eduqa_desktop.ui.observations.visit_plan_dialogs import GeneratePlanDialog, PlannedVisitDialog
from eduqa_desktop.ui.observations.visit_plan_view import STATUS, TEACHER

K = Qt.Key


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


@pytest.fixture
def window(qtbot, school_db, seeded, tmp_path):  # type: ignore[no-untyped-def]
    result = make_window(qtbot, school_db, tmp_path)
    result.show_tab("observations")
    qtbot.mouseClick(result.observations_tab.plan_button, Qt.MouseButton.LeftButton)
    return result


class Modal:
    """Acts on the modal dialog a click is about to open (as the user would, once it shows).

    A failure inside closes the dialog, so that the test fails instead of waiting forever.
    """

    def __init__(self, act) -> None:  # type: ignore[no-untyped-def]
        self.act = act
        self.errors: list[BaseException] = []
        QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None, "no dialog opened"
            self.act(dialog)
        except BaseException as error:  # re-raised by check()
            self.errors.append(error)
            if dialog is not None:
                dialog.reject()

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def _rows(view) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    table = view.table
    return [
        (table.item(r, TEACHER).text(), table.item(r, STATUS).text())
        for r in range(table.rowCount())
    ]


class _FirstOfSeptember(date):
    """The plan is made at the start of the year: nothing is proposed in a month already over."""

    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return date(2025, 9, 1)


def test_generate_observe_finalize_and_the_visit_is_done(  # type: ignore[no-untyped-def]
    window, qtbot, school_db, answers, monkeypatch
) -> None:
    monkeypatch.setattr(visit_plan_view, "date", _FirstOfSeptember)
    view = window.observations_tab.plan_view
    assert view.year_box.currentText() == "2025-2026"
    assert view.stack.currentIndex() == 1  # empty: it says how to start

    def generate(dialog: GeneratePlanDialog) -> None:
        dialog.term.setCurrentIndex(dialog.term.findData(1))
        assert dialog.proposals and dialog.add_button.isEnabled()
        dialog.add_button.click()

    modal = Modal(generate)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    modal.check()
    rows = _rows(view)
    # Two yearly visits each, spread over the year teacher by teacher: in the 1st quarter
    # Gʻaniyeva in September, Ismoilova in October; Sharipova (2 years of work) monthly.
    assert sorted(name.split()[0] for name, _ in rows) == [
        "Gʻaniyeva",
        "Ismoilova",
        "Sharipova",
        "Sharipova",
    ]
    # on 1 September: September's visits are due, October's upcoming
    assert {status for _, status in rows} == {"Due", "Upcoming"}
    assert "Overdue: 0" in view.summary.text()
    target = next(
        r
        for r in range(view.table.rowCount())
        if view.table.item(r, TEACHER).text().startswith("Ismoilova")
    )
    click_row(qtbot, view.table, target)
    line = view.selected()[0]
    qtbot.mouseClick(view.observe_button, Qt.MouseButton.LeftButton)
    form = window.observations_tab.form
    activate(qtbot, window)
    assert form.isVisible() and form.header.teacher_id() == line.data.teacher_id
    assert form.header.purpose.currentData() == line.data.purpose
    # The visit is in October 2025 with no day set: the form starts on its first day.
    assert (form.header.date().year, form.header.date().month) == (2025, line.data.month)
    form.view.rows[0].setFocus()
    for _ in form.view.rows:
        type_text(qtbot, "2")
    press(qtbot, K.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finalize (confirmed)
    assert form.detail is not None and form.detail.is_final
    qtbot.mouseClick(form.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.isVisible)
    done = [
        row for row in range(view.table.rowCount()) if view.table.item(row, STATUS).text() == "Done"
    ]
    assert len(done) == 1
    assert view.table.item(done[0], TEACHER).text() == "Ismoilova Madina"


def test_plan_change_delete_and_export_a_visit(
    window, qtbot, seeded, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = window.observations_tab.plan_view

    def plan(dialog: PlannedVisitDialog) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()  # no teacher yet
        activate(qtbot, dialog)
        dialog.teacher.setFocus()
        type_text(qtbot, "ismoilova")
        press(qtbot, K.Key_Tab)
        dialog.month.setCurrentIndex(dialog.month.findText("December 2025"))
        dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.OPEN_LESSON))
        dialog.note.setText("=open lesson for parents")
        assert save.isEnabled(), dialog.problem.text()
        save.click()

    modal = Modal(plan)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert _rows(view) == [("Ismoilova Madina", "Overdue")]

    def change(dialog: PlannedVisitDialog) -> None:
        dialog.observer.setText("Aliyev B.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    click_row(qtbot, view.table, 0)
    modal = Modal(change)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert view.selected() == [] or view.lines[0].data.observer == "Aliyev B."
    assert view.lines[0].data.observer == "Aliyev B."

    answers.path = str(tmp_path / "plan.xlsx")
    qtbot.mouseClick(view.xlsx_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(answers.path).active
    assert sheet["C5"].value == "Ismoilova Madina" and sheet["F5"].value == "Aliyev B."
    assert sheet["I5"].value == "=open lesson for parents" and sheet["I5"].data_type == "s"
    answers.path = str(tmp_path / "plan.pdf")
    activate(qtbot, window)
    shift = Qt.KeyboardModifier.ShiftModifier
    press(qtbot, K.Key_P, Qt.KeyboardModifier.ControlModifier | shift)  # the plan's PDF
    text = " ".join(PdfReader(answers.path).pages[0].extract_text().split())
    assert "Visit plan" in text and "Ismoilova Madina" in text and "Open lesson" in text

    click_row(qtbot, view.table, 0)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "Delete 1 planned visits" in answers.questions[-1]
    assert _rows(view) == [] and view.stack.currentIndex() == 1
    assert focused() is not None


@pytest.mark.parametrize("button", ["reload_button", "keep_button"])
def test_deleting_a_visit_someone_changed_meanwhile_shows_what_they_saved(  # type: ignore[no-untyped-def]
    window, qtbot, school_db, seeded, answers, monkeypatch, button
) -> None:
    from dataclasses import replace

    from eduqa_desktop.services.visit_plan import PlannedVisitInput, add_visit, update_visit
    from eduqa_desktop.ui.dialogs.conflict_dialog import ConflictDialog

    planned = PlannedVisitInput(seeded.school_id, seeded.teachers["Ismoilova"], 2025, 12)
    entry_id = add_visit(school_db, planned)
    view = window.observations_tab.plan_view
    view.refresh()
    assert _rows(view) == [("Ismoilova Madina", "Overdue")]
    click_row(qtbot, view.table, 0)
    # another PC saves the visit after this plan was read
    update_visit(school_db, entry_id, replace(planned, observer="Aliyev B."),
                 expected_version=view.selected()[0].row_version)  # fmt: skip
    shown: list = []

    def ask(dialog: ConflictDialog):  # type: ignore[no-untyped-def]
        shown.append((dialog.windowTitle(), dialog.rows()))
        getattr(dialog, button).click()
        return dialog.choice

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert shown == [(
        "Someone else changed these planned visits",
        [("Ismoilova Madina · December 2025", "Deleted", "Observer: Aliyev B.")],
    )]  # fmt: skip
    if button == "reload_button":  # nothing deleted; the plan shows theirs
        assert _rows(view) == [("Ismoilova Madina", "Overdue")]
        assert view.lines[0].data.observer == "Aliyev B."
    else:  # deleted all the same, knowingly
        assert _rows(view) == []

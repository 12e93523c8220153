"""The Teachers tab driven like a user: search, add a teacher, add an activity, a profile, PDFs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox
from sqlalchemy import func, select

from eduqa_desktop.services.activities import list_activities
from eduqa_desktop.services.attention import teacher_signals
from eduqa_desktop.services.indicators import GroupBy, indicator_table
from eduqa_desktop.services.teachers import TeacherInput, add_teacher
from eduqa_desktop.storage.models import Activity, Teacher
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.app_signals import app_signals
from eduqa_desktop.ui.formatting import number, percent, short_date
from eduqa_desktop.ui.teachers.activity_dialog import ActivityDialog
from eduqa_desktop.ui.teachers.labels import flag_text
from eduqa_desktop.ui.teachers.profile_dialog import TeacherProfileDialog
from eduqa_desktop.ui.teachers.staff_model import FLAGS, NAME, OBSERVATIONS, QUALITY
from eduqa_desktop.ui.teachers.teacher_dialog import TeacherDialog
from eduqa_desktop.ui.teachers.teachers_tab import TeachersTab


@pytest.fixture
def tab(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.show_tab("teachers")
    tab = main_window.teachers_tab
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0)
    yield tab
    # Other tabs refresh on the thread pool; let them finish before the window and the
    # database go away (a late result reaching a deleted window crashes the next test).
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the patched prompts answer (files to save, questions) and what they showed."""
    given: dict[str, object] = {"shown": []}
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: given.get("save_file"))
    monkeypatch.setattr(prompts, "question", lambda *a, **k: bool(given.get("question")))
    for kind in ("information", "warning", "error"):
        monkeypatch.setattr(
            prompts, kind, lambda _p, title, text, *_r: given["shown"].append((title, text))
        )
    return given


def pdf_text(path: Path) -> str:
    """The PDF's words, ligatures (ﬁ) unfolded, spaces collapsed."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def shown_names(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [tab.proxy.row_at(row).full_name for row in range(tab.proxy.rowCount())]


def shown_cells(tab, column: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """What the table shows in a column, by teacher id (every teacher, archived ones too)."""
    if not tab.archived_box.isChecked():
        tab.archived_box.click()
    return {
        tab.proxy.row_at(row).id: tab.proxy.index(row, column).data()
        for row in range(tab.proxy.rowCount())
    }


def step_to(qtbot, box: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an item as a user does with the keyboard: focus the combo, arrow keys."""
    target = box.findText(text)
    assert target >= 0, f"{text!r} not in {[box.itemText(i) for i in range(box.count())]}"
    box.setFocus()
    for _ in range(box.count()):
        if box.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)
    assert box.currentIndex() == target


def choose_quarter(qtbot, tab, year: str, quarter: str) -> None:  # type: ignore[no-untyped-def]
    choice = tab.term_choice
    step_to(qtbot, choice.year_box, year)
    step_to(qtbot, choice.term_box, quarter)
    chosen = choice.chosen()
    assert chosen is not None and chosen.year == year
    assert tab.staff.scope.term.year == year and tab.staff.scope.term.number == chosen.number


def cli_quality(db_path: Path, year: str, term: int) -> dict[str, str]:
    """`eduqa indicators --by teacher` of a quarter: quality by name, as the UI writes it."""
    done = subprocess.run(
        [sys.executable, "-m", "eduqa_desktop", "indicators", "--db", str(db_path),
         "--year", year, "--term", str(term), "--by", "teacher", "--json"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return {row["group"]: percent(row["quality"]) for row in json.loads(done.stdout)["rows"]}


def expected_quality(tab, year: str, term: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Results ▸ indicators by teacher of a quarter, as the staff list should show it."""
    table = indicator_table(
        tab.context.db, school_id=tab.context.school_id, year=year, term=term, by=GroupBy.TEACHER
    )
    found = {line.key: percent(line.indicators.quality) for line in table}
    return {r.id: found.get(r.id, "—") for r in tab.model.records}


def select_teacher(tab, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    tab.search_edit.clear()
    if name.isascii():
        qtbot.keyClicks(tab.search_edit, name)
    else:  # QTest types ASCII only: paste the name as a user would
        tab.search_edit.insert(name)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() >= 1)
    row = shown_names(tab).index(name)
    rect = tab.table.visualRect(tab.proxy.index(row, NAME))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected_row() is not None and tab.selected_row().full_name == name


def test_latin_typing_finds_a_cyrillic_name(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    context = tab.context
    add_teacher(context.db, context.school_id, TeacherInput(full_name="Шарипова Гулнора"))
    add_teacher(context.db, context.school_id, TeacherInput(full_name="Gulnoraʼ Yusupova"))
    tab.refresh()
    qtbot.keyClicks(tab.search_edit, "Gulnora")
    names = shown_names(tab)
    assert "Шарипова Гулнора" in names and "Gulnoraʼ Yusupova" in names
    assert all("ulnora" in n or "улнора" in n for n in names)
    assert f"{len(names)} of" in tab.count_label.text()
    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "sharipova gul")
    assert shown_names(tab) == ["Шарипова Гулнора"]
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.search_edit.text() == ""
    assert tab.proxy.rowCount() == sum(1 for r in tab.model.records if r.active)


def test_ctrl_f_focuses_the_search(main_window, tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.pages.setCurrentIndex(2)
    main_window.find_action.trigger()
    assert tab.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: tab.search_edit.hasFocus())


def test_filters_flagged_department_and_archived(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    everyone = tab.proxy.rowCount()
    tab.flagged_box.click()
    assert 0 < tab.proxy.rowCount() < everyone
    assert all(tab.proxy.row_at(r).attention_rank for r in range(tab.proxy.rowCount()))
    tab.flagged_box.click()
    tab.department_box.setCurrentIndex(1)
    department = tab.department_box.currentText()
    assert all(tab.proxy.row_at(r).department == department for r in range(tab.proxy.rowCount()))
    tab.archived_box.click()
    tab.department_box.setCurrentIndex(0)
    assert tab.proxy.rowCount() > everyone  # the demo has teachers who left
    left = [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]
    archived = next(r for r in left if not r.active)
    row = left.index(archived)
    assert tab.proxy.index(row, NAME).data() == f"{archived.full_name} (left)"


def test_add_a_teacher_by_typing(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, TeacherDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.save_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.name_edit, "Rustamova Dilfuza Baxtiyorovna")
    qtbot.keyClicks(dialog.number_edit, "7777")
    dialog.department_box.lineEdit().clear()
    qtbot.keyClicks(dialog.department_box.lineEdit(), "Aniq fanlar")
    qtbot.keyClicks(dialog.subject_filter, "algebra")
    visible = [
        dialog.subject_list.item(i)
        for i in range(dialog.subject_list.count())
        if not dialog.subject_list.item(i).isHidden()
    ]
    assert [item.text() for item in visible] == ["Algebra"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    dialog.experience_spin.clear()
    qtbot.keyClicks(dialog.experience_spin, "12")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with tab.context.db.session() as session:
        teacher = session.scalar(select(Teacher).where(Teacher.personnel_number == "7777"))
        assert teacher is not None
        assert teacher.full_name == "Rustamova Dilfuza Baxtiyorovna"
        assert teacher.experience_years == 12
        assert teacher.department is not None and teacher.department.name == "Aniq fanlar"
        assert [s.name_en for s in teacher.subjects] == ["Algebra"]
    qtbot.waitUntil(
        lambda: "Rustamova Dilfuza Baxtiyorovna" in [r.full_name for r in tab.model.records]
    )


def test_a_duplicate_name_is_explained_next_to_the_field(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    existing = tab.model.records[0].full_name
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.name_edit, existing.upper())
    problem = dialog.problem_labels["full_name"]
    qtbot.waitUntil(problem.isVisible)
    assert "already in the list" in problem.text()
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_add_an_activity_from_the_list(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    name = tab.model.records[3].full_name
    select_teacher(tab, qtbot, name)
    qtbot.mouseClick(tab.activity_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ActivityDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.teacher_box.currentText() == name  # prefilled with the selected teacher
    assert not dialog.save_button.isEnabled()  # no activity chosen yet
    index = dialog.type_box.findText("Mentoring a young teacher")
    dialog.type_box.setCurrentIndex(index)
    dialog.quantity_spin.clear()
    qtbot.keyClicks(dialog.quantity_spin, "2")
    dialog.note_edit.insert("Yosh oʻqituvchi bilan")  # QTest types ASCII only
    assert dialog.save_button.isEnabled()
    teacher_id = tab.selected_row().id
    with tab.context.db.session() as session:
        before = session.scalar(
            select(func.count()).select_from(Activity).where(Activity.teacher_id == teacher_id)
        )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    lines = list_activities(tab.context.db, tab.context.school_id)
    newest = [a for a in lines if a.teacher_id == teacher_id and a.note == "Yosh oʻqituvchi bilan"]
    assert len(newest) == 1 and newest[0].quantity == 2 and newest[0].done_on == date.today()
    with tab.context.db.session() as session:
        after = session.scalar(
            select(func.count()).select_from(Activity).where(Activity.teacher_id == teacher_id)
        )
    assert after == before + 1
    tab.pages.setCurrentIndex(1)
    view = tab.activities_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert any(a.note == "Yosh oʻqituvchi bilan" for a in view.model.records)


def test_the_profile_says_when_the_list_counts_flags_on_another_day(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The list shows a past quarter: its flags are as of that quarter's last day, the
    # profile's as of today, and the profile says so next to its flags.
    choose_quarter(qtbot, tab, "2026-2027", "1st quarter")
    list_day = tab.staff.scope.as_of
    rows = [r for r in tab.model.records if r.active]
    differing = []
    for row in rows[:12]:
        dialog = tab.open_teacher_profile(row.id)
        profile = dialog.profile
        assert profile is not None and profile.as_of != list_day
        note = dialog.flags_label.text()
        assert f"as of {short_date(list_day)}" in note and short_date(profile.as_of) in note
        listed = number(row.signals) if row.signals else "—"
        assert f"chosen there: {listed}." in note
        assert dialog.cards["flags"].toolTip() and "staff list" in dialog.cards["flags"].toolTip()
        if len(profile.signals) != row.signals:
            differing.append(row.full_name)
        dialog.close()
    assert differing  # in the demo some teachers do differ (Bakirov: — in the list, 2 here)
    # The quarter going on: the same day on both sides, nothing to explain.
    choose_quarter(qtbot, tab, "2026-2027", "2nd quarter (no results)")
    dialog = tab.open_teacher_profile(rows[0].id)
    assert "staff list" not in dialog.flags_label.text()
    assert not dialog.cards["flags"].toolTip()
    dialog.close()


def test_open_a_profile_and_read_its_numbers(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The profile is the teacher today: on the quarter going on, its numbers are the list's.
    choose_quarter(qtbot, tab, "2026-2027", "2nd quarter (no results)")
    rows = tab.model.records
    row = max((r for r in rows if r.active), key=lambda r: (r.signals, r.observations))
    select_teacher(tab, qtbot, row.full_name)
    qtbot.mouseClick(tab.profile_button, Qt.MouseButton.LeftButton)
    dialog = tab.profile_dialog
    assert isinstance(dialog, TeacherProfileDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name_label.text() == row.full_name
    assert dialog.cards["observations"].value.text() == number(row.observations)
    assert dialog.cards["average"].value.text() == percent(row.average_score)
    assert dialog.cards["flags"].value.text() == number(row.signals)
    profile = dialog.profile
    assert profile is not None
    for flag in profile.signals:
        assert flag_text(flag) in dialog.flags_label.text().replace("&quot;", '"')
    assert dialog.observations.rowCount() == len(profile.observations)
    assert dialog.mechanisms.rowCount() == 8
    # the results tab: one line per class and subject of the chosen quarter
    dialog.tabs.setCurrentIndex(2)
    chosen = dialog.term_filter.currentData()
    assert chosen == (profile.terms[-1].year, profile.terms[-1].number)
    expected = [r for r in profile.results if (r.term.year, r.term.number) == chosen]
    assert dialog.results.rowCount() == len(expected)
    quality = dialog.terms.index(len(profile.terms) - 1, 3).data()
    assert quality == percent(profile.terms[-1].indicators.quality)
    dialog.close()


def test_export_a_profile_pdf_and_read_it_back(tab, qtbot, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = tab.model.records[0].full_name
    select_teacher(tab, qtbot, name)
    dialog = tab.open_profile()
    qtbot.waitUntil(dialog.isVisible)
    answers["save_file"] = str(tmp_path / "profile.pdf")
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "profile.pdf").exists()
    text = pdf_text(tmp_path / "profile.pdf")
    assert f"Teacher profile: {' '.join(name.split())}" in text
    assert "Professional development" in text and "Activities by mechanism" in text
    assert "Saved to" in dialog.status.text()
    # Ctrl+P while the profile is open prints the profile too
    answers["save_file"] = str(tmp_path / "again.pdf")
    tab.print_current()
    assert (tmp_path / "again.pdf").exists()
    answers["save_file"] = str(tmp_path / "profile.xlsx")
    qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "profile.xlsx").stat().st_size > 0
    dialog.close()
    qtbot.waitUntil(lambda: tab.profile_dialog is None)


def test_ctrl_p_prints_the_staff_list_as_shown(
    main_window, tab, qtbot, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.search_edit, "ova")
    answers["save_file"] = str(tmp_path / "staff.pdf")
    main_window.print_action.trigger()
    text = pdf_text(tmp_path / "staff.pdf")
    for name in shown_names(tab)[:3]:
        assert " ".join(name.split()) in text
    assert "Teachers —" in text
    assert "1st quarter 2026-2027" in text  # the quarter the numbers belong to
    assert "Last course and flags: as of" in text


def test_archive_and_restore(tab, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    name = tab.model.records[1].full_name
    select_teacher(tab, qtbot, name)
    answers["question"] = True
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: name not in shown_names(tab))
    tab.archived_box.click()
    select_teacher(tab, qtbot, name)
    assert tab.archive_button.text() == "Restore"
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.full_name == name and r.active for r in tab.model.records))


def test_team_analysis_shows_departments_and_mechanisms(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab.pages.setCurrentIndex(2)
    view = tab.team_view
    qtbot.waitUntil(lambda: view.departments.rowCount() > 0)
    records = view.departments.records
    assert records[-1].name == "Whole school"
    assert records[-1].teachers == sum(r.teachers for r in records[:-1])
    assert view.mechanisms.rowCount() == 8
    assert "Departments side by side" in view.heading.text()
    evidence = [view.mechanisms.index(r, 1).data() for r in range(8)]
    assert set(evidence) <= {"Yes", "No evidence"}


def test_an_empty_school_says_what_is_missing(school_db, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext
    from eduqa_desktop.ui.teachers.teachers_tab import TeachersTab

    context = UiContext(
        school_db, list_schools(school_db)[0], Preferences(language="en"), tmp_path / "p.json"
    )
    tab = TeachersTab(context)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.stack.currentWidget() is tab.empty
    assert "No teachers yet" in tab.empty_label.text()
    assert tab.empty_add.isVisible()
    qtbot.mouseClick(tab.empty_add, Qt.MouseButton.LeftButton)
    assert isinstance(tab.dialog, TeacherDialog)
    buttons = tab.dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    tab.dialog.reject()
    tab.pages.setCurrentIndex(1)
    assert "No activities recorded yet" in tab.activities_view.empty.text()
    tab.pages.setCurrentIndex(2)
    assert tab.team_view.stack.currentWidget() is tab.team_view.empty


def test_add_an_activity_from_the_profile(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    name = tab.model.records[5].full_name
    select_teacher(tab, qtbot, name)
    dialog = tab.open_profile()
    qtbot.waitUntil(dialog.isVisible)
    before = len(dialog.profile.activities)
    qtbot.mouseClick(dialog.add_activity_button, Qt.MouseButton.LeftButton)
    add = dialog.findChild(ActivityDialog)
    assert add is not None
    qtbot.waitUntil(add.isVisible)
    assert add.teacher_box.currentText() == name
    add.type_box.setCurrentIndex(add.type_box.findText("Open lesson given"))
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.profile.activities) == before + 1)
    assert dialog.activities.rowCount() == before + 1
    dialog.close()


# --- the quarter the list shows ---------------------------------------------------------------


def test_the_list_opens_on_the_latest_quarter_with_results(tab) -> None:  # type: ignore[no-untyped-def]
    choice = tab.term_choice
    assert (choice.year_box.currentText(), choice.term_box.currentText()) == (
        "2026-2027",
        "1st quarter",
    )
    terms = [choice.term_box.itemText(i) for i in range(choice.term_box.count())]
    assert terms == ["1st quarter", "2nd quarter (no results)"]  # quarters to come: not offered
    assert choice.as_of_label.text() == f"as of {short_date(date(2026, 10, 31))}"
    assert "Quality of knowledge: the results of this quarter" in choice.year_box.toolTip()
    assert shown_cells(tab, QUALITY) == expected_quality(tab, "2026-2027", 1)
    header = tab.proxy.headerData(QUALITY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Quality of knowledge in 1st quarter 2026-2027"
    header = tab.proxy.headerData(
        OBSERVATIONS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert short_date(date(2026, 10, 31)) in header
    assert tab.term_note.isHidden()


def test_choose_another_quarter_and_read_its_quality(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = shown_cells(tab, QUALITY)
    # A year chosen: its latest quarter with results; then the quarter before it.
    step_to(qtbot, tab.term_choice.year_box, "2025-2026")
    assert tab.term_choice.term_box.currentText() == "4th quarter"
    step_to(qtbot, tab.term_choice.term_box, "3rd quarter")
    shown = shown_cells(tab, QUALITY)
    assert shown == expected_quality(tab, "2025-2026", 3) and shown != before
    names = {r.id: r.full_name for r in tab.model.records}
    cli = cli_quality(tab.context.db.path, "2025-2026", 3)
    assert {names[i]: text for i, text in shown.items() if text != "—"} == cli
    # The signals follow the quarter too: those of the profile for it, teacher by teacher.
    db = tab.context.db
    counts = {
        r.id: len(teacher_signals(db, r.id, year="2025-2026", term=3)) if r.active else 0
        for r in tab.model.records
    }
    assert shown_cells(tab, FLAGS) == {i: number(n) if n else "—" for i, n in counts.items()}
    assert tab.term_choice.as_of_label.text() == f"as of {short_date(date(2026, 3, 20))}"


def test_the_chosen_quarter_is_kept_while_the_app_runs(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose_quarter(qtbot, tab, "2025-2026", "2nd quarter")
    app_signals().data_changed.emit("results")  # a refresh keeps it
    assert tab.term_choice.chosen().number == 2
    # A language or school switch rebuilds the window: the new tab opens on the same quarter.
    again = TeachersTab(tab.context)
    qtbot.addWidget(again)
    assert (again.term_choice.year_box.currentText(), again.term_choice.term_box.currentText()) == (
        "2025-2026",
        "2nd quarter",
    )
    assert shown_cells(again, QUALITY) == expected_quality(again, "2025-2026", 2)


def test_a_quarter_without_results_lists_everyone_with_a_note(main_window, tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    everyone = len(tab.model.records)
    choose_quarter(qtbot, tab, "2026-2027", "2nd quarter (no results)")
    assert len(tab.model.records) == everyone
    assert set(shown_cells(tab, QUALITY).values()) == {"—"}
    assert any(text != "—" for text in shown_cells(tab, OBSERVATIONS).values())
    note = tab.term_note
    assert note.isVisible()
    assert "2nd quarter 2026-2027: no results yet" in note.text()
    assert "Show 1st quarter 2026-2027" in note.text() and "Enter results" in note.text()
    note.linkActivated.emit("results")  # what a click on a link sends
    assert main_window.tabs.currentWidget() is main_window.results_tab
    main_window.show_tab("teachers")
    note.linkActivated.emit("latest")
    assert tab.term_choice.term_box.currentText() == "1st quarter"
    assert note.isHidden()
    assert shown_cells(tab, QUALITY) == expected_quality(tab, "2026-2027", 1)


def test_teachers_without_any_results_show_dashes_and_say_why(
    school_db, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.schools import list_schools
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext

    school = list_schools(school_db)[0]
    add_teacher(school_db, school.id, TeacherInput(full_name="Karimova Dilnoza"))
    context = UiContext(school_db, school, Preferences(language="en"), tmp_path / "p.json")
    tab = TeachersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    assert tab.stack.currentWidget() is tab.table
    assert shown_cells(tab, QUALITY) == {tab.model.records[0].id: "—"}
    assert tab.term_choice.year_box.currentText() == "2025-2026"
    assert tab.term_choice.term_box.currentText().endswith("(no results)")
    assert tab.term_note.isVisible() and "no results yet" in tab.term_note.text()
    assert "Show " not in tab.term_note.text()  # no quarter has results to go to


def test_a_database_without_a_school(db, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.settings import Preferences
    from eduqa_desktop.ui.context import UiContext

    tab = TeachersTab(UiContext(db, None, Preferences(language="en"), tmp_path / "p.json"))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.stack.currentWidget() is tab.empty
    assert "No school in this database yet" in tab.empty_label.text()
    assert tab.term_choice.isHidden() and tab.term_note.isHidden()

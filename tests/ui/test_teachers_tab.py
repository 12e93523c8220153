"""The Teachers tab driven like a user: search, add a teacher, add an activity, a profile, PDFs."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from eduqa_desktop.services.activities import list_activities
from eduqa_desktop.services.teachers import TeacherInput, add_teacher, staff_list
from eduqa_desktop.storage.models import Activity, Teacher
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.formatting import number, percent
from eduqa_desktop.ui.teachers.activity_dialog import ActivityDialog
from eduqa_desktop.ui.teachers.labels import flag_text
from eduqa_desktop.ui.teachers.profile_dialog import TeacherProfileDialog
from eduqa_desktop.ui.teachers.staff_model import NAME
from eduqa_desktop.ui.teachers.teacher_dialog import TeacherDialog


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
    assert all(tab.proxy.row_at(r).flags for r in range(tab.proxy.rowCount()))
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


def test_open_a_profile_and_read_its_numbers(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = staff_list(tab.context.db, tab.context.school_id).rows
    row = max((r for r in rows if r.active), key=lambda r: (r.flags, r.observations))
    select_teacher(tab, qtbot, row.full_name)
    qtbot.mouseClick(tab.profile_button, Qt.MouseButton.LeftButton)
    dialog = tab.profile_dialog
    assert isinstance(dialog, TeacherProfileDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name_label.text() == row.full_name
    assert dialog.cards["observations"].value.text() == number(row.observations)
    assert dialog.cards["average"].value.text() == percent(row.average_score)
    assert dialog.cards["flags"].value.text() == number(row.flags)
    profile = dialog.profile
    assert profile is not None
    for flag in profile.flags:
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

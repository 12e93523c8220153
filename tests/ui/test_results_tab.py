"""The Results tab driven like a user: typing, pasting from Excel, a refused row, saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from results_world import World, build_world

from eduqa_desktop.services.indicators import GroupBy
from eduqa_desktop.services.results import result_lines
from eduqa_desktop.settings import Preferences
from eduqa_desktop.storage.database import Database
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.results import results_tab as results_tab_module
from eduqa_desktop.ui.results.results_grid_model import COLUMN
from eduqa_desktop.ui.results.results_tab import ResultsTab


@pytest.fixture(autouse=True)
def english(qapp) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.ui.language import install_language

    install_language("en")
    QLocale.setDefault(QLocale("en_US"))
    results_tab_module._DRAFTS.clear()


@pytest.fixture
def world(school_db: Database) -> World:
    return build_world(school_db)


def make_tab(qtbot, db: Database, tmp_path: Path) -> ResultsTab:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.schools import list_schools

    context = UiContext(db, list_schools(db)[0], Preferences(language="en"), tmp_path / "p.json")
    tab = ResultsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def tab(qtbot, school_db: Database, world: World, tmp_path: Path) -> ResultsTab:  # type: ignore[no-untyped-def]
    return make_tab(qtbot, school_db, tmp_path)


def choose_term(tab: ResultsTab, text: str) -> None:
    position = tab.term_combo.findText(text)
    assert position >= 0, text
    tab.term_combo.setCurrentIndex(position)


def cell(tab: ResultsTab, row: int, name: str) -> str:
    return str(tab.grid.index(row, COLUMN[name]).data() or "")


def open_editor(qtbot, tab: ResultsTab, row: int, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    index = tab.grid.index(row, COLUMN[name])
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editors: list[QWidget] = []

    def found() -> bool:
        editors[:] = [
            w
            for w in tab.view.viewport().findChildren(QWidget)
            if w.parent() is tab.view.viewport()
            and isinstance(w, QLineEdit | QComboBox)
            and w.isVisible()
        ]
        return bool(editors)

    qtbot.waitUntil(found)
    return editors[0]


def type_into(qtbot, tab: ResultsTab, row: int, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, tab, row, name)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState)


def choose_from_list(qtbot, tab: ResultsTab, row: int, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, tab, row, name)
    assert isinstance(editor, QComboBox)
    position = editor.findText(text)
    assert position >= 0, text
    editor.setCurrentIndex(position)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState)


def indicator_cells(tab: ResultsTab, level: GroupBy) -> dict[str, list[str]]:
    tab.indicators.set_level(level)
    proxy = tab.indicators.proxy
    return {
        str(proxy.index(r, 0).data()): [
            str(proxy.index(r, c).data()) for c in range(1, proxy.columnCount())
        ]
        for r in range(proxy.rowCount())
    }


def test_the_latest_term_with_results_is_shown_with_its_indicators(tab: ResultsTab) -> None:
    assert tab.term_combo.currentText() == "Quarter 1, 2026-2027"
    choose_term(tab, "Quarter 4, 2025-2026")
    assert tab.grid.rowCount() == 5
    assert [cell(tab, r, "class_name") for r in range(5)] == ["7-A", "7-A", "7-B", "8-A", "8-A"]
    assert cell(tab, 0, "quality") == "60.0%" and cell(tab, 0, "average_grade") == "3.72"
    assert cell(tab, 4, "pass_rate") == "—"  # all exempt: N = 0
    classes = indicator_cells(tab, GroupBy.CLASS)
    # pupils, N (marks), pass, change, quality, change, SOU, change, average, change
    assert classes["7-A"] == [
        "26", "51", "90.2%", "▲ +2.2", "58.8%", "▲ +10.8", "57.4%", "▲ +4.6", "3.72", "▲ +0.20",
    ]  # fmt: skip
    assert classes["7-B"][3] == "—"  # nothing in quarter 3 to compare with
    # pupils: each class once with its largest size (7-A 26 + 7-B 20), not once per subject
    assert indicator_cells(tab, GroupBy.GRADE)["Grade 7"][:3] == ["46", "71", "64.8%"]
    assert indicator_cells(tab, GroupBy.SCHOOL)["Test maktab"][:5] == [
        "76", "99", "70.7%", "▼ −17.3", "42.4%"
    ]  # fmt: skip
    assert "Quarter 3, 2025-2026" in tab.indicators.comparison.text()
    assert not tab.save_button.isEnabled()


def test_an_empty_term_offers_to_enter_or_import(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab, monkeypatch
) -> None:
    from eduqa_desktop.ui import prompts

    told: list[str] = []
    monkeypatch.setattr(prompts, "information", lambda _p, _t, text: told.append(text))
    choose_term(tab, "Quarter 2, 2025-2026")
    assert tab.pages.currentWidget() is tab.empty_state
    assert tab.empty_label.text() == (
        "No results for this term — Enter results or Import from Excel"
    )
    assert tab.enter_button.isVisible() and tab.import_button.isVisible()
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)  # no main window here
    assert told == ["Choose File ▸ Import… to import results from Excel."]
    qtbot.mouseClick(tab.enter_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.view
    assert tab.grid.rowCount() == 1
    assert tab.view.currentIndex().column() == COLUMN["class_name"]


def test_typing_a_row_computes_it_live_and_saves_it(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab, school_db: Database, world: World
) -> None:
    choose_term(tab, "Quarter 2, 2025-2026")
    qtbot.mouseClick(tab.enter_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, tab, 0, "class_name", "7a")
    assert cell(tab, 0, "class_name") == "7-A"
    choose_from_list(qtbot, tab, 0, "subject", "Algebra")
    choose_from_list(qtbot, tab, 0, "teacher", "Aliyeva Dilnoza")
    for name, value in (("class_size", "26"), ("n5", "5"), ("n4", "10"), ("n3", "8")):
        type_into(qtbot, tab, 0, name, value)
    type_into(qtbot, tab, 0, "n2", "2")
    # the domain.md example: N = 25 → 92.0 %, 60.0 %, 58.4 %, 3.72
    assert [cell(tab, 0, n) for n in ("pass_rate", "quality", "sou", "average_grade")] == [
        "92.0%", "60.0%", "58.4%", "3.72",
    ]  # fmt: skip
    type_into(qtbot, tab, 0, "not_attested", "1")
    assert [cell(tab, 0, n) for n in ("pass_rate", "quality", "sou", "average_grade")] == [
        "88.5%", "57.7%", "56.4%", "3.72",
    ]  # fmt: skip
    assert tab.save_button.isEnabled()
    assert "• " not in tab.grid.headerData(0, Qt.Orientation.Vertical)
    assert tab.grid.headerData(0, Qt.Orientation.Vertical) == "1 •"  # unsaved
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    lines = result_lines(school_db, school_id=world.school_id, term_id=tab.current_term().id)
    assert [(x.class_name, x.subject, x.teacher, x.class_size, x.n5, x.not_attested)
            for x in lines] == [("7-A", "Algebra", "Aliyeva Dilnoza", 26, 5, 1)]  # fmt: skip
    assert not tab.save_button.isEnabled()
    assert tab.grid.headerData(0, Qt.Orientation.Vertical) == "1"
    assert indicator_cells(tab, GroupBy.SCHOOL)["Test maktab"][:5] == [
        "26", "26", "88.5%", "—", "57.7%"
    ]  # fmt: skip
    assert "Saved: 1 new" in tab.note_label.text()


def test_a_non_number_is_refused_with_its_reason(qtbot, tab: ResultsTab) -> None:  # type: ignore[no-untyped-def]
    choose_term(tab, "Quarter 4, 2025-2026")
    type_into(qtbot, tab, 2, "n4", "abc")
    assert tab.grid.headerData(2, Qt.Orientation.Vertical).startswith("⚠ 3")
    reason = "Row 3: “Pupils with 4” must be a number, not “abc”."
    assert reason in tab.problem_label.text()
    assert tab.problem_label.isVisible()
    tooltip = tab.grid.index(2, COLUMN["n4"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(reason)
    assert tab.grid.index(2, COLUMN["n4"]).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(tab, 2, "quality") == "—"
    assert not tab.save_button.isEnabled()
    type_into(qtbot, tab, 2, "n4", "0")
    assert not tab.problem_label.isVisible()
    assert tab.save_button.isEnabled()


def test_pasting_a_block_from_excel(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab, school_db: Database, world: World
) -> None:
    choose_term(tab, "Quarter 2, 2025-2026")
    qtbot.mouseClick(tab.enter_button, Qt.MouseButton.LeftButton)
    block = (
        "7 «А»\tАлгебра\tAliyeva D.\t25\t5\t10\t8\t2\t\t\t\n"
        "7-B\tAlgebra\tO'rolov Sardor\t20\t0\t0\t0\t20\n"
        "8-A\tOna tili\tКаримов Бахтиёр\t30\t20\t10\t5\t0\t\t1\t\n"
    )
    QApplication.clipboard().setText(block)
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert tab.grid.rowCount() == 3
    assert [cell(tab, r, "teacher") for r in range(3)] == [
        "Aliyeva Dilnoza", "Oʻrolov Sardor", "Каримов Бахтиёр",
    ]  # fmt: skip
    assert cell(tab, 0, "class_name") == "7-A" and cell(tab, 0, "subject") == "Algebra"
    assert "Pasted: 1 rows changed, 2 rows added." in tab.note_label.text()
    # 20 + 10 + 5 with a mark and 1 not attested in a class of 30: refused, with the reason
    reason = (
        "Row 3: 35 with a mark + 1 not attested + 0 exempt = 36 pupils, "
        "more than the 30 pupils in the class."
    )
    assert reason in tab.problem_label.text()
    assert not tab.save_button.isEnabled()
    type_into(qtbot, tab, 2, "n5", "14")
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = result_lines(school_db, school_id=world.school_id, term_id=tab.current_term().id)
    assert len(saved) == 3
    grades = indicator_cells(tab, GroupBy.GRADE)
    assert grades["Grade 7"][1] == "45" and grades["Grade 8"][1] == "30"  # marks (N)


def test_a_pasted_block_with_a_header_updates_matching_rows(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab
) -> None:
    choose_term(tab, "Quarter 4, 2025-2026")
    QApplication.clipboard().setText(
        "Sinf\tFan\tOʻqituvchi\ta'lo\n7-B\tAlgebra\tOʻrolov Sardor\t3\n"
        "9-A\tAlgebra\tOʻrolov Sardor\t1\n"
    )
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert tab.grid.rowCount() == 6
    assert cell(tab, 2, "n5") == "3"  # 7-B Algebra, merged by class, subject, teacher
    assert cell(tab, 5, "class_name") == "9-A"
    assert "fill in “Pupils in the class”" in tab.problem_label.text()  # the new row


def test_deleting_a_row_and_discarding(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab, school_db: Database, world: World, monkeypatch
) -> None:
    from eduqa_desktop.ui import prompts

    choose_term(tab, "Quarter 4, 2025-2026")
    tab.view.selectRow(4)
    assert tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.grid.rowCount() == 4 and tab.save_button.isEnabled()
    monkeypatch.setattr(prompts, "question", lambda *a, **k: True)
    qtbot.mouseClick(tab.discard_button, Qt.MouseButton.LeftButton)
    assert tab.grid.rowCount() == 5 and not tab.discard_button.isEnabled()
    tab.view.selectRow(4)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert len(result_lines(school_db, school_id=world.school_id, term_id=world.q4)) == 4


def test_unsaved_rows_survive_a_rebuilt_window(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab, school_db: Database, tmp_path: Path
) -> None:
    choose_term(tab, "Quarter 4, 2025-2026")
    type_into(qtbot, tab, 0, "n5", "abc")
    tab.close()
    tab.deleteLater()
    again = make_tab(qtbot, school_db, tmp_path)
    choose_term(again, "Quarter 4, 2025-2026")
    assert cell(again, 0, "n5") == "abc"
    assert "unsaved changes to this term were kept" in again.note_label.text()
    assert not again.save_button.isEnabled() and again.discard_button.isEnabled()


def test_search_filters_rows_and_groups(qtbot, tab: ResultsTab) -> None:  # type: ignore[no-untyped-def]
    choose_term(tab, "Quarter 4, 2025-2026")
    tab.focus_search()
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "karimov")  # Latin finds the Cyrillic name
    visible = [r for r in range(tab.grid.rowCount()) if not tab.view.isRowHidden(r)]
    assert visible == [1]
    assert list(indicator_cells(tab, GroupBy.TEACHER)) == ["Каримов Бахтиёр"]


def test_print_writes_a_pdf_of_the_indicators(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    from eduqa_desktop.ui import prompts

    target = tmp_path / "indicators.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(target))
    choose_term(tab, "Quarter 4, 2025-2026")
    tab.print_current()
    raw = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    text = " ".join(raw.split())  # the PDF's text comes back with tabs between words
    assert "Test maktab" in text and "By class" in text and "Grade 7" in text
    assert "Каримов Бахтиёр" in text and "90.2%" in text and "▲ +10.8" in text
    # the head count and the marks apart; no word broken in a narrow column
    assert "Class Pupils Marks (N) Pass rate Change Quality Change SOU Change Average" in text
    assert "7-A 26 51 90.2%" in text and "Native language 36 26" in text


def test_the_tab_in_the_main_window(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab("results")
    tab = main_window.results_tab
    assert tab.grid.rowCount() > 0
    assert not tab.problem_label.isVisible()
    main_window.find_action.trigger()
    assert tab.search.hasFocus()
    tab.search.clear()
    tab.term_combo.setCurrentIndex(tab.term_combo.count() - 1)  # a term without results
    assert tab.pages.currentWidget() is tab.empty_state
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = main_window._import_dialog  # File ▸ Import… opened from the empty state
    assert dialog.isVisible()
    dialog.close()


@pytest.mark.parametrize("button", ["reload_button", "keep_button"])
def test_deleting_a_row_someone_changed_meanwhile_shows_theirs(  # type: ignore[no-untyped-def]
    qtbot, tab: ResultsTab, school_db: Database, world: World, monkeypatch, button
) -> None:
    from eduqa_desktop.services.results import ResultInput, save_results
    from eduqa_desktop.ui.dialogs.conflict_dialog import ConflictDialog

    choose_term(tab, "Quarter 4, 2025-2026")
    lines = result_lines(school_db, school_id=world.school_id, term_id=world.q4)
    row, line = next((r, x) for r, x in enumerate(lines) if x.n4 > 0)
    assert (cell(tab, row, "class_name"), cell(tab, row, "n5")) == (line.class_name, str(line.n5))
    tab.view.selectRow(row)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    # another PC saves that row before this grid is saved
    typed = ResultInput(
        line.class_name, line.subject_id, line.teacher_id, line.class_size,
        n5=line.n5 + 1, n4=line.n4 - 1, n3=line.n3, n2=line.n2, n1=line.n1,
        not_attested=line.not_attested, exempt=line.exempt, id=line.id, version=line.row_version,
    )  # fmt: skip
    save_results(school_db, school_id=world.school_id, term_id=world.q4, rows=[typed])
    shown: list = []

    def ask(dialog: ConflictDialog):  # type: ignore[no-untyped-def]
        shown.append(dialog.rows())
        getattr(dialog, button).click()
        return dialog.choice

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    [[(what, yours, theirs)]] = shown
    assert line.class_name in what and yours == "Deleted"
    assert theirs.startswith(f"{line.n5 + 1} / ")
    saved = {x.id for x in result_lines(school_db, school_id=world.school_id, term_id=world.q4)}
    if button == "reload_button":  # nothing deleted; the grid shows their row again
        assert line.id in saved and tab.grid.rowCount() == 5
        assert cell(tab, row, "n5") == str(line.n5 + 1) and not tab.save_button.isEnabled()
    else:  # deleted all the same, knowingly
        assert line.id not in saved and tab.grid.rowCount() == 4

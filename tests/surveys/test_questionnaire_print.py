"""pytest-qt: File ▸ Surveys ▸ Print a questionnaire… — the form's text read back from the PDF
in each language (statements numbered as in the template, five tick boxes each), and the same
pages sent to a printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from engines import location_of
from pypdf import PdfReader
from PySide6.QtCore import Qt

from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.questionnaires import current_questionnaire
from eduqa_desktop.ui import printing, prompts


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("language", "title", "scale"),
    [
        ("uz", "Ota-onalar soʻrovnomasi", "Mutlaqo qoʻshilmayman"),
        ("ru", "Анкета для родителей", "Совсем не согласен"),
        ("en", "Questionnaire for parents", "Strongly disagree"),
    ],
)
def test_the_printed_questionnaire_in_each_language(
    qtbot, main_window, tmp_path: Path, monkeypatch, language: str, title: str, scale: str
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    target = tmp_path / f"parents-{language}.pdf"
    monkeypatch.setattr(prompts, "save_file", lambda *args: str(target))
    window.questionnaire_print_action.trigger()
    dialog = window.questionnaire_print_dialog
    dialog.choose("parents", language)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert "Questionnaire saved" in window.statusBar().currentMessage()
    text = _text(target)
    spec = current_questionnaire(window.context.db, Stakeholder.PARENTS)
    assert title in text and scale in text
    for statement in (spec.statements[0], spec.statements[-1]):
        assert " ".join(statement.text_in(language).split()[:4]) in text
    assert text.count("☐") == 5 * len(spec.statements)
    assert "Namuna 47-maktab" in text  # the school, and no line for a name


def test_the_pupils_form_goes_to_the_printer(
    qtbot, main_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    paper = tmp_path / "printer.pdf"

    def printer_chosen(_parent, printer) -> bool:  # type: ignore[no-untyped-def]
        printer.setOutputFileName(str(paper))  # the "printer" writes what it prints here
        return True

    monkeypatch.setattr(printing, "ask_printer", printer_chosen)
    window.questionnaire_print_action.trigger()
    dialog = window.questionnaire_print_dialog
    dialog.choose("pupils", "ru")
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    text = _text(paper)
    assert "Анкета" in text and "Класс" in text and "☐" in text


def test_the_command_line_writes_the_form(school_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.cli import main

    db_path = location_of(school_db)
    out = tmp_path / "teachers.pdf"
    code = main(["export", "questionnaire", "--group", "teachers", "--db", db_path,
                 "--out", str(out), "--lang", "ru"])  # fmt: skip
    assert code == 0
    text = _text(out)
    spec = current_questionnaire(school_db, Stakeholder.TEACHERS)
    assert spec.name_in("ru").split()[0] in text and "Test maktab" in text
    assert text.count("☐") == 5 * len(spec.statements)
    assert main(["export", "questionnaire", "--group", "nobody", "--db", db_path,
                 "--out", str(out)]) == 2  # fmt: skip

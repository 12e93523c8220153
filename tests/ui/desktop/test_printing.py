"""Print… (Ctrl+P) goes through the print dialog to a printer: the observation report, the
teacher profile, the visit plan and the dashboard. The dialog is answered by choosing a
printer that writes a PDF file, so the printed pages can be read back."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from eduqa_desktop.ui import printing


class PrintDialog:
    """Stands in for QPrintDialog: remembers what was asked, then "prints" to a file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, out: Path, accept: bool = True) -> None:
        self.out = out
        self.accept = accept
        self.asked: list[str] = []
        monkeypatch.setattr(printing, "ask_printer", self._ask)

    def _ask(self, _parent, printer: QPrinter) -> bool:  # type: ignore[no-untyped-def]
        self.asked.append(printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.out))
        return self.accept

    def text(self) -> str:
        """The printed words (ligatures such as "ﬁ" unfolded)."""
        text = " ".join(p.extract_text() for p in self.pages())
        return " ".join(unicodedata.normalize("NFKC", text).split())

    def pages(self) -> list:  # type: ignore[type-arg]
        return list(PdfReader(self.out).pages)


@pytest.fixture
def dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> PrintDialog:
    return PrintDialog(monkeypatch, tmp_path / "printed.pdf")


def test_ctrl_p_prints_the_dashboard(main_window, qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab("dashboard")
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert dialog.asked == ["Dashboard"]
    pages = dialog.pages()
    assert len(pages) >= 2
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert width > height  # landscape A4, as the PDF
    assert "Page 1 of" in dialog.text()
    assert "sent to" in main_window.statusBar().currentMessage()


def test_the_observation_report_is_printed_from_the_list(main_window, qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab("observations")
    tab = main_window.observations_tab
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert dialog.asked == ["Lesson observation"]
    assert tab.selected_lines()[0].teacher.split()[0] in dialog.text()


def test_the_visit_plan_is_printed(main_window, qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab("observations")
    tab = main_window.observations_tab
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    view = tab.plan_view
    assert view.visible_lines()
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert dialog.asked == ["Visit plan"]
    assert "Visit plan" in dialog.text()
    assert view.visible_lines()[0].teacher.split()[0] in dialog.text()


def test_the_teacher_profile_is_printed(main_window, qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    main_window.show_tab("teachers")
    tab = main_window.teachers_tab
    tab.table.selectRow(0)
    profile = tab.open_profile()
    qtbot.waitUntil(profile.isVisible)
    name = profile.profile.header.full_name
    qtbot.mouseClick(profile.print_button, Qt.MouseButton.LeftButton)
    assert dialog.asked == [f"Teacher profile: {name}"]
    assert f"Teacher profile: {' '.join(name.split())}" in dialog.text()
    assert profile.status.text() == "Sent to the printer"
    profile.close()


def test_cancel_prints_nothing(main_window, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cancelled = PrintDialog(monkeypatch, tmp_path / "never.pdf", accept=False)
    main_window.paper_action.trigger()
    assert cancelled.asked == ["Dashboard"] and not cancelled.out.exists()

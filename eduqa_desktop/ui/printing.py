"""Print… (Ctrl+P): the same pages as Save as PDF, on a real printer chosen in QPrintDialog.

`ask_printer` is the one place the print dialog is shown (tests replace it, as they replace
ui/prompts). The reports are laid out at the printer's own resolution, so the page breaks are
those of the PDF.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.pdf_rendering import page_layout, render_html


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The print dialog: the user chooses the printer, pages and copies; False = cancelled."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def new_printer(title: str, *, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCreator("EduQA Desktop")
    printer.setPageLayout(page_layout(landscape=landscape))
    return printer


def print_pages(
    parent: QWidget | None,
    title: str,
    paint: Callable[[QPagedPaintDevice], None],
    *,
    landscape: bool = False,
) -> bool:
    """Ask for a printer and let `paint` draw the pages on it; False when cancelled or the
    printer failed (the user has then been told)."""
    printer = new_printer(title, landscape=landscape)
    if not ask_printer(parent, printer):
        return False
    try:
        paint(printer)
    except OSError as error:
        prompts.error(
            parent,
            QCoreApplication.translate("Printing", "Print"),
            QCoreApplication.translate(
                "Printing", "The printer could not print “{title}”. Check it and try again."
            ).format(title=title),
            str(error),
        )
        return False
    _say_printed(parent, title, printer)
    return True


def print_html(
    parent: QWidget | None,
    html: str,
    *,
    title: str,
    landscape: bool = False,
    paginated: bool = False,
) -> bool:
    """A report built as HTML, printed the way html_to_pdf writes it."""
    return print_pages(
        parent,
        title,
        lambda device: render_html(html, device, paginated=paginated),
        landscape=landscape,
    )


def _say_printed(parent: QWidget | None, title: str, printer: QPrinter) -> None:
    window = parent.window() if parent is not None else None
    if window is not None and hasattr(window, "show_message"):
        name = printer.printerName() or printer.outputFileName()
        window.show_message(
            QCoreApplication.translate("Printing", "“{title}” sent to {printer}").format(
                title=title, printer=name
            )
        )

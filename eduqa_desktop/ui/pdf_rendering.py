"""HTML reports to PDF through Qt (QTextDocument + QPdfWriter), with the shipped font embedded.

The core layers build reports as HTML (they may not import Qt); this renders them. A
QGuiApplication must exist (the command line creates an offscreen one).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from eduqa_desktop.ui.look import register_fonts
from eduqa_desktop.ui.pdf_pages import paint_pages

RESOLUTION_DPI = 300


def ensure_gui_application() -> QGuiApplication:
    """The running application, or an offscreen one for the command line."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


def page_layout(*, landscape: bool = False) -> QPageLayout:
    """A4 with 15 mm margins, the page of every report."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def render_html(
    html: str, device: QPagedPaintDevice, *, paginated: bool = False, page_label: str | None = None
) -> None:
    """Lay `html` out on `device`'s pages (a QPdfWriter or a QPrinter) and paint it.

    `paginated`: our own page cuts (ui/pdf_pages.py) — table rows never split, <thead> rows
    repeated, "Page n of N" at each foot — and words never broken in the middle (a header
    such as "Наблюдатель" widens its column instead of ending up as "Наблюдател/ь").
    """
    ensure_gui_application()
    family = register_fonts()
    document = QTextDocument()
    # Lay out at the device's resolution: otherwise points are measured at screen DPI and the
    # text comes out at a third of its size on a 300-dpi page.
    document.documentLayout().setPaintDevice(device)
    font = QFont(family)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    resolution = device.logicalDpiX()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    if paginated:
        option = QTextOption(document.defaultTextOption())
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setHtml(html)
        document.setTextWidth(paint_rect.width())
        footer = QFont(family)
        footer.setPointSizeF(8)
        paint_pages(document, device, footer, page_label)
        return
    document.setHtml(html)
    document.setPageSize(QSizeF(paint_rect.width(), paint_rect.height()))
    document.print_(device)


def html_to_pdf(
    html: str,
    path: str | Path,
    *,
    title: str = "",
    landscape: bool = False,
    paginated: bool = False,
    page_label: str | None = None,
) -> Path:
    """Write `html` as an A4 PDF at `path` (parent folders created); returns the path."""
    ensure_gui_application()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("EduQA Desktop")
    writer.setPageLayout(page_layout(landscape=landscape))
    render_html(html, writer, paginated=paginated, page_label=page_label)
    return target

"""Cutting a laid-out report into pages ourselves, where Qt's own pagination falls short.

Qt cuts a QTextDocument at fixed heights: a table row (a visit of the plan, a whole block of
signatures) is split between two pages. Here the document is laid out once as one long page;
the cuts are then chosen between table rows and text lines, never through them (a row taller
than a page is cut between its lines); a table's header rows (HTML <thead>) are painted again
at the top of each page the table continues on; every page gets "Page n of N" at its foot.
To keep blocks together (the conclusions with the signatures), put them in one table row.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from eduqa_desktop.text import QT_TRANSLATE_NOOP

PAGE_NUMBER = QT_TRANSLATE_NOOP("PdfPages", "Page {page} of {pages}")


@dataclass(frozen=True, order=True)
class Span:
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Page:
    top: float  # of the document shown on this page
    bottom: float
    header: Span | None  # a table's header rows painted first


@dataclass(frozen=True)
class _Table:
    span: Span
    header: Span | None
    rows: list[Span]


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found += _tables(child)
    return found


def _block_span(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> Span:
    rect = layout.blockBoundingRect(block)
    return Span(rect.top(), rect.bottom())


def _table(layout: QAbstractTextDocumentLayout, table: QTextTable) -> _Table:
    frame = layout.frameBoundingRect(table)
    content: list[Span] = []
    for row in range(table.rows()):
        tops, bottoms = [], []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row:  # spanned from the row above
                continue
            tops.append(_block_span(layout, cell.firstCursorPosition().block()).top)
            bottoms.append(_block_span(layout, cell.lastCursorPosition().block()).bottom)
        if tops:
            content.append(Span(min(tops), max(bottoms)))
        elif content:
            content.append(content[-1])
    # A row reaches from halfway between its text and the row above to halfway to the next.
    rows = []
    for index, span in enumerate(content):
        top = frame.top() if index == 0 else (content[index - 1].bottom + span.top) / 2
        last = index == len(content) - 1
        bottom = frame.bottom() if last else (span.bottom + content[index + 1].top) / 2
        rows.append(Span(top, bottom))
    heads = table.format().headerRowCount()
    header = Span(rows[0].top, rows[heads - 1].bottom) if 0 < heads < len(rows) else None
    return _Table(Span(frame.top(), frame.bottom()), header, rows)


def _lines(document: QTextDocument) -> list[Span]:
    """Every text line of the document (tables' cells included), in document coordinates."""
    layout = document.documentLayout()
    spans = []
    block = document.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index).rect()
            spans.append(Span(origin.y() + line.top(), origin.y() + line.bottom()))
        block = block.next()
    return spans


def _forced_breaks(document: QTextDocument) -> list[float]:
    """Where a page must begin (CSS page-break-before/after: always)."""
    layout = document.documentLayout()
    before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    after = QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter
    breaks = []
    block = document.begin()
    while block.isValid():
        policy = block.blockFormat().pageBreakPolicy()
        rect = layout.blockBoundingRect(block)
        if policy & before and rect.top() > 0.5:
            breaks.append(rect.top())
        if policy & after:
            breaks.append(rect.bottom())
        block = block.next()
    return sorted(set(breaks))


def plan_pages(document: QTextDocument, height: float) -> list[Page]:
    """Where to cut `document` (laid out as one long page) into pages `height` tall."""
    layout = document.documentLayout()
    tables = [_table(layout, t) for t in _tables(document.rootFrame())]
    rows = [row for table in tables for row in table.rows]
    # Rows of a list (a table of several rows, header rows apart): what closes a report
    # after the last of them never stands alone on the last page.
    listed = sorted(
        row
        for table in tables
        if len(table.rows) > 1
        for row in table.rows
        if table.header is None or row.top >= table.header.bottom
    )
    lines = _lines(document)
    last = document.size().height()
    pages: list[Page] = []
    starts = [0.0, *(b for b in _forced_breaks(document) if b < last - 0.5)]
    for start, end in zip(starts, [*starts[1:], last], strict=True):
        pages += _section_pages(start, end, height, tables, rows, listed, lines)
    return pages or [Page(0, 0, None)]


def _section_pages(
    top: float,
    end: float,
    height: float,
    tables: list[_Table],
    rows: list[Span],
    listed: list[Span],
    lines: list[Span],
) -> list[Page]:
    """The pages from `top` to `end`, a stretch no forced page break interrupts."""
    pages: list[Page] = []
    listed = [row for row in listed if top <= row.top < end]
    while top < end - 0.5:
        header = next(
            (
                t.header
                for t in tables
                if t.header is not None and t.header.bottom <= top + 0.5 < t.span.bottom
            ),
            None,
        )
        room = height - (header.height if header else 0)
        cut = min(end, top + room)
        if cut < end:
            cut = _cut(top, cut, room, rows, lines)
            cut = _keep_the_end_company(top, cut, end, room, listed)
        pages.append(Page(top, cut, header))
        top = cut
    return pages


def _cut(top: float, cut: float, room: float, rows: list[Span], lines: list[Span]) -> float:
    """Move `cut` up out of the row (or, for a row taller than the page, the line) it is in."""
    crossing = [r for r in rows if r.top < cut < r.bottom and r.top > top + 0.5]
    fitting = [r for r in crossing if r.height <= room]
    if fitting:
        return min(r.top for r in fitting)  # the outermost row that fits moves whole
    cut_lines = [s for s in lines if s.top < cut < s.bottom and s.top > top + 0.5]
    return min((s.top for s in cut_lines), default=cut)


def _keep_the_end_company(
    top: float, cut: float, end: float, room: float, listed: list[Span]
) -> float:
    """When all that is left after `cut` is the end of the report (signatures after the
    last row of a list) and it would fit with that row, the row goes over with it."""
    if any(cut - 0.5 <= row.top < end for row in listed):
        return cut  # rows of a list still follow: the end is not alone
    before = [row for row in listed if row.top > top + 0.5 and row.bottom <= cut + 0.5]
    if not before or end - before[-1].top > room:
        return cut
    return before[-1].top


def paint_pages(
    document: QTextDocument,
    device: QPagedPaintDevice,
    footer_font: QFont,
    page_label: str | None = None,
) -> int:
    """Paint `document` (its text width set to the page's) on `device`; returns the pages.
    `page_label`: "Page {page} of {pages}" in the report's language (default: the UI's)."""
    resolution = device.logicalDpiX()
    paint = device.pageLayout().paintRectPixels(resolution)
    width, full = float(paint.width()), float(paint.height())
    painter = QPainter(device)
    painter.setFont(footer_font)
    footer = painter.fontMetrics().height() * 2.0
    pages = plan_pages(document, full - footer)
    words = page_label or QCoreApplication.translate("PdfPages", PAGE_NUMBER)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            device.newPage()
        offset = 0.0
        if page.header is not None:
            _paint_slice(painter, document, page.header.top, page.header.bottom, 0.0, width)
            offset = page.header.height
        _paint_slice(painter, document, page.top, page.bottom, offset, width)
        painter.setFont(footer_font)
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawText(
            QRectF(0, full - footer, width, footer),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            words.format(page=number, pages=len(pages)),
        )
    painter.end()
    return len(pages)


def _paint_slice(
    painter: QPainter, document: QTextDocument, top: float, bottom: float, at: float, width: float
) -> None:
    painter.save()
    painter.translate(QPointF(0, at - top))
    document.drawContents(painter, QRectF(0, top, width, bottom - top))
    painter.restore()

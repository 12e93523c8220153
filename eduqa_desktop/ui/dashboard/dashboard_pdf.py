"""The Dashboard printed as an A4 handout for a staff meeting.

Landscape A4 (charts are wider than tall, and two fit side by side at almost their screen
size). The first page answers the meeting's question on its own: a title that says what is
shown (school, quarter, every filter, the date it was made), the eight indicator cards and the
two main charts (the trend and quality by subject). The other pages hold two rows of charts
each; a chart with long names (criteria, schools) takes a whole row. The table panels (the
voices, the graduates) follow at their own height, as many to a page as fit. Every page
repeats the title and says "page 2 of 3", so that loose sheets still make sense.

The charts are the panels of the screen (title, chart, legend — not their buttons), laid out at
the print size and drawn at ``CHART_SCALE`` of their screen size, so that their smallest text
(axis and value labels, 8.5 pt on screen) prints at 7.4 pt. Titles and cards are drawn
here as text at print sizes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui.dashboard.chart_panel import ChartPanel
from eduqa_desktop.ui.dashboard.palette import MUTED, TEXT
from eduqa_desktop.ui.dashboard.print_stage import RESOLUTION, Stage
from eduqa_desktop.ui.look import register_fonts

CONTEXT = "DashboardPdf"
MADE = QT_TRANSLATE_NOOP("DashboardPdf", "Dashboard · made {date}")
PAGE = QT_TRANSLATE_NOOP("DashboardPdf", "Page {page} of {pages}")
COMPARED = QT_TRANSLATE_NOOP("DashboardPdf", "compared with {period}")

MM = RESOLUTION / 25.4  # PDF units per millimetre
MARGIN_MM = 10
GAP_MM = 4
FOOTER_MM = 6
HEADING = "#1f4e79"
FRAME = "#c9d3de"

# Points of the text drawn here (not part of a chart).
TITLE_PT = 16
RUNNING_TITLE_PT = 11
CONTEXT_PT = 9.5
CARD_TITLE_PT = 9
CARD_VALUE_PT = 17
CARD_CHANGE_PT = 9.5
CARD_DETAIL_PT = 8.5
FOOTER_PT = 8

ROWS_PER_PAGE = 2  # of charts, on the pages after the first
COLUMNS = 2

Row = Sequence[tuple[ChartPanel, int]]  # (panel, columns spanned)


@dataclass(frozen=True, slots=True)
class CardText:
    """What an indicator card shows, in words."""

    title: str
    value: str
    change: str
    change_colour: str = MUTED
    change_bold: bool = False
    detail: str = ""


@dataclass(frozen=True, slots=True)
class DashboardSheet:
    """Everything printed: ``rows`` of (chart panel, columns spanned out of two); the first
    row goes on the first page under the cards, the others two per page."""

    title: str
    context: str  # the filters and the comparison, one line (wrapped if long)
    note: str  # the empty-state sentence shown on screen, "" if none
    made: str  # the date, as the language writes it
    cards: Sequence[CardText]
    rows: Sequence[Row]
    tables: Sequence[QWidget] = ()  # panels of tables and text, printed whole after the charts


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def compared_with(period: str) -> str:
    return _tr(COMPARED).format(period=period)


def pages_of(rows: Sequence[Row]) -> list[list[Row]]:
    """The rows of each page: one under the cards on the first, then two per page."""
    rows = [row for row in rows if row]
    pages: list[list[Row]] = [rows[:1]]
    pages += [rows[index : index + ROWS_PER_PAGE] for index in range(1, len(rows), ROWS_PER_PAGE)]
    return pages


class _Page:
    """Drawing on one page: fonts in points, lengths in PDF units (1/300 inch)."""

    def __init__(self, painter: QPainter, family: str, width: float) -> None:
        self.painter = painter
        self.family = family
        self.width = width

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def measure(self, text: str, font: QFont, width: float) -> float:
        """The height of ``text`` wrapped to ``width``."""
        if not text:
            return 0.0
        self.painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 100 * MM), flags, text).height()

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        colour: str = TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """Draw ``text`` wrapped in ``rect`` (top-aligned); returns the height used."""
        if not text:
            return 0.0
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(rect, flags, text)
        self.painter.drawText(rect, flags, text)
        return used.height()

    def frame(self, rect: QRectF) -> None:
        self.painter.save()
        self.painter.setPen(QPen(QColor(FRAME), 0.25 * MM))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRoundedRect(rect, 1.2 * MM, 1.2 * MM)
        self.painter.restore()


def write_dashboard_pdf(path: str | Path, sheet: DashboardSheet) -> Path:
    """Write ``sheet`` as landscape A4 pages at ``path``; returns the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle(sheet.title)
    writer.setCreator("EduQA Desktop")
    writer.setPageLayout(dashboard_page_layout())
    paint_dashboard(writer, sheet)
    return target


def dashboard_page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def paint_dashboard(device: QPagedPaintDevice, sheet: DashboardSheet) -> None:
    """Paint ``sheet`` on ``device``'s pages (a QPdfWriter, or a QPrinter for Print…).

    The drawing is in units of RESOLUTION dots per inch: the device is set to it (a printer
    prints a 300-dpi page at its own resolution). The panels are lent to an invisible stage
    to be laid out at the print size, and handed back to their parent (a chart panel not to
    its layout: the caller puts them back in place; a table panel back in its box layout).
    """
    family = register_fonts()
    if isinstance(device, QPdfWriter | QPrinter):
        device.setResolution(RESOLUTION)
    area = device.pageLayout().paintRectPixels(RESOLUTION)
    width, height = area.width(), area.height()
    pages = pages_of(sheet.rows)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"cannot paint the dashboard on {type(device).__name__}")
    stage = Stage()
    try:
        bottom = height - FOOTER_MM * MM
        heading = _running_heading_height(_Page(painter, family, width), sheet)
        room = bottom - GAP_MM * MM - heading
        # Room left under the charts of the last page (a lone row takes half of it).
        left = 0.0
        if len(pages) > 1 and len(pages[-1]) < ROWS_PER_PAGE:
            row = (room - GAP_MM * MM * (ROWS_PER_PAGE - 1)) / ROWS_PER_PAGE
            left = room - len(pages[-1]) * (row + GAP_MM * MM)
        under_charts, *flow = _flow(stage, sheet.tables, width, room, left)
        total = len(pages) + len(flow)
        for number, rows in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            page = _Page(painter, family, width)
            top = _heading(page, sheet, first=number == 1)
            if number == 1:
                top = _cards(page, sheet.cards, top) + GAP_MM * MM
            _footer(page, sheet, number, total, bottom, height)
            _charts(page, stage, rows, top, bottom - GAP_MM * MM, first=number == 1)
            if under_charts and number == len(pages):
                _tables(page, stage, under_charts, bottom - GAP_MM * MM - left, bottom)
        for number, panels in enumerate(flow, start=len(pages) + 1):
            device.newPage()
            page = _Page(painter, family, width)
            top = _heading(page, sheet, first=False)
            _footer(page, sheet, number, total, bottom, height)
            _tables(page, stage, panels, top, bottom)
    finally:
        painter.end()
        stage.close()


def _heading(page: _Page, sheet: DashboardSheet, *, first: bool) -> float:
    """The title (large on the first page, a running title on the others), the date made on
    the right, the filters below; returns the y under it."""
    made_font = page.font(CONTEXT_PT)
    made = _tr(MADE).format(date=sheet.made)
    page.painter.setFont(made_font)
    made_width = page.painter.boundingRect(QRectF(0, 0, page.width, 50 * MM), 0, made).width()
    title_font = page.font(TITLE_PT if first else RUNNING_TITLE_PT, bold=True)
    title_width = page.width - made_width - GAP_MM * MM
    y = page.text(QRectF(0, 0, title_width, 40 * MM), sheet.title, title_font, HEADING)
    page.text(
        QRectF(page.width - made_width, 0, made_width, 20 * MM),
        made,
        made_font,
        MUTED,
        Qt.AlignmentFlag.AlignRight,
    )
    y += 0.8 * MM
    context = page.font(CONTEXT_PT if first else FOOTER_PT)
    y += page.text(QRectF(0, y, page.width, 30 * MM), sheet.context, context, TEXT)
    if first and sheet.note:
        y += 0.8 * MM
        y += page.text(QRectF(0, y, page.width, 30 * MM), sheet.note, context, MUTED)
    return y + (GAP_MM if first else GAP_MM / 2) * MM


def _running_heading_height(page: _Page, sheet: DashboardSheet) -> float:
    """The height :func:`_heading` takes on the pages after the first."""
    title = page.measure(sheet.title, page.font(RUNNING_TITLE_PT, bold=True), page.width / 2)
    context = page.measure(sheet.context, page.font(FOOTER_PT), page.width)
    return title + 0.8 * MM + context + GAP_MM / 2 * MM


def _flow(
    stage: Stage, panels: Sequence[QWidget], width: float, room: float, left: float
) -> list[list[tuple[QWidget, float]]]:
    """The table panels of each page after the charts, with their heights (PDF units): the
    first list goes in the room `left` under the last charts (it may stay empty), then as
    many to a page as fit; one taller than a page has a page of its own (drawn smaller)."""
    pages: list[list[tuple[QWidget, float]]] = [[]]
    used = room - left
    inset = 1.6 * MM
    for panel in panels:
        height = stage.height_of(panel, width - inset) + inset
        if used + height > room:
            pages.append([])
            used = 0.0
        pages[-1].append((panel, height))
        used += height + GAP_MM * MM
    return pages


def _tables(
    page: _Page, stage: Stage, panels: Sequence[tuple[QWidget, float]], top: float, bottom: float
) -> None:
    """Table panels one under the other from ``top``, each at its height (cut to the page)."""
    for panel, panel_height in panels:
        fitted = min(panel_height, bottom - GAP_MM * MM - top)
        rect = QRectF(0, top, page.width, fitted)
        page.frame(rect)
        inset = 0.8 * MM
        stage.render_whole(page.painter, panel, rect.adjusted(inset, inset, -inset, -inset))
        top += fitted + GAP_MM * MM


def _cards(page: _Page, cards: Sequence[CardText], top: float) -> float:
    """The indicator cards, four to a row; returns the y under them."""
    per_row = 4
    gap, pad = 3 * MM, 2.5 * MM
    width = (page.width - gap * (per_row - 1)) / per_row
    inner = width - 2 * pad
    title_font = page.font(CARD_TITLE_PT)
    value_font = page.font(CARD_VALUE_PT, bold=True)
    detail_font = page.font(CARD_DETAIL_PT)

    def change_font(card: CardText) -> QFont:
        return page.font(CARD_CHANGE_PT, bold=card.change_bold)

    y = top
    for start in range(0, len(cards), per_row):
        row = cards[start : start + per_row]
        # Every card of a row as high as the tallest, their values on one line.
        title_height = max(page.measure(card.title, title_font, inner) for card in row)
        value_height = max(page.measure(card.value or "—", value_font, inner) for card in row)
        rest = max(
            page.measure(card.change, change_font(card), inner)
            + page.measure(card.detail, detail_font, inner)
            for card in row
        )
        height = 2 * pad + title_height + value_height + rest + 0.5 * MM
        for index, card in enumerate(row):
            x = index * (width + gap)
            page.frame(QRectF(x, y, width, height))
            inside = x + pad
            line = y + pad
            page.text(QRectF(inside, line, inner, title_height), card.title, title_font, MUTED)
            line += title_height
            page.text(QRectF(inside, line, inner, value_height), card.value, value_font, HEADING)
            line += value_height + 0.5 * MM
            line += page.text(
                QRectF(inside, line, inner, height),
                card.change,
                change_font(card),
                card.change_colour,
            )
            page.text(QRectF(inside, line, inner, height), card.detail, detail_font, MUTED)
        y += height + gap
    return y - gap


def _footer(
    page: _Page, sheet: DashboardSheet, number: int, pages: int, top: float, bottom: float
) -> None:
    font = page.font(FOOTER_PT)
    rect = QRectF(0, top, page.width, bottom - top)
    page.painter.save()
    page.painter.setPen(QPen(QColor(FRAME), 0.2 * MM))
    page.painter.drawLine(QRectF(rect).topLeft(), QRectF(rect).topRight())
    page.painter.restore()
    text_rect = rect.adjusted(0, 1 * MM, 0, 0)
    page.text(text_rect, f"EduQA Desktop — {sheet.title}", font, MUTED)
    page.text(
        text_rect,
        _tr(PAGE).format(page=number, pages=pages),
        font,
        MUTED,
        Qt.AlignmentFlag.AlignRight,
    )


def _charts(
    page: _Page, stage: Stage, rows: Sequence[Row], top: float, bottom: float, *, first: bool
) -> None:
    """``rows`` of charts from ``top`` down: the first page's row fills the room under the
    cards; on the other pages every row is half of the room (a lone row stays at the top)."""
    if not rows:
        return
    gap = GAP_MM * MM
    count = 1 if first else ROWS_PER_PAGE
    height = (bottom - top - gap * (count - 1)) / count
    width = (page.width - gap * (COLUMNS - 1)) / COLUMNS
    for index, row in enumerate(rows):
        y = top + index * (height + gap)
        column = 0
        for panel, span in row:
            rect = QRectF(column * (width + gap), y, width * span + gap * (span - 1), height)
            page.frame(rect)
            inset = 0.8 * MM
            stage.render(page.painter, panel, rect.adjusted(inset, inset, -inset, -inset))
            column += span

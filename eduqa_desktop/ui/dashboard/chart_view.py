"""One pyqtgraph plot for the dashboard: bars, stacked bars, lines, histogram, heat map, scatter.

White background, dark text, value labels on bars, categories top to bottom in the order given.
Hovering shows the exact values as a tooltip; clicking a bar that has a key emits
``bar_clicked(key)``. ``table`` holds the plotted data as text (headers, rows) for the clipboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from eduqa_desktop.ui.dashboard.chart_data import Bar, Point, Series, count_ticks
from eduqa_desktop.ui.dashboard.palette import BLUE, GREY, MUTED, TEXT

BAR_THICKNESS = 0.66
MIN_ROWS = 6  # a bar chart is laid out for at least this many bars
LABEL_WIDTH = 250  # pixels for category names on the left axis (longer ones are elided)


@dataclass(frozen=True, slots=True)
class Hit:
    rect: QRectF  # in view (data) coordinates
    tooltip: str
    key: Any = None


def _font(points: float = 9.0, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def readable_text_colour(background: str) -> str:
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#ffffff" if luminance < 140 else TEXT


class ValueLabels(pg.GraphicsObject):
    """Every value label of a chart in one item, drawn at screen size at data points.

    (A pyqtgraph TextItem per label costs milliseconds each to create; a district's dashboard
    has hundreds of labels.)
    """

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.font = font
        self.labels: list[tuple[float, float, str, tuple[float, float], QColor]] = []

    def add(self, x: float, y: float, text: str, anchor: tuple[float, float], colour: str) -> None:
        self.prepareGeometryChange()
        self.labels.append((x, y, text, anchor, QColor(colour)))

    def texts(self) -> list[str]:
        return [label[2] for label in self.labels]

    def boundingRect(self) -> QRectF:
        box = self.getViewBox()
        if box is None:
            return QRectF()
        return box.viewRect()  # texts stand out of their points by some pixels: all of it

    def paint(self, painter: QPainter, *_args: Any) -> None:
        view = self.getViewWidget()
        if view is None:
            return
        # (pyqtgraph's deviceTransform() crashes inside paint() with PySide6 6.12.)
        to_widget = self.sceneTransform() * view.viewportTransform()
        inverse, invertible = to_widget.inverted()
        if not invertible:
            return
        painter.save()
        # Keep what lies outside the plot (a PDF's scale), drop the data scaling.
        painter.setTransform(inverse * painter.transform())
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        for x, y, text, (ax, ay), colour in self.labels:
            point = to_widget.map(QPointF(x, y))
            width, height = metrics.horizontalAdvance(text), metrics.height()
            painter.setPen(colour)
            painter.drawText(
                QRectF(point.x() - ax * width, point.y() - ay * height, width + 1, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.restore()


class ChartView(pg.PlotWidget):
    bar_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, label_width: int = LABEL_WIDTH) -> None:
        super().__init__(parent, background="w")
        self.label_width = label_width
        self.setMinimumHeight(220)
        self.setAntialiasing(True)
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(MUTED))
            axis.setTextPen(pg.mkPen(TEXT))
            axis.setStyle(tickFont=_font(8.5), autoExpandTextSpace=True)
        self.hits: list[Hit] = []
        self.items: list[Any] = []  # what is plotted (BarGraphItem, PlotDataItem…), in order
        self.table: tuple[list[str], list[list[str]]] = ([], [])
        self.last_tooltip = ""
        self._labels: ValueLabels | None = None
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    # --- common ---------------------------------------------------------------------------

    @property
    def view_box(self) -> pg.ViewBox:
        return self.getPlotItem().getViewBox()

    def clear_chart(self) -> None:
        plot = self.getPlotItem()
        plot.clear()
        self.view_box.invertY(False)
        self.hits = []
        self.items = []
        self._labels = None
        self.table = ([], [])
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTicks(None)
            axis.setLabel("")
            axis.setWidth(None) if name == "left" else axis.setHeight(None)

    def _add(self, item: Any) -> Any:
        self.getPlotItem().addItem(item)
        self.items.append(item)
        return item

    def _label(
        self, x: float, y: float, text: str, anchor: tuple[float, float], colour: str = TEXT
    ) -> None:
        """A value label at a data point; ``anchor`` (0..1, 0..1) is the point's place on it."""
        if self._labels is None or self._labels.scene() is None:
            self._labels = ValueLabels(_font(8.5))
            self._labels.setZValue(20)
            self.getPlotItem().addItem(self._labels)
        self._labels.add(x, y, text, anchor, colour)

    def _shade(self, regions: Sequence[tuple[float, float, str]], *, alpha: int) -> None:
        """Vertical bands (from, to, colour) behind the data."""
        for low, high, colour in regions:
            shade = QColor(colour)
            shade.setAlpha(alpha)
            region = pg.LinearRegionItem(
                values=(low, high), movable=False, brush=pg.mkBrush(shade), pen=pg.mkPen(None)
            )
            region.setZValue(-10)
            self.getPlotItem().addItem(region)

    def _category_axis(self, name: str, labels: Sequence[str], positions: Sequence[float]) -> None:
        axis = self.getPlotItem().getAxis(name)
        if name == "left":
            metrics = QFontMetrics(_font(8.5))
            shown = [
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.label_width)
                for text in labels
            ]
            widest = max((metrics.horizontalAdvance(text) for text in shown), default=20)
            axis.setWidth(widest + 14)
        else:
            shown = list(labels)
        axis.setTicks([list(zip(positions, shown, strict=True)), []])

    def _value_axis(self, name: str, ticks: Sequence[tuple[float, str]], title: str) -> None:
        axis = self.getPlotItem().getAxis(name)
        axis.setTicks([list(ticks), []])
        axis.setLabel(title, color=TEXT)

    # --- bar charts -------------------------------------------------------------------------

    def show_hbars(
        self,
        labels: Sequence[str],
        bars: Sequence[Bar],
        *,
        maximum: float,
        ticks: Sequence[tuple[float, str]],
        axis_title: str,
        reference: tuple[float, str] | None = None,
    ) -> None:
        """Horizontal bars, the first category on top; ``reference`` = (value, label) line."""
        self.show_grouped_hbars(
            labels,
            [[bar] for bar in bars],
            maximum=maximum,
            ticks=ticks,
            axis_title=axis_title,
            reference=reference,
        )

    def show_vbars(
        self,
        labels: Sequence[str],
        bars: Sequence[Bar],
        *,
        maximum: float,
        ticks: Sequence[tuple[float, str]],
        axis_title: str,
        category_title: str,
        reference: tuple[float, str] | None = None,
    ) -> None:
        """Vertical bars, the first category on the left."""
        self.clear_chart()
        count = len(bars)
        xs = list(range(count))
        item = pg.BarGraphItem(
            x=xs,
            y0=[0.0] * count,
            height=[bar.value for bar in bars],
            width=BAR_THICKNESS,
            brushes=[pg.mkBrush(bar.colour) for bar in bars],
            pens=[pg.mkPen(bar.colour) for bar in bars],
        )
        self._add(item)
        for bar, x in zip(bars, xs, strict=True):
            if bar.text:
                self._label(x, bar.value, bar.text, (0.5, 1))
            self.hits.append(Hit(QRectF(x - 0.45, 0, 0.9, maximum * 1.15), bar.tooltip, bar.key))
        self._category_axis("bottom", labels, xs)
        self.getPlotItem().getAxis("bottom").setLabel(category_title, color=TEXT)
        self._value_axis("left", ticks, axis_title)
        if reference is not None:
            self._reference(reference, vertical=False)
        self.view_box.setRange(xRange=(-0.6, count - 0.4), yRange=(0, maximum * 1.15), padding=0)

    def show_grouped_hbars(
        self,
        labels: Sequence[str],
        groups: Sequence[Sequence[Bar]],
        *,
        maximum: float,
        ticks: Sequence[tuple[float, str]],
        axis_title: str,
        reference: tuple[float, str] | None = None,
    ) -> None:
        """Horizontal bars in groups: ``groups[category]`` = one bar per series, top down."""
        self.clear_chart()
        count = len(groups)
        ys = [count - 1 - index for index in range(count)]
        per_group = max((len(group) for group in groups), default=1)
        band = BAR_THICKNESS if per_group == 1 else 0.8
        thickness = band / per_group
        for layer in range(per_group):
            offset = band / 2 - thickness * (layer + 0.5)
            bars = [group[layer] if layer < len(group) else Bar(0.0) for group in groups]
            item = pg.BarGraphItem(
                x0=[0.0] * count,
                y=[y + offset for y in ys],
                width=[bar.value for bar in bars],
                height=thickness if per_group == 1 else thickness * 0.9,
                brushes=[pg.mkBrush(bar.colour) for bar in bars],
                pens=[pg.mkPen(bar.colour) for bar in bars],
            )
            self._add(item)
            for bar, y in zip(bars, ys, strict=True):
                if bar.text:
                    self._label(bar.value, y + offset, " " + bar.text, (0, 0.5))
                # A single bar answers anywhere along its row.
                height = 0.9 if per_group == 1 else thickness
                self.hits.append(
                    Hit(
                        QRectF(0, y + offset - height / 2, maximum * 1.2, height),
                        bar.tooltip,
                        bar.key,
                    )
                )
        self._category_axis("left", labels, ys)
        self._value_axis("bottom", ticks, axis_title)
        if reference is not None:
            self._reference(reference, vertical=True)
        top = count - 0.4 + (0.7 if reference is not None else 0)
        # A few bars keep the thickness of many (at the top), never a slab each.
        bottom = min(-0.6, count - MIN_ROWS - 0.6)
        self.view_box.setRange(xRange=(0, maximum * 1.2), yRange=(bottom, top), padding=0)

    def _reference(self, reference: tuple[float, str], *, vertical: bool) -> None:
        value, text = reference
        line = pg.InfiniteLine(
            pos=value,
            angle=90 if vertical else 0,
            pen=pg.mkPen(TEXT, width=1.5, style=Qt.PenStyle.DashLine),
            label=text,
            labelOpts={
                "position": 0.995 if vertical else 0.99,
                "color": TEXT,
                "fill": pg.mkBrush(255, 255, 255, 230),
                "anchors": [(0, 0), (0, 0)] if vertical else [(1, 1), (1, 1)],
            },
        )
        line.setZValue(15)
        self.getPlotItem().addItem(line)

    def show_stacked(
        self,
        labels: Sequence[str],
        segments: Sequence[Sequence[Bar]],
        *,
        ticks: Sequence[tuple[float, str]],
        axis_title: str,
        maximum: float = 100.0,
    ) -> None:
        """Horizontal stacked bars: ``segments[category]`` left to right."""
        self.clear_chart()
        count = len(segments)
        ys = [count - 1 - index for index in range(count)]
        width = max((len(parts) for parts in segments), default=0)
        starts = [0.0] * count
        for layer in range(width):
            parts = [row[layer] if layer < len(row) else Bar(0.0) for row in segments]
            item = pg.BarGraphItem(
                x0=list(starts),
                y=ys,
                width=[part.value for part in parts],
                height=BAR_THICKNESS,
                brushes=[pg.mkBrush(part.colour) for part in parts],
                pens=[pg.mkPen("w", width=0.8) for _ in parts],
            )
            self._add(item)
            for index, part in enumerate(parts):
                y, start = ys[index], starts[index]
                if part.value > 0:
                    self.hits.append(
                        Hit(QRectF(start, y - 0.45, part.value, 0.9), part.tooltip, part.key)
                    )
                    if part.text and part.value >= maximum * 0.09:
                        self._label(
                            start + part.value / 2,
                            y,
                            part.text,
                            (0.5, 0.5),
                            readable_text_colour(part.colour),
                        )
                starts[index] = start + part.value
        self._category_axis("left", labels, ys)
        self._value_axis("bottom", ticks, axis_title)
        self.view_box.setRange(xRange=(0, maximum), yRange=(-0.6, count - 0.4), padding=0.01)

    # --- other charts --------------------------------------------------------------------------

    def show_lines(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        *,
        value_range: tuple[float, float],
        ticks: Sequence[tuple[float, str]],
        axis_title: str,
    ) -> None:
        self.clear_chart()
        xs = list(range(len(labels)))
        for line in series:
            ys = [float("nan") if v is None else float(v) for v in line.values]
            style = Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine
            item = pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(line.colour, width=2.5, style=style),
                symbol=line.symbol,
                symbolSize=9,
                symbolBrush=pg.mkBrush(line.colour),
                symbolPen=pg.mkPen("w"),
                connect="finite",
                name=line.name,
            )
            self._add(item)
            for x, value, tip in zip(xs, line.values, line.tooltips, strict=True):
                if value is not None:
                    self.hits.append(Hit(QRectF(x, value, 0, 0), tip))
        self._category_axis("bottom", labels, xs)
        self._value_axis("left", ticks, axis_title)
        low, high = value_range
        margin = (high - low) * 0.04
        self.view_box.setRange(
            xRange=(-0.4, max(len(labels) - 0.6, 0.4)), yRange=(low, high + margin), padding=0
        )

    def show_histogram(
        self,
        edges: Sequence[float],
        bars: Sequence[Bar],
        regions: Sequence[tuple[float, float, str]],
        *,
        maximum: float,
        ticks: Sequence[tuple[float, str]],
        count_ticks: Sequence[tuple[float, str]],
        axis_title: str,
        count_title: str,
    ) -> None:
        """Bins from ``edges[i]`` to ``edges[i + 1]`` over shaded ``regions`` (from, to, colour)."""
        self.clear_chart()
        self._shade(regions, alpha=55)
        widths = [edges[i + 1] - edges[i] for i in range(len(bars))]
        item = pg.BarGraphItem(
            x0=list(edges[: len(bars)]),
            y0=[0.0] * len(bars),
            width=widths,
            height=[bar.value for bar in bars],
            brushes=[pg.mkBrush(bar.colour) for bar in bars],
            pens=[pg.mkPen("w") for _ in bars],
        )
        self._add(item)
        for bar, low, width in zip(bars, edges, widths, strict=False):
            if bar.value > 0:
                self._label(low + width / 2, bar.value, bar.text, (0.5, 1))
            self.hits.append(
                Hit(QRectF(low, 0, width, max(bar.value, maximum * 0.05)), bar.tooltip)
            )
        self._value_axis("bottom", ticks, axis_title)
        self._value_axis("left", count_ticks, count_title)
        self.view_box.setRange(xRange=(0, 100), yRange=(0, maximum * 1.18), padding=0.01)

    def show_heatmap(
        self,
        rows: Sequence[str],
        columns: Sequence[str],
        cells: Sequence[Sequence[Bar]],
        *,
        column_title: str,
    ) -> None:
        """``cells[row][column]``, the first row on top; columns numbered 1..n on the axis."""
        self.clear_chart()
        count = len(rows)
        x0, y0, brushes, heights = [], [], [], []
        for r, row in enumerate(cells):
            y = count - 1 - r
            for c, cell in enumerate(row):
                x0.append(c)
                y0.append(y - 0.5)
                heights.append(1.0)
                brushes.append(pg.mkBrush(cell.colour))
                self.hits.append(Hit(QRectF(c, y - 0.5, 1, 1), cell.tooltip, cell.key))
                if cell.text:
                    self._label(
                        c + 0.5, y, cell.text, (0.5, 0.5), readable_text_colour(cell.colour)
                    )
        item = pg.BarGraphItem(
            x0=x0, y0=y0, width=1.0, height=heights, brushes=brushes, pen=pg.mkPen("w", width=2)
        )
        self._add(item)
        self._category_axis("left", rows, [count - 1 - r for r in range(count)])
        self._category_axis(
            "bottom",
            [str(c + 1) for c in range(len(columns))],
            [c + 0.5 for c in range(len(columns))],
        )
        self.getPlotItem().getAxis("bottom").setLabel(column_title, color=TEXT)
        self.view_box.setRange(
            xRange=(0, max(len(columns), 1)), yRange=(-0.5, count - 0.5), padding=0.01
        )

    def show_scatter(
        self,
        points: Sequence[Point],
        *,
        x_ticks: Sequence[tuple[float, str]],
        y_ticks: Sequence[tuple[float, str]],
        x_title: str,
        y_title: str,
        regions: Sequence[tuple[float, float, str]] = (),
        x_range: tuple[float, float] = (0, 100),
        y_range: tuple[float, float] = (0, 100),
    ) -> None:
        self.clear_chart()
        self._shade(regions, alpha=35)
        item = pg.ScatterPlotItem(
            x=[p.x for p in points],
            y=[p.y for p in points],
            size=10,
            brush=pg.mkBrush(BLUE),
            pen=pg.mkPen("w", width=1),
        )
        self._add(item)
        for point in points:
            self.hits.append(Hit(QRectF(point.x, point.y, 0, 0), point.tooltip, point.key))
        self._value_axis("bottom", x_ticks, x_title)
        self._value_axis("left", y_ticks, y_title)
        self.view_box.setRange(xRange=x_range, yRange=y_range, padding=0.03)

    # --- hover and click ---------------------------------------------------------------------

    def hit_at(self, scene_pos: QPointF) -> Hit | None:
        """The most specific hit region under a point of the scene (5 pixels of slack)."""
        box = self.view_box
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        slack_x, slack_y = (abs(v) * 5 for v in box.viewPixelSize())
        found = [
            hit
            for hit in self.hits
            if hit.rect.normalized().adjusted(-slack_x, -slack_y, slack_x, slack_y).contains(point)
        ]
        if not found:
            return None
        return min(found, key=lambda hit: hit.rect.width() * hit.rect.height())

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        hit = self.hit_at(scene_pos)
        if hit is None or not hit.tooltip:
            self.last_tooltip = ""
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.last_tooltip = hit.tooltip
        where = self.mapToGlobal(self.mapFromScene(scene_pos))
        QToolTip.showText(where, hit.tooltip, self)
        if hit.key is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()

    def _on_mouse_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit_at(event.scenePos())
        if hit is not None and hit.key is not None:
            self.bar_clicked.emit(hit.key)


__all__ = [
    "GREY",
    "Bar",
    "ChartView",
    "Hit",
    "Point",
    "Series",
    "count_ticks",
    "readable_text_colour",
]

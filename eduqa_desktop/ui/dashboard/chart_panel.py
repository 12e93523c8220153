"""A dashboard panel: a titled chart with its legend, its tools (PNG, copy data) and, when
there is nothing to show, a sentence saying so instead of an empty frame.

A panel may also hold a detail page (a drill-down) with a *Back* button. What is exported and
copied is what the panel shows at the moment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.dashboard.chart_host import ChartHost
from eduqa_desktop.ui.look import icon

Table = tuple[list[str], list[list[str]]]


def table_text(title: str, table: Table) -> str:
    """A table as tab-separated text, the title on the first line (pastes into Excel)."""
    headers, rows = table
    lines = [title] if title else []
    lines.append("\t".join(headers))
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def legend_html(entries: Sequence[tuple[str, str]]) -> str:
    """Coloured squares with names: [(colour, name)]."""
    return "&nbsp;&nbsp; ".join(
        f'<span style="color:{colour}; font-size:12pt">■</span>&nbsp;{name}'
        for colour, name in entries
    )


class ChartPanel(QFrame):
    back_requested = Signal()
    exported = Signal(str)  # the path of a PNG written

    CHART, EMPTY, DETAIL = range(3)

    def __init__(self, name: str, parent: QWidget | None = None, *, height: int = 370) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedHeight(height)  # the same on screen whatever the charts ask
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.back_button = QToolButton()
        self.back_button.setIcon(icon("back"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setToolTip(self.tr("Back to the whole chart"))
        self.back_button.hide()
        self.back_button.clicked.connect(self.back_requested.emit)
        self.png_button = self._tool("image", self.tr("Save this chart as a PNG picture"))
        self.copy_button = self._tool("copy", self.tr("Copy the chart's data as a table"))
        self.copy_button.clicked.connect(self.copy_data)
        self.png_button.clicked.connect(self._on_png)

        # The canvas is what a PNG shows: title, chart, legend (not the tools).
        self.canvas = QWidget()
        self.canvas.setAutoFillBackground(True)
        self.canvas.setStyleSheet("background: #ffffff;")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 10.5pt; color: #1f4e79;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty("role", "hint")
        self.subtitle.hide()
        self.chart = ChartHost()  # the chart itself comes after the window's first paint
        self.empty = QLabel()
        self.empty.setProperty("role", "empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.detail_holder = QWidget()
        self.detail_layout = QVBoxLayout(self.detail_holder)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.detail_holder)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()

        canvas_layout = QVBoxLayout(self.canvas)
        canvas_layout.setContentsMargins(8, 6, 8, 6)
        canvas_layout.setSpacing(3)
        canvas_layout.addWidget(self.title)
        canvas_layout.addWidget(self.subtitle)
        canvas_layout.addWidget(self.stack, 1)
        canvas_layout.addWidget(self.legend)

        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(8, 4, 8, 0)
        self.tools.addWidget(self.back_button)
        self.tools.addStretch(1)
        self.tools.addWidget(self.png_button)
        self.tools.addWidget(self.copy_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addLayout(self.tools)
        layout.addWidget(self.canvas, 1)

        self._detail_table: Callable[[], Table] | None = None

    def _tool(self, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(18, 18))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def add_tool(self, widget: QWidget) -> None:
        """A control of the panel's own (a combo box) at the left of the tools."""
        self.tools.insertWidget(1, widget)

    # --- what is shown ------------------------------------------------------------------------

    def set_title(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def set_legend(self, html: str) -> None:
        self.legend.setText(html)
        self.legend.setVisible(bool(html))

    def show_chart(self) -> None:
        self.stack.setCurrentIndex(self.CHART)
        self.back_button.hide()
        self._set_tools_enabled(True)

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.chart.clear_chart()
        self.stack.setCurrentIndex(self.EMPTY)
        self.back_button.hide()
        self.set_legend("")
        self._set_tools_enabled(False)

    def show_detail(self, widget: QWidget, table: Callable[[], Table]) -> None:
        while self.detail_layout.count():
            old = self.detail_layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        self.detail_layout.addWidget(widget)
        self._detail_table = table
        self.stack.setCurrentIndex(self.DETAIL)
        self.back_button.show()
        self._set_tools_enabled(True)

    @property
    def showing_detail(self) -> bool:
        return self.stack.currentIndex() == self.DETAIL

    @property
    def showing_empty(self) -> bool:
        return self.stack.currentIndex() == self.EMPTY

    def _set_tools_enabled(self, enabled: bool) -> None:
        self.png_button.setEnabled(enabled)
        self.copy_button.setEnabled(enabled)

    # --- export -----------------------------------------------------------------------------

    def table(self) -> Table:
        if self.showing_detail and self._detail_table is not None:
            return self._detail_table()
        return self.chart.table

    def copy_data(self) -> str:
        text = table_text(self.title.text(), self.table())
        QGuiApplication.clipboard().setText(text)
        return text

    def picture(self) -> QPixmap:
        self.chart.ensure_chart()
        return self.canvas.grab()

    def save_png(self, path: str) -> bool:
        return self.picture().save(path, "PNG")

    def _on_png(self) -> None:
        suggested = f"{self.objectName()}.png"
        path = prompts.save_file(
            self, self.tr("Save the chart as a picture"), suggested, self.tr("PNG picture (*.png)")
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.save_png(path):
            self.exported.emit(path)
        else:
            prompts.warning(
                self,
                self.tr("Save the chart as a picture"),
                self.tr(
                    "The picture could not be written to {path}. Choose another folder."
                ).format(path=path),
            )

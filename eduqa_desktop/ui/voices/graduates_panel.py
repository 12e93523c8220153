"""The Graduates panel on the Dashboard: where the last graduates of grades 9 and 11 went.

A table of destinations (rows) by grade (columns), each cell the count and its share of the
grade, with the totals of further study, of placements with partners and of the known; under
it the partner organisations with their placements. The latest year with graduates up to the
dashboard's year is shown (a year's pupils graduate at its end). Loaded on the thread pool.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.graduates import DESTINATION_ORDER, GRADUATING_GRADES, Destinations
from eduqa_desktop.services.graduates import GraduatesData, graduates
from eduqa_desktop.ui.dashboard.query_runner import QueryRunner
from eduqa_desktop.ui.formatting import UNDEFINED, number, percent
from eduqa_desktop.ui.voices.fitted_table import FittedTable
from eduqa_desktop.ui.voices.labels import destination_name, placement_name

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PARTNERS_SHOWN = 6


class GraduatesPanel(QFrame):
    shown = Signal()
    enter_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graduates_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.data: GraduatesData | None = None
        self.runner = QueryRunner(self)
        self.title = QLabel(self.tr("Where the graduates went"))
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.empty = QLabel(
            self.tr("No graduates entered yet — say where grades 9 and 11 went after the year.")
        )
        self.empty.setProperty("role", "empty-state")
        self.empty.setWordWrap(True)
        self.enter_button = QPushButton(self.tr("Enter graduates…"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.enter_button.clicked.connect(self.enter_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.empty_row = QWidget()
        row = QHBoxLayout(self.empty_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.empty, 1)
        row.addWidget(self.enter_button)
        row.addWidget(self.import_button)
        self.table = FittedTable()
        self.partners = QLabel()
        self.partners.setWordWrap(True)
        self.partners.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.partners.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_row)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.partners, 2)
        layout.addLayout(body)
        self._show_empty(True)

    def load(self, db: object, school_id: int | None, year: str | None) -> None:
        ids = None if school_id is None else [school_id]
        self.runner.submit(
            lambda: graduates(db, school_ids=ids, year=year),  # type: ignore[arg-type]
            self.draw,
        )

    def _show_empty(self, empty: bool) -> None:
        self.empty_row.setVisible(empty)
        self.table.setVisible(not empty)
        self.partners.setVisible(not empty)

    def draw(self, data: GraduatesData) -> None:
        self.data = data
        self._show_empty(data.empty)
        if data.empty:
            self.title.setText(self.tr("Where the graduates went"))
        else:
            self.title.setText(self.tr("Where the graduates of {year} went").format(year=data.year))
            self._draw_table(data)
            self._draw_partners(data)
        self.shown.emit()

    def _cell(self, count: int, cohort: Destinations) -> QTableWidgetItem:
        if cohort.graduates == 0:
            item = QTableWidgetItem(UNDEFINED)
        else:
            item = QTableWidgetItem(f"{number(count)} ({percent(cohort.share_of(count))})")
        item.setTextAlignment(RIGHT)
        return item

    def _draw_table(self, data: GraduatesData) -> None:
        cohorts = [data.grade(grade) for grade in GRADUATING_GRADES]
        used = [d for d in DESTINATION_ORDER if any(c.count(d) for c in cohorts)]
        labels = [destination_name(str(d)) for d in used] + [
            self.tr("Further study"),
            self.tr("With a partner organisation"),
            self.tr("Graduates"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(GRADUATING_GRADES))
        self.table.setRowCount(len(labels))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Grade {grade}").format(grade=grade) for grade in GRADUATING_GRADES]
        )
        self.table.setVerticalHeaderLabels(labels)
        for column, cohort in enumerate(cohorts):
            for row, destination in enumerate(used):
                self.table.setItem(row, column, self._cell(cohort.count(destination), cohort))
            base = len(used)
            self.table.setItem(base, column, self._cell(cohort.further_study, cohort))
            self.table.setItem(base + 1, column, self._cell(cohort.with_partner, cohort))
            total = QTableWidgetItem(number(cohort.graduates) if cohort.graduates else UNDEFINED)
            total.setTextAlignment(RIGHT)
            self.table.setItem(base + 2, column, total)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.fit()

    def _draw_partners(self, data: GraduatesData) -> None:
        totals: dict[str, dict[str, int]] = {}
        for placement in data.partners:
            ways = totals.setdefault(placement.partner, {})
            name = placement_name(str(placement.destination))
            ways[name] = ways.get(name, 0) + placement.graduates
        if not totals:
            self.partners.setText(self.tr("No graduate was placed with a partner organisation."))
            return
        ranked = sorted(totals.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        lines = [
            self.tr("{partner}: {count} ({ways})").format(
                partner=partner,
                count=number(sum(ways.values())),
                ways=", ".join(f"{way} {number(n)}" for way, n in ways.items()),
            )
            for partner, ways in ranked[:PARTNERS_SHOWN]
        ]
        if len(ranked) > PARTNERS_SHOWN:
            lines.append(self.tr("… and {count} more").format(count=len(ranked) - PARTNERS_SHOWN))
        self.partners.setText(self.tr("Partner organisations:") + "\n" + "\n".join(lines))

    def printable(self) -> bool:
        """Figures to print (not the empty state with its buttons, nor figures of another
        filter while the new ones load)."""
        return self.data is not None and not self.data.empty and not self.runner.busy

    def cell_text(self, destination: str, grade: int) -> str:
        """What the table shows for a destination (or "total") and a grade ("" when not shown)."""
        labels = [self.table.verticalHeaderItem(r).text() for r in range(self.table.rowCount())]
        wanted = self.tr("Graduates") if destination == "total" else destination_name(destination)
        if wanted not in labels:
            return ""
        item = self.table.item(labels.index(wanted), GRADUATING_GRADES.index(grade))
        return item.text() if item is not None else ""

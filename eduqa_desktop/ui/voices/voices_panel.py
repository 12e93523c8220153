"""The Voices panel: how parents, pupils, teachers and employers see the school, beside the marks.

A table of the share agreeing (answers 4–5) per dimension and group from the latest survey up
to the dashboard's quarter, each cell's tooltip with the mean, the respondents and the change
since the survey before; the places where parents or pupils disagree with teachers in words;
in a database of several schools, the schools side by side. A group with fewer respondents
than the setting is shown as "—" with the reason. Loaded on the thread pool after the
dashboard draws (its own :class:`QueryRunner`), so the dashboard never waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
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

from eduqa_desktop.domain.surveys import DIMENSION_ORDER, Satisfaction
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.surveys import GROUPS, GroupVoice, VoicesData, voices
from eduqa_desktop.ui.dashboard.query_runner import QueryRunner
from eduqa_desktop.ui.formatting import UNDEFINED, average, number, percent
from eduqa_desktop.ui.voices.fitted_table import FittedTable
from eduqa_desktop.ui.voices.labels import dimension_name, group_name

SCHOOLS_SHOWN = 12  # rows of the schools side by side before that table scrolls
LOW_SHARE = 50.0  # a share agreeing below this is marked (orange, with the words "low")
LOW_COLOUR = QColor("#E69F00")
GAP_COLOUR = QColor("#D55E00")


def _signed(points: float | None) -> str:
    if points is None:
        return UNDEFINED
    text = number(abs(points), 1)
    return f"+{text}" if points > 0 else (f"−{text}" if points < 0 else text)


class VoicesPanel(QFrame):
    shown = Signal()  # fresh figures are drawn
    import_requested = Signal()
    template_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voices_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.data: VoicesData | None = None
        self.runner = QueryRunner(self)
        self.title = QLabel(
            self.tr("Voices: how parents, pupils, teachers and employers see the school")
        )
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "No survey yet — print a questionnaire, type the answers into the template "
                "and import it."
            )
        )
        self.empty.setProperty("role", "empty-state")
        self.empty.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import survey…"))
        self.template_button = QPushButton(self.tr("Blank survey template…"))
        self.import_button.clicked.connect(self.import_requested)
        self.template_button.clicked.connect(self.template_requested)
        self.empty_row = QWidget()
        empty_layout = QHBoxLayout(self.empty_row)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty, 1)
        empty_layout.addWidget(self.import_button)
        empty_layout.addWidget(self.template_button)

        self.table = self._table()
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.schools_title = QLabel(
            self.tr("Schools side by side (share agreeing, all statements)")
        )
        self.schools = FittedTable(max_rows=SCHOOLS_SHOWN)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "note")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_row)
        body = QHBoxLayout()
        body.addWidget(self.table, 2)
        body.addWidget(self.gaps, 1)
        layout.addLayout(body)
        layout.addWidget(self.schools_title)
        layout.addWidget(self.schools)
        layout.addWidget(self.note)
        self._show_empty(True)

    def _table(self) -> FittedTable:
        return FittedTable()

    # --- loading -------------------------------------------------------------------------------

    def load(self, db: object, school_id: int | None, year: str | None, term: int | None) -> None:
        self.runner.submit(
            lambda: voices(db, school_id=school_id, year=year, term=term),  # type: ignore[arg-type]
            self.draw,
        )

    def draw(self, data: VoicesData) -> None:
        self.data = data
        self._show_empty(data.empty)
        if not data.empty:
            self._draw_groups(data)
            self._draw_gaps(data)
            self._draw_schools(data)
            self.note.setText(
                self.tr(
                    "Share of answers 4 or 5 on the scale 1–5, from the latest survey of each "
                    "group; shown from {minimum} respondents."
                ).format(minimum=data.min_respondents)
            )
        self.shown.emit()

    def _show_empty(self, empty: bool) -> None:
        self.empty_row.setVisible(empty)
        for widget in (self.table, self.gaps, self.note):
            widget.setVisible(not empty)
        if empty:
            self.schools_title.hide()
            self.schools.hide()

    # --- the table of groups -------------------------------------------------------------------

    def _cell(
        self, index: Satisfaction | None, voice: GroupVoice, change: float | None
    ) -> QTableWidgetItem:
        if index is None:
            item = QTableWidgetItem(UNDEFINED)
            item.setToolTip(self.tr("Not asked of this group."))
        elif not index.shown:
            item = QTableWidgetItem(UNDEFINED)
            item.setToolTip(
                self.tr("Only {count} answered: shown from {minimum}.").format(
                    count=index.respondents, minimum=self.data.min_respondents if self.data else 5
                )
            )
        else:
            text = percent(index.share_agreeing)
            share = index.share_agreeing or 0.0
            if share < LOW_SHARE:
                text += " " + self.tr("(low)")
                item = QTableWidgetItem(text)
                item.setForeground(LOW_COLOUR.darker(130))
            else:
                item = QTableWidgetItem(text)
            tip = self.tr(
                "Mean {mean} of 5; {answers} answers from {respondents} respondents."
            ).format(
                mean=average(index.mean),
                answers=number(index.answers),
                respondents=number(index.respondents),
            )
            if change is not None and voice.previous_when is not None:
                tip += "\n" + self.tr("{change} points since {year}, quarter {term}.").format(
                    change=_signed(change), year=voice.previous_when[0], term=voice.previous_when[1]
                )
            item.setToolTip(tip)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _draw_groups(self, data: VoicesData) -> None:
        groups = [g for g in (data.group(s) for s in GROUPS) if g is not None]
        dimensions = [d for d in DIMENSION_ORDER if any(d in g.dimensions for g in groups)]
        self.table.clear()
        self.table.setColumnCount(len(groups))
        self.table.setRowCount(len(dimensions) + 2)
        for column, group in enumerate(groups):
            header = QTableWidgetItem(
                f"{group_name(str(group.stakeholder))}\n({number(group.respondents)})"
            )
            header.setToolTip(
                self.tr("{respondents} respondents; survey of {year}, quarter {term}.").format(
                    respondents=number(group.respondents), year=group.when[0], term=group.when[1]
                )
            )
            self.table.setHorizontalHeaderItem(column, header)
        labels = [dimension_name(str(d)) for d in dimensions]
        labels += [self.tr("All statements"), self.tr("Change since the survey before")]
        self.table.setVerticalHeaderLabels(labels)
        for column, group in enumerate(groups):
            for row, dimension in enumerate(dimensions):
                index = group.dimensions.get(dimension)
                self.table.setItem(row, column, self._cell(index, group, group.change(dimension)))
            self.table.setItem(
                len(dimensions), column, self._cell(group.overall, group, group.change())
            )
            change = QTableWidgetItem(
                _signed(group.change())
                + (" " + self.tr("points") if group.change() is not None else "")
            )
            change.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if group.previous_when is None:
                change.setToolTip(self.tr("No survey of this group before."))
            self.table.setItem(len(dimensions) + 1, column, change)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._fit(self.table)

    def _fit(self, table: FittedTable) -> None:
        table.fit()

    # --- where they disagree, and the schools ---------------------------------------------------

    def _draw_gaps(self, data: VoicesData) -> None:
        if not data.gaps:
            self.gaps.setText(
                self.tr("Parents and pupils see no dimension very differently from teachers.")
                if data.group(Stakeholder.TEACHERS) is not None
                else ""
            )
            self.gaps.setVisible(bool(self.gaps.text()))
            return
        lines = [
            self.tr(
                "{dimension}: {group} {share} agree, teachers {other} — {points} points apart."
            ).format(
                dimension=dimension_name(str(g.dimension)),
                group=group_name(g.group).lower(),
                share=percent(g.share),
                other=percent(g.other_share),
                points=number(abs(g.points), 1),
            )
            for g in data.gaps[:4]
        ]
        self.gaps.setText(self.tr("Where they disagree with teachers:") + "\n" + "\n".join(lines))
        self.gaps.setStyleSheet(f"color: {GAP_COLOUR.darker(120).name()};")
        self.gaps.show()

    def _draw_schools(self, data: VoicesData) -> None:
        several = len(data.schools) > 1
        self.schools_title.setVisible(several)
        self.schools.setVisible(several)
        if not several:
            return
        groups = [s for s in GROUPS if any(school.group(s) for school in data.schools)]
        self.schools.clear()
        self.schools.setColumnCount(len(groups))
        self.schools.setRowCount(len(data.schools))
        self.schools.setHorizontalHeaderLabels([group_name(str(s)) for s in groups])
        self.schools.setVerticalHeaderLabels([s.school for s in data.schools])
        for row, school in enumerate(data.schools):
            for column, stakeholder in enumerate(groups):
                voice = school.group(stakeholder)
                if voice is None:
                    item = QTableWidgetItem(UNDEFINED)
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                else:
                    item = self._cell(voice.overall, voice, voice.change())
                self.schools.setItem(row, column, item)
        self.schools.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._fit(self.schools)

    def printable(self) -> bool:
        """Figures to print (not the empty state with its buttons, nor figures of another
        filter while the new ones load)."""
        return self.data is not None and not self.data.empty and not self.runner.busy

    def cell_text(self, dimension: str, group: str) -> str:
        """What the table shows for a dimension ("all" for all statements) and a group."""
        assert self.data is not None
        groups = [str(g.stakeholder) for g in (self.data.group(s) for s in GROUPS) if g is not None]
        labels = [self.table.verticalHeaderItem(r).text() for r in range(self.table.rowCount())]
        wanted = self.tr("All statements") if dimension == "all" else dimension_name(dimension)
        item = self.table.item(labels.index(wanted), groups.index(group))
        return item.text() if item is not None else ""

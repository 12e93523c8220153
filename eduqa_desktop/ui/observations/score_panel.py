"""The live scores beside the observation form: overall score with its band, section scores,
how many criteria are answered, and the keys that work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from eduqa_desktop.services.checklist_views import TemplateView, localized
from eduqa_desktop.services.observation_records import ScoreSummary
from eduqa_desktop.ui.formatting import percent
from eduqa_desktop.ui.observations.labels import band_colour, band_name
from eduqa_desktop.ui.observations.snapshot_shares_box import SnapshotSharesBox


def band_style(band: str | None) -> str:
    colour = band_colour(band)
    if colour is None:
        return (
            "QLabel { color: #5a6470; border: 1px solid #d5d9e0; border-radius: 3px;"
            " padding: 2px 6px; }"
        )
    text = "#1b1b1b" if band in ("good", "needs_improvement") else "#ffffff"
    return (
        f"QLabel {{ background: {colour.name()}; color: {text}; border-radius: 3px;"
        " padding: 2px 6px; font-weight: bold; }"
    )


class ScorePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setMinimumWidth(280)
        self.title = QLabel(self.tr("Overall score"))
        self.title.setProperty("role", "hint")
        self.overall = QLabel("—")
        self.overall.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1f4e79;")
        self.overall.setAccessibleName(self.tr("Overall score"))
        self.band = QLabel("—")
        self.band.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.setProperty("role", "hint")
        self.sections = QGridLayout()
        self.sections.setColumnStretch(0, 1)
        self.sections.setVerticalSpacing(2)
        self.keys = QLabel()
        self.keys.setWordWrap(True)
        self.keys.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.overall)
        layout.addWidget(self.band, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        heading = QLabel(self.tr("Sections"))
        heading.setProperty("role", "hint")
        layout.addSpacing(6)
        layout.addWidget(heading)
        layout.addLayout(self.sections)
        self.time_on_task = SnapshotSharesBox()  # shown when the checklist takes snapshots
        self.time_on_task.hide()
        layout.addWidget(self.time_on_task)
        layout.addStretch(1)
        layout.addWidget(self.keys)
        self.section_scores: list[QLabel] = []

    def set_template(self, template: TemplateView | None, language: str) -> None:
        while self.sections.count():
            item = self.sections.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.section_scores = []
        if template is None:
            self.keys.setText("")
            return
        for row, section in enumerate(template.sections):
            title = QLabel(localized(section.title, language))
            title.setWordWrap(True)
            score = QLabel("—")
            score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.sections.addWidget(title, row, 0)
            self.sections.addWidget(score, row, 1)
            self.section_scores.append(score)
        values = [level.value for level in template.levels]
        na_keys = "0, N" if 0 not in values else "N"
        self.keys.setText(
            self.tr(
                "Keys: {first}–{last} level · {na} not applicable · ⌫ clear · ↑↓ move · "
                "Tab comment · Ctrl+Enter finalize"
            ).format(first=values[0], last=values[-1], na=na_keys)
        )

    def show_summary(self, summary: ScoreSummary | None) -> None:
        if summary is None:
            self.overall.setText("—")
            self.band.setText("—")
            self.band.setStyleSheet(band_style(None))
            self.progress.setText("")
            return
        self.overall.setText(percent(summary.overall))
        self.band.setText(band_name(summary.band))
        self.band.setStyleSheet(band_style(summary.band))
        self.progress.setText(
            self.tr("{answered} of {total} criteria answered").format(
                answered=summary.answered, total=summary.total
            )
        )
        for label, score in zip(self.section_scores, summary.sections, strict=False):
            label.setText(percent(score))

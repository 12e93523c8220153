"""An indicator card: its name, this term's value and the change from the previous term.

The change is written with an arrow and a sign ("▲ +2.3"); its colour (better / worse) only
repeats what the words say, and the tooltip says it in full.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from eduqa_desktop.ui.dashboard.palette import GREEN, MUTED, VERMILLION

UP, DOWN, SAME = "▲", "▼", "="


class IndicatorCard(QFrame):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"color: {MUTED}; font-size: 9pt;")
        # Two lines for every title, so that the values of all cards stand on one line.
        title_font = QFont(self.font())
        title_font.setPointSizeF(9)
        self.title.setFixedHeight(QFontMetrics(title_font).lineSpacing() * 2 + 2)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 17pt; font-weight: bold; color: #1f4e79;")
        self.change = QLabel()
        self.change.setStyleSheet("font-size: 9.5pt;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet(f"color: {MUTED}; font-size: 8.5pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setAccessibleName(title)
        self.change_colour = MUTED  # of the change's words (the printed page draws them too)
        self.change_bold = False
        self.setMinimumWidth(120)
        self.setFixedHeight(112)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_value(
        self,
        value: str,
        *,
        change: float | None,
        change_text: str,
        higher_is_better: bool = True,
        detail: str = "",
        tooltip: str = "",
    ) -> None:
        """``change`` decides the arrow and colour; ``change_text`` is the signed number."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if change is None:
            self.change.setText(change_text)
            self.change_colour, self.change_bold = MUTED, False
            self.change.setStyleSheet(f"font-size: 9.5pt; color: {MUTED};")
        else:
            arrow = UP if change > 0 else DOWN if change < 0 else SAME
            better = (change > 0) == higher_is_better
            colour = MUTED if change == 0 else GREEN if better else VERMILLION
            self.change.setText(f"{arrow} {change_text}")
            self.change_colour, self.change_bold = colour, True
            self.change.setStyleSheet(f"font-size: 9.5pt; font-weight: bold; color: {colour};")
        self.setToolTip(tooltip)

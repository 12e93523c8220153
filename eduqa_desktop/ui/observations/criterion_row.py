"""One criterion of the observation form: its text, the levels as buttons, N/A and a comment;
when a level in the lowest third of the scale is chosen, the criterion's next step from the
checklist's library is offered, with a button that adds it to the lesson's next steps.

Keyboard: a digit chooses that level and moves on; 0 (when 0 is not a level) or N marks N/A;
Backspace clears; ←/→ step through the levels; ↑/↓ move between criteria; Tab reaches the
comment and Enter in the comment goes on to the next criterion.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.signals_lessons import is_weak_score
from eduqa_desktop.services.checklist_views import CriterionView, LevelView, localized

NOT_APPLICABLE = 1000  # the id of the N/A button in the group (levels are 0..10)
# The N key in the Latin layout, and the same key (Т) or the letter Н in the Russian one.
NA_LETTERS = frozenset("nNтТнН")

CHOSEN = (
    "QPushButton:checked { background: #0072B2; color: #ffffff; border-color: #005c91; }"
    " QPushButton:checked:disabled { background: #5b8fb5; color: #ffffff; }"
)
FOCUSED = (
    "QFrame#criterion { background: #eef6fc; border: 1px solid #0072B2; border-radius: 4px; } "
    + CHOSEN
)
RESTING = "QFrame#criterion { background: transparent; border: 1px solid transparent; } " + CHOSEN


class CriterionRow(QFrame):
    changed = Signal()  # a level, N/A or the comment changed
    advance = Signal(int)  # move focus by +1 / -1 rows
    suggested = Signal(str)  # "Add to next steps" clicked: the next step's text

    def __init__(
        self,
        criterion: CriterionView,
        levels: tuple[LevelView, ...],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.values = [level.value for level in levels]
        self.read_only = False
        self.setObjectName("criterion")
        self.setStyleSheet(RESTING)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        text = localized(criterion.text, language)
        self.setAccessibleName(f"{criterion.number} {text}")
        self.text_label = QLabel(f"<b>{criterion.number}</b>&nbsp; {_html(text)}")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        if criterion.weight != 1:
            self.text_label.setToolTip(
                self.tr("Weight: {weight}").format(weight=f"{criterion.weight:g}")
            )
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # clicking the chosen level again clears it
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for level in levels:
            label = localized(level.label, language)
            button = self._button(f"{level.value} {label}".strip(), level.value)
            own = criterion.levels.get(str(level.value), {})
            description = localized(own, language) or localized(level.description, language)
            button.setToolTip(description)
            buttons.addWidget(button)
        na = self._button(self.tr("N/A"), NOT_APPLICABLE)
        na.setToolTip(
            self.tr("Not applicable in this lesson (key {key})").format(key=self.na_key_name())
        )
        buttons.addWidget(na)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Comment"))
        self.comment.setAccessibleName(
            self.tr("Comment on {number}").format(number=criterion.number)
        )
        self.comment.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.comment.setMinimumWidth(120)
        self.comment.textEdited.connect(lambda _t: self.changed.emit())
        self.comment.returnPressed.connect(lambda: self.advance.emit(1))
        buttons.addWidget(self.comment, 1)
        self.next_step = localized(criterion.next_step or {}, language)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setStyleSheet("color: #7a4b00;")
        self.use_step = QPushButton(self.tr("Add to next steps"))
        self.use_step.setToolTip(self.tr("Add this suggestion to the lesson's agreed next steps"))
        self.use_step.clicked.connect(lambda: self.suggested.emit(self.next_step))
        self.suggestion_row = QWidget()
        suggestion = QHBoxLayout(self.suggestion_row)
        suggestion.setContentsMargins(0, 0, 0, 0)
        suggestion.addWidget(self.suggestion, 1)
        suggestion.addWidget(self.use_step, 0, Qt.AlignmentFlag.AlignTop)
        self.suggestion_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)
        layout.addWidget(self.suggestion_row)
        self.group.idClicked.connect(self._on_clicked)

    def _button(self, text: str, button_id: int) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys; Tab stays short
        button.setProperty("level", True)
        self.group.addButton(button, button_id)
        return button

    def na_key_name(self) -> str:
        return "0 / N" if 0 not in self.values else "N"

    # --- value ---------------------------------------------------------------------------------

    def level(self) -> int | None:
        """The chosen level; None when none is chosen or N/A."""
        checked = self.group.checkedId()
        return checked if checked not in (-1, NOT_APPLICABLE) and checked in self.values else None

    def is_not_applicable(self) -> bool:
        button = self.group.button(NOT_APPLICABLE)
        return bool(button and button.isChecked())

    def is_answered(self) -> bool:
        return self.level() is not None or self.is_not_applicable()

    def set_answer(self, level: int | None, not_applicable: bool, comment: str = "") -> None:
        chosen = NOT_APPLICABLE if not_applicable else level
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == chosen and chosen is not None)
        self.comment.setText(comment)
        self._show_suggestion()

    def _choose(self, chosen: int | None) -> None:
        for button in self.group.buttons():
            button.setChecked(chosen is not None and self.group.id(button) == chosen)
        self._show_suggestion()
        self.changed.emit()

    def is_weak(self) -> bool:
        """A level in the lowest third of the scale is chosen."""
        level = self.level()
        return level is not None and is_weak_score(level, self.values[0], self.values[-1])

    def _show_suggestion(self) -> None:
        """The library's next step, while the level chosen is weak and the checklist has one."""
        show = bool(self.next_step) and self.is_weak()
        if show:
            self.suggestion.setText(
                self.tr("Next step to suggest: {step}").format(step=_html(self.next_step))
            )
        self.suggestion_row.setVisible(show)
        self.use_step.setVisible(not self.read_only)

    def _on_clicked(self, button_id: int) -> None:
        if self.read_only:
            return
        clicked = self.group.button(button_id)
        self._choose(button_id if clicked.isChecked() else None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in self.group.buttons():
            button.setEnabled(not read_only or button.isChecked())
        self.comment.setReadOnly(read_only)
        self._show_suggestion()

    # --- keyboard --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.advance.emit(1)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.advance.emit(-1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.comment.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.read_only or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if text.isdigit() and len(text) == 1:
            value = int(text)
            if value in self.values:
                self._choose(value)
                self.advance.emit(1)
            elif value == 0:
                self._choose(NOT_APPLICABLE)
                self.advance.emit(1)
            return
        if text in NA_LETTERS:
            self._choose(NOT_APPLICABLE)
            self.advance.emit(1)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._choose(None)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        current = self.level()
        if current is None:
            target = self.values[0] if direction > 0 else self.values[-1]
        else:
            index = self.values.index(current) + direction
            target = self.values[max(0, min(len(self.values) - 1, index))]
        self._choose(target)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet(FOCUSED)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet(RESTING)
        super().focusOutEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""Editing one questionnaire: its name and introduction, and the statements (texts in three
languages, one language at a time), each with its dimension and mechanism tags; add, remove,
reorder. A text changed in one language is marked out of date in the others, as in the
checklist editor. Statements keep their key, so an edited one stays the same statement."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.questionnaires import LANGUAGES, QuestionnaireSpec, StatementSpec
from eduqa_desktop.domain.surveys import DIMENSION_ORDER, Dimension
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.ui.observations.labels import mechanism_name
from eduqa_desktop.ui.voices.labels import dimension_name
from eduqa_desktop.ui.widgets.stale_languages import StaleLanguages

Text = dict[str, str]
LANGUAGE_NAMES = {"uz": "Oʻzbekcha", "ru": "Русский", "en": "English"}
ROLE = Qt.ItemDataRole.UserRole + 3


def _blank() -> Text:
    return dict.fromkeys(LANGUAGES, "")


@dataclass(eq=False)
class _Statement:
    dimension: Dimension
    text: Text = field(default_factory=_blank)
    mechanisms: list[Mechanism] = field(default_factory=list)
    key: str = ""


class QuestionnaireSpecEditor(QWidget):
    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base: QuestionnaireSpec | None = None
        self.name: Text = _blank()
        self.intro: Text = _blank()
        self.statements: list[_Statement] = []
        self.stale = StaleLanguages()
        self._filling = False
        self.text_language = QComboBox()
        self.text_language.setAccessibleName(self.tr("Texts in"))
        for code in LANGUAGES:
            self.text_language.addItem(LANGUAGE_NAMES[code], code)
        self.text_language.setCurrentIndex(
            LANGUAGES.index(language) if language in LANGUAGES else 2
        )
        self.text_language.currentIndexChanged.connect(lambda _i: self._show_all())
        self.stale_note = QLabel()
        self.stale_note.setProperty("role", "problem")
        self.stale_note.setWordWrap(True)
        self.up_to_date_button = QPushButton(self.tr("They are up to date"))
        self.up_to_date_button.setToolTip(
            self.tr("The texts in those languages were checked: remove the mark")
        )
        self.up_to_date_button.clicked.connect(self.confirm_up_to_date)
        language_row = QHBoxLayout()
        language_row.addWidget(self.text_language)
        language_row.addWidget(self.stale_note, 1)
        language_row.addWidget(self.up_to_date_button)
        self.name_edit = QLineEdit()
        self.name_edit.textEdited.connect(lambda t: self._set_text(self.name, t))
        self.intro_edit = QPlainTextEdit()
        self.intro_edit.setFixedHeight(48)
        self.intro_edit.setTabChangesFocus(True)
        self.intro_edit.textChanged.connect(
            lambda: self._set_text(self.intro, self.intro_edit.toPlainText())
        )
        top = QFormLayout()
        top.addRow(self.tr("Texts in"), language_row)
        top.addRow(self.tr("Name*"), self.name_edit)
        top.addRow(self.tr("Introduction"), self.intro_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._statements_part(), 1)

    def lang(self) -> str:
        return self.text_language.currentData()

    def _statements_part(self) -> QWidget:
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Statements"))
        self.list.currentRowChanged.connect(lambda _row: self._show_details())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add statement"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button, self.down_button = QPushButton("▲"), QPushButton("▼")
        for button, name in (
            (self.up_button, self.tr("Move up")),
            (self.down_button, self.tr("Move down")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        self.statement_text = QPlainTextEdit()
        self.statement_text.setTabChangesFocus(True)
        self.statement_text.setFixedHeight(80)
        self.statement_text.setAccessibleName(self.tr("Statement"))
        self.statement_text.textChanged.connect(self._on_text)
        self.dimension = QComboBox()
        for dimension in DIMENSION_ORDER:
            self.dimension.addItem(dimension_name(dimension), dimension)
        self.dimension.currentIndexChanged.connect(lambda _i: self._on_dimension())
        self.mechanisms = QListWidget()
        self.mechanisms.setWordWrap(True)
        self.mechanisms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for mechanism in Mechanism:
            item = QListWidgetItem(mechanism_name(mechanism))
            item.setData(ROLE, mechanism)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.mechanisms.addItem(item)
        self.mechanisms.itemChanged.connect(self._on_mechanism)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.addRow(self.tr("Statement"), self.statement_text)
        form.addRow(self.tr("Dimension"), self.dimension)
        form.addRow(self.tr("Mechanisms"), self.mechanisms)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 450])
        return splitter

    # --- languages out of date -------------------------------------------------------------

    def _set_text(self, text: Text, value: str) -> None:
        if not self._filling:
            text[self.lang()] = value
            self._mark(text)
            self.changed.emit()

    def _mark(self, text: Text) -> None:
        self.stale.mark(text, self.lang())
        self._show_stale()

    def stale_languages(self) -> set[str]:
        return set(self.stale.languages())

    def confirm_up_to_date(self) -> None:
        self.stale.confirm()
        self._show_stale()
        self.changed.emit()

    def _show_stale(self) -> None:
        stale = self.stale.languages()
        for index in range(self.text_language.count()):
            code = self.text_language.itemData(index)
            name = LANGUAGE_NAMES[code]
            self.text_language.setItemText(index, f"{name} ⚠" if code in stale else name)
        names = ", ".join(LANGUAGE_NAMES[code] for code in stale)
        self.stale_note.setText(
            self.tr("⚠ Out of date after a change in another language: {languages}").format(
                languages=names
            )
            if stale
            else ""
        )
        self.stale_note.setVisible(bool(stale))
        self.up_to_date_button.setVisible(bool(stale))

    # --- statements --------------------------------------------------------------------------

    def _label(self, number: int, statement: _Statement) -> str:
        text = statement.text.get(self.lang(), "") or next(
            (t for t in statement.text.values() if t), "…"
        )
        return f"{number}. {text}"

    def _show_list(self, row: int = 0) -> None:
        self._filling = True
        self.list.clear()
        for number, statement in enumerate(self.statements, start=1):
            item = QListWidgetItem(self._label(number, statement))
            item.setToolTip(item.text())
            self.list.addItem(item)
        self._filling = False
        self.list.setCurrentRow(min(max(row, 0), len(self.statements) - 1))
        self._show_details()

    def current(self) -> _Statement | None:
        row = self.list.currentRow()
        return self.statements[row] if 0 <= row < len(self.statements) else None

    def _show_details(self) -> None:
        statement = self.current()
        self._filling = True
        self.details.setEnabled(statement is not None)
        self.remove_button.setEnabled(statement is not None and len(self.statements) > 1)
        self.statement_text.setPlainText(statement.text.get(self.lang(), "") if statement else "")
        if statement is not None:
            self.dimension.setCurrentIndex(self.dimension.findData(statement.dimension))
        for index in range(self.mechanisms.count()):
            item = self.mechanisms.item(index)
            on = statement is not None and item.data(ROLE) in statement.mechanisms
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._filling = False

    def _on_text(self) -> None:
        statement = self.current()
        if self._filling or statement is None:
            return
        statement.text[self.lang()] = self.statement_text.toPlainText().strip()
        self._mark(statement.text)
        item = self.list.currentItem()
        item.setText(self._label(self.list.currentRow() + 1, statement))
        item.setToolTip(item.text())
        self.changed.emit()

    def _on_dimension(self) -> None:
        statement = self.current()
        if not self._filling and statement is not None:
            statement.dimension = Dimension(self.dimension.currentData())
            self.changed.emit()

    def _on_mechanism(self, item: QListWidgetItem) -> None:
        statement = self.current()
        if self._filling or statement is None:
            return
        mechanism = Mechanism(item.data(ROLE))  # Qt hands the enum back as its text
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and mechanism not in statement.mechanisms:
            statement.mechanisms.append(mechanism)
        elif not checked and mechanism in statement.mechanisms:
            statement.mechanisms.remove(mechanism)
        self.changed.emit()

    def _add(self) -> None:
        current = self.current()
        row = self.list.currentRow() + 1 if current else len(self.statements)
        dimension = current.dimension if current else DIMENSION_ORDER[0]
        self.statements.insert(row, _Statement(dimension))
        self._show_list(row)
        self.statement_text.setFocus()
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.statements) and len(self.statements) > 1:
            del self.statements[row]
            self._show_list(row)
            self.changed.emit()

    def _move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = max(0, min(len(self.statements) - 1, row + offset))
        if row < 0 or target == row:
            return
        self.statements.insert(target, self.statements.pop(row))
        self._show_list(target)
        self.changed.emit()

    # --- in and out ------------------------------------------------------------------------------

    def _show_all(self) -> None:
        self._filling = True
        self.name_edit.setText(self.name.get(self.lang(), ""))
        self.intro_edit.setPlainText(self.intro.get(self.lang(), ""))
        self._filling = False
        self._show_list(self.list.currentRow())

    def set_spec(self, spec: QuestionnaireSpec, stale: tuple[str, ...] = ()) -> None:
        self.base = spec
        self.name = {**_blank(), **spec.name}
        self.intro = {**_blank(), **spec.intro}
        self.statements = [
            _Statement(s.dimension, {**_blank(), **s.text}, list(s.mechanisms), s.key)
            for s in spec.statements
        ]
        self.stale.reset(stale)
        self.list.setCurrentRow(-1)
        self._show_all()
        self.list.setCurrentRow(0)
        self._show_stale()

    def spec(self) -> QuestionnaireSpec:
        assert self.base is not None
        return replace(
            self.base,
            name=dict(self.name),
            intro=dict(self.intro),
            statements=tuple(
                StatementSpec(number, s.dimension, dict(s.text), tuple(s.mechanisms), key=s.key)
                for number, s in enumerate(self.statements, start=1)
            ),
        )

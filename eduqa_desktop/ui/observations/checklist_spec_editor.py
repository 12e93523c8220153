"""Editing one checklist: name, description, the scale, sections and criteria (texts in three
languages, one language at a time), weights, mechanism tags, what each level looks like and
the next step to suggest when the criterion scores low.

A text changed in one language leaves the same text in the others out of date: the editor
says which languages (beside "Texts in" and in its list), until they are edited too or the
user says they are up to date."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
from eduqa_desktop.domain.vocabulary import Mechanism
from eduqa_desktop.services.checklist_views import localized
from eduqa_desktop.services.reference_data import (
    LANGUAGES,
    ChecklistSpec,
    CriterionSpec,
    LevelSpec,
    SectionSpec,
)
from eduqa_desktop.ui.observations.checklist_scale_editor import ScaleEditor, blank
from eduqa_desktop.ui.observations.labels import mechanism_name

Text = dict[str, str]
LANGUAGE_NAMES = {"uz": "Oʻzbekcha", "ru": "Русский", "en": "English"}
ITEM_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(eq=False)
class _Criterion:
    text: Text = field(default_factory=blank)
    weight: float = 1.0
    mechanisms: list[str] = field(default_factory=list)
    levels: dict[str, Text] = field(default_factory=dict)
    next_step: Text = field(default_factory=blank)


@dataclass(eq=False)
class _Section:
    title: Text = field(default_factory=blank)
    criteria: list[_Criterion] = field(default_factory=list)


class ChecklistSpecEditor(QWidget):
    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.code = ""
        self.name: Text = blank()
        self.description: Text = blank()
        self.sections: list[_Section] = []
        self._filling = False
        self._edited: dict[int, tuple[Text, set[str]]] = {}  # id(text) → languages edited
        self._stale_before: set[str] = set()  # out of date when opened
        self.text_language = QComboBox()
        for code in LANGUAGES:
            self.text_language.addItem(LANGUAGE_NAMES[code], code)
        self.text_language.setCurrentIndex(
            LANGUAGES.index(language) if language in LANGUAGES else 2
        )
        self.text_language.currentIndexChanged.connect(lambda _i: self._show_all())
        self.text_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.name_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(48)
        self.description_edit.setTabChangesFocus(True)
        top = QFormLayout()
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
        top.addRow(self.tr("Texts in"), language_row)
        top.addRow(self.tr("Name*"), self.name_edit)
        top.addRow(self.tr("Description"), self.description_edit)
        self.snapshots = QComboBox()
        self.snapshots.setAccessibleName(self.tr("Time-on-task snapshots"))
        for text, protocol in (
            (self.tr("None"), None),
            (self.tr("10 spread over the lesson (Stallings)"), SnapshotProtocol()),
            (
                self.tr("3 per 15-minute segment (Teach)"),
                SnapshotProtocol(ProtocolKind.SEGMENTS, 3),
            ),
        ):
            self.snapshots.addItem(text, protocol)
        self.snapshots.currentIndexChanged.connect(lambda _i: self._on_protocol_chosen())
        top.addRow(self.tr("Time-on-task snapshots"), self.snapshots)
        self.name_edit.textEdited.connect(lambda t: self._set_text(self.name, t))
        self.description_edit.textChanged.connect(
            lambda: self._set_text(self.description, self.description_edit.toPlainText())
        )
        pages = QTabWidget()
        pages.addTab(self._structure_page(), self.tr("Sections and criteria"))
        self.scale = ScaleEditor(self.lang)
        self.scale.changed.connect(self._on_scale_changed)
        self.scale.text_edited.connect(self._mark)
        pages.addTab(self.scale, self.tr("Scale"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(pages, 1)

    def _on_protocol_chosen(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _show_protocol(self, protocol: SnapshotProtocol | None) -> None:
        index = next(
            (i for i in range(self.snapshots.count()) if self.snapshots.itemData(i) == protocol),
            -1,
        )
        if index < 0:  # another count from a file: offered as it is
            self.snapshots.addItem(
                self.tr("{count} spread over the lesson").format(count=protocol.count), protocol
            )
            index = self.snapshots.count() - 1
        self.snapshots.setCurrentIndex(index)

    def lang(self) -> str:
        return self.text_language.currentData()

    def _set_text(self, text: Text, value: str) -> None:
        if not self._filling:
            text[self.lang()] = value
            self._mark(text)
            self.changed.emit()

    # --- languages out of date -------------------------------------------------------------

    def _mark(self, text: Text) -> None:
        """`text` was edited in the language shown: the others are out of date for it."""
        entry = self._edited.setdefault(id(text), (text, set()))
        entry[1].add(self.lang())
        if self.lang() in self._stale_before:
            # Bringing a language out of date in line: the others are the reference.
            entry[1].update(set(LANGUAGES) - self._stale_before)
        self._show_stale()

    def stale_languages(self) -> set[str]:
        stale = set(self._stale_before)
        for _text, edited in self._edited.values():
            stale |= set(LANGUAGES) - edited
        return stale

    def set_stale(self, languages: tuple[str, ...] | set[str]) -> None:
        """The languages out of date when the checklist was opened (kept in the database)."""
        self._stale_before = set(languages)
        self._show_stale()

    def confirm_up_to_date(self) -> None:
        """The user checked the other languages: nothing is out of date any more."""
        self._stale_before.clear()
        for _text, edited in self._edited.values():
            edited.update(LANGUAGES)
        self._show_stale()
        self.changed.emit()

    def _show_stale(self) -> None:
        stale = [code for code in LANGUAGES if code in self.stale_languages()]
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

    # --- scale ---------------------------------------------------------------------------------

    def _on_scale_changed(self) -> None:
        self._show_details()
        self.changed.emit()

    @property
    def levels(self) -> list[tuple[int, Text, Text]]:
        return self.scale.levels

    # --- sections and criteria -------------------------------------------------------------------

    def _structure_page(self) -> QWidget:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Section / criterion"), self.tr("Weight")])
        self.tree.setColumnWidth(0, 330)
        self.tree.currentItemChanged.connect(lambda *_: self._show_details())
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add section"), self._add_section),
            (self.tr("Add criterion"), self._add_criterion),
            (self.tr("Remove"), self._remove),
            ("▲", lambda: self._move(-1)),
            ("▼", lambda: self._move(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            if text in ("▲", "▼"):
                button.setAccessibleName(
                    self.tr("Move up") if text == "▲" else self.tr("Move down")
                )
                button.setToolTip(button.accessibleName())
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)
        self.item_text = QPlainTextEdit()
        self.item_text.setTabChangesFocus(True)
        self.item_text.setFixedHeight(80)
        self.item_text.textChanged.connect(self._on_item_text)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.1, 100)
        self.weight.setDecimals(1)
        self.weight.setSingleStep(0.5)
        self.weight.valueChanged.connect(self._on_weight)
        self.mechanisms = QListWidget()
        self.mechanisms.setWordWrap(True)
        self.mechanisms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for mechanism in Mechanism:
            item = QListWidgetItem(mechanism_name(mechanism))
            item.setData(ITEM_ROLE, mechanism.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.mechanisms.addItem(item)
        self.mechanisms.itemChanged.connect(self._on_mechanism)
        self.level_table = QTableWidget(0, 2)
        self.level_table.setHorizontalHeaderLabels(
            [self.tr("Level"), self.tr("What it looks like")]
        )
        self.level_table.horizontalHeader().setStretchLastSection(True)
        self.level_table.verticalHeader().setVisible(False)
        self.level_table.itemChanged.connect(self._on_level_description)
        self.next_step = QPlainTextEdit()
        self.next_step.setTabChangesFocus(True)
        self.next_step.setFixedHeight(56)
        self.next_step.setAccessibleName(self.tr("Next step to suggest"))
        self.next_step.setPlaceholderText(
            self.tr("What to suggest when this criterion scores low, as one concrete action")
        )
        self.next_step.textChanged.connect(self._on_next_step)
        self.details = QWidget()
        form = QFormLayout(self.details)
        self.item_label = QLabel(self.tr("Text"))
        form.addRow(self.item_label, self.item_text)
        form.addRow(self.tr("Weight"), self.weight)
        form.addRow(self.tr("Mechanisms"), self.mechanisms)
        form.addRow(self.tr("Levels"), self.level_table)
        form.addRow(self.tr("Next step"), self.next_step)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 480])
        return splitter

    def _show_tree(self, select: object = None) -> None:
        self._filling = True
        self.tree.clear()
        target = None
        for section in self.sections:
            top = QTreeWidgetItem([localized(section.title, self.lang()) or "…", ""])
            top.setData(0, ITEM_ROLE, section)
            self.tree.addTopLevelItem(top)
            target = top if section is select else target
            for criterion in section.criteria:
                child = QTreeWidgetItem(
                    [localized(criterion.text, self.lang()) or "…", f"{criterion.weight:g}"]
                )
                child.setData(0, ITEM_ROLE, criterion)
                child.setToolTip(0, child.text(0))
                top.addChild(child)
                target = child if criterion is select else target
        self.tree.expandAll()
        self._filling = False
        self.tree.setCurrentItem(target or self.tree.topLevelItem(0))
        self._show_details()

    def _current(self) -> tuple[_Section | None, _Criterion | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        data = item.data(0, ITEM_ROLE)
        if isinstance(data, _Criterion):
            return item.parent().data(0, ITEM_ROLE), data
        return data, None

    def _show_details(self) -> None:
        section, criterion = self._current()
        self._filling = True
        is_criterion = criterion is not None
        for widget in (self.weight, self.mechanisms, self.level_table, self.next_step):
            widget.setEnabled(is_criterion)
        self.item_label.setText(self.tr("Criterion") if is_criterion else self.tr("Section title"))
        text = criterion.text if criterion else (section.title if section else blank())
        self.item_text.setPlainText(text[self.lang()])
        self.item_text.setEnabled(section is not None)
        self.weight.setValue(criterion.weight if criterion else 1.0)
        self.next_step.setPlainText(criterion.next_step.get(self.lang(), "") if criterion else "")
        for row in range(self.mechanisms.count()):
            item = self.mechanisms.item(row)
            on = criterion is not None and item.data(ITEM_ROLE) in criterion.mechanisms
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.level_table.setRowCount(len(self.levels))
        for row, (value, label, _description) in enumerate(self.levels):
            head = QTableWidgetItem(f"{value} {localized(label, self.lang())}".strip())
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsEditable)
            own = criterion.levels.get(str(value), blank()) if criterion else blank()
            self.level_table.setItem(row, 0, head)
            self.level_table.setItem(row, 1, QTableWidgetItem(own.get(self.lang(), "")))
        self.level_table.resizeColumnToContents(0)
        self.level_table.resizeRowsToContents()
        self._filling = False

    def _refresh_item(self) -> None:
        item = self.tree.currentItem()
        section, criterion = self._current()
        if item is None:
            return
        text = criterion.text if criterion else section.title if section else blank()
        item.setText(0, localized(text, self.lang()) or "…")
        if criterion:
            item.setText(1, f"{criterion.weight:g}")

    def _on_item_text(self) -> None:
        section, criterion = self._current()
        if self._filling or section is None:
            return
        target = criterion.text if criterion else section.title
        target[self.lang()] = self.item_text.toPlainText().strip()
        self._mark(target)
        self._refresh_item()
        self.changed.emit()

    def _on_weight(self, value: float) -> None:
        _section, criterion = self._current()
        if not self._filling and criterion is not None:
            criterion.weight = float(value)
            self._refresh_item()
            self.changed.emit()

    def _on_mechanism(self, item: QListWidgetItem) -> None:
        _section, criterion = self._current()
        if self._filling or criterion is None:
            return
        value = item.data(ITEM_ROLE)
        if item.checkState() == Qt.CheckState.Checked and value not in criterion.mechanisms:
            criterion.mechanisms.append(value)
        elif item.checkState() != Qt.CheckState.Checked and value in criterion.mechanisms:
            criterion.mechanisms.remove(value)
        self.changed.emit()

    def _on_level_description(self, item: QTableWidgetItem) -> None:
        _section, criterion = self._current()
        if self._filling or criterion is None or item.column() != 1:
            return
        value = str(self.levels[item.row()][0])
        target = criterion.levels.setdefault(value, blank())
        target[self.lang()] = item.text().strip()
        self._mark(target)
        self.changed.emit()

    def _on_next_step(self) -> None:
        _section, criterion = self._current()
        if self._filling or criterion is None:
            return
        criterion.next_step[self.lang()] = self.next_step.toPlainText().strip()
        self._mark(criterion.next_step)
        self.changed.emit()

    def _add_section(self) -> None:
        section = _Section(criteria=[_Criterion()])
        self.sections.append(section)
        self._show_tree(section)
        self.item_text.setFocus()
        self.changed.emit()

    def _add_criterion(self) -> None:
        section, criterion = self._current()
        if section is None:
            self._add_section()
            return
        new = _Criterion()
        index = section.criteria.index(criterion) + 1 if criterion else len(section.criteria)
        section.criteria.insert(index, new)
        self._show_tree(new)
        self.item_text.setFocus()
        self.changed.emit()

    def _remove(self) -> None:
        section, criterion = self._current()
        if criterion is not None and section is not None:
            section.criteria.remove(criterion)
        elif section is not None:
            self.sections.remove(section)
        self._show_tree()
        self.changed.emit()

    def _move(self, offset: int) -> None:
        section, criterion = self._current()
        items: list = section.criteria if criterion and section else self.sections  # type: ignore[assignment]
        moving = criterion or section
        if moving is None:
            return
        index = items.index(moving)
        target = max(0, min(len(items) - 1, index + offset))
        items.insert(target, items.pop(index))
        self._show_tree(moving)
        self.changed.emit()

    # --- in and out ------------------------------------------------------------------------------

    def _show_all(self) -> None:
        self._filling = True
        self.name_edit.setText(self.name[self.lang()])
        self.description_edit.setPlainText(self.description[self.lang()])
        self._filling = False
        self.scale.show_levels()
        section, criterion = self._current()
        self._show_tree(criterion or section)

    def set_spec(self, spec: ChecklistSpec) -> None:
        self.code = spec.code
        self._edited, self._stale_before = {}, set()
        filling, self._filling = self._filling, True
        self._show_protocol(spec.snapshots)
        self._filling = filling
        self.name, self.description = dict(spec.name), dict(spec.description)
        self.scale.set_levels(
            [(lv.value, dict(lv.label), dict(lv.description)) for lv in spec.scale]
        )
        self.sections = [
            _Section(
                dict(s.title),
                [
                    _Criterion(
                        dict(c.text),
                        c.weight,
                        [str(m) for m in c.mechanisms],
                        {k: dict(v) for k, v in (c.levels or {}).items()},
                        {**blank(), **(c.next_step or {})},
                    )
                    for c in s.criteria
                ],
            )
            for s in spec.sections
        ]
        self.tree.setCurrentItem(None)
        self._show_all()
        self._show_stale()

    def spec(self) -> ChecklistSpec:
        return ChecklistSpec(
            code=self.code,
            name=dict(self.name),
            description=dict(self.description),
            scale=tuple(LevelSpec(v, dict(lb), dict(d)) for v, lb, d in self.levels),
            sections=tuple(
                SectionSpec(
                    dict(s.title),
                    tuple(
                        CriterionSpec(
                            dict(c.text),
                            c.weight,
                            tuple(Mechanism(m) for m in c.mechanisms),
                            {k: dict(v) for k, v in c.levels.items()} or None,
                            dict(c.next_step) if any(c.next_step.values()) else None,
                        )
                        for c in s.criteria
                    ),
                )
                for s in self.sections
            ),
            snapshots=self.snapshots.currentData(),
        )

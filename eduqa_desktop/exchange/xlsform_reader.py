"""An XLSForm workbook (KoboToolbox, ODK) read as a checklist: file → :class:`XlsForm`.

The rules, in the order of the survey sheet:

* ``begin_group``/``end_group`` (or ``begin group``) make sections. Nested groups are flattened:
  the criteria directly inside a group form one section, titled with the titles of every
  enclosing group joined by " › " ("Lesson › Opening"); criteria outside any group form a
  section titled with the form's title. Sections keep the order of their first criterion.
* A ``select_one LIST`` question whose choices are an ordered scale becomes a criterion:
  numeric choice names (whole numbers 0–10, consecutive; a gap refuses the file) or names of
  a known ordered scale (no/yes, never…always, poor…excellent: exchange/xlsform_format.py).
  The scale used by most criteria becomes the checklist's; its choice labels are the level
  labels. A question on another scale, or on a list that is no scale, is not carried over.
* Every ``note`` becomes a paragraph of the checklist's description.
* Every other row (text, integer, select_multiple, geopoint, calculate, image, anything inside
  a repeat …) is listed in :attr:`XlsForm.not_carried` with its row, and so are labels in a
  language the app does not have and the conditions (``relevant``) and hints of criteria.

Labels come from ``label::Language (code)`` columns (uz, ru, en); a plain ``label`` is in the
settings' ``default_language``, else in the language the caller gives. A bad form (no survey
sheet, an unknown choice list, unbalanced groups, a scale with gaps, no criterion, a name used
twice) raises :class:`XlsformError` naming the file, sheet, row and column. Read through the
file guard and python-calamine (exchange/workbook_reader.open_grid); nothing here writes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eduqa_desktop.domain.checklist_spec import (
    ChecklistSpec,
    CriterionSpec,
    LevelSpec,
    SectionSpec,
    parse_checklist,
    spec_to_data,
)
from eduqa_desktop.domain.snapshots import SnapshotProtocol
from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.checklist_workbook import read_snapshots
from eduqa_desktop.exchange.workbook_reader import open_grid
from eduqa_desktop.exchange.xlsform_extras import Extras
from eduqa_desktop.exchange.xlsform_format import (
    APP_LANGUAGES,
    CHOICES,
    GROUP_BEGIN,
    GROUP_END,
    METADATA_TYPES,
    NOTE,
    REPEAT_BEGIN,
    REPEAT_END,
    SELECT_ONE,
    SETTINGS,
    SURVEY,
    language_code,
    ordered_values,
    type_words,
)
from eduqa_desktop.exchange.xlsform_result import (
    CONDITION,
    HINT,
    IN_REPEAT,
    NOT_A_QUESTION_TYPE,
    NOT_A_SCALE,
    OTHER_LANGUAGE,
    OTHER_SCALE,
    NotCarried,
    XlsForm,
)
from eduqa_desktop.exchange.xlsform_sheets import (
    DUPLICATE_CHOICE,
    DUPLICATE_NAME,
    INVALID,
    NO_CRITERION,
    NO_LABEL,
    NO_SURVEY,
    SCALE_GAP,
    UNCLOSED,
    UNKNOWN_LIST,
    WRONG_END,
    FormSheet,
    XlsformError,
    cell,
)

__all__ = ["NotCarried", "XlsForm", "is_xlsform", "read_xlsform"]

Text = dict[str, str]
SECTION_JOIN = " › "


@dataclass
class _Criterion:
    row: int
    name: str
    list_name: str
    spec: CriterionSpec
    path: tuple[int, ...]  # the groups it is in, outermost first (their survey rows)


@dataclass
class _Open:
    kind: str  # GROUP_BEGIN or REPEAT_BEGIN
    row: int
    name: str
    title: Text


def is_xlsform(path: str | Path) -> bool:
    """Whether the workbook has a sheet "survey" with a "type" column (an XLSForm)."""
    try:
        grid = open_grid(Path(path))
    except UserError:
        return False
    try:
        survey = _sheet_name(grid.sheet_names, SURVEY)
        if survey is None:
            return False
        header = next(iter(grid.rows(survey)), [])
        return any(str(v or "").strip().casefold() == "type" for v in header)
    except UserError:
        return False
    finally:
        grid.close()


def _sheet_name(names: list[str], wanted: str) -> str | None:
    return next((name for name in names if name.strip().casefold() == wanted), None)


def read_xlsform(path: str | Path, language: str = "en") -> XlsForm:
    """The checklist an XLSForm describes; `language`: that of a plain ``label`` column when
    the settings name no default language."""
    path = Path(path)
    grid = open_grid(path)
    try:
        sheets: dict[str, FormSheet] = {}
        for wanted in (SURVEY, CHOICES, SETTINGS):
            name = _sheet_name(grid.sheet_names, wanted)
            if name is not None:
                sheets[wanted] = FormSheet.read(path.name, name, grid.rows(name))
    finally:
        grid.close()
    survey = sheets.get(SURVEY)
    if survey is None or survey.find("type") is None:
        raise XlsformError(NO_SURVEY, file=path.name, sheets=", ".join(grid.sheet_names))
    settings = _settings(sheets.get(SETTINGS))
    return _Reader(path.name, survey, sheets.get(CHOICES), settings,
                   _default_language(survey, settings, language)).read()  # fmt: skip


def _default_language(survey: FormSheet, settings: dict[str, str], language: str) -> str:
    """The language of a plain ``label`` and of the title: the settings' default_language,
    else (when every label names its language) the form's first, else `language`."""
    named = language_code(settings.get("default_language", ""))
    if named in APP_LANGUAGES:
        return named
    suffixes = survey.languages("label")
    coded = [language_code(s) for s in suffixes if s is not None]
    first = next((code for code in coded if code in APP_LANGUAGES), None)
    if None not in suffixes and first is not None:
        return first
    return language if language in APP_LANGUAGES else "en"


def _settings(sheet: FormSheet | None) -> dict[str, str]:
    if sheet is None or len(sheet.rows) < 2:
        return {}
    header, values = sheet.rows[0], sheet.rows[1]
    return {"_".join(h.casefold().split()): cell(values, i) for i, h in enumerate(header) if h}


class _Reader:
    def __init__(
        self,
        file: str,
        survey: FormSheet,
        choices: FormSheet | None,
        settings: dict[str, str],
        default: str,
    ) -> None:
        self.file, self.survey, self.choices = file, survey, choices
        self.settings, self.default = settings, default
        self.not_carried: list[NotCarried] = []
        self.languages: set[str] = set()
        self.scales: dict[str, tuple[int, ...] | None] = {}  # list name → values
        self.levels: dict[str, list[LevelSpec]] = {}
        self.extras = Extras(survey)
        self.choice_extras = Extras(choices) if choices is not None else None
        self.choice_rows: dict[int, list[str]] = {}

    # --- texts in the app's languages ---------------------------------------------------------

    def _language_columns(self, sheet: FormSheet, key: str, note: bool) -> dict[str, list[int]]:
        """App language → the columns of `key` in it (the coded one first, then plain)."""
        found: dict[str, list[int]] = {}
        for suffix, index in sorted(sheet.languages(key).items(), key=lambda kv: kv[0] is None):
            code = self.default if suffix is None else language_code(suffix)
            if code in APP_LANGUAGES:
                found.setdefault(code, []).append(index)
            elif note:
                self.not_carried.append(
                    NotCarried(sheet.title, 1, "", sheet.rows[0][index], OTHER_LANGUAGE,
                               {"language": suffix or ""})
                )  # fmt: skip
        return found

    def _text(self, row: list[str], columns: dict[str, list[int]]) -> Text:
        text = dict.fromkeys(APP_LANGUAGES, "")
        for code, indexes in columns.items():
            text[code] = next((cell(row, i) for i in indexes if cell(row, i)), "")
        return text

    # --- choices ------------------------------------------------------------------------------

    def _read_choices(self) -> dict[str, list[tuple[int, str, Text]]]:
        lists: dict[str, list[tuple[int, str, Text]]] = {}
        sheet = self.choices
        if sheet is None:
            return lists
        list_column = sheet.need("list_name")
        name_column = sheet.need("name")
        labels = self._language_columns(sheet, "label", note=False)
        seen: dict[tuple[str, str], int] = {}
        for number, row in sheet.body():
            list_name, name = cell(row, list_column), cell(row, name_column)
            if not list_name:
                continue
            if (list_name, name) in seen:
                raise sheet.problem(DUPLICATE_CHOICE, number, name_column, name=name,
                                    list=list_name, first=seen[(list_name, name)])  # fmt: skip
            seen[(list_name, name)] = number
            self.choice_rows[number] = row
            lists.setdefault(list_name, []).append((number, name, self._text(row, labels)))
        return lists

    def _scale_of(self, list_name: str, choices: list[tuple[int, str, Text]]) -> bool:
        """Whether the list is an ordered scale (its levels kept); a numeric list with a gap
        is refused, one outside 0–10 (grades 1–11, say) is no scale."""
        if list_name not in self.scales:
            values = self._values(list_name, choices)
            self.scales[list_name] = tuple(sorted(values)) if values else None
            if values:
                pairs = sorted(zip(values, choices, strict=True), key=lambda pair: pair[0])
                assert self.choice_extras is not None
                self.levels[list_name] = [
                    self.choice_extras.level(value, text, self.choice_rows.get(number))
                    for value, (number, _, text) in pairs
                ]
        return self.scales[list_name] is not None

    def _values(self, list_name: str, choices: list[tuple[int, str, Text]]) -> list[int] | None:
        names = [name for _, name, _ in choices]
        values = _numbers(names)
        if values is None:
            english = [text.get("en", "") for _, _, text in choices]
            return ordered_values(names) or ordered_values(english)
        if len(values) < 2:
            return None
        if sorted(values) != list(range(min(values), max(values) + 1)):
            assert self.choices is not None
            raise self.choices.problem(
                SCALE_GAP, choices[0][0], self.choices.need("name"), list=list_name,
                values=", ".join(str(v) for v in sorted(values)),
            )  # fmt: skip
        return values if min(values) >= 0 and max(values) <= 10 else None

    # --- the survey ---------------------------------------------------------------------------

    def read(self) -> XlsForm:
        survey = self.survey
        type_column, name_column = survey.need("type"), survey.need("name")
        labels = self._language_columns(survey, "label", note=True)
        if self.choices is not None:
            self._language_columns(self.choices, "label", note=True)
        hint_columns = survey.languages("hint")
        relevant_column = survey.find("relevant")
        lists = self._read_choices()
        label_column = min((i for ids in labels.values() for i in ids), default=name_column)
        stack: list[_Open] = []
        names: dict[str, int] = {}
        criteria: list[_Criterion] = []
        group_titles: dict[int, Text] = {}
        notes: list[Text] = []
        for number, row in survey.body():
            kind, argument = type_words(cell(row, type_column))
            name = cell(row, name_column)
            if not kind:
                continue
            if kind not in (GROUP_END, REPEAT_END) and name:
                if name in names:
                    raise survey.problem(DUPLICATE_NAME, number, name_column, name=name,
                                         first=names[name])  # fmt: skip
                names[name] = number
            text = self._text(row, labels)
            if any(text.values()):
                self.languages.update(code for code, value in text.items() if value)
            in_repeat = any(item.kind == REPEAT_BEGIN for item in stack)
            if kind in (GROUP_BEGIN, REPEAT_BEGIN):
                title = text if any(text.values()) else dict.fromkeys(APP_LANGUAGES, name)
                stack.append(_Open(kind, number, name, title))
                group_titles[number] = title
                if kind == REPEAT_BEGIN:
                    self._skip(number, kind, name, IN_REPEAT)
                continue
            if kind in (GROUP_END, REPEAT_END):
                expected = GROUP_BEGIN if kind == GROUP_END else REPEAT_BEGIN
                if not stack or stack[-1].kind != expected:
                    wanted = (
                        (GROUP_END if stack[-1].kind == GROUP_BEGIN else REPEAT_END)
                        if stack
                        else GROUP_BEGIN
                    )
                    raise survey.problem(WRONG_END, number, type_column, type=kind,
                                         expected=wanted)  # fmt: skip
                stack.pop()
                continue
            if in_repeat:
                if kind not in METADATA_TYPES:
                    self._skip(number, cell(row, type_column), name, IN_REPEAT)
                continue
            if kind == NOTE:
                if any(text.values()):
                    notes.append(text)
                continue
            if kind == SELECT_ONE:
                if argument not in lists:
                    raise survey.problem(UNKNOWN_LIST, number, type_column, list=argument,
                                         lists=", ".join(sorted(lists)) or "—")  # fmt: skip
                if not self._scale_of(argument, lists[argument]):
                    self._skip(number, f"{kind} {argument}", name, NOT_A_SCALE, list=argument)
                    continue
                if not any(text.values()):
                    raise survey.problem(NO_LABEL, number, label_column, name=name or kind)
                groups = tuple(o.row for o in stack if o.kind == GROUP_BEGIN)
                spec = self.extras.criterion(number, row, text)
                criteria.append(_Criterion(number, name, argument, spec, groups))
                condition = cell(row, relevant_column)
                if condition:
                    self._skip(number, f"{kind} {argument}", name, CONDITION, value=condition)
                if any(cell(row, i) for i in hint_columns.values()):
                    self._skip(number, f"{kind} {argument}", name, HINT)
                continue
            if kind not in METADATA_TYPES:
                self._skip(number, cell(row, type_column), name, NOT_A_QUESTION_TYPE,
                           type=cell(row, type_column))  # fmt: skip
        if stack:
            last = stack[-1]
            expected = GROUP_END if last.kind == GROUP_BEGIN else REPEAT_END
            raise survey.problem(UNCLOSED, last.row, type_column, name=last.name or last.kind,
                                 expected=expected)  # fmt: skip
        return self._form(criteria, group_titles, notes)

    def _snapshots(self) -> SnapshotProtocol | None:
        try:
            return read_snapshots(self.settings.get("eduqa::snapshots", ""))
        except ValueError as error:
            raise XlsformError(INVALID, file=self.file, problem=str(error)) from error

    def _names(self) -> Text:
        """The checklist's name in other languages (eduqa::name::Language (code) settings)."""
        names = dict.fromkeys(APP_LANGUAGES, "")
        for key, value in self.settings.items():
            code = language_code(key.removeprefix("eduqa::name::"))
            if key.startswith("eduqa::name::") and code in APP_LANGUAGES and value:
                names[code] = value
        return names

    def _skip(self, row: int, kind: str, name: str, reason: str, **params: Any) -> None:
        self.not_carried.append(NotCarried(self.survey.title, row, kind, name, reason, params))

    # --- the checklist ------------------------------------------------------------------------

    def _form(
        self, criteria: list[_Criterion], group_titles: dict[int, Text], notes: list[Text]
    ) -> XlsForm:
        if not criteria:
            raise XlsformError(NO_CRITERION, file=self.file)
        usage = Counter(self.scales[c.list_name] for c in criteria)
        scale = max(usage, key=lambda s: (usage[s], -_first_use(criteria, self.scales, s)))
        scale_list = next(c.list_name for c in criteria if self.scales[c.list_name] == scale)
        title = self.settings.get("form_title", "") or Path(self.file).stem
        sections: dict[tuple[int, ...], list[CriterionSpec]] = {}
        for criterion in criteria:
            if self.scales[criterion.list_name] != scale:
                kind = f"{SELECT_ONE} {criterion.list_name}"
                self._skip(criterion.row, kind, criterion.name, OTHER_SCALE,
                           list=criterion.list_name, scale=scale_list)  # fmt: skip
                continue
            sections.setdefault(criterion.path, []).append(criterion.spec)
        whole_title = {**self._names(), self.default: title}
        spec = ChecklistSpec(
            code=self.settings.get("form_id", ""),
            name=whole_title,
            description={
                code: "\n\n".join(note[code] for note in notes if note.get(code))
                for code in APP_LANGUAGES
            },
            scale=tuple(self.levels[scale_list]),
            snapshots=self._snapshots(),
            sections=tuple(
                SectionSpec(
                    _section_title(path, group_titles) if path else dict(whole_title),
                    tuple(criteria),
                )
                for path, criteria in sections.items()
            ),
        )
        try:
            spec = parse_checklist(spec_to_data(spec), require_all_languages=False)
        except ValueError as error:
            raise XlsformError(INVALID, file=self.file, problem=str(error)) from error
        return XlsForm(
            spec=spec,
            title=title,
            form_id=self.settings.get("form_id", ""),
            version=self.settings.get("version", ""),
            languages=tuple(code for code in APP_LANGUAGES if code in self.languages),
            not_carried=tuple(sorted(self.not_carried, key=lambda n: (n.sheet != SURVEY, n.row))),
        )


def _numbers(names: list[str]) -> list[int] | None:
    """The choice names as whole numbers ("3", "3.0"), or None when one is not."""
    values: list[int] = []
    for name in names:
        text = name.strip().removesuffix(".0")
        if not text.lstrip("-").isdigit():
            return None
        values.append(int(text))
    return values if len(set(values)) == len(values) else None


def _first_use(criteria: list[_Criterion], scales: dict[str, Any], scale: Any) -> int:
    return next(i for i, c in enumerate(criteria) if scales[c.list_name] == scale)


def _section_title(path: tuple[int, ...], titles: dict[int, Text]) -> Text:
    def joined(code: str) -> str:
        parts = [titles[row].get(code, "") for row in path]
        return SECTION_JOIN.join(p for p in parts if p) if all(parts) else ""

    text = {code: joined(code) for code in APP_LANGUAGES}
    if not any(text.values()):  # a language missing on some level: the deepest title alone
        text = dict(titles[path[-1]])
    return text

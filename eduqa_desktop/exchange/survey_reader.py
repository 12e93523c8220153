"""Reading a filled survey template: file → the answers summed per statement, plus problems.

Files only (no database; read through the file guard and python-calamine, see
:mod:`template_book`): the service matches the questionnaire, the school and the quarter,
and writes all or nothing. Both layouts of :mod:`survey_template` are read; labels may be in
Uzbek, Russian or English. Every problem names the sheet, row and column and what was found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eduqa_desktop.domain.names import search_key
from eduqa_desktop.domain.surveys import Tally, respondents_of, tally_answers
from eduqa_desktop.exchange.problems import Problem, shown
from eduqa_desktop.exchange.survey_template import LAYOUTS, META_SHEET
from eduqa_desktop.exchange.survey_words import group_keys, label_keys
from eduqa_desktop.exchange.template_book import Book, TemplateReader, blank, whole
from eduqa_desktop.text import QT_TRANSLATE_NOOP

MAX_ROWS = 100_000
HEADER_SEARCH_ROWS = 40


@dataclass
class SurveyFile:
    """What a survey file says (`problems` empty when it can be imported as it is)."""

    file: str
    layout: str = ""
    group: str = ""
    code: str = ""
    version: int | None = None
    sheet: str = ""
    school: str = ""
    year: str | None = None
    term: int | None = None
    respondents: int | None = None  # as written; None when not given
    tallies: dict[int, Tally] = field(default_factory=dict)  # statement number → answers
    rows: int = 0  # questionnaires read (per-respondent layout)
    problems: list[Problem] = field(default_factory=list)

    @property
    def counted_respondents(self) -> int:
        """The respondents: as written, else rows read, else the most answers of a statement."""
        if self.respondents is not None:
            return self.respondents
        if self.layout == "respondents":
            return self.rows
        return respondents_of(self.tallies.values())


class _Reader(TemplateReader):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.result = SurveyFile(file=path.name)

    def read_book(self, book: Book) -> SurveyFile:
        meta = book.facts(META_SHEET)
        if META_SHEET not in book.sheet_names:
            return self.file_problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file} is not a survey template of EduQA. Make one with File ▸ Surveys ▸ "
                    "Blank survey template.",
                ),
                file=self.path.name,
            )
        self.result.layout = str(meta.get("layout") or "")
        self.result.group = group_keys().get(search_key(str(meta.get("group") or "")), "")
        self.result.code = str(meta.get("code") or "")
        self.result.version = whole(meta.get("version"))
        if (
            meta.get("kind") != "survey"
            or self.result.layout not in LAYOUTS
            or not self.result.group
        ):
            return self.file_problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file}: the hidden sheet “eduqa” was changed; make a new template.",
                ),
                file=self.path.name,
            )
        name = book.sheet_names[0]
        self.sheet = self.result.sheet = name
        rows = iter(book.rows(name))
        header = self._read_fields(rows)
        if header is None:
            return self.file_problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file}: the header row of the answers (“No.” or “Respondent”) is missing.",
                ),
                file=self.path.name,
            )
        number, cells = header
        if self.result.layout == "tallies":
            self._read_tallies(rows, number, cells)
        else:
            self._read_respondents(rows, number, cells)
        return self.result

    def _read_fields(self, rows: Any) -> tuple[int, Sequence[Any]] | None:
        """The labelled fields above the table; returns the header row (number, cells)."""
        keys = label_keys()
        wanted = "number" if self.result.layout == "tallies" else "respondent"
        for number, cells in enumerate(rows, start=1):
            if number > HEADER_SEARCH_ROWS:
                return None
            if not cells or blank(cells[0]):
                continue
            key = keys.get(search_key(str(cells[0])))
            if key == wanted:
                return number, cells
            value = cells[1] if len(cells) > 1 else None
            if key in ("year", "term", "respondents", "school"):
                self._field(key, number, value)
        return None

    def _field(self, key: str, row: int, value: Any) -> None:
        if blank(value):
            return
        if key == "school":
            self.result.school = str(value).strip()
        elif key == "year":
            self.result.year = self.year_in(row, value)
        elif key == "term":
            term = whole(value)
            if term not in (1, 2, 3, 4):
                self.problem(
                    row,
                    2,
                    value,
                    QT_TRANSLATE_NOOP("Messages", "The quarter is 1, 2, 3 or 4, not “{value}”."),
                    value=shown(value),
                )
            else:
                self.result.term = term
        else:
            count = whole(value)
            if count is None or count < 0:
                self.problem(
                    row,
                    2,
                    value,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The number of questionnaires returned must be a whole number, not "
                        "“{value}”.",
                    ),
                    value=shown(value),
                )
            else:
                self.result.respondents = count

    def _scale_columns(self, cells: Sequence[Any], row: int) -> dict[int, int] | None:
        """Column index (0-based) of each answer 1…5 in the tallies header."""
        found: dict[int, int] = {}
        for index, value in enumerate(cells):
            text = "" if value is None else str(value).strip()
            if text[:1] in "12345" and text[:1] and (len(text) == 1 or not text[1].isdigit()):
                found.setdefault(int(text[0]), index)
        if sorted(found) != [1, 2, 3, 4, 5]:
            self.problem(
                row,
                None,
                "",
                QT_TRANSLATE_NOOP(
                    "Messages", "The header must have the columns 1, 2, 3, 4 and 5 of the answers."
                ),
            )
            return None
        return found

    def _read_tallies(self, rows: Any, header_row: int, cells: Sequence[Any]) -> None:
        columns = self._scale_columns(cells, header_row)
        if columns is None:
            return
        for number, values in enumerate(rows, start=header_row + 1):
            if number - header_row > MAX_ROWS:
                break
            values = tuple(values or ())
            counts_raw = [
                values[columns[v]] if columns[v] < len(values) else None for v in range(1, 6)
            ]
            statement_raw = values[0] if values else None
            if all(blank(v) for v in counts_raw):
                continue  # a statement nobody counted (or an empty row)
            statement = whole(statement_raw)
            if statement is None or statement < 1:
                self.problem(
                    number,
                    1,
                    statement_raw,
                    QT_TRANSLATE_NOOP(
                        "Messages", "Expected the statement's number here, not “{value}”."
                    ),
                    value=shown(statement_raw),
                )
                continue
            counts = []
            for value, raw in zip(range(1, 6), counts_raw, strict=True):
                count = 0 if blank(raw) else whole(raw)
                if count is None or count < 0:
                    self.problem(
                        number,
                        columns[value] + 1,
                        raw,
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "How many answered {answer}: expected a whole number 0 or more, "
                            "not “{value}”.",
                        ),
                        answer=value,
                        value=shown(raw),
                    )
                    count = 0
                counts.append(count)
            if statement in self.result.tallies:
                self.problem(
                    number,
                    1,
                    statement_raw,
                    QT_TRANSLATE_NOOP("Messages", "Statement {number} is written twice."),
                    number=statement,
                )
                continue
            self.result.tallies[statement] = Tally(*counts)
        self._check_respondents(header_row)

    def _check_respondents(self, header_row: int) -> None:
        given = self.result.respondents
        if given is None:
            return
        for statement, tally in sorted(self.result.tallies.items()):
            if tally.answers > given:
                self.problem(
                    None,
                    None,
                    tally.answers,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Statement {number} has {answers} answers but only {respondents} "
                        "questionnaires were returned.",
                    ),
                    number=statement,
                    answers=tally.answers,
                    respondents=given,
                )

    def _read_respondents(self, rows: Any, header_row: int, cells: Sequence[Any]) -> None:
        columns: dict[int, int] = {}
        for index, value in enumerate(cells[1:], start=1):
            number = whole(value)
            if number is not None and number >= 1:
                if number in columns.values():
                    self.problem(
                        header_row,
                        index + 1,
                        value,
                        QT_TRANSLATE_NOOP("Messages", "Statement {number} is written twice."),
                        number=number,
                    )
                columns[index] = number
        if not columns:
            self.problem(
                header_row,
                None,
                "",
                QT_TRANSLATE_NOOP("Messages", "The header has no statement numbers."),
            )
            return
        answers: dict[int, list[int | None]] = {number: [] for number in columns.values()}
        for number, values in enumerate(rows, start=header_row + 1):
            if number - header_row > MAX_ROWS:
                break
            values = tuple(values or ())
            raw = {i: values[i] if i < len(values) else None for i in columns}
            if all(blank(v) for v in raw.values()):
                continue  # a numbered row nobody filled in
            self.result.rows += 1
            for index, value in raw.items():
                answer = None if blank(value) else whole(value)
                if not blank(value) and (answer is None or answer not in (1, 2, 3, 4, 5)):
                    self.problem(
                        number,
                        index + 1,
                        value,
                        QT_TRANSLATE_NOOP(
                            "Messages", "An answer is 1, 2, 3, 4 or 5 (or empty), not “{value}”."
                        ),
                        value=shown(value),
                    )
                    answer = None
                answers[columns[index]].append(answer)
        self.result.tallies = {
            number: tally_answers(found) for number, found in answers.items() if any(found)
        }


def read_survey(path: Path | str) -> SurveyFile:
    """Read a filled survey template (never raises for a bad file: see `problems`)."""
    return _Reader(Path(path)).read()

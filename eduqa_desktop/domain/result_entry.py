"""Checking one end-of-term results row as a person types or pastes it.

A row is entered as text (a grid cell, a pasted Excel cell): the class name, the subject,
the teacher, the pupils in the class and the counts. This module turns that text into
numbers and a normalised class name, and says in codes what is wrong — nothing here is a
sentence a user reads (the service layer owns the translatable wording, see
``services/results.py``). Rules (``shared/domain.md``):

* every count is a non-negative whole number; a blank count is 0 (Excel leaves zeros out);
  ``"25"``, ``" 25 "``, ``"25.0"``, ``"25,0"`` and ``25.0`` are all 25;
* the pupils in the class must be given;
* M + not attested + exempt must not exceed the pupils in the class
  (checked by :func:`eduqa_desktop.domain.indicators.validate_result_counts`);
* the class name must read as a class (``7 «А»`` → ``7-A``);
* a subject or a teacher is matched by name (case, apostrophes and script folded); a name
  that fits none or several is reported, never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from eduqa_desktop.domain.class_names import ClassNameError, parse_class_name
from eduqa_desktop.domain.indicators import MarkCounts, validate_result_counts
from eduqa_desktop.domain.names import match_person, search_key

__all__ = [
    "COUNT_COLUMNS",
    "ENTRY_FIELDS",
    "NUMBER_FIELDS",
    "CheckedRow",
    "EntryProblem",
    "Problem",
    "Resolution",
    "SubjectChoice",
    "check_row",
    "duplicate_rows",
    "parse_whole_number",
    "resolve_subject",
    "resolve_teacher",
]

ENTRY_FIELDS: tuple[str, ...] = (
    "class_name",
    "subject",
    "teacher",
    "class_size",
    "n5",
    "n4",
    "n3",
    "n2",
    "n1",
    "not_attested",
    "exempt",
)
"""The fields of a results row as entered, in the order of the grid and of the template."""

COUNT_COLUMNS: tuple[str, ...] = ("n5", "n4", "n3", "n2", "n1", "not_attested", "exempt")
NUMBER_FIELDS: tuple[str, ...] = ("class_size", *COUNT_COLUMNS)

_BLANKS = frozenset({"", "-", "–", "—"})
_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "'")  # thousands separators Excel may keep


class Problem(StrEnum):
    """What can be wrong with an entered row (the service words each one)."""

    MISSING = "missing"  # a required cell is blank
    NOT_A_NUMBER = "not_a_number"
    NOT_WHOLE = "not_whole"
    NEGATIVE = "negative"
    EXCEEDS_CLASS_SIZE = "exceeds_class_size"
    BAD_CLASS = "bad_class"
    UNKNOWN_SUBJECT = "unknown_subject"
    AMBIGUOUS_SUBJECT = "ambiguous_subject"
    UNKNOWN_TEACHER = "unknown_teacher"
    AMBIGUOUS_TEACHER = "ambiguous_teacher"
    DUPLICATE = "duplicate"  # the same class × subject × teacher twice
    ALREADY_SAVED = "already_saved"  # … or once more beside a row saved earlier
    EXTRA_CELLS = "extra_cells"  # a pasted row longer than the table


@dataclass(frozen=True)
class EntryProblem:
    """One thing wrong with one field of a row. ``params`` fill the service's wording."""

    field: str
    code: Problem
    params: Mapping[str, Any] = field(default_factory=dict)


def parse_whole_number(value: object) -> tuple[int | None, Problem | None]:
    """``(number, None)``, ``(None, None)`` for a blank cell, or ``(None, problem)``.

    Accepts ints, whole floats and text as spreadsheets give it: spaces and thousands
    separators are ignored, a decimal comma or point with zeros after it is fine
    (``"25,0"``). ``"—"`` and ``"-"`` alone are blank.
    """
    if value is None:
        return None, None
    if isinstance(value, bool):
        return None, Problem.NOT_A_NUMBER
    if isinstance(value, int):
        return (value, None) if value >= 0 else (None, Problem.NEGATIVE)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None, Problem.NOT_A_NUMBER
        if not value.is_integer():
            return None, Problem.NOT_WHOLE
        return (int(value), None) if value >= 0 else (None, Problem.NEGATIVE)
    text = str(value).strip()
    if text in _BLANKS:
        return None, None
    for space in _SPACES:
        text = text.replace(space, "")
    text = text.replace(",", ".").replace("−", "-")
    try:
        number = float(text)
    except ValueError:
        return None, Problem.NOT_A_NUMBER
    if text.lower() in ("nan", "inf", "-inf", "+inf", "infinity", "-infinity"):
        return None, Problem.NOT_A_NUMBER
    return parse_whole_number(number)


@dataclass(frozen=True)
class CheckedRow:
    """The numbers and class name of a row, read from text, and what is wrong with it.

    ``counts``, ``exempt`` and ``class_size`` are meaningful only when :attr:`valid_numbers`.
    """

    class_name: str | None
    grade: int | None
    letter: str
    class_size: int | None
    counts: MarkCounts
    exempt: int
    problems: tuple[EntryProblem, ...]

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def valid_numbers(self) -> bool:
        return not any(p.field in NUMBER_FIELDS for p in self.problems)


def check_row(values: Mapping[str, object]) -> CheckedRow:
    """Check the class name and the numbers of one row (``values`` keyed by field name).

    Subject and teacher are resolved separately (:func:`resolve_subject`,
    :func:`resolve_teacher`) because they need the school's lists.
    """
    problems: list[EntryProblem] = []

    class_name: str | None = None
    grade: int | None = None
    letter = ""
    raw_class = values.get("class_name")
    class_text = "" if raw_class is None else str(raw_class).strip()
    if not class_text:
        problems.append(EntryProblem("class_name", Problem.MISSING))
    else:
        try:
            grade, letter = parse_class_name(class_text)
        except ClassNameError:
            problems.append(EntryProblem("class_name", Problem.BAD_CLASS, {"value": class_text}))
        else:
            class_name = f"{grade}-{letter}" if letter else str(grade)

    numbers: dict[str, int] = {}
    for name in NUMBER_FIELDS:
        raw = values.get(name)
        number, problem = parse_whole_number(raw)
        if problem is not None:
            problems.append(EntryProblem(name, problem, {"value": str(raw).strip()}))
        elif number is None:
            if name == "class_size":
                problems.append(EntryProblem(name, Problem.MISSING))
            else:
                numbers[name] = 0
        else:
            numbers[name] = number

    counts = MarkCounts(*(numbers.get(name, 0) for name in COUNT_COLUMNS[:-1]))
    exempt = numbers.get("exempt", 0)
    class_size = numbers.get("class_size")
    if not any(p.field in NUMBER_FIELDS for p in problems):
        for found in validate_result_counts(class_size, counts, exempt):
            if found.code == "exceeds_class_size":
                problems.append(
                    EntryProblem(
                        "class_size",
                        Problem.EXCEEDS_CLASS_SIZE,
                        {
                            "marked": counts.marked,
                            "not_attested": counts.not_attested,
                            "exempt": exempt,
                            "used": counts.assessed + exempt,
                            "size": class_size,
                        },
                    )
                )
    return CheckedRow(
        class_name=class_name,
        grade=grade,
        letter=letter,
        class_size=class_size,
        counts=counts,
        exempt=exempt,
        problems=tuple(problems),
    )


@dataclass(frozen=True)
class SubjectChoice:
    """A subject a row may name: its id and every name it goes by (uz, ru, en, as typed)."""

    id: int
    name: str
    other_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """The id a name resolved to, or the problem (unknown or ambiguous)."""

    id: int | None
    problem: EntryProblem | None = None


def resolve_subject(text: str, subjects: Sequence[SubjectChoice]) -> Resolution:
    """The subject whose name (in any language) equals ``text`` up to case/apostrophes/script."""
    text = (text or "").strip()
    if not text:
        return Resolution(None, EntryProblem("subject", Problem.MISSING))
    key = search_key(text)
    found: dict[int, str] = {}
    for subject in subjects:
        names = (subject.name, *subject.other_names)
        if any(name and search_key(name) == key for name in names):
            found.setdefault(subject.id, subject.name)
    if len(found) == 1:
        return Resolution(next(iter(found)))
    code = Problem.AMBIGUOUS_SUBJECT if found else Problem.UNKNOWN_SUBJECT
    params = {"value": text, "candidates": ", ".join(found.values())}
    return Resolution(None, EntryProblem("subject", code, params))


def resolve_teacher(text: str, teachers: Sequence[tuple[int, str]]) -> Resolution:
    """The one teacher ``text`` names (see :func:`eduqa_desktop.domain.names.match_person`)."""
    text = (text or "").strip()
    if not text:
        return Resolution(None, EntryProblem("teacher", Problem.MISSING))
    matches = match_person(text, teachers)
    if len(matches) == 1:
        return Resolution(int(matches[0].candidate_id))  # type: ignore[call-overload]
    code = Problem.AMBIGUOUS_TEACHER if matches else Problem.UNKNOWN_TEACHER
    params = {"value": text, "candidates": ", ".join(m.full_name for m in matches)}
    return Resolution(None, EntryProblem("teacher", code, params))


def duplicate_rows(keys: Sequence[Any]) -> dict[int, int]:
    """``{index: index of the first row with the same key}`` for every repeated key.

    A key of ``None`` (a row not yet complete) never counts as a duplicate.
    """
    first: dict[Any, int] = {}
    repeated: dict[int, int] = {}
    for index, key in enumerate(keys):
        if key is None:
            continue
        if key in first:
            repeated[index] = first[key]
        else:
            first[key] = index
    return repeated

"""The rows of a staff list checked on their own: one teacher per row, each named once, each
personnel number given once, the category, experience and PD date possible."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from eduqa_desktop.domain.names import name_key
from eduqa_desktop.domain.vocabulary import Category
from eduqa_desktop.exchange.headers import TEACHERS, category_value
from eduqa_desktop.exchange.problems import shown
from eduqa_desktop.exchange.row_checks import RowChecks
from eduqa_desktop.exchange.workbook_reader import SourceRow, Table
from eduqa_desktop.progress import Progress
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LAYOUT = TEACHERS
MAX_EXPERIENCE = 70
_SPLIT = re.compile(r"[,;/\n]+")


@dataclass(frozen=True)
class StaffLine:
    source: SourceRow
    full_name: str  # spaces collapsed
    fields: dict[str, Any]  # the teacher's columns the row gives, checked
    department: str | None
    subjects: tuple[str, ...]  # as written, split at , ; / and line breaks


def staff_lines(checks: RowChecks, table: Table, progress: Progress) -> Iterator[StaffLine]:
    """The rows that describe a teacher; a problem for each one that does not."""
    seen: dict[str, int] = {}
    numbers: dict[str, int] = {}  # personnel number → the row that gave it
    total = len(table.rows)
    for index, source in enumerate(table.rows):
        if index % 200 == 0:
            progress.check()
            progress.report(index, total)
        if not checks.require(source, "full_name"):
            continue
        full_name = " ".join(str(source.values["full_name"]).split())
        key = name_key(full_name)
        if key in seen:
            checks.row_problem(
                source,
                QT_TRANSLATE_NOOP("Messages", "This teacher is already listed in row {other}."),
                other=seen[key],
            )
            continue
        seen[key] = source.row
        number = source.values.get("personnel_number")
        if number:
            if number in numbers:
                checks.problem(
                    source,
                    "personnel_number",
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The personnel number {value} is already given to another teacher in "
                        "row {other}; each teacher has their own.",
                    ),
                    value=shown(number),
                    other=numbers[number],
                )
                continue
            numbers[number] = source.row
        fields = _fields(checks, source)
        if fields is None:
            continue
        subjects = _SPLIT.split(source.values.get("subjects") or "")
        yield StaffLine(
            source,
            full_name,
            fields,
            source.values.get("department"),
            tuple(part.strip() for part in subjects if part.strip()),
        )


def _fields(checks: RowChecks, source: SourceRow) -> dict[str, Any] | None:
    wanted: dict[str, Any] = {}
    category_text = source.values.get("category")
    if category_text:
        value = category_value(category_text)
        if value is None:
            checks.problem(
                source,
                "category",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{value}” is not a category; write oliy, birinchi, ikkinchi or "
                    "mutaxassis (высшая, первая, вторая, специалист).",
                ),
                value=shown(category_text),
            )
            return None
        wanted["category"] = Category(value)
    experience = source.values.get("experience_years")
    if experience is not None:
        if experience > MAX_EXPERIENCE:
            checks.problem(
                source,
                "experience_years",
                QT_TRANSLATE_NOOP(
                    "Messages", "{value} years of experience is impossible (at most {limit})."
                ),
                value=experience,
                limit=MAX_EXPERIENCE,
            )
            return None
        wanted["experience_years"] = experience
    last_pd = source.values.get("last_pd_date")
    if last_pd is not None:
        if last_pd > date.today():
            checks.problem(
                source,
                "last_pd_date",
                QT_TRANSLATE_NOOP("Messages", "The date {value} is in the future."),
                value=last_pd.strftime("%d.%m.%Y"),
            )
            return None
        wanted["last_pd_date"] = last_pd
    for name in ("personnel_number", "phone"):
        if source.values.get(name):
            wanted[name] = str(source.values[name])
    if None in (source.values.get(n) for n in ("experience_years", "last_pd_date")) and any(
        source.raw.get(n) not in (None, "") and source.values.get(n) is None
        for n in ("experience_years", "last_pd_date")
    ):
        return None  # a conversion problem was already listed
    return wanted

"""`eduqa indicators`: pass rate, quality, SOU and average grade of a term by group.

    eduqa indicators --db PATH [--school NAME] [--year YYYY-YYYY] [--term N]
                     --by school|grade|class|subject|teacher|department [--json]

Without --school every school in the file is counted (a district); without --year/--term,
the latest term with results. JSON: ``{"rows": [{"group", "pupils", "graded", "n5" … "n1",
"not_attested", "pass_rate", "quality", "sou", "average_grade"}, …]}`` with ``graded`` = N
(marks: one per pupil and subject), ``pupils`` each class of the group once with its size,
percentages rounded to 1 decimal, the average to 2, ``null`` where undefined.
"""

from __future__ import annotations

import argparse
from typing import Any

from eduqa_desktop.cli.common import (
    EXIT_OK,
    CommandGroups,
    CommandRefused,
    add_db_argument,
    open_db,
    print_json,
    voice_of,
)
from eduqa_desktop.domain.display import average_2, percent_1
from eduqa_desktop.domain.indicators import COUNT_FIELDS
from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name
from eduqa_desktop.services.indicators import (
    GroupBy,
    IndicatorRow,
    indicator_table,
    latest_term_with_results,
    terms_with_results,
)
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.storage.database import Database
from eduqa_desktop.text import QT_TRANSLATE_NOOP

LEVELS = ("school", "grade", "class", "subject", "teacher", "department")
NO_DEPARTMENT = "(no department)"
NO_RESULTS_OF_QUARTER = QT_TRANSLATE_NOOP("Cli", "no results of quarter {term} in this file")
NO_RESULTS_IN_YEAR = QT_TRANSLATE_NOOP("Cli", "no results in {year} in this file")
NO_RESULTS = QT_TRANSLATE_NOOP("Cli", "no results in this file")


def register(groups: CommandGroups) -> None:
    parser = groups.add(
        "indicators",
        _indicators,
        "pass rate, quality of knowledge, SOU and average grade of a term, by group",
    )
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME", help="one school (default: every school)")
    parser.add_argument("--year", metavar="YYYY-YYYY", type=_year, help="academic year")
    parser.add_argument("--term", metavar="N", type=int, choices=(1, 2, 3, 4), help="quarter")
    parser.add_argument("--by", required=True, choices=LEVELS, help="group the results by")
    parser.add_argument("--json", action="store_true", help="JSON on standard output")


def _year(text: str) -> str:
    try:
        return parse_year_name(text)
    except YearNameError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


def _choose_term(
    db: Database, school_id: int | None, year: str | None, term: int | None
) -> tuple[str, int]:
    """The (year, quarter) asked for, filling what was left out from the latest results."""
    if year is not None and term is not None:
        return year, term
    if term is not None:  # a quarter without a year: the latest year having its results
        with_term = [ref for ref in terms_with_results(db, school_id) if ref.number == term]
        if not with_term:
            raise CommandRefused(NO_RESULTS_OF_QUARTER, term=term)
        return with_term[-1].year, term
    latest = latest_term_with_results(db, school_id, year)
    if latest is None:
        if year:
            raise CommandRefused(NO_RESULTS_IN_YEAR, year=year)
        raise CommandRefused(NO_RESULTS)
    return latest.year, latest.number


def row_json(row: IndicatorRow, with_school: bool = False) -> dict[str, Any]:
    """One group as the JSON the issue specifies (display rounding, null = undefined)."""
    counts, values = row.counts, row.indicators
    return {
        "group": _label(row, with_school),
        "pupils": row.pupils,  # each class once (graded counts marks: pupil × subject)
        "graded": counts.assessed,
        **{name: getattr(counts, name) for name in COUNT_FIELDS},  # n5 … n1, not_attested
        "pass_rate": percent_1(values.pass_rate),
        "quality": percent_1(values.quality),
        "sou": percent_1(values.sou),
        "average_grade": average_2(values.average_grade),
    }


def _label(row: IndicatorRow, with_school: bool) -> str:
    name = row.group or NO_DEPARTMENT
    return f"{row.school} / {name}" if with_school and row.school else name


def _text(value: float | None, digits: int) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _change(value: float | None, digits: int) -> str:
    if value is None:
        return "—"
    rounded = percent_1(value) if digits == 1 else average_2(value)
    assert rounded is not None
    if rounded > 0:
        return f"▲ +{rounded:.{digits}f}"
    if rounded < 0:
        return f"▼ −{abs(rounded):.{digits}f}"
    return f"= {0:.{digits}f}"


def _print_table(rows: list[IndicatorRow], with_school: bool, title: str) -> None:
    header = (
        "group",
        "N",
        "5",
        "4",
        "3",
        "2",
        "1",
        "n/a",
        "pass %",
        "quality %",
        "SOU %",
        "average",
        "quality Δ",
    )
    lines = [
        (
            _label(row, with_school),
            str(row.counts.assessed),
            str(row.counts.n5),
            str(row.counts.n4),
            str(row.counts.n3),
            str(row.counts.n2),
            str(row.counts.n1),
            str(row.counts.not_attested),
            _text(percent_1(row.indicators.pass_rate), 1),
            _text(percent_1(row.indicators.quality), 1),
            _text(percent_1(row.indicators.sou), 1),
            _text(average_2(row.indicators.average_grade), 2),
            _change(row.change.quality if row.change else None, 1),
        )
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]
    print(title)
    for cells in [header, *lines]:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        print("  ".join((first, *rest)))


def _indicators(args: argparse.Namespace) -> int:
    db = open_db(args.db, voice=voice_of(args))
    try:
        school_id = None
        if args.school is not None:
            school_id = find_school(db, args.school).id
        year, term = _choose_term(db, school_id, args.year, args.term)
        rows = indicator_table(db, school_id=school_id, year=year, term=term, by=GroupBy(args.by))
    finally:
        db.close()
    with_school = school_id is None and len({row.school for row in rows if row.school}) > 1
    if args.json:
        print_json(
            {
                "year": year,
                "term": term,
                "by": args.by,
                "rows": [row_json(row, with_school) for row in rows],
            }
        )
        return EXIT_OK
    title = f"{args.school or 'all schools'} — quarter {term}, {year} — by {args.by}"
    if not rows:
        print(f"{title}\nno results")
        return EXIT_OK
    _print_table(rows, with_school, title)
    return EXIT_OK

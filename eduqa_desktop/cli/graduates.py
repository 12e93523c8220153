"""Where the graduates went, from the command line.

    eduqa export template-graduates --db PATH --out FILE [--school NAME] [--year YYYY-YYYY]
          [--lang L]
    eduqa import graduates FILE --db PATH [--school NAME] [--year YYYY-YYYY] [--dry-run]
          [--json] [--lang L]
    eduqa graduates --db PATH [--school NAME] [--year YYYY-YYYY] [--json]

An import prints what it wrote (per grade: graduates, further study, with partners) or every
problem with sheet, row and column; it exits 1 when there is one, and then writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eduqa_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandGroups,
    add_db_argument,
    open_db,
    print_json,
    say,
    tell,
    voice_of,
)
from eduqa_desktop.cli.surveys import _json_voice, _where
from eduqa_desktop.cli.translation import add_language_argument, chosen_language
from eduqa_desktop.domain.graduates import GRADUATING_GRADES, Destinations
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.settings import LANGUAGES
from eduqa_desktop.text import QT_TRANSLATE_NOOP

WRITTEN_FILE = QT_TRANSLATE_NOOP("Cli", "written: {path}")
PLANNED = QT_TRANSLATE_NOOP("Cli", "{file}: {school}, graduates of {year}")
GRADE_LINE = QT_TRANSLATE_NOOP(
    "Cli",
    "  grade {grade}: {graduates} graduates, {further} to further study, {partner} with partners",
)
REPLACES = QT_TRANSLATE_NOOP("Cli", "replaces what was entered for grade {grades}")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "written")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Cli", "nothing was written")
NO_GRADUATES = QT_TRANSLATE_NOOP("Cli", "no graduates entered yet")
YEAR_LINE = QT_TRANSLATE_NOOP("Cli", "graduates of {year}")


def register(groups: CommandGroups) -> None:
    parser = groups.add_to(
        "export", "template-graduates", _template, "a blank template of where graduates went"
    )
    add_db_argument(parser)
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY", default="")
    add_language_argument(parser)
    parser.add_argument("--json", action="store_true")

    parser = groups.add_to("import", "graduates", _import, "import a filled graduates template")
    parser.add_argument("file", metavar="FILE")
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=LANGUAGES, default=None)

    parser = groups.add("graduates", _graduates, "where the graduates of grades 9 and 11 went")
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY")
    parser.add_argument("--json", action="store_true")


def _template(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.graduates_import import graduates_template

    db = open_db(args.db)
    try:
        school = find_school(db, args.school)
        graduates_template(
            db, args.out, language=chosen_language(args.lang), school_id=school.id,
            year=args.year,
        )  # fmt: skip
    finally:
        db.close()
    if args.json:
        print_json({"out": str(args.out)})
    else:
        tell(args, WRITTEN_FILE, path=args.out)
    return EXIT_OK


def _grade_line(args: argparse.Namespace, grade: int, cohort: Destinations) -> None:
    tell(
        args, GRADE_LINE, grade=grade, graduates=cohort.graduates,
        further=cohort.further_study, partner=cohort.with_partner,
    )  # fmt: skip


def _import(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.graduates_import import (
        GraduatesImportRequest,
        apply_graduates_import,
        preview_graduates_import,
    )

    db = open_db(args.db)
    try:
        school = find_school(db, args.school)
        request = GraduatesImportRequest(Path(args.file), school.id, args.year)
        plan = (preview_graduates_import if args.dry_run else apply_graduates_import)(db, request)
    finally:
        db.close()
    if args.json:
        voice = _json_voice(args)
        data: dict[str, Any] = plan.as_json()
        data["errors"] = [{**p.as_json(), "message": voice.problem(p)} for p in plan.problems]
        print_json(data)
        return EXIT_OK if plan.ok else EXIT_REFUSED
    voice = voice_of(args)
    if plan.year:
        tell(args, PLANNED, file=plan.file, school=plan.school, year=plan.year)
    for problem in plan.problems:
        where = _where(voice, problem)
        text = voice.problem(problem) + (f" [{problem.value}]" if problem.value else "")
        say(f"{where}: {text}" if where else text)
    if not plan.ok:
        tell(args, NOTHING_WRITTEN)
        return EXIT_REFUSED
    for grade, cohort in plan.cohorts.items():
        _grade_line(args, grade, cohort)
    if plan.replaces:
        tell(args, REPLACES, grades=", ".join(str(g) for g in plan.replaces))
    if plan.written:
        tell(args, WRITTEN)
    return EXIT_OK


def _graduates(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.graduates import graduates

    db = open_db(args.db)
    try:
        ids = [find_school(db, args.school).id] if args.school else None
        data = graduates(db, school_ids=ids, year=args.year)
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "year": data.year,
                "grades": {
                    str(grade): {
                        "graduates": data.grade(grade).graduates,
                        **{str(d): n for d, n in sorted(data.grade(grade).counts.items())},
                    }
                    for grade in GRADUATING_GRADES
                },
                "partners": [
                    {"school": p.school, "partner": p.partner, "grade": p.grade,
                     "how": str(p.destination), "graduates": p.graduates}
                    for p in data.partners
                ],
            }
        )  # fmt: skip
        return EXIT_OK
    if data.empty:
        tell(args, NO_GRADUATES)
        return EXIT_OK
    tell(args, YEAR_LINE, year=data.year)
    for grade in GRADUATING_GRADES:
        _grade_line(args, grade, data.grade(grade))
    return EXIT_OK

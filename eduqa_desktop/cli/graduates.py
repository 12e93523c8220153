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
from typing import Any

from eduqa_desktop.cli.common import (
    EXIT_OK,
    CommandGroups,
    add_db_argument,
    open_db,
    print_json,
    tell,
)
from eduqa_desktop.cli.template_imports import add_import_arguments, file_of, run_import
from eduqa_desktop.cli.translation import add_language_argument, chosen_language
from eduqa_desktop.domain.graduates import GRADUATING_GRADES, Destinations
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.text import QT_TRANSLATE_NOOP

WRITTEN_FILE = QT_TRANSLATE_NOOP("Cli", "written: {path}")
PLANNED = QT_TRANSLATE_NOOP("Cli", "{file}: {school}, graduates of {year}")
GRADE_LINE = QT_TRANSLATE_NOOP(
    "Cli",
    "  grade {grade}: {graduates} graduates, {further} to further study, {partner} with partners",
)
REPLACES = QT_TRANSLATE_NOOP("Cli", "replaces what was entered for grade {grades}")
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
    add_import_arguments(parser)

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

    return run_import(
        args,
        lambda school_id: GraduatesImportRequest(file_of(args), school_id, args.year),
        preview_graduates_import,
        apply_graduates_import,
        heading=_heading,
        details=_details,
    )


def _heading(args: argparse.Namespace, plan: Any) -> None:
    if plan.year:
        tell(args, PLANNED, file=plan.file, school=plan.school, year=plan.year)


def _details(args: argparse.Namespace, plan: Any) -> None:
    for grade, cohort in plan.cohorts.items():
        _grade_line(args, grade, cohort)
    if plan.replaces:
        tell(args, REPLACES, grades=", ".join(str(g) for g in plan.replaces))


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

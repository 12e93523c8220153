"""Surveys from the command line.

    eduqa export template-survey --group parents|pupils|teachers|employers --db PATH --out FILE
          [--layout tallies|respondents] [--school NAME] [--year YYYY-YYYY] [--term N] [--lang L]
    eduqa export questionnaire --group G --db PATH --out FILE.pdf [--school NAME] [--lang L]
    eduqa import survey FILE --db PATH [--school NAME] [--year YYYY-YYYY --term N]
          [--dry-run] [--json] [--lang L]
    eduqa voices --db PATH [--school NAME] [--year YYYY-YYYY --term N] [--json]

An import prints what it wrote (group, quarter, respondents, the index per dimension) or every
problem with sheet, row and column; it exits 1 when there is one, and then writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eduqa_desktop.cli.common import (
    EXIT_OK,
    CommandGroups,
    add_db_argument,
    open_db,
    print_json,
    tell,
    voice_of,
)
from eduqa_desktop.cli.template_imports import add_import_arguments, file_of, run_import
from eduqa_desktop.cli.translation import add_language_argument, chosen_language
from eduqa_desktop.domain.display import average_2 as _average_2
from eduqa_desktop.domain.display import percent_1 as _percent_1
from eduqa_desktop.exchange.survey_template import LAYOUTS
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.services.survey_files import GROUP_NAMES
from eduqa_desktop.text import QT_TRANSLATE_NOOP

PLANNED = QT_TRANSLATE_NOOP(
    "Cli",
    "{file}: {group}, {year} quarter {term}: {respondents} respondents, {statements} statements",
)
REPLACES = QT_TRANSLATE_NOOP("Cli", "replaces the survey of this group and quarter")
UNCHANGED = QT_TRANSLATE_NOOP("Cli", "the same answers are already in the database")
WITHHELD = QT_TRANSLATE_NOOP("Cli", "fewer than {minimum} respondents: the results stay hidden")
DIMENSION_LINE = QT_TRANSLATE_NOOP("Cli", "  {dimension}: {share} agree, mean {mean}")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "written: {path}")
NO_SURVEYS = QT_TRANSLATE_NOOP("Cli", "no surveys yet")
GROUP_LINE = QT_TRANSLATE_NOOP(
    "Cli", "{group} ({year} quarter {term}, {respondents} respondents): {share} agree, mean {mean}"
)


def percent_1(value: float | None) -> str:
    shown = _percent_1(value)
    return "—" if shown is None else f"{shown:.1f} %"


def average_2(value: float | None) -> str:
    shown = _average_2(value)
    return "—" if shown is None else f"{shown:.2f}"


def register(groups: CommandGroups) -> None:
    parser = groups.add_to("export", "template-survey", _template, "a blank survey template")
    parser.add_argument("--group", required=True, choices=GROUP_NAMES)
    parser.add_argument("--layout", choices=LAYOUTS, default="tallies")
    add_db_argument(parser)
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY", default="")
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))
    add_language_argument(parser)
    parser.add_argument("--json", action="store_true")

    parser = groups.add_to(
        "export", "questionnaire", _questionnaire, "a questionnaire with tick boxes, as PDF"
    )
    parser.add_argument("--group", required=True, choices=GROUP_NAMES)
    add_db_argument(parser)
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--school", metavar="NAME")
    add_language_argument(parser)
    parser.add_argument("--json", action="store_true")

    parser = groups.add_to("import", "survey", _import, "import a filled survey template")
    add_import_arguments(parser)
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))

    parser = groups.add("voices", _voices, "satisfaction of parents, pupils, teachers, employers")
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY")
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))
    parser.add_argument("--json", action="store_true")


def _template(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.survey_files import survey_template

    db = open_db(args.db, voice=voice_of(args))
    try:
        school = find_school(db, args.school)
        survey_template(
            db, args.out, args.group, layout=args.layout, language=chosen_language(args.lang),
            school_id=school.id, year=args.year, term=args.term,
        )  # fmt: skip
    finally:
        db.close()
    if args.json:
        print_json({"out": str(args.out), "group": args.group, "layout": args.layout})
    else:
        tell(args, WRITTEN, path=args.out)
    return EXIT_OK


def _questionnaire(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.survey_files import questionnaire_form, questionnaire_page_label
    from eduqa_desktop.ui.pdf_rendering import html_to_pdf

    language = chosen_language(args.lang)  # the form's language
    db = open_db(args.db)
    try:
        school = find_school(db, args.school)
        title, html = questionnaire_form(db, args.group, language=language, school_id=school.id)
    finally:
        db.close()
    html_to_pdf(
        html, Path(args.out), title=title, paginated=True,
        page_label=questionnaire_page_label(language),
    )  # fmt: skip
    if args.json:
        print_json({"out": str(args.out), "group": args.group, "language": language})
    else:
        tell(args, WRITTEN, path=args.out)
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.survey_import import (
        SurveyImportRequest,
        apply_survey_import,
        preview_survey_import,
    )

    return run_import(
        args,
        lambda school_id: SurveyImportRequest(file_of(args), school_id, args.year, args.term),
        preview_survey_import,
        apply_survey_import,
        heading=_heading,
        details=_details,
    )


def _heading(args: argparse.Namespace, plan: Any) -> None:
    if plan.layout and plan.year:
        tell(
            args, PLANNED, file=plan.file, group=plan.group, year=plan.year, term=plan.term,
            respondents=plan.respondents, statements=plan.statements,
        )  # fmt: skip


def _details(args: argparse.Namespace, plan: Any) -> None:
    if plan.unchanged:
        tell(args, UNCHANGED)
    elif plan.replaces:
        tell(args, REPLACES)
    if plan.withheld:
        tell(args, WITHHELD, minimum=plan.min_respondents)
        return
    for dimension, index in plan.dimensions.items():
        tell(
            args, DIMENSION_LINE, dimension=str(dimension),
            share=percent_1(index.share_agreeing), mean=average_2(index.mean),
        )  # fmt: skip


def _voices(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.surveys import voices

    db = open_db(args.db, voice=voice_of(args))
    try:
        school_id = find_school(db, args.school).id if args.school else None
        data = voices(db, school_id=school_id, year=args.year, term=args.term)
    finally:
        db.close()
    if args.json:
        print_json(_voices_json(data))
        return EXIT_OK
    if data.empty:
        tell(args, NO_SURVEYS)
    for group in data.groups:
        tell(
            args, GROUP_LINE, group=str(group.stakeholder), year=group.when[0],
            term=group.when[1], respondents=group.respondents,
            share=percent_1(group.overall.share_agreeing), mean=average_2(group.overall.mean),
        )  # fmt: skip
        for dimension, index in group.dimensions.items():
            tell(
                args, DIMENSION_LINE, dimension=str(dimension),
                share=percent_1(index.share_agreeing), mean=average_2(index.mean),
            )  # fmt: skip
    return EXIT_OK


def _index_json(index: Any) -> dict[str, Any]:
    return {
        "respondents": index.respondents,
        "answers": index.answers,
        "share_agreeing": index.share_agreeing,
        "mean": index.mean,
    }


def _voices_json(data: Any) -> dict[str, Any]:
    def group_json(group: Any) -> dict[str, Any]:
        return {
            "group": str(group.stakeholder),
            "year": group.when[0],
            "term": group.when[1],
            **_index_json(group.overall),
            "change": group.change(),
            "dimensions": {str(d): _index_json(i) for d, i in group.dimensions.items()},
        }

    return {
        "min_respondents": data.min_respondents,
        "groups": [group_json(g) for g in data.groups],
        "gaps": [
            {"dimension": str(g.dimension), "group": g.group, "other": g.other, "points": g.points}
            for g in data.gaps
        ],
        "schools": [
            {"school": s.school, "groups": [group_json(g) for g in s.groups]} for s in data.schools
        ],
    }

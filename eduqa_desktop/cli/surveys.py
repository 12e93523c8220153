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
    EXIT_REFUSED,
    CommandGroups,
    add_db_argument,
    open_db,
    print_json,
    say,
    tell,
    voice_of,
)
from eduqa_desktop.cli.translation import ENGLISH, Voice, add_language_argument, chosen_language
from eduqa_desktop.domain.display import average_2 as _average_2
from eduqa_desktop.domain.display import percent_1 as _percent_1
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.exchange.survey_template import LAYOUTS
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.services.survey_files import GROUP_NAMES
from eduqa_desktop.settings import LANGUAGES
from eduqa_desktop.text import QT_TRANSLATE_NOOP

PLANNED = QT_TRANSLATE_NOOP(
    "Cli",
    "{file}: {group}, {year} quarter {term}: {respondents} respondents, {statements} statements",
)
REPLACES = QT_TRANSLATE_NOOP("Cli", "replaces the survey of this group and quarter")
UNCHANGED = QT_TRANSLATE_NOOP("Cli", "the same answers are already in the database")
WITHHELD = QT_TRANSLATE_NOOP("Cli", "fewer than {minimum} respondents: the results stay hidden")
DIMENSION_LINE = QT_TRANSLATE_NOOP("Cli", "  {dimension}: {share} agree, mean {mean}")
WRITTEN_ROUND = QT_TRANSLATE_NOOP("Cli", "written")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Cli", "nothing was written")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "written: {path}")
ROW = QT_TRANSLATE_NOOP("Cli", "row {row}")
COLUMN = QT_TRANSLATE_NOOP("Cli", "column {column}")
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
    parser.add_argument("file", metavar="FILE")
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY")
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=LANGUAGES, default=None)

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


def _json_voice(args: argparse.Namespace) -> Voice:
    return voice_of(args) if args.lang else ENGLISH


def _where(voice: Voice, problem: Problem) -> str:
    return ", ".join(
        part
        for part in (
            problem.sheet,
            voice.cli(ROW, row=problem.row) if problem.row else "",
            voice.cli(COLUMN, column=problem.column) if problem.column else "",
        )
        if part
    )


def _import(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.survey_import import (
        SurveyImportRequest,
        apply_survey_import,
        preview_survey_import,
    )

    db = open_db(args.db, voice=voice_of(args))
    try:
        school = find_school(db, args.school)
        request = SurveyImportRequest(Path(args.file), school.id, args.year, args.term)
        plan = (preview_survey_import if args.dry_run else apply_survey_import)(db, request)
    finally:
        db.close()
    if args.json:
        voice = _json_voice(args)
        data: dict[str, Any] = plan.as_json()
        data["errors"] = [{**p.as_json(), "message": voice.problem(p)} for p in plan.problems]
        print_json(data)
        return EXIT_OK if plan.ok else EXIT_REFUSED
    voice = voice_of(args)
    if plan.layout and plan.year:
        tell(
            args, PLANNED, file=plan.file, group=plan.group, year=plan.year, term=plan.term,
            respondents=plan.respondents, statements=plan.statements,
        )  # fmt: skip
    for problem in plan.problems:
        where = _where(voice, problem)
        text = voice.problem(problem) + (f" [{problem.value}]" if problem.value else "")
        say(f"{where}: {text}" if where else text)
    if not plan.ok:
        tell(args, NOTHING_WRITTEN)
        return EXIT_REFUSED
    if plan.unchanged:
        tell(args, UNCHANGED)
    elif plan.replaces:
        tell(args, REPLACES)
    if plan.withheld:
        tell(args, WITHHELD, minimum=plan.min_respondents)
    else:
        for dimension, index in plan.dimensions.items():
            tell(
                args, DIMENSION_LINE, dimension=str(dimension),
                share=percent_1(index.share_agreeing), mean=average_2(index.mean),
            )  # fmt: skip
    if plan.written:
        tell(args, WRITTEN_ROUND)
    return EXIT_OK


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

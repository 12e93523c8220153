"""`eduqa import …` and `eduqa export …`: the Excel exchange from the command line.

    eduqa import teachers|results|activities|observations|checklist FILE --db PATH
          [--school NAME] [--year 2025-2026 --term 1] [--dry-run] [--create-missing] [--json]
          [--map "5=отлично,4=хорошо,class_size=Всего"] [--prefer ours|theirs]
    eduqa export template-teachers|template-results|template-activities|
          template-observations|template-checklist|observations|district-report|results
          --db PATH --out FILE [--school NAME] [--lang uz|ru|en] [--since DATE]
          [--year YYYY-YYYY] [--term N]

An import prints {"created", "updated", "unchanged", "errors": [{"sheet", "row", "column",
"value", "message"}]} with --json; it exits 1 when there are errors, and then writes nothing.
An observations package's conflicts keep this computer's copy, or with --prefer theirs take
the package's; --json lists each with both versions and the "choice" made.
An export is written in --lang, by default the app's language (see cli/translation.py); the
district report's flag explanations come from the app's translations.

What an import tells a person (its summary, every problem with sheet, row and column, a refused
file) is in the command's language: --lang, else the app's. Its --json is for programs: the
"message" of an error is English unless --lang is given on the command line, so the same
command prints the same JSON on every computer whatever language the app there was set to,
and a script that shows the messages to people asks for their language explicitly. The keys,
sheet names, rows, column letters and values never change with the language.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eduqa_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandGroups,
    add_db_argument,
    add_prefer_argument,
    open_db,
    print_json,
    say,
    say_refused,
    tell,
    voice_of,
)
from eduqa_desktop.cli.translation import ENGLISH, Voice, add_language_argument, chosen_language
from eduqa_desktop.domain.merge_conflicts import OURS, THEIRS
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.settings import LANGUAGES
from eduqa_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from eduqa_desktop.exchange.import_plan import ImportPlan

IMPORT_KINDS = ("teachers", "results", "activities", "observations", "checklist")

PLANNED = QT_TRANSLATE_NOOP(
    "Cli", "{file}: {created} to create, {updated} to update, {unchanged} unchanged"
)
DONE = QT_TRANSLATE_NOOP(
    "Cli", "{file}: {created} created, {updated} updated, {unchanged} unchanged"
)
CONFLICT = QT_TRANSLATE_NOOP("Cli", "conflict (kept the local copy): {what}")
CONFLICT_THEIRS = QT_TRANSLATE_NOOP("Cli", "conflict (took the package's copy): {what}")
DELETED = QT_TRANSLATE_NOOP("Cli", "deleted, as where the package was made: {what}")
ROW = QT_TRANSLATE_NOOP("Cli", "row {row}")
COLUMN = QT_TRANSLATE_NOOP("Cli", "column {column}")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Cli", "nothing was written")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "written: {path}")
HEADERS = QT_TRANSLATE_NOOP(
    "Cli",
    'the file\'s headers: {headers}. Say which is which with --map, e.g. --map "{example}"',
)


def register(groups: CommandGroups) -> None:
    for kind in IMPORT_KINDS:
        parser = groups.add_to("import", kind, _import, f"import {kind} from a spreadsheet")
        parser.add_argument("file", metavar="FILE")
        add_db_argument(parser)
        parser.add_argument("--school", metavar="NAME")
        parser.add_argument("--year", metavar="YYYY-YYYY")
        parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))
        parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
        parser.add_argument(
            "--create-missing", action="store_true", help="add teachers the file names"
        )
        parser.add_argument("--json", action="store_true")
        parser.add_argument(
            "--map",
            metavar="COLUMN=HEADER,…",
            default="",
            help="which of the file's headers is which column, for headers the reader does "
            "not recognise: a column's name (5, 4, class_size, teacher …) = the header text",
        )
        parser.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=None,
            help="language of the messages (default: the app's language, else en; "
            "the messages in --json stay en unless --lang is given)",
        )
        if kind == "observations":
            add_prefer_argument(parser)
        parser.set_defaults(import_kind=kind)
    for kind in IMPORT_KINDS:
        parser = groups.add_to("export", f"template-{kind}", _template, f"a blank {kind} template")
        _export_arguments(parser)
        parser.set_defaults(template_kind=kind)
    parser = groups.add_to("export", "observations", _observations, "an observations package")
    _export_arguments(parser)
    parser.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    parser = groups.add_to("export", "district-report", _district, "the district report")
    _export_arguments(parser)
    parser.add_argument("--year", required=True, metavar="YYYY-YYYY")
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))
    parser = groups.add_to("export", "results", _results, "results in the import layout")
    _export_arguments(parser)
    parser.add_argument("--year", metavar="YYYY-YYYY")
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--school", metavar="NAME")
    add_language_argument(parser)
    parser.add_argument("--json", action="store_true")


def _import(args: argparse.Namespace) -> int:
    if args.import_kind == "checklist":  # a workbook or an XLSForm: its own report
        from eduqa_desktop.cli.checklists import import_checklist

        return import_checklist(args)
    from eduqa_desktop.services.imports import (
        ImportKind,
        ImportRequest,
        apply_import,
        column_map_from_text,
        preview_import,
    )

    db = open_db(args.db, voice=voice_of(args))
    try:
        try:
            school = find_school(db, args.school)
            request = ImportRequest(
                kind=ImportKind(args.import_kind),
                path=Path(args.file),
                school_id=school.id,
                year=args.year,
                term=args.term,
                create_missing=args.create_missing,
                column_map=column_map_from_text(ImportKind(args.import_kind), args.map),
                prefer=getattr(args, "prefer", OURS),
            )
            run = preview_import if args.dry_run else apply_import
            plan = run(db, request)
        except UserError as error:
            if not args.json:
                say_refused(args, error)
                return EXIT_REFUSED
            problem = Problem.from_error(error)
            print_json({"created": 0, "updated": 0, "unchanged": 0,
                        "errors": [_problem_json(_json_voice(args), problem)]})  # fmt: skip
            return EXIT_REFUSED
        if args.json:
            voice = _json_voice(args)
            print_json({
                **plan.as_json(),
                "errors": [_problem_json(voice, problem) for problem in plan.errors],
            })  # fmt: skip
        else:
            _print_plan(args, plan)
        return EXIT_OK if plan.ok else EXIT_REFUSED
    finally:
        db.close()


def _json_voice(args: argparse.Namespace) -> Voice:
    """English for a script, unless its command line asks for a language (see the docstring)."""
    return voice_of(args) if args.lang else ENGLISH


def _problem_json(voice: Voice, problem: Problem) -> dict[str, Any]:
    return {**problem.as_json(), "message": voice.problem(problem)}


def _print_plan(args: argparse.Namespace, plan: ImportPlan) -> None:
    voice = voice_of(args)
    counts = {"created": plan.created, "updated": plan.updated, "unchanged": plan.unchanged}
    tell(args, PLANNED if args.dry_run or not plan.ok else DONE, file=plan.file, **counts)
    for row in plan.rows:
        if row.action == "delete":
            tell(args, DELETED, what=row.what)
    for conflict in plan.conflicts:
        tell(args, CONFLICT_THEIRS if conflict.choice == THEIRS else CONFLICT, what=conflict.what)
    for problem in plan.errors:
        where = ", ".join(
            part
            for part in (
                problem.sheet,
                voice.cli(ROW, row=problem.row) if problem.row else "",
                voice.cli(COLUMN, column=problem.column) if problem.column else "",
            )
            if part
        )
        text = voice.problem(problem) + (f" [{problem.value}]" if problem.value else "")
        say(f"{where}: {text}" if where else text)
    if plan.columns is not None:
        headers = [h for h in plan.columns.headers if h.strip()]
        example = ",".join(
            f"{name.removeprefix('n') if name[1:].isdigit() else name}={header}"
            for name, header in zip(plan.columns.missing, headers, strict=False)
        )
        tell(args, HEADERS, headers=" | ".join(headers), example=example)
    if not plan.ok:
        tell(args, NOTHING_WRITTEN)


def _done(args: argparse.Namespace, **facts: object) -> int:
    if args.json:
        print_json({"out": str(args.out), **facts})
    else:
        tell(args, WRITTEN, path=args.out)
    return EXIT_OK


def _template(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.imports import write_template

    db = open_db(args.db, voice=voice_of(args))
    try:
        school = find_school(db, args.school)
        write_template(db, school.id, args.template_kind, args.out, chosen_language(args.lang))
        return _done(args)
    finally:
        db.close()


def _observations(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.imports import export_observations

    db = open_db(args.db, voice=voice_of(args))
    try:
        school = find_school(db, args.school)
        summary = export_observations(
            db, school.id, args.out, since=args.since, language=chosen_language(args.lang)
        )
        return _done(args, observations=summary.observations, scores=summary.scores)
    finally:
        db.close()


def _district(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.imports import export_district_report

    db = open_db(args.db, voice=voice_of(args))
    try:
        ids = [find_school(db, args.school).id] if args.school else None
        voice = voice_of(args)  # the report's language is the messages' language
        export_district_report(
            db, args.out, year=args.year, term=args.term, school_ids=ids,
            language=voice.language, translate=voice.translate,
        )  # fmt: skip
        return _done(args)
    finally:
        db.close()


def _results(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.imports import export_results

    db = open_db(args.db, voice=voice_of(args))
    try:
        school_id = find_school(db, args.school).id if args.school else None
        count = export_results(
            db, args.out, school_id=school_id, year=args.year, term=args.term,
            language=chosen_language(args.lang),
        )  # fmt: skip
        return _done(args, rows=count)
    finally:
        db.close()

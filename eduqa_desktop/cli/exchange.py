"""`eduqa import …` and `eduqa export …`: the Excel exchange from the command line.

    eduqa import teachers|results|activities|observations|checklist FILE --db PATH
          [--school NAME] [--year 2025-2026 --term 1] [--dry-run] [--create-missing] [--json]
    eduqa export template-teachers|template-results|template-activities|
          template-observations|template-checklist|observations|district-report|results
          --db PATH --out FILE [--school NAME] [--lang uz|ru|en] [--since DATE]
          [--year YYYY-YYYY] [--term N]

An import prints {"created", "updated", "unchanged", "errors": [{"sheet", "row", "column",
"value", "message"}]} with --json; it exits 1 when there are errors, and then writes nothing.
An export is written in --lang, by default the app's language (see cli/translation.py); the
district report's flag explanations come from the app's translations.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from eduqa_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandGroups,
    add_db_argument,
    open_db,
    print_json,
    say,
)
from eduqa_desktop.cli.translation import add_language_argument, chosen_language, translator
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.schools import find_school

IMPORT_KINDS = ("teachers", "results", "activities", "observations", "checklist")


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
    from eduqa_desktop.services.imports import (
        ImportKind,
        ImportRequest,
        apply_import,
        preview_import,
    )

    db = open_db(args.db)
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
            )
            run = preview_import if args.dry_run else apply_import
            plan = run(db, request)
        except UserError as error:
            problem = Problem.from_error(error)
            if args.json:
                print_json({"created": 0, "updated": 0, "unchanged": 0,
                            "errors": [problem.as_json()]})  # fmt: skip
            else:
                say(f"error: {problem.message}")
            return EXIT_REFUSED
        if args.json:
            print_json(plan.as_json())
        else:
            say(
                f"{plan.file}: {plan.created} to create, {plan.updated} to update, "
                f"{plan.unchanged} unchanged"
                if args.dry_run or not plan.ok
                else f"{plan.file}: {plan.created} created, {plan.updated} updated, "
                f"{plan.unchanged} unchanged"
            )
            for conflict in plan.conflicts:
                say(f"conflict (kept the local copy): {conflict}")
            for problem in plan.errors:
                where = ", ".join(
                    part
                    for part in (
                        problem.sheet,
                        f"row {problem.row}" if problem.row else "",
                        f"column {problem.column}" if problem.column else "",
                    )
                    if part
                )
                say(
                    f"{where}: {problem.message}" + (f" [{problem.value}]" if problem.value else "")
                )
            if not plan.ok:
                say("nothing was written")
        return EXIT_OK if plan.ok else EXIT_REFUSED
    finally:
        db.close()


def _done(args: argparse.Namespace, **facts: object) -> int:
    if args.json:
        print_json({"out": str(args.out), **facts})
    else:
        say(f"written: {args.out}")
    return EXIT_OK


def _template(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.imports import write_template

    db = open_db(args.db)
    try:
        school = find_school(db, args.school)
        write_template(db, school.id, args.template_kind, args.out, chosen_language(args.lang))
        return _done(args)
    finally:
        db.close()


def _observations(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.imports import export_observations

    db = open_db(args.db)
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

    db = open_db(args.db)
    try:
        ids = [find_school(db, args.school).id] if args.school else None
        language = chosen_language(args.lang)
        export_district_report(
            db, args.out, year=args.year, term=args.term, school_ids=ids, language=language,
            translate=translator(language),
        )  # fmt: skip
        return _done(args)
    finally:
        db.close()


def _results(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.imports import export_results

    db = open_db(args.db)
    try:
        school_id = find_school(db, args.school).id if args.school else None
        count = export_results(
            db, args.out, school_id=school_id, year=args.year, term=args.term,
            language=chosen_language(args.lang),
        )  # fmt: skip
        return _done(args, rows=count)
    finally:
        db.close()

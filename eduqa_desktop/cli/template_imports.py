"""Importing a filled template from the command line (surveys, graduates): the arguments they
share, the preview or the import, the JSON, and every problem with sheet, row and column; the
exit code is 1 when there is one, and then nothing is written."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eduqa_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_db_argument,
    open_db,
    print_json,
    say,
    tell,
    voice_of,
)
from eduqa_desktop.cli.translation import ENGLISH, Voice
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.settings import LANGUAGES
from eduqa_desktop.text import QT_TRANSLATE_NOOP

NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Cli", "nothing was written")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "written")
ROW = QT_TRANSLATE_NOOP("Cli", "row {row}")
COLUMN = QT_TRANSLATE_NOOP("Cli", "column {column}")

Service = Callable[[Any, Any], Any]  # (db, request) → plan
Printer = Callable[[argparse.Namespace, Any], None]


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE --db PATH [--school NAME] [--year YYYY-YYYY] [--dry-run] [--json] [--lang L]."""
    parser.add_argument("file", metavar="FILE")
    add_db_argument(parser)
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY")
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--lang", choices=LANGUAGES, default=None)


def json_voice(args: argparse.Namespace) -> Voice:
    """The language of the messages in JSON: English unless --lang says otherwise."""
    return voice_of(args) if args.lang else ENGLISH


def where(voice: Voice, problem: Problem) -> str:
    return ", ".join(
        part
        for part in (
            problem.sheet,
            voice.cli(ROW, row=problem.row) if problem.row else "",
            voice.cli(COLUMN, column=problem.column) if problem.column else "",
        )
        if part
    )


def run_import(
    args: argparse.Namespace,
    request: Callable[[int], Any],
    preview: Service,
    apply: Service,
    *,
    heading: Printer,
    details: Printer,
) -> int:
    """Preview (--dry-run) or import `request(school_id)`; `heading` prints what the file is
    (before its problems), `details` what a good plan writes."""
    db = open_db(args.db, voice=voice_of(args))
    try:
        school = find_school(db, args.school)
        plan = (preview if args.dry_run else apply)(db, request(school.id))
    finally:
        db.close()
    if args.json:
        voice = json_voice(args)
        data: dict[str, Any] = plan.as_json()
        data["errors"] = [{**p.as_json(), "message": voice.problem(p)} for p in plan.problems]
        print_json(data)
        return EXIT_OK if plan.ok else EXIT_REFUSED
    voice = voice_of(args)
    heading(args, plan)
    for problem in plan.problems:
        place = where(voice, problem)
        text = voice.problem(problem) + (f" [{problem.value}]" if problem.value else "")
        say(f"{place}: {text}" if place else text)
    if not plan.ok:
        tell(args, NOTHING_WRITTEN)
        return EXIT_REFUSED
    details(args, plan)
    if plan.written:
        tell(args, WRITTEN)
    return EXIT_OK


def file_of(args: argparse.Namespace) -> Path:
    return Path(args.file)

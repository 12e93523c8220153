"""The school ↔ district network from the command line.

    eduqa export school-package --db PATH --out FILE [--school NAME] [--year YYYY-YYYY]
          [--term N] [--lang uz|ru|en] [--json]
    eduqa import school-packages FILE_OR_FOLDER… --db PATH [--dry-run] [--json]
          [--prefer ours|theirs]
    eduqa submissions --db PATH --year YYYY-YYYY [--term N] [--json] [--out FILE.xlsx]

`import school-packages` prints, with --json, {"files": [{"file", "school", "created",
"updated", "unchanged", "deleted", "conflicts", "errors", "written"}], "schools_missing"}: each
conflict with both versions ("here", "package") and the "choice" made — the district's copy
("ours", the default) or, with --prefer theirs, the package's. It exits 1
when any file was refused (the others are still merged). As for every import, the messages in
--json are English unless --lang is given.
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
    add_prefer_argument,
    open_db,
    print_json,
    say,
    tell,
    voice_of,
)
from eduqa_desktop.cli.translation import ENGLISH, add_language_argument, chosen_language
from eduqa_desktop.domain.merge_conflicts import THEIRS
from eduqa_desktop.services.schools import find_school
from eduqa_desktop.text import QT_TRANSLATE_NOOP

SENT = QT_TRANSLATE_NOOP(
    "Cli",
    "written: {path} ({teachers} teachers, {results} results rows, {observations} "
    "observations, {activities} activities, {plan} plan entries)",
)
RECEIVED = QT_TRANSLATE_NOOP(
    "Cli", "{file} ({school}): {created} created, {updated} updated, {unchanged} unchanged"
)
WOULD_RECEIVE = QT_TRANSLATE_NOOP(
    "Cli", "{file} ({school}): {created} to create, {updated} to update, {unchanged} unchanged"
)
REFUSED = QT_TRANSLATE_NOOP("Cli", "{file}: refused, nothing written: {reason}")
BOTH_SIDES = QT_TRANSLATE_NOOP(
    "Cli", "  conflict ({record} {what}): here {here}, in the package {package}"
)
TOOK_THEIRS = QT_TRANSLATE_NOOP("Cli", "    the package's copy was taken")
DELETED_AT_SCHOOL = QT_TRANSLATE_NOOP("Cli", "  {deleted} deleted, as at school")
MISSING = QT_TRANSLATE_NOOP("Cli", "schools that have not sent their package: {names}")
NONE_MISSING = QT_TRANSLATE_NOOP("Cli", "every school has sent its package")
ARRIVED = QT_TRANSLATE_NOOP("Cli", "{school}: arrived {received} (made {made}, version {version})")
NOT_ARRIVED = QT_TRANSLATE_NOOP("Cli", "{school}: missing")


def register(groups: CommandGroups) -> None:
    parser = groups.add_to(
        "export", "school-package", _export, "a school's package for the district"
    )
    add_db_argument(parser)
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--school", metavar="NAME")
    parser.add_argument("--year", metavar="YYYY-YYYY")
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))
    add_language_argument(parser)
    parser.add_argument("--json", action="store_true")
    parser = groups.add_to(
        "import", "school-packages", _import, "receive school packages (files or folders)"
    )
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    add_db_argument(parser)
    parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    parser.add_argument("--json", action="store_true")
    add_prefer_argument(parser)
    add_language_argument(parser, "the messages")
    parser = groups.add("submissions", _submissions, "which schools have sent their package")
    add_db_argument(parser)
    parser.add_argument("--year", required=True, metavar="YYYY-YYYY")
    parser.add_argument("--term", type=int, choices=(1, 2, 3, 4))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--out", metavar="FILE.xlsx", help="also write the list as a workbook")
    add_language_argument(parser, "the messages and the workbook")


def _export(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.school_packages import export_school_package

    db = open_db(args.db)
    try:
        school = find_school(db, args.school)
        sent = export_school_package(db, school.id, args.out, year=args.year, term=args.term,
                                     language=chosen_language(args.lang))  # fmt: skip
    finally:
        db.close()
    if args.json:
        print_json(sent)
    else:
        tell(args, SENT, path=args.out, teachers=sent.teachers, results=sent.results,
             observations=sent.observations, activities=sent.activities,
             plan=sent.plan_entries)  # fmt: skip
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.school_packages.receive import receive_packages, report_json

    db = open_db(args.db)
    try:
        report = receive_packages(db, [Path(p) for p in args.paths], dry_run=args.dry_run,
                                  prefer=args.prefer)  # fmt: skip
    finally:
        db.close()
    voice = voice_of(args)
    if args.json:
        json_voice = voice if args.lang else ENGLISH
        print_json(report_json(report, lambda t, p: json_voice.message(t, **p)))
    else:
        for item in report.files:
            if item.errors:
                reason = " ".join(voice.message(t, **p) for t, p in item.errors)
                tell(args, REFUSED, file=item.file, reason=reason)
            else:
                tell(args, WOULD_RECEIVE if args.dry_run else RECEIVED, file=item.file,
                     school=item.school, created=item.created, updated=item.updated,
                     unchanged=item.unchanged)  # fmt: skip
                if item.deleted:
                    tell(args, DELETED_AT_SCHOOL, deleted=item.deleted)
            for conflict in item.conflicts:
                tell(args, BOTH_SIDES, record=conflict.record, what=conflict.what,
                     here=_shown(conflict.here), package=_shown(conflict.package))  # fmt: skip
                if conflict.choice == THEIRS:
                    tell(args, TOOK_THEIRS)
        if report.schools_missing:
            tell(args, MISSING, names=", ".join(report.schools_missing))
        elif any(item.written for item in report.files):
            tell(args, NONE_MISSING)
    return EXIT_REFUSED if any(item.errors for item in report.files) else EXIT_OK


def _shown(values: dict[str, Any]) -> str:
    return "; ".join(f"{name}={value}" for name, value in values.items())


def _submissions(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.submissions import export_submissions, submissions

    db = open_db(args.db)
    try:
        items = submissions(db, args.year, args.term)
        if args.out:
            export_submissions(db, args.out, year=args.year, term=args.term,
                               language=voice_of(args).language)  # fmt: skip
    finally:
        db.close()
    if args.json:
        print_json({
            "year": args.year, "term": args.term,
            "schools": [{"school": s.school, "district": s.district, "arrived": s.arrived,
                         "received_at": s.received_at, "made_at": s.made_at,
                         "app_version": s.app_version, "file": s.file} for s in items],
            "missing": [s.school for s in items if not s.arrived],
        })  # fmt: skip
        return EXIT_OK
    for item in items:
        if item.arrived:
            received = item.received_at.strftime("%d.%m.%Y %H:%M") if item.received_at else ""
            tell(args, ARRIVED, school=item.school, received=received,
                 made=item.made_at.replace("T", " ")[:16], version=item.app_version)  # fmt: skip
        else:
            tell(args, NOT_ARRIVED, school=item.school)
    if not items:
        say("—")
    return EXIT_OK

"""Checklist files on the command line.

    eduqa import checklist FILE --db PATH [--dry-run] [--json]
          (FILE: the checklist editor's workbook or an XLSForm from KoboToolbox/ODK)
    eduqa export checklist --db PATH --checklist NAME|ID --out FILE [--format xlsform|workbook]

An import prints, with --json, the counts and errors every import prints ({"created",
"updated", "unchanged", "errors": [{"sheet", "row", "column", "value", "message"}]}) and the
checklist read: its sections, criteria, scale and languages, and what of an XLSForm is not
carried over (`not_carried`: sheet, row, type, name, reason). Nothing is written on an error.
"""

from __future__ import annotations

import argparse
from typing import Any

from eduqa_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    CommandGroups,
    add_db_argument,
    open_db,
    print_json,
    say_refused,
    tell,
    voice_of,
)
from eduqa_desktop.cli.translation import ENGLISH, Voice, add_language_argument, chosen_language
from eduqa_desktop.exchange.problems import Problem
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.text import QT_TRANSLATE_NOOP

PLANNED = QT_TRANSLATE_NOOP(
    "Cli", "{file}: {created} to create, {updated} to update, {unchanged} unchanged"
)
DONE = QT_TRANSLATE_NOOP(
    "Cli", "{file}: {created} created, {updated} updated, {unchanged} unchanged"
)
READ = QT_TRANSLATE_NOOP(
    "Cli", "“{name}” version {version}: {sections} sections, {criteria} criteria, "
    "scale {scale}, languages {languages}"
)  # fmt: skip
NOT_CARRIED = QT_TRANSLATE_NOOP("Cli", "not carried over: {sheet}, row {row}: {what} — {reason}")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "written: {path}")


def register(groups: CommandGroups) -> None:
    parser = groups.add_to(
        "export", "checklist", _export, "a checklist as an XLSForm (ODK, Kobo) or a workbook"
    )
    add_db_argument(parser)
    parser.add_argument("--checklist", required=True, metavar="NAME|ID")
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--format", choices=("xlsform", "workbook"), default="xlsform")
    add_language_argument(parser)
    parser.add_argument("--json", action="store_true")


def _export(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.checklist_files import export_checklist, find_checklist

    db = open_db(args.db, voice=voice_of(args))
    try:
        template_id = find_checklist(db, args.checklist)
        path = export_checklist(db, template_id, args.out, file_format=args.format,
                                language=chosen_language(args.lang))  # fmt: skip
    finally:
        db.close()
    if args.json:
        print_json({"out": str(path), "format": args.format, "checklist": template_id})
    else:
        tell(args, WRITTEN, path=str(path))
    return EXIT_OK


def _error_json(voice: Voice, error: UserError) -> dict[str, Any]:
    problem = Problem(
        str(getattr(error, "sheet", "")), getattr(error, "row", None),
        str(getattr(error, "column", "")), "", error.template, dict(error.params),
    )  # fmt: skip
    return {**problem.as_json(), "message": voice.problem(problem)}


def import_checklist(args: argparse.Namespace) -> int:
    """`eduqa import checklist FILE` (called by cli/exchange.py's import)."""
    from eduqa_desktop.services.checklist_files import (
        import_checklist_file,
        preview_checklist_import,
    )

    voice = voice_of(args) if args.lang or not args.json else ENGLISH
    language = chosen_language(args.lang)
    db = open_db(args.db, voice=voice_of(args))
    try:
        if args.dry_run:
            result = preview_checklist_import(db, args.file, language=language)
        else:
            result = import_checklist_file(db, args.file, language=language)
    except UserError as error:
        if args.json:
            print_json({"created": 0, "updated": 0, "unchanged": 0, "written": False,
                        "errors": [_error_json(voice, error)]})  # fmt: skip
        else:
            say_refused(args, error)
        return EXIT_REFUSED
    finally:
        db.close()
    counts = {
        "created": int(result.action == "create"),
        "updated": int(result.action == "update"),
        "unchanged": int(result.action == "unchanged"),
    }
    found, spec = result.found, result.found.spec
    if args.json:
        print_json({
            **counts,
            "errors": [],
            "kind": "checklist",
            "file": found.file,
            "format": found.kind,
            "written": result.written,
            "checklist": {
                "template_id": result.template_id,
                "version": result.version,
                "code": spec.code,
                "name": spec.name,
                "languages": list(found.languages),
                "scale": [{"value": lv.value, "label": lv.label} for lv in spec.scale],
                "sections": [
                    {"title": s.title, "criteria": [c.text for c in s.criteria]}
                    for s in spec.sections
                ],
            },
            "not_carried": [
                {"sheet": n.sheet, "row": n.row, "type": n.type, "name": n.name,
                 "reason": voice.message(n.reason, **n.params)}
                for n in found.not_carried
            ],
        })  # fmt: skip
        return EXIT_OK
    tell(args, PLANNED if args.dry_run else DONE, file=found.file, **counts)
    name = next((v for v in (spec.name.get(language), *spec.name.values()) if v), spec.code)
    tell(args, READ, name=name, version=result.version, sections=len(spec.sections),
         criteria=len(spec.criteria), scale=f"{spec.scale_min}–{spec.scale_max}",
         languages=", ".join(found.languages))  # fmt: skip
    for n in found.not_carried:
        what = " ".join(part for part in (n.type, n.name) if part)
        tell(args, NOT_CARRIED, sheet=n.sheet, row=n.row, what=what,
             reason=voice.message(n.reason, **n.params))  # fmt: skip
    return EXIT_OK

"""`eduqa report observation`: an observation, or a month's final observations, as one PDF."""

from __future__ import annotations

import argparse
import re
import uuid
from pathlib import Path

from eduqa_desktop.cli.common import (
    EXIT_OK,
    CommandGroups,
    CommandRefused,
    add_db_argument,
    open_db,
    tell,
    voice_of,
)
from eduqa_desktop.cli.translation import add_language_argument
from eduqa_desktop.text import QT_TRANSLATE_NOOP

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
NOT_A_MONTH = QT_TRANSLATE_NOOP("Cli", "“{text}” is not a month; write it like 2026-10")
NOT_A_UUID = QT_TRANSLATE_NOOP("Cli", "“{text}” is not a UUID")
NO_OBSERVATION = QT_TRANSLATE_NOOP("Cli", "no observation with the UUID {uuid}")
NO_FINAL_OBSERVATION = QT_TRANSLATE_NOOP("Cli", "{school} has no final observation in {month}")
WROTE = QT_TRANSLATE_NOOP("Cli", "written: {path} (observations: {count})")


def register(groups: CommandGroups) -> None:
    parser = groups.add_to(
        "report",
        "observation",
        _report,
        "print an observation (--id) or every final observation of a month (--month) to PDF",
    )
    add_db_argument(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", metavar="UUID", help="the observation's UUID")
    which.add_argument("--month", metavar="YYYY-MM", help="every final observation of a month")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    add_language_argument(parser, "the report")
    parser.add_argument("--school", metavar="NAME", help="with --month, when the file has several")


def _month(text: str) -> tuple[int, int]:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise CommandRefused(NOT_A_MONTH, text=text)
    return int(match.group(1)), int(match.group(2))


def _observation_ids(db, args: argparse.Namespace) -> list[int]:  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.observation_queries import (
        final_observation_ids,
        observation_id_by_uuid,
    )
    from eduqa_desktop.services.schools import find_school

    if args.id:
        try:
            wanted = uuid.UUID(args.id)
        except ValueError as error:
            raise CommandRefused(NOT_A_UUID, text=args.id) from error
        found = observation_id_by_uuid(db, wanted)
        if found is None:
            raise CommandRefused(NO_OBSERVATION, uuid=args.id)
        return [found]
    year, month = _month(args.month)
    school = find_school(db, args.school)
    ids = final_observation_ids(db, school.id, year, month)
    if not ids:
        raise CommandRefused(NO_FINAL_OBSERVATION, school=school.name, month=f"{year}-{month:02d}")
    return ids


def _report(args: argparse.Namespace) -> int:
    from eduqa_desktop.exchange.observation_report import (
        CONTEXT,
        LESSON_OBSERVATION,
        observation_report_html,
    )
    from eduqa_desktop.services.observation_records import load_report_items
    from eduqa_desktop.services.thresholds import load_thresholds
    from eduqa_desktop.ui.pdf_pages import PAGE_NUMBER
    from eduqa_desktop.ui.pdf_rendering import html_to_pdf

    db = open_db(args.db, voice=voice_of(args))
    try:
        items = load_report_items(db, _observation_ids(db, args))
        bands = load_thresholds(db).bands
    finally:
        db.close()
    voice = voice_of(args)  # the report's language is the messages' language
    translate = voice.translate
    html = observation_report_html(items, voice.language, translate, bands)
    title = translate(CONTEXT, LESSON_OBSERVATION)  # the PDF's title in a viewer
    if len(items) != 1:
        title = f"{title} — {args.month}"
    page_label = translate("PdfPages", PAGE_NUMBER)
    path = html_to_pdf(html, Path(args.out), title=title, paginated=True, page_label=page_label)
    tell(args, WROTE, path=path, count=len(items))
    return EXIT_OK

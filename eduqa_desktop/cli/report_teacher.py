"""`eduqa report teacher`: a teacher's profile as a PDF (or .xlsx) for the attestation file.

    eduqa report teacher --db PATH --id UUID --out FILE.pdf [--lang uz|ru|en]
                         [--year YYYY-YYYY] [--term N]

The teacher is named by the UUID the app shows in the profile (and the exchange files carry).
A file ending in .xlsx gets the workbook instead of the PDF.
"""

from __future__ import annotations

import argparse
import os
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

SUFFIXES = (".pdf", ".xlsx")
NOT_A_TEACHER_ID = QT_TRANSLATE_NOOP(
    "Cli", "{text}: not a teacher id (a UUID such as the profile shows)"
)
PDF_OR_XLSX = QT_TRANSLATE_NOOP("Cli", "{path}: the report is written as .pdf or .xlsx")
WRITTEN_PROFILE = QT_TRANSLATE_NOOP("Cli", "written: {path} (profile of {name})")


def register(groups: CommandGroups) -> None:
    parser = groups.add_to(
        "report", "teacher", _report_teacher, "a teacher's profile as PDF (or .xlsx)"
    )
    add_db_argument(parser)
    parser.add_argument("--id", required=True, metavar="UUID", help="the teacher's id")
    parser.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx")
    add_language_argument(parser, "the report")
    parser.add_argument("--year", metavar="YYYY-YYYY", help="academic year (default: now)")
    parser.add_argument("--term", metavar="N", type=int, choices=(1, 2, 3, 4), help="quarter")


def _report_teacher(args: argparse.Namespace) -> int:
    try:
        teacher_uuid = uuid.UUID(args.id)
    except ValueError as error:
        raise CommandRefused(NOT_A_TEACHER_ID, text=args.id) from error
    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:
        raise CommandRefused(PDF_OR_XLSX, path=out)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from eduqa_desktop.exchange.teacher_report import TITLE, profile_html, profile_workbook
    from eduqa_desktop.services.teacher_profile import teacher_profile
    from eduqa_desktop.services.teachers import teacher_id_for_uuid
    from eduqa_desktop.ui.pdf_rendering import html_to_pdf

    voice = voice_of(args)  # the report's language is the messages' language
    language = voice.language
    db = open_db(args.db, voice=voice_of(args))
    try:
        teacher_id = teacher_id_for_uuid(db, teacher_uuid)
        profile = teacher_profile(db, teacher_id, language=language, year=args.year, term=args.term)
    finally:
        db.close()
    translate = voice.translate
    if out.suffix.lower() == ".xlsx":
        profile_workbook(profile, out, language=language, tr=translate)
    else:  # html_to_pdf makes the offscreen QGuiApplication it needs
        title = f"{translate('TeacherReport', TITLE)}: {profile.header.full_name}"
        html_to_pdf(profile_html(profile, language=language, tr=translate), out, title=title)
    tell(args, WRITTEN_PROFILE, path=out, name=profile.header.full_name)
    return EXIT_OK

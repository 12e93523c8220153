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
    say,
)
from eduqa_desktop.cli.translation import add_language_argument, chosen_language, translator

SUFFIXES = (".pdf", ".xlsx")


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
        raise CommandRefused(
            f"{args.id}: not a teacher id (a UUID such as the profile shows)"
        ) from error
    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:
        raise CommandRefused(f"{out}: the report is written as .pdf or .xlsx")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from eduqa_desktop.exchange.teacher_report import TITLE, profile_html, profile_workbook
    from eduqa_desktop.services.teacher_profile import teacher_profile
    from eduqa_desktop.services.teachers import teacher_id_for_uuid
    from eduqa_desktop.ui.pdf_rendering import html_to_pdf

    language = chosen_language(args.lang)
    db = open_db(args.db)
    try:
        teacher_id = teacher_id_for_uuid(db, teacher_uuid)
        profile = teacher_profile(db, teacher_id, language=language, year=args.year, term=args.term)
    finally:
        db.close()
    translate = translator(language)
    if out.suffix.lower() == ".xlsx":
        profile_workbook(profile, out, language=language, tr=translate)
    else:  # html_to_pdf makes the offscreen QGuiApplication it needs
        title = f"{translate('TeacherReport', TITLE)}: {profile.header.full_name}"
        html_to_pdf(profile_html(profile, language=language, tr=translate), out, title=title)
    say(f"{out}: profile of {profile.header.full_name}")
    return EXIT_OK

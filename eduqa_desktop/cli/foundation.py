"""Commands of the foundation: gui, demo, init, info, screenshots."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from eduqa_desktop.cli.common import (
    ERROR,
    EXIT_OK,
    EXIT_USAGE,
    NO_SUCH_DATABASE,
    CommandGroups,
    CommandRefused,
    add_db_argument,
    open_db,
    print_json,
    shown_location,
    tell,
    voice_of,
)
from eduqa_desktop.languages import LANGUAGES
from eduqa_desktop.storage.database_errors import is_url
from eduqa_desktop.text import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # as typing's: not importing typing saves `eduqa info` a few ms
if TYPE_CHECKING:
    from eduqa_desktop.services.school_info import DatabaseInfo
    from eduqa_desktop.storage.database import Database

ALREADY_EXISTS = QT_TRANSLATE_NOOP("Cli", "{path} already exists; choose a new file")
DEMO_PROGRESS = QT_TRANSLATE_NOOP("Cli", "school {done} of {total}")
DEMO_MADE = QT_TRANSLATE_NOOP(
    "Cli",
    "{path}: schools: {schools}, teachers: {teachers}, observations: {observations}, "
    "result rows: {rows}",
)
SCHOOL_READY = QT_TRANSLATE_NOOP("Cli", "{path}: school “{name}” is ready")


def register(groups: CommandGroups) -> None:
    gui = groups.add("gui", _gui, "start the desktop application (the default)")
    add_db_argument(gui, required=False)
    gui.add_argument("--lang", choices=LANGUAGES)

    demo = groups.add("demo", _demo, "create a demo school (or a district) in a new database")
    add_db_argument(demo)
    demo.add_argument("--schools", type=_positive, default=1)
    demo.add_argument("--teachers-per-school", type=_positive, default=40)
    demo.add_argument("--years", type=_positive, default=2)
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument("--today", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    demo.add_argument("--json", action="store_true")

    init = groups.add("init", _init, "create a database with one school, ready for its data")
    add_db_argument(init)
    init.add_argument("--school", required=True, metavar="NAME")
    init.add_argument("--district", default="")
    init.add_argument("--region", default="")
    init.add_argument("--year", metavar="YYYY-YYYY", help="current academic year (default: now)")
    init.add_argument(
        "--admin",
        metavar="LOGIN",
        help="also create the first administrator's account (its password: asked for twice, "
        "or from EDUQA_NEW_PASSWORD); from then on every command needs --user",
    )
    init.add_argument("--json", action="store_true")

    info = groups.add("info", _info, "schema version, schools and row counts of a database")
    add_db_argument(info)
    info.add_argument("--json", action="store_true")
    info.set_defaults(light=True)  # logging only if it opens the database the full way

    shots = groups.add("screenshots", _screenshots, "render every tab of the main window to PNG")
    add_db_argument(shots)
    shots.add_argument("--out", required=True, metavar="DIR")
    shots.add_argument("--lang", choices=LANGUAGES, default="en")
    shots.add_argument("--size", default="1366x768", type=_size)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as error:
        raise argparse.ArgumentTypeError("write the size like 1366x768") from error
    if not (640 <= width <= 7680 and 480 <= height <= 4320):
        raise argparse.ArgumentTypeError("size out of range")
    return width, height


def _new_database_path(path: str) -> None:
    if is_url(path):  # a server database: refused below if it holds another program's tables
        return
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        raise CommandRefused(ALREADY_EXISTS, path=path)


def _gui(args: argparse.Namespace) -> int:
    from eduqa_desktop.app import run_gui

    return run_gui(args.db, args.lang, args.user)


def _demo(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.demo import generate_demo

    _new_database_path(args.db)
    db = open_db(args.db, must_exist=False, voice=voice_of(args))
    try:
        summary = generate_demo(
            db,
            schools=args.schools,
            teachers_per_school=args.teachers_per_school,
            years=args.years,
            seed=args.seed,
            today=args.today,
            progress=lambda done, total: (
                tell(args, DEMO_PROGRESS, done=done, total=total) if total > 1 else None
            ),
        )
    finally:
        db.close()
    if args.json:
        print_json(summary)
    else:
        tell(
            args, DEMO_MADE, path=shown_location(args.db), schools=summary.schools,
            teachers=summary.teachers, observations=summary.observations,
            rows=summary.result_rows,
        )  # fmt: skip
    return EXIT_OK


def _init(args: argparse.Namespace) -> int:
    from eduqa_desktop.domain.school_calendar import year_name_for
    from eduqa_desktop.services.schools import create_school

    _new_database_path(args.db)
    db = open_db(args.db, must_exist=False, voice=voice_of(args))
    try:
        school = create_school(
            db,
            args.school,
            district=args.district,
            region=args.region,
            year=args.year or year_name_for(date.today()),
        )
        if args.admin:
            _first_administrator(db, args)
    except BaseException:
        db.close()
        if not is_url(args.db):
            Path(args.db).unlink(missing_ok=True)  # refused: leave nothing behind
        raise
    db.close()
    if args.json:
        print_json(school)
    else:
        tell(args, SCHOOL_READY, path=shown_location(args.db), name=school.name)
    return EXIT_OK


def _first_administrator(db: Database, args: argparse.Namespace) -> None:
    from eduqa_desktop.cli.accounts import new_password
    from eduqa_desktop.domain.roles import Role
    from eduqa_desktop.services.accounts import AccountFields, create_account

    login = args.admin.strip()
    fields = AccountFields(login=login, display_name="", role=Role.ADMINISTRATOR)
    create_account(db, fields, new_password(login, voice_of(args)))


def _info(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.school_info import quick_file_info

    # An up-to-date file without accounts is read as it is; anything else is opened the full
    # way (upgraded after a backup, refused, or logged in to), as every other command does.
    info = None if is_url(args.db) or args.user else quick_file_info(Path(args.db))
    if info is None:
        info = _opened_info(args)
    if args.json:
        print_json(info)
        return EXIT_OK
    print(f"database: {info.location}")
    print(f"schema:   {info.schema_revision}")
    print(f"schools:  {', '.join(s.name for s in info.schools) or '(none)'}")
    for table, count in info.row_counts.items():
        print(f"  {table:<28} {count:>9}")
    return EXIT_OK


def _opened_info(args: argparse.Namespace) -> DatabaseInfo:
    from eduqa_desktop.services.schools import database_info

    db = open_db(args.db, voice=voice_of(args))
    try:
        return database_info(db)
    finally:
        db.close()


def _screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from eduqa_desktop.ui.screenshots import render_screenshots

    if not is_url(args.db) and not Path(args.db).exists():
        tell(args, ERROR, message=voice_of(args).cli(NO_SUCH_DATABASE, path=args.db))
        return EXIT_USAGE
    db = open_db(args.db, voice=voice_of(args))
    try:
        written = render_screenshots(db, Path(args.out), args.lang, args.size)
    finally:
        db.close()
    for path in written:
        print(path)
    return EXIT_OK

"""Commands that keep the data safe: backup, restore (and the backups kept beside the DB)."""

from __future__ import annotations

import argparse
from pathlib import Path

from eduqa_desktop.cli.common import (
    EXIT_OK,
    NO_SUCH_DATABASE,
    CommandGroups,
    CommandRefused,
    add_db_argument,
    print_json,
    tell,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

BACKED_UP = QT_TRANSLATE_NOOP("Cli", "{path}: backup written to {target}")
RESTORED = QT_TRANSLATE_NOOP(
    "Cli", "{path}: restored from {source}; the state before is kept in {backup}"
)
RESTORED_NEW = QT_TRANSLATE_NOOP("Cli", "{path}: made from {source}")
CHANGED = QT_TRANSLATE_NOOP("Cli", "  {table}: {now} → {then}")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Cli", "  (the same number of rows in every table)")
BACKUP_LINE = QT_TRANSLATE_NOOP("Cli", "{made}  {reason}  {file}")
NO_BACKUPS = QT_TRANSLATE_NOOP("Cli", "{path}: no automatic backups yet")


def register(groups: CommandGroups) -> None:
    backup = groups.add(
        "backup", _backup, "a consistent copy of a database (safe while it is open)"
    )
    add_db_argument(backup)
    backup.add_argument("--out", metavar="FILE", help="default: backups/ beside the database")

    restore = groups.add(
        "restore", _restore, "replace a database with a backup (the current state is kept first)"
    )
    add_db_argument(restore)
    restore.add_argument("--from", dest="source", required=True, metavar="FILE")
    restore.add_argument("--json", action="store_true")

    backups = groups.add("backups", _backups, "list the automatic backups of a database")
    add_db_argument(backups)
    backups.add_argument("--json", action="store_true")


def _existing(path: str) -> Path:
    database = Path(path)
    if not database.is_file():
        raise CommandRefused(NO_SUCH_DATABASE, path=path)
    return database


def _backup(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.backups import backup_file, backup_to

    database = _existing(args.db)
    if args.out:
        target = backup_to(database, Path(args.out))
    else:
        target = backup_file(database, "by-hand").path
    tell(args, BACKED_UP, path=args.db, target=target)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.backups import restore

    source = Path(args.source)
    if not source.is_file():
        raise CommandRefused(NO_SUCH_DATABASE, path=args.source)
    done = restore(Path(args.db), source)
    if args.json:
        print_json(
            {
                "database": args.db,
                "restored_from": str(source),
                "kept_before": str(done.safety_backup.path) if done.safety_backup else None,
                "changes": [{"table": c.table, "now": c.now, "then": c.then} for c in done.changes],
            }
        )
        return EXIT_OK
    if done.safety_backup is None:
        tell(args, RESTORED_NEW, path=args.db, source=source)
        return EXIT_OK
    tell(args, RESTORED, path=args.db, source=source, backup=done.safety_backup.path)
    for change in done.changes:
        tell(args, CHANGED, table=change.table, now=change.now, then=change.then)
    if not done.changes:
        tell(args, NOTHING_CHANGED)
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.backups import backups_of

    database = _existing(args.db)
    found = backups_of(database)
    if args.json:
        print_json(
            [
                {"file": str(b.path), "made": b.made.isoformat(), "reason": b.reason,
                 "counts": b.counts}
                for b in found
            ]
        )  # fmt: skip
        return EXIT_OK
    if not found:
        tell(args, NO_BACKUPS, path=args.db)
    for item in found:
        tell(
            args,
            BACKUP_LINE,
            made=item.made.strftime("%d.%m.%Y %H:%M:%S"),
            reason=item.reason,
            file=item.path.name,
        )
    return EXIT_OK

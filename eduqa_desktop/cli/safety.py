"""Commands that keep the data safe: backup, restore, backups (those kept beside the
database), check (the full integrity check)."""

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
    voice_of,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

TYPE_CHECKING = False
if TYPE_CHECKING:  # the services are imported by the command that runs
    from eduqa_desktop.services.access import Principal

EXIT_DAMAGED = 1

BACKED_UP = QT_TRANSLATE_NOOP("Cli", "{path}: backup written to {target}")
RESTORED = QT_TRANSLATE_NOOP(
    "Cli", "{path}: restored from {source}; the state before is kept in {backup}"
)
RESTORED_NEW = QT_TRANSLATE_NOOP("Cli", "{path}: made from {source}")
CHANGED = QT_TRANSLATE_NOOP("Cli", "  {table}: {now} → {then}")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Cli", "  (the same number of rows in every table)")
BACKUP_LINE = QT_TRANSLATE_NOOP("Cli", "{made}  {reason}  {file}")
NO_BACKUPS = QT_TRANSLATE_NOOP("Cli", "{path}: no automatic backups yet")
INTACT = QT_TRANSLATE_NOOP("Cli", "{path}: intact (integrity check and foreign keys: ok)")
DAMAGED = QT_TRANSLATE_NOOP(
    "Cli", "{path}: damaged — restore a backup with “eduqa restore” (latest good: {backup})"
)
DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "Cli", "{path}: damaged, and no good backup lies beside it; keep a copy and ask for help"
)
PROBLEM = QT_TRANSLATE_NOOP("Cli", "  {problem}")
CHAIN_WHOLE = QT_TRANSLATE_NOOP(
    "Cli", "{path}: the record is whole: {entries} entries, each holding the one before"
)
CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "Cli",
    "{path}: the record was edited outside the app: the chain breaks at entry {entry} "
    "({why}); entries from there on cannot be trusted",
)
CHAIN_CHANGED = QT_TRANSLATE_NOOP("Cli", "its content was changed")
CHAIN_PREVIOUS = QT_TRANSLATE_NOOP("Cli", "the entry before it was removed or changed")
DIGEST_FOUND = QT_TRANSLATE_NOOP(
    "Cli", "digest {digest}: entry {entry}, {action} of {entity} {uuid} at {at}"
)
DIGEST_CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Cli", "  the record changed {count} time(s) in the app since (a correction or a deletion)"
)
DIGEST_MISSING = QT_TRANSLATE_NOOP(
    "Cli",
    "digest {digest}: no entry of the record has it — the record was edited or it is "
    "another database",
)
ON_NETWORK = QT_TRANSLATE_NOOP(
    "Cli",
    "warning: {path} lies on a network drive, where SQLite cannot lock it reliably; keep it "
    "on this computer's own disk",
)
ON_REMOVABLE = QT_TRANSLATE_NOOP(
    "Cli",
    "warning: {path} lies on a removable disk; pulled out during a write, it can be damaged",
)


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

    check = groups.add("check", _check, "the full integrity check of a database (read-only)")
    add_db_argument(check)
    check.add_argument("--json", action="store_true")

    verify = groups.add_to(
        "audit", "verify", _verify, "whether the record of changes is whole (its hash chain)"
    )
    add_db_argument(verify)
    verify.add_argument("--digest", metavar="DIGEST", help="the digest printed on a report")
    verify.add_argument("--json", action="store_true")

    backups = groups.add("backups", _backups, "list the automatic backups of a database")
    add_db_argument(backups)
    backups.add_argument("--json", action="store_true")


def _existing(path: str) -> Path:
    database = Path(path)
    if not database.is_file():
        raise CommandRefused(NO_SUCH_DATABASE, path=path)
    return database


def _may_back_up(path: str, *, damaged_ok: bool = False) -> Principal | None:
    """On a database with accounts, only an account that may back up (--user) goes on: its
    principal, for the service to check again. A damaged file (what a restore is for) cannot
    say who may: it is let through (None)."""
    from eduqa_desktop.cli.common import NOT_A_DATABASE, UNREADABLE, open_db
    from eduqa_desktop.domain.roles import Action
    from eduqa_desktop.services import access

    try:
        db = open_db(path)
    except CommandRefused as refused:
        if damaged_ok and refused.template in (NOT_A_DATABASE, UNREADABLE):
            return None
        raise
    try:
        return access.require(db, Action.BACKUP)
    finally:
        db.close()


def _backup(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.backups import backup_file, backup_to

    database = _existing(args.db)
    by = _may_back_up(args.db)
    if args.out:
        target = backup_to(database, Path(args.out), by=by)
    else:
        target = backup_file(database, "by-hand").path
    tell(args, BACKED_UP, path=args.db, target=target)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.backups import restore

    source = Path(args.source)
    if not source.is_file():
        raise CommandRefused(NO_SUCH_DATABASE, path=args.source)
    by = _may_back_up(args.db, damaged_ok=True) if Path(args.db).is_file() else None
    done = restore(Path(args.db), source, by=by)
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


def _check(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.integrity import drive_kind, full_check, latest_good_backup

    database = _existing(args.db)
    report = full_check(database)
    kind = drive_kind(database)
    good = None if report.ok else latest_good_backup(database)
    if args.json:
        print_json(
            {
                **report.as_json(),
                "drive": kind,
                "latest_good_backup": str(good.path) if good else None,
            }
        )
        return EXIT_OK if report.ok else EXIT_DAMAGED
    if kind == "network":
        tell(args, ON_NETWORK, path=args.db)
    elif kind == "removable":
        tell(args, ON_REMOVABLE, path=args.db)
    if report.ok:
        tell(args, INTACT, path=args.db)
        return EXIT_OK
    if good is None:
        tell(args, DAMAGED_NO_BACKUP, path=args.db)
    else:
        tell(args, DAMAGED, path=args.db, backup=good.path)
    for problem in report.problems + report.foreign_keys:
        tell(args, PROBLEM, problem=problem)
    return EXIT_DAMAGED


def _verify(args: argparse.Namespace) -> int:
    from eduqa_desktop.cli.common import open_db
    from eduqa_desktop.services.audit import check_digest, verify_record
    from eduqa_desktop.storage.database import is_url

    if not is_url(args.db):  # a server database is verified as a file is
        _existing(args.db)
    db = open_db(args.db)
    try:
        chain = verify_record(db)
        digest = check_digest(db, args.digest) if args.digest else None
    finally:
        db.close()
    ok = chain.whole and (digest is None or digest.entry_id is not None)
    if args.json:
        print_json(
            {
                "database": args.db,
                "whole": chain.whole,
                "entries": chain.entries,
                "broken_at": chain.broken_at,
                "reason": chain.reason,
                "digest": digest,
            }
        )
        return EXIT_OK if ok else EXIT_DAMAGED
    if chain.whole:
        tell(args, CHAIN_WHOLE, path=args.db, entries=chain.entries)
    else:
        why = voice_of(args).cli(CHAIN_CHANGED if chain.reason == "changed" else CHAIN_PREVIOUS)
        tell(args, CHAIN_BROKEN, path=args.db, entry=chain.broken_at, why=why)
    if digest is not None:
        if digest.entry_id is None:
            tell(args, DIGEST_MISSING, digest=args.digest)
        else:
            tell(
                args, DIGEST_FOUND, digest=args.digest, entry=digest.entry_id,
                action=digest.action, entity=digest.entity, uuid=digest.entity_uuid, at=digest.at,
            )  # fmt: skip
            if digest.changed_since:
                tell(args, DIGEST_CHANGED_SINCE, count=digest.changed_since)
    return EXIT_OK if ok else EXIT_DAMAGED

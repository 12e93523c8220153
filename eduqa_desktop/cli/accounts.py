"""Accounts on the command line: `eduqa accounts list|add|password|disable`.

The password of a new account (or a new password) is asked twice on a terminal, or read from
EDUQA_NEW_PASSWORD in a script; the administrator logs in with --user (EDUQA_PASSWORD). On a
database without accounts, `accounts add --role administrator` makes the first one.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from eduqa_desktop.cli.common import (
    EXIT_OK,
    CommandGroups,
    CommandRefused,
    add_db_argument,
    open_db,
    print_json,
    tell,
    voice_of,
)
from eduqa_desktop.cli.translation import Voice
from eduqa_desktop.domain.roles import Role
from eduqa_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from eduqa_desktop.services.accounts import AccountInfo
    from eduqa_desktop.storage.database import Database

NEW_PASSWORD_VARIABLE = "EDUQA_NEW_PASSWORD"
NEW_PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "New password for “{login}”: ")
REPEAT_PROMPT = QT_TRANSLATE_NOOP("Cli", "The same password again: ")
NOT_THE_SAME = QT_TRANSLATE_NOOP("Cli", "the two passwords are not the same; nothing changed")
NO_NEW_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli",
    "no password for the account “{login}”: type it when asked (in a terminal), or set "
    "EDUQA_NEW_PASSWORD for a script",
)
ADDED = QT_TRANSLATE_NOOP("Cli", "account “{login}” ({role}) added")
CHANGED = QT_TRANSLATE_NOOP("Cli", "account “{login}” changed")
NO_SUCH_LOGIN = QT_TRANSLATE_NOOP("Cli", "there is no account “{login}”")


def register(groups: CommandGroups) -> None:
    listing = groups.add_to("accounts", "list", _list, "the accounts of a database")
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true")

    add = groups.add_to("accounts", "add", _add, "add an account (the first: an administrator)")
    add_db_argument(add)
    add.add_argument("--login", required=True)
    add.add_argument("--name", default="", help="the name shown (default: the login)")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument(
        "--school",
        action="append",
        default=[],
        metavar="NAME",
        help="the school of a school account; a methodologist's schools (repeat it)",
    )

    password = groups.add_to("accounts", "password", _password, "set an account's password")
    add_db_argument(password)
    password.add_argument("--login", required=True)

    disable = groups.add_to("accounts", "disable", _disable, "disable an account")
    add_db_argument(disable)
    disable.add_argument("--login", required=True)


def new_password(login: str, voice: Voice) -> str:
    """EDUQA_NEW_PASSWORD when set, else asked twice without echo on a terminal."""
    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CommandRefused(NO_NEW_PASSWORD, login=login)
    first = getpass.getpass(voice.cli(NEW_PASSWORD_PROMPT, login=login))
    if getpass.getpass(voice.cli(REPEAT_PROMPT)) != first:
        raise CommandRefused(NOT_THE_SAME)
    return first


def _list(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.accounts import list_accounts

    db = open_db(args.db, voice=voice_of(args))
    try:
        rows = list_accounts(db)
    finally:
        db.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    for row in rows:
        state = "" if row.active else " (disabled)"
        print(f"{row.login:<24} {row.role.value:<14} {row.display_name}{state}")
    return EXIT_OK


def _add(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.accounts import AccountFields, create_account
    from eduqa_desktop.services.schools import find_school

    voice = voice_of(args)
    db = open_db(args.db, voice=voice)
    try:
        schools = [find_school(db, name).id for name in args.school]
        role = Role(args.role)
        fields = AccountFields(
            login=args.login,
            display_name=args.name,
            role=role,
            school_id=schools[0] if role is Role.SCHOOL and schools else None,
            school_ids=tuple(schools) if role is Role.METHODOLOGIST else (),
        )
        info = create_account(db, fields, new_password(args.login.strip(), voice))
    finally:
        db.close()
    tell(args, ADDED, login=info.login, role=info.role.value)
    return EXIT_OK


def _password(args: argparse.Namespace) -> int:
    from eduqa_desktop.services.accounts import reset_password

    voice = voice_of(args)
    db = open_db(args.db, voice=voice)
    try:
        account = _find(db, args.login)
        reset_password(db, account.id, new_password(account.login, voice))
    finally:
        db.close()
    tell(args, CHANGED, login=account.login)
    return EXIT_OK


def _disable(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from eduqa_desktop.services.accounts import fields_of, update_account

    db = open_db(args.db, voice=voice_of(args))
    try:
        account = _find(db, args.login)
        update_account(db, account.id, replace(fields_of(account), active=False))
    finally:
        db.close()
    tell(args, CHANGED, login=account.login)
    return EXIT_OK


def _find(db: Database, login: str) -> AccountInfo:
    from eduqa_desktop.domain.roles import login_key
    from eduqa_desktop.services.accounts import list_accounts

    found = list_accounts(db)
    for same in (
        lambda account: account.login == login.strip(),  # the exact spelling first
        lambda account: login_key(account.login) == login_key(login),
    ):
        for account in found:
            if same(account):
                return account
    raise CommandRefused(NO_SUCH_LOGIN, login=login)

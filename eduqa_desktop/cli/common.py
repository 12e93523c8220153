"""What every command shares: groups to register in, opening the database, errors, output.

Everything a command tells its user goes through its `Voice` (cli/translation.py) in the
command's language: `--lang`, else the app's saved language, else English. Every command takes
`--lang` (CommandGroups.finish adds it where a module did not). A refusal is raised as
CommandRefused(QT_TRANSLATE_NOOP("Cli", template), **params) or comes from a service as a
UserError; run_command prints either one translated.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from uuid import UUID

from eduqa_desktop.cli.translation import Voice, add_language_argument, chosen_language, filled
from eduqa_desktop.masked_text import hide_passwords
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database_errors import (
    BackupNeededError,
    DatabaseError,
    DatabaseTooNewError,
    DriverMissingError,
    ServerUnreachableError,
    is_url,
)
from eduqa_desktop.text import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # as typing's: not importing typing saves `eduqa info` a few ms
if TYPE_CHECKING:  # SQLAlchemy is imported only by a command that opens a database
    from typing import Any

    from eduqa_desktop.storage.database import Database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]

ERROR = QT_TRANSLATE_NOOP("Cli", "error: {message}")
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "interrupted")
NO_SUCH_DATABASE = QT_TRANSLATE_NOOP("Cli", "{path}: no such database file")
NOT_A_DATABASE = QT_TRANSLATE_NOOP("Cli", "{path} is not an EduQA database.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "Cli",
    "{path} was made by a newer version of EduQA Desktop. Install the newer version to open it.",
)
UNREADABLE = QT_TRANSLATE_NOOP("Cli", "{path} cannot be read or written: {reason}")
CANNOT_CONNECT = QT_TRANSLATE_NOOP("Cli", "cannot connect to {path}: {reason}")
NO_DRIVER = QT_TRANSLATE_NOOP(
    "Cli",
    "{path}: the server support is not installed; install it with "
    "pip install eduqa-desktop[server]",
)
BACKUP_FIRST = QT_TRANSLATE_NOOP(
    "Cli",
    "{path} must be upgraded from schema {revision}, and pg_dump is not on PATH to back it up "
    "first. Ask the administrator to back up the database, then run the command again.",
)
UPGRADE_UNBACKED = QT_TRANSLATE_NOOP(
    "Cli",
    "{path} must be upgraded from schema {revision}, and no backup can be made ({reason}). "
    "Has the administrator backed up the database? Upgrade without a backup? [y/N] ",
)
YES_ANSWERS = QT_TRANSLATE_NOOP("Cli", "y,yes")
USER_NEEDED = QT_TRANSLATE_NOOP(
    "Cli",
    "{path} has accounts: run the command with --user NAME (the password is asked for, or read "
    "from the environment variable EDUQA_PASSWORD).",
)
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Cli",
    "no password for “{login}”: type it when asked (in a terminal), or set EDUQA_PASSWORD for "
    "a script.",
)
PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password for “{login}”: ")
PASSWORD_VARIABLE = "EDUQA_PASSWORD"

# The --user of the command being run (run_command sets it): every open_db logs in as it.
_command_user: ContextVar[str | None] = ContextVar("command_user", default=None)


class CommandGroups:
    """The top-level commands and the shared `report`, `import` and `export` sub-commands."""

    def __init__(self, commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        self.commands = commands
        self._groups: dict[str, argparse._SubParsersAction] = {}  # type: ignore[type-arg]
        self._parsers: list[argparse.ArgumentParser] = []

    def add(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser = self.commands.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        self._parsers.append(parser)
        return parser

    def add_to(
        self, group: str, name: str, handler: Handler, help_text: str
    ) -> argparse.ArgumentParser:
        """A sub-command such as `report observation` or `export district-report`."""
        if group not in self._groups:
            group_parser = self.commands.add_parser(group, help=f"{group} …")
            self._groups[group] = group_parser.add_subparsers(dest=f"{group}_kind", metavar="KIND")
        parser = self._groups[group].add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        self._parsers.append(parser)
        return parser

    def finish(self) -> None:
        """Every command takes --lang: a command without its own gets one for its messages.
        Every command that opens a database takes --user (a database with accounts)."""
        for parser in self._parsers:
            if "--lang" not in parser._option_string_actions:
                add_language_argument(parser, "the messages")
            if "--db" in parser._option_string_actions:
                parser.add_argument(
                    "--user",
                    metavar="NAME",
                    help="the account to log in as, on a database with accounts (password: "
                    f"asked for, or from the environment variable {PASSWORD_VARIABLE})",
                )


class CommandRefused(Exception):
    """A command that cannot go on: exit 1 with this message.

    `template` is English text marked with QT_TRANSLATE_NOOP("Cli", …), `params` fill it after
    translation; `str(refusal)` is the English message."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(filled(template, params))


def voice_of(args: argparse.Namespace) -> Voice:
    """The command's voice: its --lang, else the app's language, else English (made once, on
    first use, so a command that says nothing loads no catalogue)."""
    voice = getattr(args, "voice", None)
    if voice is None:
        voice = Voice.of(chosen_language(getattr(args, "lang", None)))
        args.voice = voice
    return voice


def refusal_text(voice: Voice, problem: UserError | CommandRefused) -> str:
    if isinstance(problem, CommandRefused):
        return voice.cli(problem.template, **problem.params)
    return voice.error(problem)


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument(
        "--db",
        required=required,
        metavar="PATH|URL",
        help="the database file, or a server's URL (postgresql+psycopg://user@host/database)",
    )


def shown_location(path: str) -> str:
    """A file as given; a URL with its password masked (never printed)."""
    if not is_url(path):
        return path
    from sqlalchemy.engine import make_url

    try:
        return make_url(path).render_as_string(hide_password=True)
    except Exception:  # not even a URL: nothing in it is shown
        return "(URL)"


def _ask_to_upgrade_unbacked(voice: Voice, path: str) -> Callable[[str, str], bool] | None:
    """On a terminal, the question before a server database is upgraded with no backup."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return None

    def ask(revision: str, reason: str) -> bool:
        sys.stderr.write(voice.cli(UPGRADE_UNBACKED, path=path, revision=revision, reason=reason))
        sys.stderr.flush()
        answer = sys.stdin.readline().strip().casefold()
        return answer in {word.strip() for word in voice.cli(YES_ANSWERS).split(",")} | {"y"}

    return ask


def open_db(path: str, *, must_exist: bool = True, voice: Voice | None = None) -> Database:
    """Open the command's database, logged in as its --user when the database has accounts."""
    db = _open(path, must_exist=must_exist, voice=voice)
    try:
        log_in_for_command(db, path, _command_user.get(), voice)
    except BaseException:
        db.close()
        raise
    return db


def log_in_for_command(db: Database, path: str, login: str | None, voice: Voice | None) -> None:
    from eduqa_desktop.services.access import has_accounts

    if not has_accounts(db):
        return  # one local user with every right, as before accounts
    if not login:
        raise CommandRefused(USER_NEEDED, path=shown_location(path))
    from eduqa_desktop.services.accounts import log_in  # argon2: only to check a password

    log_in(db, login, command_password(login, voice))


def command_password(login: str, voice: Voice | None) -> str:
    """EDUQA_PASSWORD when set (a script), else asked for without echo on a terminal."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandRefused(NO_PASSWORD, login=login)
    prompt = (
        voice.cli(PASSWORD_PROMPT, login=login)
        if voice
        else filled(PASSWORD_PROMPT, {"login": login})
    )
    import getpass

    return getpass.getpass(prompt)


def _open(path: str, *, must_exist: bool, voice: Voice | None) -> Database:
    from eduqa_desktop.storage.database import open_database

    configure_logging()
    if must_exist and not is_url(path) and not Path(path).exists():
        raise CommandRefused(NO_SUCH_DATABASE, path=path)
    shown = shown_location(path)
    try:
        return open_database(
            path,
            confirm_unbacked_upgrade=_ask_to_upgrade_unbacked(voice, shown) if voice else None,
        )
    except ServerUnreachableError as error:
        raise CommandRefused(CANNOT_CONNECT, path=shown, reason=error.reason) from error
    except DriverMissingError as error:
        raise CommandRefused(NO_DRIVER, path=shown) from error
    except BackupNeededError as error:
        raise CommandRefused(BACKUP_FIRST, path=shown, revision=error.from_revision) from error
    except DatabaseTooNewError as error:
        raise CommandRefused(TOO_NEW, path=path) from error
    except DatabaseError as error:  # why exactly (in English) is in the chained exception
        raise CommandRefused(NOT_A_DATABASE, path=shown) from error
    except OSError as error:
        raise CommandRefused(UNREADABLE, path=path, reason=error.strerror or error) from error


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, str):
        return hide_passwords(value)
    return value


def print_json(data: Any) -> None:
    import json

    json.dump(_plain(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(message: str) -> None:
    """A line for the user, on stderr (already in the command's language)."""
    print(hide_passwords(message), file=sys.stderr)


def tell(args: argparse.Namespace, template: str, /, **params: Any) -> None:
    """Say one of the command line's sentences (QT_TRANSLATE_NOOP("Cli", …)) in its language."""
    say(voice_of(args).cli(template, **params))


def say_refused(args: argparse.Namespace, problem: UserError | CommandRefused) -> None:
    voice = voice_of(args)
    say(voice.cli(ERROR, message=refusal_text(voice, problem)))


def configure_logging() -> None:
    """Warnings of the code a command runs go to stderr as `LEVEL: message` (once).

    A light command (`set_defaults(light=True)`: one that reads a little and logs nothing)
    skips it and so never imports logging; opening a database configures it anyway."""
    import logging

    from eduqa_desktop.masked_logging import MaskedFormatter

    to_stderr = logging.StreamHandler()
    to_stderr.setFormatter(MaskedFormatter("%(levelname)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[to_stderr])


def run_command(args: argparse.Namespace) -> int:
    if not getattr(args, "light", False):
        configure_logging()
    _command_user.set(getattr(args, "user", None))
    try:
        return int(args.handler(args))
    except (UserError, CommandRefused) as problem:
        say_refused(args, problem)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        tell(args, INTERRUPTED)
        return EXIT_REFUSED


def add_prefer_argument(parser: argparse.ArgumentParser) -> None:
    """--prefer for a package's conflicts (domain.merge_conflicts)."""
    from eduqa_desktop.domain.merge_conflicts import OURS, PREFERENCES

    parser.add_argument(
        "--prefer", choices=PREFERENCES, default=OURS,
        help="a record changed on both sides: keep this computer's copy (ours, the default) "
        "or take the package's (theirs)",
    )  # fmt: skip

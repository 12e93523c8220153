"""What every command shares: groups to register in, opening the database, errors, output."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from eduqa_desktop.services.errors import UserError
from eduqa_desktop.storage.database import Database, DatabaseError, open_database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
Handler = Callable[[argparse.Namespace], int]


class CommandGroups:
    """The top-level commands and the shared `report`, `import` and `export` sub-commands."""

    def __init__(self, commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        self.commands = commands
        self._groups: dict[str, argparse._SubParsersAction] = {}  # type: ignore[type-arg]

    def add(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        parser = self.commands.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
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
        return parser


class CommandRefused(Exception):
    """A command that cannot go on: exit 1 with this message."""


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", required=required, metavar="PATH", help="the database file")


def open_db(path: str, *, must_exist: bool = True) -> Database:
    if must_exist and "://" not in path and not Path(path).exists():
        raise CommandRefused(f"{path}: no such database file")
    try:
        return open_database(path)
    except DatabaseError as error:
        raise CommandRefused(str(error)) from error


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
    return value


def print_json(data: Any) -> None:
    json.dump(_plain(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(message: str) -> None:
    print(message, file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return int(args.handler(args))
    except (UserError, CommandRefused) as problem:
        say(f"error: {problem}")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        say("interrupted")
        return EXIT_REFUSED

"""The command line: `eduqa …` = `python -m eduqa_desktop …`, the same services as the GUI.

Exit codes: 0 success, 1 input refused (nothing written), 2 usage error. Human messages go to
stderr, in the command's language (--lang, else the app's; see cli/translation.py); `--json`
output to stdout. Each feature registers its commands in its own module.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from eduqa_desktop import __version__
from eduqa_desktop.cli.common import CommandGroups, run_command, voice_of
from eduqa_desktop.cli.failures import run_safely

# Modules of eduqa_desktop.cli with `register(groups: CommandGroups) -> None`.
COMMAND_MODULES = [
    "foundation",
    "indicators",
    "report_observation",
    "report_teacher",
    "exchange",
    "checklists",
    "surveys",
    "graduates",
    "attention",
    "safety",
    "calibration",
    "school_packages",
    "accounts",
]


# The module of the commands a person (or a shortcut) starts most: only it is imported for
# them, not every command module with the services and exchange code each pulls in — the
# window and `eduqa info` start that much sooner. tests/test_cli_lazy_commands.py checks this
# table against what the modules register.
OWNERS = {
    "gui": "foundation",
    "demo": "foundation",
    "init": "foundation",
    "info": "foundation",
    "screenshots": "foundation",
}


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eduqa",
        description="EduQA Desktop: quality of education for schools, offline.",
    )
    parser.add_argument("--version", action="version", version=f"eduqa {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = CommandGroups(commands)
    for name in modules:
        try:
            module = importlib.import_module(f"eduqa_desktop.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"eduqa_desktop.cli.{name}":
                raise
            continue  # a feature still being built
        module.register(groups)
    groups.finish()
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; no failure of any kind ends in a traceback (cli/failures.py)."""
    parsed = argparse.Namespace()
    return run_safely(lambda: _main(argv, parsed), lambda: voice_of(parsed))


def _main(argv: Sequence[str] | None, parsed: argparse.Namespace) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0].startswith("--") and args_list[0] not in ("--help", "-h", "--version")
    ):
        args_list = ["gui", *args_list]  # the GUI is the default command
    owner = OWNERS.get(args_list[0]) if args_list else None
    parser = build_parser([owner] if owner else COMMAND_MODULES)
    try:
        args = parser.parse_args(args_list, namespace=parsed)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return 2
    return run_command(args)

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


# Every top-level command: the line `eduqa --help` shows for it and the modules that register
# it (a group such as `import` has several). A command imports only its own modules, with the
# services and exchange code they pull in, and `eduqa --help` and `--version` none: the window
# and every command start that much sooner. tests/test_cli_lazy_commands.py checks this table
# against what the modules register.
COMMANDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "gui": ("start the desktop application (the default)", ("foundation",)),
    "demo": ("create a demo school (or a district) in a new database", ("foundation",)),
    "init": ("create a database with one school, ready for its data", ("foundation",)),
    "info": ("schema version, schools and row counts of a database", ("foundation",)),
    "screenshots": ("render every tab of the main window to PNG", ("foundation",)),
    "indicators": (
        "pass rate, quality of knowledge, SOU and average grade of a term, by group",
        ("indicators",),
    ),
    "report": ("report …", ("report_observation", "report_teacher")),
    "import": ("import …", ("exchange", "surveys", "graduates", "school_packages")),
    "export": ("export …", ("exchange", "checklists", "surveys", "graduates", "school_packages")),
    "voices": ("satisfaction of parents, pupils, teachers, employers", ("surveys",)),
    "graduates": ("where the graduates of grades 9 and 11 went", ("graduates",)),
    "attention": ("the teachers to look at first, ranked by their signals", ("attention",)),
    "backup": ("a consistent copy of a database (safe while it is open)", ("safety",)),
    "restore": ("replace a database with a backup (the current state is kept first)", ("safety",)),
    "check": ("the full integrity check of a database (read-only)", ("safety",)),
    "audit": ("audit …", ("safety",)),
    "backups": ("list the automatic backups of a database", ("safety",)),
    "calibration": ("agreement of observers who watched the same lessons", ("calibration",)),
    "submissions": ("which schools have sent their package", ("school_packages",)),
    "accounts": ("accounts …", ("accounts",)),
}


def _top_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:  # type: ignore[type-arg]
    parser = argparse.ArgumentParser(
        prog="eduqa",
        description="EduQA Desktop: quality of education for schools, offline.",
    )
    parser.add_argument("--version", action="version", version=f"eduqa {__version__}")
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser of the commands that `modules` register (in COMMAND_MODULES' order)."""
    parser, commands = _top_parser()
    groups = CommandGroups(commands)
    for name in [m for m in COMMAND_MODULES if m in modules]:
        try:
            module = importlib.import_module(f"eduqa_desktop.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"eduqa_desktop.cli.{name}":
                raise
            continue  # a feature still being built
        module.register(groups)
    groups.finish()
    return parser


def table_parser() -> argparse.ArgumentParser:
    """Every command by name and line, none of its arguments, no module imported: for
    `eduqa --help`, `--version` and a command that does not exist."""
    parser, commands = _top_parser()
    for name, (help_text, _modules) in COMMANDS.items():
        commands.add_parser(name, help=help_text, description=help_text)
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
    entry = COMMANDS.get(args_list[0]) if args_list else None
    parser = build_parser(entry[1]) if entry else table_parser()
    try:
        args = parser.parse_args(args_list, namespace=parsed)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if getattr(args, "handler", None) is None:  # `eduqa report`: which report?
        table_parser().print_help(sys.stderr)
        return 2
    return run_command(args)

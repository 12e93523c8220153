"""Each command imports only its own command modules (cli.COMMANDS), `--help` and `--version`
none, and that table says truly which modules register each command and what --help says of
it. `eduqa info` on an up-to-date file reads it with the standard library's sqlite3: no
SQLAlchemy, no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from eduqa_desktop.cli import COMMAND_MODULES, COMMANDS, build_parser, main, table_parser


def _commands(parser):  # type: ignore[no-untyped-def]
    return next(a for a in parser._actions if a.dest == "command")


def _registered(parser) -> dict[str, tuple[str, set[str]]]:  # type: ignore[no-untyped-def]
    """Each top-level command: its --help line and the modules of its handlers."""
    commands = _commands(parser)
    lines = {action.dest: action.help for action in commands._choices_actions}
    table = {}
    for name, sub in commands.choices.items():
        handler = sub.get_default("handler")
        if handler is not None:
            modules = {handler.__module__}
        else:  # a group: the handlers of its kinds
            kinds = next(a for a in sub._actions if a.dest == f"{name}_kind")
            modules = {k.get_default("handler").__module__ for k in kinds.choices.values()}
        table[name] = (lines[name], {m.removeprefix("eduqa_desktop.cli.") for m in modules})
    return table


def test_the_command_table_says_what_the_modules_register() -> None:
    everything = _registered(build_parser(COMMAND_MODULES))
    assert list(COMMANDS) == list(everything)  # the same commands, in the same order
    for command, (line, modules) in COMMANDS.items():
        assert (line, set(modules)) == everything[command], command
        alone = build_parser(modules)
        assert _registered(alone)[command] == everything[command], command
        assert _commands(alone).choices[command].format_help() == (
            _commands(build_parser(COMMAND_MODULES)).choices[command].format_help()
        ), command


def test_help_lists_every_command_as_the_full_parser_does() -> None:
    assert table_parser().format_help() == build_parser(COMMAND_MODULES).format_help()


def test_info_does_not_import_the_other_command_modules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    probe = (
        "import sys; from eduqa_desktop.cli import main; "
        f"code = main(['info', '--db', {str(tmp_path / 'x.sqlite3')!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith(('eduqa_desktop.cli.', "
        "'eduqa_desktop.exchange', 'openpyxl', 'alembic', 'PySide6'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={"EDUQA_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    loaded = done.stdout.strip().splitlines()[-1]
    assert "eduqa_desktop.cli.foundation" in loaded
    # (QtCore translates the messages; the widgets are the window's)
    for heavy in ("cli.exchange", "cli.surveys", "eduqa_desktop.exchange", "openpyxl", "QtWidgets"):
        assert heavy not in loaded, (heavy, loaded)


def _modules_loaded_by(argv: list[str], data_dir: Path) -> tuple[str, list[str]]:
    """What `eduqa <argv>` printed and which modules it imported, in a new process."""
    probe = (
        "import sys; from eduqa_desktop.cli import main; "
        f"code = main({argv!r}); "
        "print(); print(code, ' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={"EDUQA_DATA_DIR": str(data_dir), "HOME": str(data_dir), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    *shown, last = done.stdout.strip().splitlines()
    code, modules = last.split(" ", 1)
    assert code == "0", done.stderr
    return "\n".join(shown), modules.split()


def test_info_on_a_file_imports_neither_sqlalchemy_nor_qt(tmp_path: Path) -> None:
    path = tmp_path / "school.sqlite3"
    assert main(["init", "--db", str(path), "--school", "Test maktab"]) == 0
    shown, modules = _modules_loaded_by(["info", "--db", str(path)], tmp_path)
    assert "Test maktab" in shown and "schools" in shown
    heavy = [m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic", "PySide6")]
    assert not heavy, heavy
    assert "logging" not in modules  # nothing to log: the command writes no log either


def test_help_and_version_import_no_command_module(tmp_path: Path) -> None:
    for argv, expected in ((["--help"], "calibration"), (["--version"], "eduqa ")):
        shown, modules = _modules_loaded_by(argv, tmp_path)
        assert expected in shown
        commands = [m for m in modules if m.startswith("eduqa_desktop.cli.")]
        assert set(commands) <= {"eduqa_desktop.cli.common", "eduqa_desktop.cli.failures",
                                 "eduqa_desktop.cli.translation"}, commands  # fmt: skip
        assert not [m for m in modules if m.startswith(("sqlalchemy", "PySide6", "openpyxl"))]


def test_a_database_without_accounts_is_opened_without_the_password_code(tmp_path: Path) -> None:
    path = tmp_path / "school.sqlite3"
    assert main(["init", "--db", str(path), "--school", "Test maktab"]) == 0
    probe = (
        "import sys; from eduqa_desktop.cli.common import open_db; "
        f"open_db({str(path)!r}).close(); print(' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={"EDUQA_DATA_DIR": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    modules = done.stdout.split()
    assert "eduqa_desktop.storage.database" in modules
    assert "argon2" not in modules and "eduqa_desktop.services.accounts" not in modules

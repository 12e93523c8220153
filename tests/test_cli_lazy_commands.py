"""The window and `eduqa info` import only their own command module (cli.OWNERS), and that
table says truly which module registers each of those commands. `eduqa info` on an up-to-date
file reads it with the standard library's sqlite3: no SQLAlchemy, no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from eduqa_desktop.cli import COMMAND_MODULES, OWNERS, build_parser, main


def _handlers(parser) -> dict[str, str]:  # type: ignore[no-untyped-def]
    commands = next(a for a in parser._actions if a.dest == "command")
    return {
        name: sub.get_default("handler").__module__
        for name, sub in commands.choices.items()
        if sub.get_default("handler") is not None
    }


def test_each_owned_command_is_registered_by_its_owner() -> None:
    everything = _handlers(build_parser(COMMAND_MODULES))
    for command, owner in OWNERS.items():
        assert everything[command] == f"eduqa_desktop.cli.{owner}", command
        alone = _handlers(build_parser([owner]))
        assert alone[command] == everything[command]


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

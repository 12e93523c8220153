"""The core layers (domain, storage, services, exchange) never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "eduqa_desktop"
CORE_LAYERS = ("domain", "storage", "services", "exchange")
FORBIDDEN = ("PySide6", "pyqtgraph", "eduqa_desktop.ui", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def core_files() -> list[Path]:
    return sorted(p for layer in CORE_LAYERS for p in (PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_does_not_import_qt(path: Path) -> None:
    bad = {
        name
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_domain_uses_the_standard_library_only() -> None:
    allowed_third_party: set[str] = set()
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if top in ("eduqa_desktop", "__future__") or top in allowed_third_party:
                continue
            assert top in __import__("sys").stdlib_module_names, f"{path.name} imports {name}"


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)


def _runtime_imports(path: Path) -> set[str]:
    """Modules a file imports when it runs: `if TYPE_CHECKING:` blocks left out, imports
    inside functions counted (they run too)."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return names


def ui_files() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py"))


@pytest.mark.parametrize("path", ui_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_ui_reaches_storage_only_through_services(path: Path) -> None:
    """Not even for a type: the window and its dialogs use services, which own storage."""
    bad = sorted(
        name for name in imported_modules(path)
        if name == "eduqa_desktop.storage" or name.startswith("eduqa_desktop.storage.")
    )  # fmt: skip
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}; go through services"


def test_the_storage_check_catches_a_type_only_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from eduqa_desktop.storage.database import Database\n",
        encoding="utf-8",
    )
    assert "eduqa_desktop.storage.database" in imported_modules(sample)
    assert "eduqa_desktop.storage.database" not in _runtime_imports(sample)


def test_modules_the_main_window_imports_do_not_import_it_back() -> None:
    """No import cycle through main_window: what it builds on cannot need it to run."""
    main_window = "eduqa_desktop.ui.main_window"
    used = {
        name for name in _runtime_imports(PACKAGE / "ui" / "main_window.py")
        if name.startswith("eduqa_desktop.ui.")
    }  # fmt: skip
    back = []
    for name in sorted(used):
        relative = Path(*name.split(".")[1:])
        path = PACKAGE.parent / "eduqa_desktop" / relative.with_suffix(".py")
        if not path.is_file():
            path = PACKAGE.parent / "eduqa_desktop" / relative / "__init__.py"
        if path.is_file() and main_window in _runtime_imports(path):
            back.append(name)
    assert used, "main_window imports no ui module: the check reads the wrong file"
    assert not back, f"{back} import {main_window} while it imports them"


# exchange/ reads and writes files only (shared/design.md): matching, merging and writing rows
# belong to services/imports/. Not even a type-only import: exchange speaks in its own DTOs.
ABOVE_EXCHANGE = ("eduqa_desktop.storage", "eduqa_desktop.services")


def _absolute_imports(source: str, package: tuple[str, ...]) -> set[str]:
    """Every module a file in `package` imports (type-only and function-local too), with
    relative imports resolved."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join((*base, node.module) if node.module else base)
            names.add(module)
            if not node.module:
                names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _reaches_down(path: Path) -> list[str]:
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    return sorted(
        name for name in _absolute_imports(path.read_text(encoding="utf-8"), package)
        if any(name == above or name.startswith(above + ".") for above in ABOVE_EXCHANGE)
    )  # fmt: skip


def exchange_files() -> list[Path]:
    return sorted((PACKAGE / "exchange").rglob("*.py"))


@pytest.mark.parametrize("path", exchange_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_exchange_imports_neither_storage_nor_services(path: Path) -> None:
    name = path.relative_to(PACKAGE).as_posix()
    bad = _reaches_down(path)
    assert not bad, (
        f"{name} imports {bad}: exchange reads and writes files only; "
        "put matching and writing in services/imports/"
    )


def test_the_exchange_check_catches_relative_and_type_only_imports() -> None:
    source = (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from eduqa_desktop.storage.models import Teacher\n"
        "def f():\n    from ..services import audit\n    from . import problems\n"
    )
    names = _absolute_imports(source, ("eduqa_desktop", "exchange"))
    assert "eduqa_desktop.storage.models" in names
    assert "eduqa_desktop.services" in names
    assert "eduqa_desktop.exchange.problems" in names

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

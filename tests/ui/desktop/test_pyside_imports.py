"""PySide6's source scan on import is skipped (start-up), and a module that opts in to a
PySide6 feature still gets it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import types
from pathlib import Path

from eduqa_desktop.ui.pyside_imports import skip_feature_scans

SCRIPT = textwrap.dedent(
    """
    import sys
    import PySide6.QtCore
    import shibokensupport.feature as feature
    from eduqa_desktop.ui.pyside_imports import skip_feature_scans

    assert skip_feature_scans() is True
    assert skip_feature_scans() is True  # a second call changes nothing
    import json  # imported after: noted without its source being read
    assert feature.pyside_feature_dict.get("json") == -1, feature.pyside_feature_dict.get("json")
    sys.path.insert(0, sys.argv[1])
    import snake_module
    print(snake_module.named())
    """
)
OPTS_IN = textwrap.dedent(
    """
    from __feature__ import snake_case
    from PySide6.QtCore import QObject

    def named():
        thing = QObject()
        thing.set_object_name("snake")
        return thing.object_name()
    """
)


def test_later_imports_are_not_read_and_features_still_work(tmp_path: Path) -> None:
    (tmp_path / "snake_module.py").write_text(OPTS_IN, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "snake"


def test_a_pyside_without_the_hook_is_left_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    moved = types.ModuleType("shibokensupport.feature")  # as if a later PySide6 had moved it
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", moved)
    assert skip_feature_scans() is False
    assert not hasattr(moved, "_mod_uses_pyside")

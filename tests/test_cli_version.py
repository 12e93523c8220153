"""`eduqa --version` prints the package's version and exits 0, without starting the GUI."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import eduqa_desktop
from eduqa_desktop.cli import main


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"eduqa {eduqa_desktop.__version__}"
    assert eduqa_desktop.__version__.count(".") == 2


def test_the_wheel_takes_its_version_from_the_package() -> None:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    assert "version" in config["project"]["dynamic"]
    assert config["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "eduqa_desktop.__version__"
    }

"""Resources travel with the package: found through importlib.resources, and every file the
app reads at run time is matched by the wheel's package-data (so a wheel cannot ship without
it; .ci/wheel_smoke.sh proves the same on a real installed wheel)."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

from eduqa_desktop import paths
from eduqa_desktop.services import reference_data

REPOSITORY = Path(__file__).resolve().parents[2]
# Kept in the repository for people, not read by the app: the README's pictures and the
# translators' sources (the compiled .qm files are what the app loads).
NOT_SHIPPED = ("screenshots/", "translations/dictionary/", "translations/eduqa_")


def shipped_patterns() -> list[str]:
    config = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]["eduqa_desktop.resources"]


def test_resources_are_the_package_eduqa_desktop_resources() -> None:
    assert Path(str(files("eduqa_desktop.resources"))) == paths.RESOURCES_DIR
    config = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-dir"]["eduqa_desktop.resources"] == "resources"


def test_every_path_the_app_reads_exists() -> None:
    for directory in (
        paths.ICONS_DIR,
        paths.TRANSLATIONS_DIR,
        paths.CHECKLISTS_DIR,
        paths.FONTS_DIR,
        paths.REFERENCE_DIR,
    ):
        assert directory.is_dir(), directory
    assert paths.STYLE_SHEET.is_file()
    assert reference_data.load_subjects()
    assert len(reference_data.load_shipped_checklists()) == 3
    for language in ("uz", "ru", "en"):
        assert (paths.TRANSLATIONS_DIR / f"eduqa_{language}.qm").is_file()


def test_every_runtime_file_is_matched_by_package_data() -> None:
    root = REPOSITORY / "resources"
    patterns = shipped_patterns()
    missing = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(NOT_SHIPPED) and not relative.endswith(".qm"):
            continue
        if path.suffix == ".py" or "__pycache__" in relative:
            continue
        if not any(path.relative_to(root).match(pattern) for pattern in patterns):
            missing.append(relative)
    assert not missing, f"add to package-data in pyproject.toml: {missing}"


def test_the_check_sees_a_file_outside_the_patterns() -> None:
    assert not any(Path("sounds/bell.wav").match(p) for p in shipped_patterns())
    assert any(Path("icons/add.svg").match(p) for p in shipped_patterns())

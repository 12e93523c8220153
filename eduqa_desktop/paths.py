"""Where things live: the user's data folder, the default database, shipped resources."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "EduQA"
DATA_DIR_ENV = "EDUQA_DATA_DIR"


def _resources_dir() -> Path:
    """The shipped resources, wherever the package is: the repository's resources/ in an
    editable install, site-packages/eduqa_desktop/resources from a wheel, the bundle's copy in
    a frozen build. resources/ is installed as the package eduqa_desktop.resources."""
    try:
        return Path(os.fspath(files("eduqa_desktop.resources")))
    except ModuleNotFoundError:
        # An editable install made before resources/ became a package: still a checkout.
        checkout = Path(__file__).resolve().parent.parent / "resources"
        if (checkout / "__init__.py").is_file():
            return checkout
        raise


RESOURCES_DIR = _resources_dir()
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
CHECKLISTS_DIR = RESOURCES_DIR / "checklists"
FONTS_DIR = RESOURCES_DIR / "fonts"
STYLE_SHEET = RESOURCES_DIR / "style.qss"
REFERENCE_DIR = RESOURCES_DIR / "reference"
HELP_DIR = RESOURCES_DIR / "help"


def data_dir() -> Path:
    """The user's data folder (`EDUQA_DATA_DIR` overrides it, which tests use)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "eduqa.sqlite3"


def log_file_path() -> Path:
    return data_dir() / "eduqa.log"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path

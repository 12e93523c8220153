"""Where things live: the user's data folder, the default database, shipped resources."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "EduQA"
DATA_DIR_ENV = "EDUQA_DATA_DIR"

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
CHECKLISTS_DIR = RESOURCES_DIR / "checklists"
FONTS_DIR = RESOURCES_DIR / "fonts"
STYLE_SHEET = RESOURCES_DIR / "style.qss"


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

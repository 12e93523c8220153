"""Loading and saving the analysis thresholds (one JSON setting in the database)."""

from __future__ import annotations

from eduqa_desktop.domain.thresholds import Thresholds
from eduqa_desktop.services.settings_store import get_setting, set_setting
from eduqa_desktop.storage.database import Database

THRESHOLDS_KEY = "thresholds"


def load_thresholds(db: Database) -> Thresholds:
    return Thresholds.from_json(get_setting(db, THRESHOLDS_KEY))


def save_thresholds(db: Database, thresholds: Thresholds) -> None:
    set_setting(db, THRESHOLDS_KEY, thresholds.to_json())

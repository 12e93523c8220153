"""The user's preferences (language, recent files), kept in a small JSON file.

The path is injectable so tests never touch the real user's file. Window geometry and table
layouts live in QSettings (see ui/window_state.py); database-wide settings (thresholds) live in
the database itself (services/settings_store.py).
"""

from __future__ import annotations

import json
import locale
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eduqa_desktop.languages import LANGUAGES
from eduqa_desktop.paths import data_dir

log = logging.getLogger(__name__)

MAX_RECENT = 8


def system_language() -> str:
    """uz, ru or en from the system locale; English when it is none of them."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    code = name[:2].lower()
    return code if code in LANGUAGES else "en"


@dataclass
class Preferences:
    language: str = ""  # empty: follow the system locale
    recent_files: list[str] = field(default_factory=list)
    last_database: str = ""
    user_name: str = ""  # who observes; prefilled in forms

    @property
    def effective_language(self) -> str:
        return self.language if self.language in LANGUAGES else system_language()

    def remember_file(self, path: str) -> None:
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]
        self.last_database = path


def preferences_path() -> Path:
    return data_dir() / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    path = path or preferences_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: v for k, v in data.items() if k in Preferences.__dataclass_fields__}
        prefs = Preferences(**known)
        if not isinstance(prefs.recent_files, list):
            prefs.recent_files = []
        return prefs
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError, TypeError) as error:
        log.warning("preferences at %s unreadable (%s); using defaults", path, error)
        return Preferences()


def save_preferences(prefs: Preferences, path: Path | None = None) -> None:
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)

"""Translation catalogues: where they live, how they are rebuilt from the sources.

Finding a compiled catalogue (`qm_path`) is here, light, for the window and the command line;
rebuilding them (catalogues.py) needs Qt's tools and is for developers.
"""

from __future__ import annotations

from pathlib import Path

from eduqa_desktop.paths import TRANSLATIONS_DIR


def qm_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"eduqa_{language}.qm"

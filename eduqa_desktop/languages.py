"""The languages of the interface, with nothing else, so that the command line can name them
(`--lang`) without loading the preferences, the data folder or Qt."""

from __future__ import annotations

LANGUAGES = ("uz", "ru", "en")

"""What the XLSForm reader and writer agree on: sheet and column names, the languages of
``label::Language (code)`` columns, question types, and the ordered scales recognised by their
words (https://xlsform.org: a `survey`, a `choices` and an optional `settings` sheet)."""

from __future__ import annotations

import re

from eduqa_desktop.domain.names import search_key

SURVEY, CHOICES, SETTINGS = "survey", "choices", "settings"
APP_LANGUAGES = ("uz", "ru", "en")

# How each language is named in a label column the app writes: label::O'zbek (uz).
LANGUAGE_NAMES = {"uz": "O'zbek", "ru": "Русский", "en": "English"}
# Names a form may use without a code (Kobo writes "label::English", ODK "label::English (en)").
_NAMED = {
    **{search_key(name): code for code, name in LANGUAGE_NAMES.items()},
    **{search_key(name): "uz" for name in ("Uzbek", "Oʻzbekcha", "O'zbekcha", "Узбекский",
                                            "Ўзбек", "Ўзбекча", "Uzbek (Latin)")},
    **{search_key(name): "ru" for name in ("Russian", "Русский язык", "Rus", "Ruscha")},
    **{search_key(name): "en" for name in ("Английский", "Inglizcha", "Ingliz")},
}  # fmt: skip
_CODE_IN_PARENTHESES = re.compile(r"\(\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*\)\s*$")


def language_code(name: str) -> str:
    """The language of a column suffix: "Русский (ru)" → "ru", "English" → "en", "uz" →
    "uz"; another language keeps its own code or name ("Deutsch (de)" → "de")."""
    name = name.strip()
    match = _CODE_IN_PARENTHESES.search(name)
    if match:
        return match.group(1).casefold()
    if re.fullmatch(r"[A-Za-z]{2,3}", name):
        return name.casefold()
    return _NAMED.get(search_key(name), name)


def label_column(code: str) -> str:
    return f"label::{LANGUAGE_NAMES[code]} ({code})"


def column_key(header: str) -> tuple[str, str | None]:
    """("label", "ru") for ``label::Русский (ru)``; ("list_name", None) for ``list name``."""
    base, sign, language = header.partition("::")
    key = "_".join(base.strip().casefold().split())
    return key, (language.strip() if sign else None)


def type_words(text: str) -> tuple[str, str]:
    """A type cell split into its kind and argument: "select_one scale" → ("select_one",
    "scale"); "begin group" → ("begin_group", ""); "select one scale or_other" keeps the list."""
    words = text.strip().split()
    if not words:
        return "", ""
    first = words[0].casefold()
    if first in ("begin", "end", "select") and len(words) > 1:
        first, words = f"{first}_{words[1].casefold()}", words[1:]
    argument = words[1] if len(words) > 1 else ""
    return first, argument


GROUP_BEGIN, GROUP_END = "begin_group", "end_group"
REPEAT_BEGIN, REPEAT_END = "begin_repeat", "end_repeat"
SELECT_ONE, NOTE = "select_one", "note"
# Rows that are not questions and carry nothing a checklist needs: they are skipped silently.
METADATA_TYPES = frozenset(
    {"start", "end", "today", "deviceid", "phonenumber", "username", "email", "audit",
     "simserial", "subscriberid", "start-geopoint", "background-audio"}
)  # fmt: skip

# Ordered scales told by their choice names (or English labels), lowest first. A scale whose
# first word means "none" starts at 0, the others at 1.
ORDERED_WORDS: tuple[tuple[str, ...], ...] = (
    ("no", "yes"),
    ("no", "partly", "yes"),
    ("no", "partially", "yes"),
    ("never", "rarely", "sometimes", "often", "always"),
    ("never", "sometimes", "often", "always"),
    ("never", "sometimes", "always"),
    ("none", "some", "most", "all"),
    ("low", "medium", "high"),
    ("poor", "fair", "good", "excellent"),
    ("poor", "fair", "good", "very_good", "excellent"),
    ("unsatisfactory", "satisfactory", "good", "excellent"),
    ("inadequate", "requires_improvement", "good", "outstanding"),
    ("strongly_disagree", "disagree", "agree", "strongly_agree"),
    ("strongly_disagree", "disagree", "neutral", "agree", "strongly_agree"),
    ("beginning", "developing", "proficient", "exemplary"),
    ("not_evident", "emerging", "developing", "established"),
    ("not_yet", "partly", "fully"),
)
_ZERO_WORDS = frozenset({"no", "never", "none", "not_evident", "not_yet"})


def _word(text: str) -> str:
    return "_".join(re.split(r"[\s_\-]+", text.strip().casefold()))


def ordered_values(names: list[str]) -> list[int] | None:
    """The scale values of a list of choice names in the order they are listed, when the
    names are one of ORDERED_WORDS (in that order or reversed); None otherwise."""
    words = [_word(name) for name in names]
    for scale in ORDERED_WORDS:
        if sorted(words) != sorted(scale) or len(set(words)) != len(words):
            continue
        start = 0 if scale[0] in _ZERO_WORDS else 1
        return [start + scale.index(word) for word in words]
    return None

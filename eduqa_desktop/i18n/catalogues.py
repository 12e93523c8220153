"""Rebuild the Qt translation catalogues from the sources and the translation dictionaries.

The `.ts` files in resources/translations are generated: `pyside6-lupdate` collects every
string marked for translation, then each message is filled from the dictionaries in
resources/translations/dictionary/*.json (one per feature, `{context: {source: {lang: text}}}`),
keeping a finished translation a translator made in Qt Linguist when no dictionary has one.
English catalogues repeat the source. `.qm` files are built with `pyside6-lrelease`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # only to build; untrusted input never reaches here
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml.ElementTree import parse as safe_parse

from eduqa_desktop.i18n import qm_path
from eduqa_desktop.paths import TRANSLATIONS_DIR

LANGUAGES = ("uz", "ru", "en")
PACKAGE_DIR = Path(__file__).resolve().parent.parent
DICTIONARY_DIR = TRANSLATIONS_DIR / "dictionary"


@dataclass(frozen=True, slots=True)
class Missing:
    language: str
    context: str
    source: str


def ts_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"eduqa_{language}.ts"


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"{name} not found; install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if "migrations" not in p.parts)


Entry = dict[str, Any]  # language → text, or (a %n message) language → its plural forms


def load_dictionaries(directory: Path | None = None) -> dict[str, dict[str, Entry]]:
    merged: dict[str, dict[str, Entry]] = {}
    for path in sorted((directory or DICTIONARY_DIR).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, messages in data.items():
            for source, translations in messages.items():
                merged.setdefault(context, {}).setdefault(source, {}).update(translations)
    return merged


def _finished_translations(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    kept: dict[tuple[str, str], str] = {}
    for context in safe_parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                continue
            if translation.text and message.get("numerus") != "yes":
                kept[(name, message.findtext("source") or "")] = translation.text
    return kept


def _run_lupdate(target: Path) -> None:
    files = [str(p) for p in source_files()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )


def build(directory: Path = TRANSLATIONS_DIR, *, release: bool = True) -> list[Missing]:
    """Regenerate every `.ts` (and `.qm`) in `directory`; returns what has no translation."""
    dictionaries = load_dictionaries()
    missing: list[Missing] = []
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            fresh = Path(tmp) / f"eduqa_{language}.ts"
            _run_lupdate(fresh)
            target = ts_path(language, directory)
            kept = _finished_translations(target)
            missing += _fill(fresh, language, dictionaries, kept)
            shutil.copyfile(fresh, target)
            if release:
                subprocess.run(
                    [
                        _tool("pyside6-lrelease"),
                        str(target),
                        "-qm",
                        str(qm_path(language, directory)),
                    ],
                    check=True,
                    capture_output=True,
                )
    return missing


def _fill(
    path: Path,
    language: str,
    dictionaries: dict[str, dict[str, Entry]],
    kept: dict[tuple[str, str], str],
) -> list[Missing]:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                entry = dictionaries.get(name, {}).get(source, {})
                if not _fill_numerus(translation, entry, language):
                    missing.append(Missing(language, name, source))
                continue
            if language == "en":
                text: str | None = source
            else:
                text = dictionaries.get(name, {}).get(source, {}).get(language) or kept.get(
                    (name, source)
                )
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append(Missing(language, name, source))
    tree.getroot().set("language", {"uz": "uz_UZ", "ru": "ru_RU", "en": "en_US"}[language])
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


# How many plural forms Qt's rules give each language (lrelease drops a %n message whose
# translation has another number of them): Russian one/few/many ("%n год", "%n года",
# "%n лет"); Uzbek one/other, the same words after a number ("%n yil" twice); English one/other.
NUMERUS_FORMS = {"ru": 3, "uz": 2, "en": 2}


def _fill_numerus(translation: ET.Element, entry: Entry, language: str) -> bool:
    """A %n message (tr(text, "", n)): one <numerusform> per plural form of the language,
    from the dictionary's list. English may be left out: Qt then shows the source."""
    forms = entry.get(language)
    if forms is None and language == "en":
        return True  # lupdate's English forms stay empty: Qt shows the source
    if (
        not isinstance(forms, list)
        or len(forms) != NUMERUS_FORMS[language]
        or not all(isinstance(f, str) and f for f in forms)
    ):
        return False
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    translation.attrib.pop("type", None)
    return True


def catalogue_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message a `.ts` catalogue holds."""
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in safe_parse(path).getroot().iter("context")
        for message in context.iter("message")
    }


def unused_entries(directory: Path = TRANSLATIONS_DIR) -> list[tuple[str, str]]:
    """Dictionary entries the catalogues do not hold: either the string left the sources, or
    the sources hide it from lupdate (a literal passed through a private `_tr` wrapper), so
    the user sees English although a translation exists. Both mean the build is wrong."""
    held = catalogue_messages(ts_path("ru", directory))
    return sorted(
        (context, source)
        for context, messages in load_dictionaries().items()
        for source in messages
        if (context, source) not in held
    )


def missing_translations() -> list[Missing]:
    """What the current sources mark for translation but the dictionaries do not translate."""
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            existing = ts_path(language)
            if existing.exists():
                shutil.copyfile(existing, ts_path(language, Path(tmp)))
        return build(Path(tmp), release=False)

"""Every string marked for translation has an Uzbek and a Russian translation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from defusedxml.ElementTree import parse

from eduqa_desktop.i18n.catalogues import LANGUAGES, missing_translations, qm_path, ts_path

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


@pytest.fixture(scope="module")
def missing() -> list:  # type: ignore[type-arg]
    return missing_translations()


def test_no_string_is_missing_from_a_catalogue(missing) -> None:  # type: ignore[no-untyped-def]
    lines = [f"{m.language}: [{m.context}] {m.source}" for m in missing[:40]]
    assert not missing, f"{len(missing)} untranslated strings:\n" + "\n".join(lines)


def _messages(path: Path):  # type: ignore[no-untyped-def]
    for context in parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    for context, source, translation in _messages(ts_path(language)):
        if translation is None or not translation.text:
            continue
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), f"{language} [{context}] {source!r} → {translation.text!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_built(language: str) -> None:
    assert qm_path(language).exists()
    assert qm_path(language).stat().st_size > 100


def test_a_missing_string_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check itself works: a new source string without a translation is listed."""
    from eduqa_desktop.i18n import catalogues

    probe = tmp_path / "probe.py"
    probe.write_text(
        "from eduqa_desktop.text import QT_TRANSLATE_NOOP\n"
        'X = QT_TRANSLATE_NOOP("Probe", "A string nobody translated")\n',
        encoding="utf-8",
    )
    real = catalogues.source_files
    monkeypatch.setattr(catalogues, "source_files", lambda: [*real(), probe])
    found = catalogues.missing_translations()
    assert {(m.language, m.source) for m in found if m.context == "Probe"} == {
        ("uz", "A string nobody translated"),
        ("ru", "A string nobody translated"),
    }


def test_every_dictionary_entry_reaches_the_catalogues() -> None:
    """A translation nobody can see is a build error: the string left the sources, or lupdate
    cannot find it (File ▸ Export was English in uz/ru because of a private `_tr` wrapper)."""
    from eduqa_desktop.i18n.catalogues import unused_entries

    assert unused_entries() == []


def test_a_string_hidden_behind_a_wrapper_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check itself works: a dictionary entry used only through `_tr("…")` is listed."""
    import json
    import shutil

    from eduqa_desktop.i18n import catalogues

    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        '    return QCoreApplication.translate("Probe", text)\n'
        'LABEL = _tr("Hidden from lupdate")\n',
        encoding="utf-8",
    )
    dictionaries = tmp_path / "dictionary"
    shutil.copytree(catalogues.DICTIONARY_DIR, dictionaries)
    (dictionaries / "probe.json").write_text(
        json.dumps({"Probe": {"Hidden from lupdate": {"ru": "Скрыто", "uz": "Yashirin"}}}),
        encoding="utf-8",
    )
    real = catalogues.source_files
    monkeypatch.setattr(catalogues, "source_files", lambda: [*real(), probe])
    monkeypatch.setattr(catalogues, "DICTIONARY_DIR", dictionaries)
    out = tmp_path / "out"
    catalogues.build(out, release=False)
    assert catalogues.unused_entries(out) == [("Probe", "Hidden from lupdate")]

"""XLSForm read as a checklist, written back, read again; bad forms refused with their place."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from xlsform_world import (
    CHOICES,
    EN,
    NOT_CARRIED_ROWS,
    RU,
    SURVEY,
    edited,
    without,
    write_form,
)

from eduqa_desktop.exchange.xlsform_reader import is_xlsform, read_xlsform
from eduqa_desktop.exchange.xlsform_sheets import XlsformError
from eduqa_desktop.exchange.xlsform_writer import write_xlsform


def _texts(spec) -> tuple:  # type: ignore[no-untyped-def]
    return (
        [s.title for s in spec.sections],
        [[c.text for c in s.criteria] for s in spec.sections],
        [(level.value, level.label) for level in spec.scale],
    )


def test_groups_scale_languages_and_what_is_not_carried_over(tmp_path: Path) -> None:
    path = write_form(tmp_path / "kobo.xlsx")
    assert is_xlsform(path)
    form = read_xlsform(path)
    spec = form.spec
    assert [s.title["en"] for s in spec.sections] == ["Lesson", "Lesson › Opening", "Climate"]
    assert [s.title["ru"] for s in spec.sections] == ["Урок", "Урок › Начало", "Климат"]
    assert [[c.text["en"] for c in s.criteria] for s in spec.sections] == [
        ["The goal is clear"], ["Motivation"], ["Respect"],
    ]  # fmt: skip
    assert [lv.value for lv in spec.scale] == [1, 2, 3, 4]
    assert [lv.label["ru"] for lv in spec.scale][3] == "Отлично"
    assert spec.scale[0].label == {"uz": "", "ru": "Неудовлетворительно", "en": "Unsatisfactory"}
    assert spec.description == {"uz": "", "ru": "Посещение урока", "en": "Lesson visit"}
    assert (spec.code, form.version, form.languages) == ("visit", "7", ("ru", "en"))
    assert spec.name["ru"] == "Посещение урока"  # the title, in the form's first language
    skipped = {n.row: n for n in form.not_carried}
    assert sorted(skipped) == NOT_CARRIED_ROWS
    assert skipped[8].type == "text" and skipped[8].name == "comment"
    assert "select_multiple" in skipped[14].type
    assert skipped[18].message == "inside a repeat"


def test_round_trip_keeps_sections_criteria_scale_and_labels(tmp_path: Path) -> None:
    first = read_xlsform(write_form(tmp_path / "kobo.xlsx"))
    out = write_xlsform(first.spec, tmp_path / "out.xlsx", language="ru", version=3)
    second = read_xlsform(out)
    assert _texts(second.spec) == _texts(first.spec)
    assert second.spec.description == first.spec.description
    assert second.languages == ("ru", "en")
    assert second.spec.code == "visit" and second.version == "3"
    assert second.not_carried == ()


def test_a_plain_label_is_in_the_default_language(tmp_path: Path) -> None:
    survey = [["type", "name", "label"], ["select_one yn", "q", "Dars rejasi bor"]]
    choices = [["list name", "name", "label"], ["yn", "no", "Yoʻq"], ["yn", "yes", "Ha"]]
    settings = [["form_title", "default_language"], ["Kuzatuv", "O'zbek (uz)"]]
    form = read_xlsform(write_form(tmp_path / "uz.xlsx", survey, choices, settings))
    assert form.spec.criteria[0].text["uz"] == "Dars rejasi bor"
    assert [(lv.value, lv.label["uz"]) for lv in form.spec.scale] == [(0, "Yoʻq"), (1, "Ha")]
    assert form.spec.sections[0].title["uz"] == "Kuzatuv"  # outside any group: the title
    assert form.languages == ("uz",)


def test_another_language_and_another_scale_are_listed(tmp_path: Path) -> None:
    survey = [[*row, ""] for row in SURVEY]
    survey[0][-1] = "label::Deutsch (de)"
    survey.append(["select_one aids", "aid", "Пособие", "Aid", "", "", "", ""])
    form = read_xlsform(write_form(tmp_path / "de.xlsx", survey))
    reasons = [n.message for n in form.not_carried]
    assert "the texts in “Deutsch (de)”" in reasons
    assert "its choices (“aids”) are not an ordered scale" in reasons


BAD_FORMS = [
    ("no survey sheet", {"survey_title": "questions"}, "", None, ""),
    ("unknown list", {"survey": edited(SURVEY, 5, 1, "select_one qualty")}, "survey", 5, "A"),
    ("end without begin", {"survey": without(SURVEY, 4)}, "survey", 10, "A"),
    ("group never closed", {"survey": without(SURVEY, 15)}, "survey", 12, "A"),
    ("repeat closed as a group", {"survey": edited(SURVEY, 19, 1, "end_group")}, "survey", 19, "A"),
    ("scale with a gap", {"choices": edited(CHOICES, 4, 2, 5)}, "choices", 2, "B"),
    ("duplicate name", {"survey": edited(SURVEY, 7, 2, "goal")}, "survey", 7, "B"),
    ("duplicate choice", {"choices": edited(CHOICES, 3, 2, 1)}, "choices", 3, "B"),
    ("criterion without label", {"survey": edited(edited(SURVEY, 5, 3, ""), 5, 4, "")},
     "survey", 5, "C"),
    ("no criterion", {"survey": [r for r in SURVEY if "quality" not in str(r[0])]}, "", None, ""),
]  # fmt: skip


@pytest.mark.parametrize(("case", "change", "sheet", "row", "column"), BAD_FORMS,
                         ids=[c[0] for c in BAD_FORMS])  # fmt: skip
def test_bad_forms_are_refused_with_their_place(  # type: ignore[no-untyped-def]
    tmp_path: Path, case, change, sheet, row, column
) -> None:
    path = write_form(tmp_path / "bad.xlsx", **change)
    with pytest.raises(XlsformError) as caught:
        read_xlsform(path)
    error = caught.value
    assert (error.sheet, error.row, error.column) == (sheet, row, column), str(error)
    assert "bad.xlsx" in str(error) and "expected" in str(error)
    if row is not None:
        assert f"row {row}, column {column}" in str(error)


def test_the_language_columns_of_a_form_written_by_the_app(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    first = read_xlsform(write_form(tmp_path / "kobo.xlsx"))
    out = write_xlsform(first.spec, tmp_path / "out.xlsx", language="en")
    book = load_workbook(out)
    assert book.sheetnames == ["survey", "choices", "settings"]
    assert [c.value for c in book["survey"][1]] == ["type", "name", RU, EN]
    assert [c.value for c in book["settings"][1]] == [
        "form_title", "form_id", "version", "default_language"
    ]  # fmt: skip
    types = [row[0].value for row in book["survey"].iter_rows(min_row=2)]
    assert types.count("begin_group") == types.count("end_group") == 3
    assert types.count("select_one scale") == 3 and types[0] == "note"


@pytest.mark.skipif(importlib.util.find_spec("pyxform") is None, reason="pyxform not installed")
def test_an_exported_form_converts_to_an_xform(tmp_path: Path) -> None:
    """pyxform, the converter ODK Central and KoboToolbox run, accepts what we write."""
    from pyxform.xls2xform import convert

    from eduqa_desktop.services.reference_data import load_shipped_checklists

    for spec in load_shipped_checklists():
        out = write_xlsform(spec, tmp_path / f"{spec.code}.xlsx", language="uz", version=2)
        result = convert(xlsform=str(out), validate=False)
        assert "<h:title>" in result.xform and 'lang="Русский (ru)"' in result.xform
        assert result.xform.count("<select1 ") == len(spec.criteria)
        assert result.warnings == []


@pytest.mark.parametrize("snapshots", [None, "segments", 10])
def test_a_checklist_reads_back_whole_from_its_xlsform(tmp_path: Path, snapshots) -> None:  # type: ignore[no-untyped-def]
    """Weights, mechanisms, next steps, level descriptions, the name in every language and
    the snapshot protocol travel in eduqa columns, so re-importing an export changes nothing."""
    from dataclasses import replace

    from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
    from eduqa_desktop.services.checklists import canonical_spec
    from eduqa_desktop.services.reference_data import load_shipped_checklists

    protocol = {
        None: None,
        "segments": SnapshotProtocol(ProtocolKind.SEGMENTS, 3),
        10: SnapshotProtocol(ProtocolKind.EVEN, 10),
    }[snapshots]
    for shipped in load_shipped_checklists():
        spec = replace(shipped, snapshots=protocol)
        assert any(c.weight != 1 for c in spec.criteria) or shipped.code == "walkthrough"
        out = write_xlsform(spec, tmp_path / f"{spec.code}.xlsx", language="ru")
        back = read_xlsform(out)
        assert canonical_spec(back.spec) == canonical_spec(spec), spec.code
        assert back.not_carried == ()


@pytest.mark.parametrize(
    ("header", "value", "message"),
    [
        ("eduqa::weight", "heavy", "“heavy” is not a weight; expected a number above 0"),
        ("eduqa::weight", "0", "“0” is not a weight"),
        ("eduqa::mechanisms", "teleportation", "“teleportation” is not a known mechanism"),
    ],
)
def test_a_bad_weight_or_mechanism_is_refused(tmp_path: Path, header, value, message) -> None:  # type: ignore[no-untyped-def]
    survey = [[*row, ""] for row in SURVEY]
    survey[0][-1], survey[4][-1] = header, value
    with pytest.raises(XlsformError) as caught:
        read_xlsform(write_form(tmp_path / "w.xlsx", survey))
    assert (caught.value.sheet, caught.value.row, caught.value.column) == ("survey", 5, "H")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("names", "values"),
    [
        (["no", "yes"], [0, 1]),
        (["yes", "no"], [1, 0]),
        (["Never", "sometimes", "often", "Always"], [0, 1, 2, 3]),
        (["poor", "fair", "good", "very good", "excellent"], [1, 2, 3, 4, 5]),
        (["red", "green"], None),
        (["no", "yes", "maybe"], None),
    ],
)
def test_scales_told_by_their_words(names, values) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.exchange.xlsform_format import ordered_values

    assert ordered_values(names) == values


@pytest.mark.parametrize(
    ("suffix", "code"),
    [("Русский (ru)", "ru"), ("English", "en"), ("uz", "uz"), ("O'zbek (uz)", "uz"),
     ("Oʻzbekcha", "uz"), ("Deutsch (de)", "de"), ("English (en-GB)", "en")],
)  # fmt: skip
def test_language_of_a_column(suffix: str, code: str) -> None:
    from eduqa_desktop.exchange.xlsform_format import language_code

    assert language_code(suffix) == code

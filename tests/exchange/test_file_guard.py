"""The guard every incoming file passes: each limit on its own, with its message and an
unchanged database; every importer goes through it."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace

import pytest

from eduqa_desktop.exchange import file_guard
from eduqa_desktop.exchange.file_guard import FileRefused, check_incoming
from eduqa_desktop.exchange.file_limits import FileLimits, limits_in_force
from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.file_limits import load_file_limits, save_file_limits
from eduqa_desktop.services.imports.run import apply_import, preview_import

from .conftest import DATA, row_counts
from .crafted import (
    BILLION_LAUGHS,
    declare_size,
    replace_parts,
    sheet_xml,
    workbook,
)

SHARED = "xl/sharedStrings.xml"
SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def no_parser(monkeypatch):  # type: ignore[no-untyped-def]
    """Fail the test if openpyxl or calamine opens the file: the guard must refuse first."""

    def forbidden(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a parser opened a file the guard should have refused")

    monkeypatch.setattr("openpyxl.load_workbook", forbidden)
    monkeypatch.setattr("python_calamine.CalamineWorkbook.from_path", forbidden)


def refused(path, limits: FileLimits | None = None) -> FileRefused:  # type: ignore[no-untyped-def]
    with pytest.raises(FileRefused) as caught:
        check_incoming(path, limits or FileLimits())
    assert path.name in str(caught.value)  # every refusal names the file
    return caught.value


def test_an_ordinary_workbook_passes(tmp_path):  # type: ignore[no-untyped-def]
    check_incoming(workbook(tmp_path / "ok.xlsx"), FileLimits())
    check_incoming(DATA / "results.ods", FileLimits())
    check_incoming(DATA / "results.xls", FileLimits())


def test_file_size(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "big.xlsx")
    error = refused(path, FileLimits(max_file_bytes=1000))
    assert error.exceeded == "max_file_bytes" and "MB an incoming file may have" in str(error)


def test_declared_unpacked_size_a_lying_shared_strings_is_refused_unopened(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    """The issue's bomb: sharedStrings.xml said to inflate to 1.18 GB — refused from the zip's
    directory alone, with the default limits (nothing is inflated)."""
    path = declare_size(workbook(tmp_path / "bomb.xlsx"), SHARED, 1_180_000_000)
    error = refused(path)
    assert error.exceeded == "max_unpacked_bytes"
    assert "unpacks to 1125 MB" in str(error)


def test_entry_ratio_a_shared_strings_bomb_of_modest_size(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    """2 MB of repeated strings packs to a few KB: the ratio gives it away (default limits)."""
    strings = "<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>"
    bomb = f"<sst>{strings * 28_000}</sst>"
    path = replace_parts(workbook(tmp_path / "bomb.xlsx"), {SHARED: bomb})
    error = refused(path)
    assert error.exceeded == "max_entry_ratio" and SHARED in str(error)


@pytest.mark.parametrize("entry", [SHEET, "xl/styles.xml", "xl/drawings/drawing1.xml"])
def test_entry_ratio_counts_every_part(tmp_path, no_parser, entry):  # type: ignore[no-untyped-def]
    path = replace_parts(workbook(tmp_path / "bomb.xlsx"), {entry: " " * 300_000})
    error = refused(path, FileLimits(ratio_floor_bytes=100_000))
    assert error.exceeded == "max_entry_ratio" and entry in str(error)


def test_a_zip_that_lies_about_a_smaller_size_is_damaged(tmp_path):  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "liar.xlsx")
    declare_size(path, SHEET, 100)
    with pytest.raises(UserError, match="is damaged or incomplete"):
        check_incoming(path, FileLimits())


def test_entity_expansion_never_happens(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    path = replace_parts(workbook(tmp_path / "laughs.xlsx"), {SHARED: BILLION_LAUGHS})
    error = refused(path)
    assert error.exceeded == "xml_doctype" and "document type declaration" in str(error)


def test_external_entity_never_reaches_a_network(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://192.0.2.1/x">]>'
        + sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row>')[38:]
    )
    path = replace_parts(workbook(tmp_path / "xxe.xlsx"), {SHEET: xxe})
    assert refused(path).exceeded == "xml_doctype"


def test_number_of_sheets(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "sheets.xlsx", sheets=4)
    error = refused(path, FileLimits(max_sheets=3))
    assert error.exceeded == "max_sheets" and "has 4 sheets, more than the 3" in str(error)


def test_declared_rows(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
    path = replace_parts(workbook(tmp_path / "rows.xlsx"), {SHEET: sheet_xml(body, "A1:B900000")})
    error = refused(path)
    assert error.exceeded == "max_rows" and "reaches row 900000" in str(error)


def test_real_rows(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    """One cell at row 900 000 would make the reader yield 900 000 rows: refused."""
    body = '<row r="900000"><c r="A900000"><v>1</v></c></row>'
    path = replace_parts(workbook(tmp_path / "rows.xlsx"), {SHEET: sheet_xml(body, "A1")})
    assert refused(path).exceeded == "max_rows"


def test_declared_and_real_columns(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    declared = sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>', "A1:XFD1")
    path = replace_parts(workbook(tmp_path / "declared.xlsx"), {SHEET: declared})
    error = refused(path)
    assert error.exceeded == "max_columns" and "column XFD (16384)" in str(error)
    real = sheet_xml('<row r="1"><c r="A1"><v>1</v></c><c r="BZZ1"><v>2</v></c></row>')
    path = replace_parts(workbook(tmp_path / "real.xlsx"), {SHEET: real})
    assert refused(path).exceeded == "max_columns"


def test_cell_length_in_shared_strings_and_in_a_sheet(tmp_path, no_parser):  # type: ignore[no-untyped-def]
    name = "Ш" * 40_000  # two bytes each in UTF-8: counted as characters
    strings = f"<sst><si><t>Full name</t></si><si><t>{name}</t></si></sst>"
    path = replace_parts(
        workbook(tmp_path / "long.xlsx", [["Full name"], ["x"]]), {SHARED: strings}
    )
    error = refused(path)
    assert error.exceeded == "max_cell_chars"
    assert "holds more than the 32767 characters" in str(error)
    inline = sheet_xml(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{"z" * 5000}</t></is></c></row>')
    path = replace_parts(workbook(tmp_path / "inline.xlsx"), {SHEET: inline})
    assert refused(path, FileLimits(max_cell_chars=4999)).exceeded == "max_cell_chars"
    check_incoming(path, FileLimits(max_cell_chars=5000))


def test_a_long_text_split_across_read_chunks_is_counted_whole(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(file_guard, "CHUNK", 1000)
    inline = sheet_xml(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{"q" * 4500}</t></is></c></row>')
    path = replace_parts(workbook(tmp_path / "split.xlsx"), {SHEET: inline})
    assert refused(path, FileLimits(max_cell_chars=4000)).exceeded == "max_cell_chars"
    check_incoming(path, FileLimits(max_cell_chars=4500))


def test_time_limit(tmp_path):  # type: ignore[no-untyped-def]
    path = workbook(tmp_path / "slow.xlsx")
    error = refused(path, FileLimits(max_seconds=1e-9))
    assert error.exceeded == "max_seconds" and "took longer than" in str(error)


def test_limits_hold_while_rows_are_read_from_xls_and_ods(school):  # type: ignore[no-untyped-def]
    """.xls and .ods are not XML in a zip the guard streams: their rows are checked as read."""
    db, school_id = school
    save_file_limits(db, replace(load_file_limits(db), max_rows=2))
    before = row_counts(db)
    for name in ("results.xls", "results.ods"):
        with pytest.raises(FileRefused, match="beyond the 2 rows"):
            apply_import(db, ImportRequest(ImportKind.RESULTS, DATA / name, school_id))
    assert row_counts(db) == before


def test_limits_are_settings_of_the_database(school):  # type: ignore[no-untyped-def]
    db, school_id = school
    path = DATA / "too_many_rows.xlsx"
    preview_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))
    save_file_limits(db, replace(load_file_limits(db), max_file_bytes=100))
    assert load_file_limits(db).max_file_bytes == 100
    with pytest.raises(FileRefused, match="MB an incoming file may have"):
        preview_import(db, ImportRequest(ImportKind.RESULTS, path, school_id))


def test_bad_setting_values_keep_the_defaults():  # type: ignore[no-untyped-def]
    limits = FileLimits.from_json({"max_rows": 0, "max_sheets": "x", "max_seconds": 5, "y": 1})
    assert limits == FileLimits(max_seconds=5.0)


@pytest.mark.parametrize("kind", [ImportKind.RESULTS, ImportKind.TEACHERS, ImportKind.CHECKLIST])
def test_a_corrupt_shared_string_is_damaged_not_an_index_error(school, tmp_path, kind):  # type: ignore[no-untyped-def]
    """A cell pointing at shared string 99 of 9 ended every importer in an IndexError."""
    db, school_id = school
    before = row_counts(db)
    path = workbook(tmp_path / "corrupt.xlsx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(SHEET).decode()
    broken = re.sub(r'(<c r="A2" t="s"><v>)\d+', r"\g<1>99", xml)
    assert broken != xml
    replace_parts(path, {SHEET: broken})
    with pytest.raises(UserError, match=r"damaged|cannot be read"):
        apply_import(db, ImportRequest(kind, path, school_id))
    assert row_counts(db) == before


def test_a_corrupt_shared_string_in_a_survey_is_a_problem(school, tmp_path):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.survey_import import SurveyImportRequest, apply_survey_import

    db, school_id = school
    path = workbook(tmp_path / "survey.xlsx", [["meta", "x"], ["layout", "tallies"]])
    book_sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(book_sheet).decode()
    replace_parts(path, {book_sheet: re.sub(r'(t="s"><v>)\d+', r"\g<1>77", xml)})
    plan = apply_survey_import(db, SurveyImportRequest(path, school_id))
    assert not plan.written and plan.problems


@pytest.mark.parametrize(
    "kind",
    [
        ImportKind.TEACHERS,
        ImportKind.RESULTS,
        ImportKind.ACTIVITIES,
        ImportKind.OBSERVATIONS,
        ImportKind.CHECKLIST,
    ],
)
def test_every_importer_goes_through_the_guard(school, tmp_path, no_parser, kind):  # type: ignore[no-untyped-def]
    db, school_id = school
    before = row_counts(db)
    path = replace_parts(workbook(tmp_path / f"{kind}.xlsx"), {SHARED: BILLION_LAUGHS})
    with pytest.raises(FileRefused, match="document type declaration"):
        apply_import(db, ImportRequest(kind, path, school_id))
    assert row_counts(db) == before


def test_surveys_and_dropped_files_go_through_the_guard(school, tmp_path, no_parser):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.file_kinds import recognise_file
    from eduqa_desktop.services.survey_import import SurveyImportRequest, apply_survey_import

    db, school_id = school
    before = row_counts(db)
    path = declare_size(workbook(tmp_path / "survey.xlsx"), SHARED, 1_180_000_000)
    plan = apply_survey_import(db, SurveyImportRequest(path, school_id))
    assert not plan.written and "unpacks to 1125 MB" in plan.problems[0].message
    with pytest.raises(FileRefused):
        recognise_file(path)
    with limits_in_force(FileLimits(max_file_bytes=10)), pytest.raises(FileRefused):
        recognise_file(DATA / "results.ods")
    assert row_counts(db) == before

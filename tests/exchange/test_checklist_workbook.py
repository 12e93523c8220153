"""A checklist to .xlsx and back: the shipped ones survive the round trip; bad cells are named."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from eduqa_desktop.domain.snapshots import ProtocolKind, SnapshotProtocol
from eduqa_desktop.exchange.checklist_workbook import (
    read_checklist_workbook,
    write_checklist_workbook,
)
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.reference_data import load_shipped_checklists


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_every_shipped_checklist_survives_the_round_trip(tmp_path: Path, language: str) -> None:
    for spec in load_shipped_checklists():
        path = write_checklist_workbook(spec, tmp_path / f"{spec.code}.xlsx", language)
        assert read_checklist_workbook(path) == spec


def test_headers_are_in_the_chosen_language(tmp_path: Path) -> None:
    spec = load_shipped_checklists()[0]
    path = write_checklist_workbook(spec, tmp_path / "ru.xlsx", "ru")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Чек-лист", "Шкала", "Критерии"]
    criteria = workbook["Критерии"]
    assert criteria["A1"].value == "Раздел (uz)" and criteria["G1"].value == "Вес"
    assert criteria.freeze_panes == "A2"
    # One row per criterion below the header.
    assert criteria.max_row == 1 + len(spec.criteria)


def _edit(path: Path, sheet_index: int, cell: str, value: object) -> Path:
    workbook = load_workbook(path)
    workbook.worksheets[sheet_index][cell] = value
    workbook.save(path)
    return path


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    spec = next(s for s in load_shipped_checklists() if s.code == "walkthrough")
    return write_checklist_workbook(spec, tmp_path / "walkthrough.xlsx", "en")


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "message"),
    [
        (2, "G3", "heavy", "Sheet “Criteria”, row 3, column G: the weight must be a number"),
        (2, "G4", 0, "row 4, column G: the weight"),
        (2, "H2", "teleportation", "row 2, column H: “teleportation” is not a known mechanism"),
        (1, "A3", "x", "Sheet “Scale”, row 3, column A: write a whole number"),
        (1, "A3", 1, "row 3, column A: the values must increase"),
        (2, "A2", None, "row 2, column A: the first criterion needs its section"),
    ],
)
def test_a_bad_cell_is_named(workbook_path: Path, sheet, cell, value, message) -> None:  # type: ignore[no-untyped-def]
    if cell == "A2":  # a first row without section in any language
        for column in ("A2", "B2", "C2"):
            _edit(workbook_path, sheet, column, None)
    else:
        _edit(workbook_path, sheet, cell, value)
    with pytest.raises(UserError) as caught:
        read_checklist_workbook(workbook_path)
    assert message in str(caught.value)


def test_a_hand_typed_sheet_in_one_language_is_read(workbook_path: Path) -> None:
    workbook = load_workbook(workbook_path)
    criteria = workbook.worksheets[2]
    # Weights typed as text with a decimal comma, mechanisms by their English names.
    criteria["G2"] = "1,5"
    criteria["H2"] = "Mentoring; project-based education"
    workbook.save(workbook_path)
    spec = read_checklist_workbook(workbook_path)
    first = spec.criteria[0]
    assert first.weight == 1.5
    assert [str(m) for m in first.mechanisms] == ["mentoring", "project_based"]


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match=r"“notes\.xlsx” is not a spreadsheet"):
        read_checklist_workbook(path)


@pytest.mark.parametrize(
    "protocol",
    [SnapshotProtocol(ProtocolKind.EVEN, 10), SnapshotProtocol(ProtocolKind.SEGMENTS, 3)],
)
def test_the_snapshot_protocol_survives_the_round_trip(tmp_path: Path, protocol) -> None:  # type: ignore[no-untyped-def]
    spec = replace(load_shipped_checklists()[0], snapshots=protocol)
    path = write_checklist_workbook(spec, tmp_path / "s.xlsx", "uz")
    assert read_checklist_workbook(path) == spec


def test_a_bad_snapshot_protocol_is_refused(workbook_path: Path) -> None:
    _edit(workbook_path, 0, "B5", "often")  # the Snapshots row of the checklist sheet
    with pytest.raises(UserError) as refused:
        read_checklist_workbook(workbook_path)
    assert "snapshots" in str(refused.value.params)

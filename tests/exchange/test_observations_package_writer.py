"""The observations package written from plain rows, without a database, reads back as written."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from eduqa_desktop.exchange.exchange_package import (
    CHECKLIST_COLUMNS,
    OBSERVATION_COLUMNS,
    OPTIONAL_COLUMNS,
    SCORE_COLUMNS,
    SNAPSHOT_COLUMNS,
    ObservationsPackageData,
    read_package,
    write_observations_package,
)

COLUMNS = OBSERVATION_COLUMNS + OPTIONAL_COLUMNS


def test_rows_read_back_as_written_and_readable_cells_keep_their_types(tmp_path):  # type: ignore[no-untyped-def]
    observation = [f"value {i}" for i in range(len(COLUMNS))]
    observation[0] = "5c6e1a9e-0000-4000-8000-000000000001"
    readable = [date(2025, 10, 3), "Karimova Nilufar", "7-A", "Algebra", 2, "Fractions",
                "Planned control", "Inspector", "Lesson observation v1", 72.5, "final", "", "",
                "", date(2025, 11, 1)]  # fmt: skip
    data = ObservationsPackageData(
        readable=[readable],
        readable_scores=[[date(2025, 10, 3), "Karimova Nilufar", "Planning", "Goals", "N/A", ""]],
        observations=[observation],
        scores=[[observation[0], "1", "1", "", "1", "no comment"]],
        checklists=[["lesson", "1", "0", '{"code": "lesson"}']],
        snapshots=[[observation[0], "1", "group work", "2", "", "10.0"]],
        deletions=[{"uuid": "5c6e1a9e-0000-4000-8000-000000000002", "kind": "observation",
                    "deleted_at": "2025-10-04T09:00:00", "deleted_by": "admin"}],
        checklist_count=1,
    )  # fmt: skip
    path = tmp_path / "p.xlsx"
    summary = write_observations_package(data, path, language="ru")
    assert (summary.observations, summary.scores, summary.checklists) == (1, 1, 1)
    contents = read_package(path, max_rows=10)
    assert contents.observations == [dict(zip(COLUMNS, observation, strict=True))]
    assert contents.scores == [dict(zip(SCORE_COLUMNS, data.scores[0], strict=True))]
    assert contents.checklist_rows == [
        dict(zip(CHECKLIST_COLUMNS, data.checklists[0], strict=True))
    ]
    assert contents.snapshots == [dict(zip(SNAPSHOT_COLUMNS, data.snapshots[0], strict=True))]
    assert contents.deletions == data.deletions
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["Наблюдения", "Баллы"]
    human = book["Наблюдения"]
    assert human["A2"].value.date() == date(2025, 10, 3)
    assert human["J2"].value == 72.5 and "%" in human["J2"].number_format
    assert human["O2"].value.date() == date(2025, 11, 1)

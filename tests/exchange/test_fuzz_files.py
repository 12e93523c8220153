"""Fuzzing the importers with mutated real workbooks of every kind (hypothesis, fixed seed,
a small fixed budget; benchmarks/fuzz_imports.py runs longer).

Each case takes a real file — staff, results (.xlsx, .xls, .ods), activities, observations,
a checklist, a survey template — and damages it: bytes flipped, the file cut, one zip entry's
bytes changed, or a hostile XML snippet written into a part. The import must either work or
refuse with the app's own message (UserError); no other exception, and nothing written when
it refuses.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eduqa_desktop.exchange.file_limits import MB, FileLimits, limits_in_force
from eduqa_desktop.exchange.import_plan import ImportKind, ImportRequest
from eduqa_desktop.services.errors import UserError
from eduqa_desktop.services.imports.run import apply_import

from .conftest import DATA, row_counts

SCHOOLS = DATA.parent / "schools"
SEEDS: list[tuple[str, Path]] = [
    ("teachers", SCHOOLS / "staff_ru_totals.xlsx"),
    ("results", SCHOOLS / "results_ru_abbreviated.xlsx"),
    ("results", DATA / "results.xls"),
    ("results", DATA / "results.ods"),
    ("activities", SCHOOLS / "activities_ru_totals.xlsx"),
    ("observations", SCHOOLS / "observations_ru_totals.xlsx"),
]
HOSTILE = [
    b"<!DOCTYPE x [<!ENTITY e SYSTEM 'http://192.0.2.1/'>]>",
    b'<c r="A2" t="s"><v>99999</v></c>',
    b'<row r="999999999">',
    b'<c r="XFD1"><v>1</v></c>',
    b"<f>1+1</f>",
    b"&amp;&lt;&#0;",
    b"\x00\xff\xfe",
    b"</sheetData>",
    b'<mergeCell ref="A1:ZZ99999"/>',
    b'=HYPERLINK("http://x")',
]
LIMITS = FileLimits(max_unpacked_bytes=40 * MB, max_seconds=20.0)
# Cases in CI (about 20 s here); benchmarks/bench_data_safety.py --fuzz N runs more.
BUDGET = int(os.environ.get("EDUQA_FUZZ_BUDGET", "150"))


def _rezip(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    source = zipfile.ZipFile(io.BytesIO(data))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        infos = source.infolist()
        for index, info in enumerate(infos):
            archive.writestr(info.filename, change(index, len(infos), source.read(info)))
    return target.getvalue()


class Case(tuple):  # type: ignore[type-arg]
    """(kind, bytes, suffix, how) shown short in a failure report (not 50 KB of bytes)."""

    def __repr__(self) -> str:
        return f"Case(kind={self[0]!r}, how={self[3]!r}, size={len(self[1])})"


@st.composite
def damaged(draw: st.DrawFn, seeds: list[tuple[str, bytes, str]]) -> Case:
    """A seed (by index), damaged one way."""
    kind, data, suffix = seeds[draw(st.integers(0, len(seeds) - 1))]
    how = draw(st.sampled_from(["bytes", "cut", "entry", "xml"]))
    is_zip = data.startswith(b"PK")
    if how == "cut":
        return Case((kind, data[: draw(st.integers(0, len(data) - 1))], suffix, how))
    if how == "bytes" or not is_zip:
        out = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            out[draw(st.integers(0, len(out) - 1))] = draw(st.integers(0, 255))
        return Case((kind, bytes(out), suffix, how))
    pick = draw(st.integers(0, 1000))
    where = draw(st.floats(0, 1))
    snippet = (
        draw(st.sampled_from(HOSTILE)) if how == "xml" else draw(st.binary(min_size=1, max_size=16))
    )

    def change(index: int, total: int, part: bytes) -> bytes:
        if index != pick % total:
            return part
        cut = int(len(part) * where)
        return part[:cut] + snippet + part[cut:]

    return Case((kind, _rezip(data, change), suffix, f"{how} {snippet!r} in part {pick}"))


def _seeds(tmp_path: Path, school_db) -> list[tuple[str, bytes, str]]:  # type: ignore[no-untyped-def]
    from eduqa_desktop.exchange.checklist_workbook import write_checklist_workbook
    from eduqa_desktop.services.reference_data import load_shipped_checklists

    found = [(kind, path.read_bytes(), path.suffix) for kind, path in SEEDS]
    checklist = write_checklist_workbook(
        load_shipped_checklists()[0], tmp_path / "checklist.xlsx", "ru"
    )
    found.append(("checklist", checklist.read_bytes(), ".xlsx"))
    return found


def test_mutated_workbooks_are_imported_or_refused_cleanly(school, tmp_path):  # type: ignore[no-untyped-def]
    db, school_id = school
    seeds = _seeds(tmp_path, db)
    counter = iter(range(10**6))

    @settings(
        max_examples=BUDGET,
        derandomize=True,  # a fixed seed: the same cases in every run
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(damaged(seeds))
    def one_case(case: Case) -> None:
        kind, data, suffix, _how = case
        path = tmp_path / f"case{next(counter)}{suffix}"
        path.write_bytes(data)
        before = row_counts(db)
        request = ImportRequest(ImportKind(kind), path, school_id, "2025-2026", 1)
        try:
            with limits_in_force(LIMITS):
                apply_import(db, request)
        except UserError:
            assert row_counts(db) == before  # refused: nothing written
        finally:
            path.unlink()

    one_case()


def test_mutated_survey_templates_are_read_or_refused_cleanly(school, tmp_path):  # type: ignore[no-untyped-def]
    from eduqa_desktop.services.survey_files import survey_template
    from eduqa_desktop.services.survey_import import SurveyImportRequest, apply_survey_import

    db, school_id = school
    template = survey_template(db, tmp_path / "survey.xlsx", "parents")
    seeds = [("survey", template.read_bytes(), ".xlsx")]

    @settings(max_examples=BUDGET // 3, derandomize=True, deadline=None, database=None)
    @given(damaged(seeds))
    def one_case(case: Case) -> None:
        path = tmp_path / "case.xlsx"
        path.write_bytes(case[1])
        before = row_counts(db)
        with limits_in_force(LIMITS):
            plan = apply_survey_import(db, SurveyImportRequest(path, school_id))
        if not plan.written:
            assert row_counts(db) == before

    one_case()


@pytest.mark.parametrize(("kind", "path"), SEEDS, ids=[p.name for _, p in SEEDS])
def test_the_seeds_themselves_are_readable(school, kind, path):  # type: ignore[no-untyped-def]
    """The fuzzing starts from files the importers read (else it would test only refusals)."""
    db, school_id = school
    from eduqa_desktop.services.imports.run import preview_import

    plan = preview_import(db, ImportRequest(ImportKind(kind), path, school_id, "2025-2026", 1))
    assert plan.rows or plan.problems or plan.questions or plan.columns

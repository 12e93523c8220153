"""Time on task in the printed observation, against the reference values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from observation_seed import seed
from pypdf import PdfReader

from eduqa_desktop.domain.snapshots import SnapshotProtocol, TeacherActivity
from eduqa_desktop.exchange.observation_report import observation_report_html
from eduqa_desktop.services.checklist_views import template_spec
from eduqa_desktop.services.checklists import create_checklist
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    SnapshotInput,
    load_report_items,
)
from eduqa_desktop.services.observations import save_draft


def _report_items(db, protocol):  # type: ignore[no-untyped-def]
    seeded = seed(db)
    spec = template_spec(db, seeded.templates["walkthrough"])
    template_id = create_checklist(db, replace(spec, code="", snapshots=protocol))
    activities = [TeacherActivity.EXPLAINING] * 3 + [TeacherActivity.DISCIPLINE]
    data = ObservationInput(
        school_id=seeded.school_id,
        teacher_id=seeded.teachers["Sharipova"],
        template_id=template_id,
        observed_on=date(2025, 10, 14),
        snapshots=tuple(
            SnapshotInput(i, a, 0 if i else 4) for i, a in enumerate(activities if protocol else [])
        ),
    )
    return load_report_items(db, [save_draft(db, data).id])


def test_the_report_shows_the_shares_against_the_references(
    school_db, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.ui.pdf_rendering import html_to_pdf

    html = observation_report_html(_report_items(school_db, SnapshotProtocol()), "en")
    # 3 of 4 on instruction (75 %, meets ≥ 50 %), 1 on discipline (25 %, misses ≤ 15 %);
    # pupils engaged: 3 of 4 snapshots with at most one pupil off task
    html_to_pdf(html, tmp_path / "r.pdf", title="Observation")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages).split())
    assert "Time on task (4 of 10 snapshots coded)" in text
    assert "Instruction 75.0% reference ≥ 50.0% — meets" in text
    assert "Classroom management 25.0% reference ≤ 15.0% — misses" in text
    assert "Pupils engaged (0–1 o" in text  # "ff" may come back as a ligature
    assert "Pupils engaged (0–1 off task)</td><td align='right'><b>75.0%</b>" in html


def test_a_checklist_without_snapshots_prints_no_time_on_task(school_db) -> None:  # type: ignore[no-untyped-def]
    html = observation_report_html(_report_items(school_db, None), "en")
    assert "Time on task" not in html

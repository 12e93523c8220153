"""The printable observation: HTML in the chosen language, rendered to PDF and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from observation_seed import Seeded, seed
from pypdf import PdfReader

from eduqa_desktop.exchange.observation_report import observation_report_html
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import (
    ObservationInput,
    ScoreInput,
    load_report_items,
)
from eduqa_desktop.services.observations import (
    correct_observation,
    finalize_observation,
    save_draft,
)


@pytest.fixture
def seeded(school_db) -> Seeded:  # type: ignore[no-untyped-def]
    return seed(school_db)


def _observation(db, seeded: Seeded) -> int:  # type: ignore[no-untyped-def]
    template = load_template(db, seeded.templates["walkthrough"])
    levels = [4, 3, 2, None, 1, 4, 3]  # 62.5 %, see tests/services/test_observations.py
    scores = tuple(
        ScoreInput(
            c.id,
            level,
            not_applicable=level is None,
            comment="Pupils <read> aloud" if i == 0 else "",
        )
        for i, (c, level) in enumerate(zip(template.criteria, levels, strict=True))
    )
    data = ObservationInput(
        school_id=seeded.school_id,
        teacher_id=seeded.teachers["Gʻaniyeva"],
        template_id=template.id,
        observed_on=date(2025, 10, 14),
        observer="Rahimova Nodira",
        class_id=seeded.classes["7-B"],
        subject_id=seeded.subjects["matematika"],
        lesson_period=2,
        topic="Kasrlar",
        strengths="Clear aims",
        recommendations="More pair work",
        next_steps="Visit a colleague's lesson",
        next_steps_due=date(2025, 11, 15),
        scores=scores,
    )
    return finalize_observation(db, save_draft(db, data).id).id


def _pdf_text(html: str, path: Path) -> str:
    from eduqa_desktop.ui.pdf_rendering import html_to_pdf

    html_to_pdf(html, path, title="Observation")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())  # pypdf puts tabs between words


def test_html_has_every_part_and_escapes_user_text(school_db, seeded) -> None:  # type: ignore[no-untyped-def]
    items = load_report_items(school_db, [_observation(school_db, seeded)])
    html = observation_report_html(items, "en")
    for part in (
        "Test maktab",
        "Lesson observation",
        "Walkthrough (10 minutes)",
        "version 1",
        "Gʻaniyeva Dilnoza Rustamovna",
        "14 Oct 2025",
        "7-B",
        "Mathematics",
        "Kasrlar",
        "Planned internal control",
        "Rahimova Nodira",
        "62.5%",
        "Needs improvement",
        "Pupils &lt;read&gt; aloud",
        "N/A",
        "Clear aims",
        "More pair work",
        "(due 15 Nov 2025)",
        "signature",
        "I have read the observation",
    ):
        assert part in html, part
    assert "<read>" not in html


def test_the_pdf_reads_back_in_english(school_db, seeded, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    items = load_report_items(school_db, [_observation(school_db, seeded)])
    text = _pdf_text(observation_report_html(items, "en"), tmp_path / "en.pdf")
    for part in (
        "Lesson observation",
        "Gʻaniyeva Dilnoza",
        "62.5%",
        "Needs improvement",
        "Overall score",
        "Strengths",
        "Next steps",
    ):
        assert part in text, part


def test_the_data_of_the_report_follow_the_language(
    school_db, seeded, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    observation = _observation(school_db, seeded)
    items = load_report_items(school_db, [observation])
    russian = _pdf_text(observation_report_html(items, "ru"), tmp_path / "ru.pdf")
    assert "Математика" in russian and "Короткое посещение" in russian
    assert "62,5" in russian and "14.10.2025" in russian
    uzbek = observation_report_html(items, "uz")
    assert "Qisqa tashrif (10 daqiqa)" in uzbek and "62,5\u00a0%" in uzbek


def test_several_observations_one_per_page_with_corrections(
    school_db, seeded, tmp_path: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    first = _observation(school_db, seeded)
    second = _observation(school_db, seeded)
    items = load_report_items(school_db, [second])
    correct_observation(
        school_db,
        second,
        items[0].observation.data.__class__(
            **{**items[0].observation.data.__dict__, "topic": "Oʻnli kasrlar"}
        ),
        "Wrong topic",
        who="Rahimova",
    )
    items = load_report_items(school_db, [first, second])
    html = observation_report_html(items, "en")
    assert html.count("page-break-before") == 1
    assert "Correction 1 of" in html and "Wrong topic" in html
    reader_text = _pdf_text(html, tmp_path / "two.pdf")
    assert reader_text.count("Lesson observation") == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) >= 2

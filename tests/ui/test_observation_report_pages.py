"""A 24-criterion observation's report in Uzbek, read back page by page: whatever the length
of its conclusions, the signatures never stand alone on a page, and each page is numbered."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from localized_window import window_in
from observation_seed import seed
from observation_ui import Prompts, activate
from pypdf import PdfReader
from PySide6.QtCore import Qt

from eduqa_desktop.services.checklist_views import load_template, template_spec
from eduqa_desktop.services.checklists import create_checklist
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.services.observations import finalize_observation, save_draft
from eduqa_desktop.services.reference_data import SectionSpec

SENTENCE = "Oʻquvchilar guruhda ishladi, oʻqituvchi savollar orqali fikrlashga undadi. "


def _checklist_of_24(db, seeded) -> int:  # type: ignore[no-untyped-def]
    spec = template_spec(db, seeded.templates["lesson_analysis"])
    criteria = [c for s in spec.sections for c in s.criteria]
    sections = tuple(
        SectionSpec(
            {**spec.sections[0].title, "uz": f"{n + 1}-boʻlim: darsning tahlili"},
            tuple(
                replace(
                    criteria[(6 * n + i) % len(criteria)],
                    text={"uz": f"K{6 * n + i + 1:02d} " + SENTENCE, "ru": "—", "en": "—"},
                )
                for i in range(6)
            ),
        )
        for n in range(4)
    )
    return create_checklist(db, replace(spec, code="", name={**spec.name}, sections=sections))


def _final(db, seeded, template_id: int, paragraphs: int) -> int:  # type: ignore[no-untyped-def]
    template = load_template(db, template_id)
    data = ObservationInput(
        seeded.school_id,
        seeded.teachers["Ismoilova"],
        template.id,
        date(2025, 10, 6),
        observer="Rahimova N.",
        strengths=SENTENCE * paragraphs,
        recommendations=SENTENCE * paragraphs,
        next_steps=SENTENCE * 2,
        scores=tuple(
            ScoreInput(c.id, template.scale_min + 1, comment=SENTENCE) for c in template.criteria
        ),
    )
    return finalize_observation(db, save_draft(db, data).id).id


def test_the_signatures_never_stand_alone(qtbot, school_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seeded = seed(school_db)
    answers = Prompts(monkeypatch)
    template_id = _checklist_of_24(school_db, seeded)
    assert len(load_template(school_db, template_id).criteria) == 24
    lengths = range(0, 64, 8)  # the conclusions end at a different height on the page each time
    ids = [_final(school_db, seeded, template_id, n) for n in lengths]
    with window_in(qtbot, school_db, "uz", tmp_path) as window:
        activate(qtbot, window)
        tab = window.observations_tab
        counts = []
        for paragraphs, observation_id in zip(lengths, ids, strict=True):
            tab.open_observation(observation_id)
            answers.path = str(tmp_path / f"report-{paragraphs}.pdf")
            qtbot.mouseClick(tab.form.bar.pdf_button, Qt.MouseButton.LeftButton)
            pages = [" ".join(p.extract_text().split()) for p in PdfReader(answers.path).pages]
            counts.append(len(pages))
            for number, text in enumerate(pages, start=1):
                assert f"{len(pages)} sahifadan {number}-sahifa" in text
            signed = [i for i, text in enumerate(pages) if "Kuzatuv bilan tanishdim" in text]
            assert len(signed) == 1
            # the signatures keep the next steps with them (one block, moved over whole)
            assert "Keyingi qadamlar" in pages[signed[0]], (paragraphs, pages[signed[0]])
            for number in range(1, 25):  # every criterion once: no row split between pages
                assert sum(f"K{number:02d} " in text for text in pages) == 1
    assert max(counts) > min(counts) >= 2  # the cases really fall on different pages

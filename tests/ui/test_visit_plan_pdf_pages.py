"""The visit plan's PDF read back page by page: its header on every page, no row split
between pages, page numbers, the approval and signature blocks, header words whole."""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from eduqa_desktop.domain.visit_plan import VisitStatus
from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.exchange.visit_plan_export import plan_html
from eduqa_desktop.services.visit_plan import PlanLine, PlannedVisitInput
from eduqa_desktop.ui.observations.labels import translate
from eduqa_desktop.ui.pdf_rendering import html_to_pdf

STATUSES = tuple(VisitStatus)


@pytest.fixture
def ru_language():  # type: ignore[no-untyped-def]
    from eduqa_desktop.app import create_application
    from eduqa_desktop.ui.language import install_language

    create_application()
    install_language("ru")
    yield
    install_language("en")


def _lines(count: int) -> list[PlanLine]:
    """Visits whose notes run from one line to several (rows of different heights)."""
    return [
        PlanLine(
            id=n,
            uuid=uuid.uuid4(),
            data=PlannedVisitInput(
                1,
                n,
                2026,
                9 + n % 4,
                date(2026, 9 + n % 4, 1 + n % 28),
                Purpose.PLANNED_CONTROL,
                "Rahimova N.",
                " ".join([f"N{n:03d}"] + ["посещение урока с анализом"] * (1 + n % 3)),
            ),
            teacher=f"T{n:03d} Каримова Дилноза",
            department="Точные науки",
            status=STATUSES[n % len(STATUSES)],
            observation_id=None,
            observed_on=None,
        )
        for n in range(count)
    ]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_the_plan_pdf_keeps_rows_whole_and_repeats_its_header(tmp_path, ru_language) -> None:  # type: ignore[no-untyped-def]
    html = plan_html(
        _lines(70),
        school="Maktab 12",
        period="1-я четверть",
        today=date(2026, 11, 25),
        language="ru",
        tr=translate,
    )
    path = html_to_pdf(html, tmp_path / "plan.pdf", landscape=True, paginated=True)
    pages = _pages(path)
    assert len(pages) >= 3
    seen: dict[str, int] = {}
    for number, text in enumerate(pages, start=1):
        flat = " ".join(text.split())
        assert "Наблюдатель" in flat and "Учитель" in flat  # the header, on every page
        assert not re.search(r"Наблюдател\s+ь", text)  # a header word is never cut
        assert f"Страница {number} из {len(pages)}" in flat
        for row in re.findall(r"T(\d{3}) Каримова", flat):
            assert row not in seen, f"row {row} on pages {seen[row]} and {number}"
            seen[row] = number
        # Each row's note (its tallest cell) ends on the page its teacher is on.
        for row in re.findall(r"N(\d{3})", flat):
            assert seen.get(row) == number, f"the note of row {row} left its row"
    assert len(seen) == 70
    first = " ".join(pages[0].split())
    assert "УТВЕРЖДАЮ" in first and "Директор школы" in first
    last = " ".join(pages[-1].split())
    assert "Составил заместитель директора" in last and re.search(r"T\d{3}", last)
    assert path.stat().st_size > 0

"""`eduqa report observation`: one observation by UUID, or a month's final ones, in a language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from engines import location_of
from observation_seed import seed
from pypdf import PdfReader

from eduqa_desktop.cli import main
from eduqa_desktop.services.checklist_views import load_template
from eduqa_desktop.services.observation_records import ObservationInput, ScoreInput
from eduqa_desktop.services.observations import finalize_observation, save_draft


@pytest.fixture
def observations(school_db) -> Iterator[tuple[Path, list[str]]]:  # type: ignore[no-untyped-def]
    """Two final observations in October 2025 and a draft in November; the database closed."""
    seeded = seed(school_db)
    template = load_template(school_db, seeded.templates["lesson_analysis"])
    uuids = []
    for day, teacher, final in (
        (3, "Karimov", True),
        (17, "Sharipova", True),
        (40, "Karimov", False),
    ):
        data = ObservationInput(
            seeded.school_id,
            seeded.teachers[teacher],
            template.id,
            date(2025, 10, 1) if day > 31 else date(2025, 10, day),
            observer="Rahimova",
            subject_id=seeded.subjects["fizika"],
            scores=tuple(ScoreInput(c.id, 2) for c in template.criteria),
        )
        if day > 31:
            data = ObservationInput(**{**data.__dict__, "observed_on": date(2025, 11, 9)})
        detail = save_draft(school_db, data)
        if final:
            detail = finalize_observation(school_db, detail.id)
        uuids.append(str(detail.uuid))
    path = location_of(school_db)
    school_db.close()
    yield path, uuids


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_one_observation_by_uuid_in_russian(observations, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db, uuids = observations
    out = tmp_path / "one.pdf"
    code = main(
        [
            "report",
            "observation",
            "--db",
            str(db),
            "--id",
            uuids[0],
            "--out",
            str(out),
            "--lang",
            "ru",
        ]
    )
    assert code == 0, capsys.readouterr().err
    text = _text(out)
    assert "Karimov Javlon Olimovich" in text
    assert "Анализ урока (общая схема)" in text and "Физика" in text
    assert "66,7 %" in text  # level 2 everywhere on 0–3
    assert "Наблюдение урока" in text  # the labels are translated too
    assert PdfReader(out).metadata.title == "Наблюдение урока"
    # what the command says follows --lang too
    assert capsys.readouterr().err.strip() == f"записано: {out} (наблюдений — 1)"
    # the command translated with a catalogue of its own: this process's language is untouched
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("ObservationReport", "Lesson observation") == (
        "Lesson observation"
    )


def test_a_month_prints_its_final_observations_one_per_page(observations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _ = observations
    out = tmp_path / "october.pdf"
    assert (
        main(["report", "observation", "--db", str(db), "--month", "2025-10", "--out", str(out)])
        == 0
    )
    text = _text(out)
    assert text.count("Lesson observation") == 2
    assert "Karimov Javlon" in text and "Sharipova Gulnora" in text
    # November has only a draft: nothing to print.
    assert (
        main(
            [
                "report",
                "observation",
                "--db",
                str(db),
                "--month",
                "2025-11",
                "--out",
                str(tmp_path / "nov.pdf"),
            ]
        )
        == 1
    )
    assert not (tmp_path / "nov.pdf").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--id", "not-a-uuid"], "is not a UUID"),
        (["--id", "00000000-0000-0000-0000-000000000000"], "no observation with the UUID"),
        (["--month", "2025-13"], "is not a month"),
        (["--month", "2025-10", "--school", "Nowhere"], "There is no school named"),
    ],
)
def test_refusals(observations, tmp_path: Path, capsys, arguments, message) -> None:  # type: ignore[no-untyped-def]
    db, _ = observations
    code = main(
        ["report", "observation", "--db", str(db), *arguments, "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 1
    assert message in capsys.readouterr().err


def test_id_and_month_are_exclusive(observations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, uuids = observations
    code = main(
        [
            "report",
            "observation",
            "--db",
            str(db),
            "--id",
            uuids[0],
            "--month",
            "2025-10",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2

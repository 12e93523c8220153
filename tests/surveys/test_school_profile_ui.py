"""pytest-qt: Dashboard ▸ School profile… — the numbers shown read against the services, the
same page as PDF, and in Russian."""

from __future__ import annotations

from pathlib import Path

from localized_window import window_in
from pypdf import PdfReader
from PySide6.QtCore import Qt

from eduqa_desktop.domain.surveys import Dimension
from eduqa_desktop.domain.vocabulary import Stakeholder
from eduqa_desktop.services.school_profile import school_profile
from eduqa_desktop.ui.formatting import number, percent


def _open(qtbot, window):  # type: ignore[no-untyped-def]
    tab = window.dashboard_tab
    qtbot.waitUntil(lambda: tab.data is not None and not tab.busy, timeout=20_000)
    button = tab.school_profile_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.school_profile_dialog
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=20_000)
    return tab, dialog


def test_the_school_profile_shows_the_services_figures_and_prints_them(
    qtbot, main_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    tab, dialog = _open(qtbot, window)
    selection = tab.data.filter
    school = window.context.school
    expected = school_profile(
        window.context.db, school.id, year=selection.year, term=selection.term
    )
    assert school.name in dialog.heading.text()
    assert expected.period is not None and expected.period.year in dialog.subtitle.text()
    cards = expected.cards
    assert cards is not None
    assert dialog.cell(dialog.indicators, "Teachers", 0) == number(cards.teachers)
    assert dialog.cell(dialog.indicators, "Quality of knowledge", 0) == percent(
        cards.quality.current
    )
    assert dialog.cell(dialog.indicators, "Pass rate", 0) == percent(cards.pass_rate.current)
    # voices: the parents' column, every statement and the respondents
    parents = expected.voices.group(Stakeholder.PARENTS)
    assert parents is not None
    column = [
        dialog.voices.horizontalHeaderItem(c).text() for c in range(dialog.voices.columnCount())
    ]
    at = column.index("Parents")
    assert dialog.cell(dialog.voices, "All statements", at) == percent(
        parents.overall.share_agreeing
    )
    assert dialog.cell(dialog.voices, "Respondents", at) == number(parents.respondents)
    assert dialog.cell(dialog.voices, "Teaching and learning", at) == percent(
        parents.dimensions[Dimension.TEACHING_LEARNING].share_agreeing
    )
    # graduates: grade 9's total and the partners
    graduates = expected.graduates
    assert graduates.year is not None and graduates.year in dialog.graduates_box.title()
    nine = graduates.grade(9)
    assert dialog.cell(dialog.graduates, "Graduates", 0) == number(nine.graduates)
    assert graduates.partners[0].partner in dialog.partners.text()

    target = tmp_path / "profile.pdf"
    assert dialog.export_pdf(str(target)) == str(target)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for shown in (
        school.name,
        percent(cards.quality.current),
        percent(parents.overall.share_agreeing),
        number(parents.respondents),
        graduates.partners[0].partner,
    ):
        assert shown in text
    dialog.close()


def test_the_school_profile_in_russian(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with window_in(qtbot, demo_db, "ru", tmp_path) as window:
        _tab, dialog = _open(qtbot, window)
        assert dialog.heading.text().startswith("Профиль школы")
        assert dialog.cell(dialog.indicators, "Качество знаний", 0).endswith("%")
        assert dialog.cell(dialog.voices, "Респонденты", 0) not in ("", "—")
        assert "Всего выпускников" in [
            dialog.graduates.verticalHeaderItem(r).text()
            for r in range(dialog.graduates.rowCount())
        ]
        dialog.resize(1366, 768)
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(tmp_path / "profile-ru.png"))
        dialog.close()

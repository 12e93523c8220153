"""The Dashboard tab driven like a user: filters, hover, drill-down, exports, empty states.

The plotted values are read back from the pyqtgraph items and compared with the service's
numbers (which tests/services/test_dashboard.py checks against hand-computed ones).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from eduqa_desktop.services.dashboard import DashboardFilter, dashboard_data, drill_down
from eduqa_desktop.services.schools import list_schools
from eduqa_desktop.settings import Preferences
from eduqa_desktop.storage.database import Database, open_database
from eduqa_desktop.ui import prompts
from eduqa_desktop.ui.context import UiContext
from eduqa_desktop.ui.dashboard.chart_view import ChartView
from eduqa_desktop.ui.dashboard.dashboard_tab import DashboardTab
from eduqa_desktop.ui.formatting import percent

DEMO_YEAR = "2026-2027"


def make_tab(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, school_index: int | None = 0, language: str = "en"
) -> DashboardTab:
    from eduqa_desktop.app import create_application
    from eduqa_desktop.ui.language import install_language

    create_application()
    install_language(language)
    schools = list_schools(db)
    school = schools[school_index] if school_index is not None and schools else None
    context = UiContext(db, school, Preferences(language=language), tmp_path / "prefs.json")
    tab = DashboardTab(context)
    qtbot.addWidget(tab)
    tab.resize(1366, 720)
    tab.show()
    qtbot.waitUntil(lambda: not tab.busy and tab.data is not None, timeout=20_000)
    for panel in (tab.voices_panel, tab.graduates_panel):  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda p=panel: p.data is not None and not p.runner.busy, timeout=20_000)
    return tab


def settle(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)


@pytest.fixture
def tab(qtbot, demo_db: Database, tmp_path: Path) -> DashboardTab:  # type: ignore[no-untyped-def]
    return make_tab(qtbot, demo_db, tmp_path)


def bar_values(view: ChartView) -> list[float]:
    """The lengths of the bars of the first BarGraphItem (horizontal: width; vertical: height)."""
    item = view.items[0]
    opts = item.opts
    values = opts["width"] if opts.get("x0") is not None and opts.get("y") is not None else None
    if values is None or not hasattr(values, "__len__"):
        values = opts["height"]
    return [float(v) for v in values]


def bar_centre(view: ChartView, index: int) -> QPointF:
    """Where a user points at the middle of horizontal bar ``index`` (0 = top), in the view —
    scrolled into sight first, as a user scrolls to a chart below the fold."""
    area = view.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(view, 0, 0)
        QApplication.processEvents()
    item = view.items[0]
    count = len(item.opts["width"])
    y = count - 1 - index
    x = float(item.opts["width"][index]) / 2
    scene = view.view_box.mapViewToScene(QPointF(x, y))
    return view.mapFromScene(scene)


def choose(qtbot, tab: DashboardTab, box, data) -> None:  # type: ignore[no-untyped-def]
    """Pick the item whose data is ``data`` in a combo box, as a user would, and wait."""
    index = box.findData(data)
    assert index >= 0
    with qtbot.waitSignal(tab.updated, timeout=20_000):
        box.setCurrentIndex(index)
    settle(qtbot, tab)


# --- opening -----------------------------------------------------------------------------------


def test_opens_on_the_latest_quarter_with_cards_and_changes(tab: DashboardTab) -> None:
    data = tab.data
    assert data is not None and data.period is not None
    assert (data.period.year, data.period.term) == (DEMO_YEAR, 1)
    assert "1st quarter 2026-2027" in tab.heading.text()
    assert "4th quarter 2025-2026" in tab.heading.text()
    cards = data.cards
    assert cards is not None
    assert tab.cards["quality"].value.text() == percent(cards.quality.current)
    assert tab.cards["pass_rate"].value.text() == percent(cards.pass_rate.current)
    # Arrow and sign, never colour alone.
    change = tab.cards["quality"].change.text()
    assert change[0] in "▲▼=" and (change[2] in "+−" or change.endswith("0.0"))
    attention = tab.cards["attention"]
    assert attention.value.text() == str(len(cards.attention))
    assert "of 38 teachers" in attention.detail.text() or "teachers" in attention.detail.text()


def test_the_charts_show_the_services_numbers(tab: DashboardTab) -> None:
    data = tab.data
    assert data is not None
    quality = [bar.quality for bar in data.by_subject]
    assert bar_values(tab.subject_panel.chart) == pytest.approx(quality)
    grades = [bar.quality for bar in data.by_grade]
    assert bar_values(tab.grade_panel.chart) == pytest.approx(grades)
    # Value labels in the language's number format; the weakest subject on top.
    assert quality == sorted(q for q in quality if q is not None)[: len(quality)] or quality[-1]
    criteria = [item.average for item in data.criteria]
    assert bar_values(tab.criteria_panel.chart) == pytest.approx(criteria)
    histogram = tab.histogram_panel.chart.items[0]
    assert [float(v) for v in histogram.opts["height"]] == list(map(float, data.histogram.counts))
    trend = tab.trend_panel.chart.items[0]
    _xs, ys = trend.getData()
    assert list(ys) == pytest.approx([p.scope.quality for p in data.trend])
    assert not tab.schools_panel.isVisible()  # one school: no comparison


# --- filters --------------------------------------------------------------------------------------


def test_a_filter_changes_every_chart_together(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    before = tab.data
    assert before is not None
    subject = before.by_subject[0]
    choose(qtbot, tab, tab.filter_bar.subject_box, subject.key)
    data = tab.data
    assert data is not None and data.filter.subject_id == subject.key
    expected = dashboard_data(
        tab.context.db,
        DashboardFilter(
            school_id=before.filter.school_id, year=DEMO_YEAR, term=1, subject_id=subject.key
        ),
    )
    # Quality by subject: the one subject; the distribution now per class of the subject.
    assert bar_values(tab.subject_panel.chart) == pytest.approx([subject.quality])
    assert data.distribution_by_class
    assert "Marks by class" in tab.distribution_panel.title.text()
    assert len(tab.distribution_panel.chart.items[0].opts["width"]) == len(expected.distribution)
    # The cards and the trend follow: the selection's line beside the school's.
    assert tab.cards["quality"].value.text() == percent(subject.quality)
    lines = [item for item in tab.trend_panel.chart.items]
    assert len(lines) == 2
    assert list(lines[1].getData()[1]) == pytest.approx(
        [p.selection.quality for p in expected.trend], nan_ok=True
    )
    # Clear brings the whole school back.
    with qtbot.waitSignal(tab.updated, timeout=20_000):
        qtbot.mouseClick(tab.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.data is not None and tab.data.filter.subject_id is None
    assert len(bar_values(tab.subject_panel.chart)) == len(before.by_subject)


def test_another_quarter(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, tab, tab.filter_bar.year_box, "2025-2026")
    data = tab.data
    assert data is not None and data.period is not None
    assert (data.period.year, data.period.term) == ("2025-2026", 4)  # its latest with results
    assert tab.filter_bar.term_box.currentData() == 4
    choose(qtbot, tab, tab.filter_bar.term_box, 2)
    assert "2nd quarter 2025-2026" in tab.subject_panel.title.text()


def test_an_empty_selection_says_so(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, tab, tab.filter_bar.term_box, 3)  # 3rd quarter 2026-2027: nothing yet
    assert tab.data is not None and tab.data.empty
    for panel in (tab.subject_panel, tab.grade_panel, tab.distribution_panel):
        assert panel.showing_empty
        assert panel.empty.text() == "No data for this selection"
        assert panel.empty.isVisible()
    assert tab.histogram_panel.showing_empty
    assert "No lessons observed" in tab.histogram_panel.empty.text()
    assert tab.note.isVisible() and "No results" in tab.note.text()
    assert not tab.subject_panel.png_button.isEnabled()
    # The trend still shows the quarters before, up to the chosen one.
    assert not tab.trend_panel.showing_empty


# --- hover, drill down -------------------------------------------------------------------------


def test_hovering_a_bar_shows_its_exact_values(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    chart = tab.subject_panel.chart
    first = tab.data.by_subject[0]  # type: ignore[union-attr]

    def point_at_the_bar() -> bool:
        # The move goes to the chart itself: through the offscreen window, a move at a point of
        # a panel just scrolled half into sight is sometimes given to the widget laid over it.
        where = QPointF(bar_centre(chart, 0))
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            where,
            QPointF(chart.viewport().mapToGlobal(where.toPoint())),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(chart.viewport(), move)
        return chart.last_tooltip != ""

    qtbot.waitUntil(point_at_the_bar)
    assert chart.last_tooltip.startswith(first.label)
    assert f"Quality of knowledge: {percent(first.quality)}" in chart.last_tooltip
    assert f"Pupils assessed: {first.counts.assessed}" in chart.last_tooltip


def test_clicking_a_subject_drills_down_and_back(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    panel = tab.subject_panel
    chart = panel.chart
    subject = tab.data.by_subject[0]  # type: ignore[union-attr]
    with qtbot.waitSignal(tab.drilled, timeout=20_000):
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=bar_centre(chart, 0))
    settle(qtbot, tab)
    assert panel.showing_detail and panel.back_button.isVisible()
    assert panel.title.text().startswith(f"{subject.label}: classes and teachers")
    expected = drill_down(tab.context.db, tab.data.filter, "subject", subject.key)  # type: ignore[union-attr]
    view = panel.detail_layout.itemAt(0).widget()
    assert bar_values(view.classes) == pytest.approx([bar.quality for bar in expected.classes])
    assert bar_values(view.teachers) == pytest.approx([bar.quality for bar in expected.teachers])
    # Its data copies as one table of classes, then teachers.
    text = panel.copy_data()
    assert expected.classes[0].label in text and expected.teachers[0].label in text
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    assert not panel.showing_detail and not panel.back_button.isVisible()
    assert len(bar_values(chart)) == len(tab.data.by_subject)  # type: ignore[union-attr]


# --- exports -----------------------------------------------------------------------------------


def test_a_chart_exports_to_png(qtbot, tab: DashboardTab, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "графики" / "subjects"  # Cyrillic folder, no extension typed
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(target))
    panel = tab.subject_panel
    with qtbot.waitSignal(panel.exported) as signal:
        qtbot.mouseClick(panel.png_button, Qt.MouseButton.LeftButton)
    written = Path(signal.args[0])
    assert written.suffix == ".png" and written.exists()
    image = QImage(str(written))
    assert image.width() == panel.canvas.width() and image.height() == panel.canvas.height()
    assert image.width() > 400 and image.height() > 250
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 8  # not blank: bars, text, axes


def test_a_charts_data_copies_as_a_table(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    panel = tab.grade_panel
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Quality of knowledge by grade")
    assert lines[1].split("\t")[:3] == ["Grade", "Quality of knowledge, %", "Pass rate, %"]
    rows = [line.split("\t") for line in lines[2:]]
    assert len(rows) == len(tab.data.by_grade)  # type: ignore[union-attr]
    first = tab.data.by_grade[0]  # type: ignore[union-attr]
    assert rows[0][0] == first.label
    assert rows[0][1] == percent(first.quality).replace("%", "").strip()


def pdf_text_sizes(page) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    """(size in points as printed, text) of every piece of text on a PDF page: the font size
    times the scale of the text matrix and the transformation matrix."""
    found: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            found.append((size * abs(a * d - b * c) ** 0.5, text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def words(text: str) -> str:
    """Spaces (tabs in the PDF) and ligatures ("ﬂ" in the PDF for "fl") made comparable."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_print_writes_the_dashboard_on_readable_a4_pages(
    qtbot, tab: DashboardTab, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from eduqa_desktop.ui.formatting import short_date

    target = tmp_path / "совещание" / "dashboard"  # Cyrillic folder, no extension typed
    target.parent.mkdir()
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(target))
    heights = {panel: panel.height() for panel in tab.panels}
    shown = [panel for panel in tab.panels if not panel.isHidden()]
    # one school: no comparison of schools; the demo's walkthrough lessons carry time-on-task
    # snapshots, so the time-on-task panel is shown (and printed, on a fourth page)
    assert len(shown) == 10
    qtbot.mouseClick(tab.filter_bar.pdf_button, Qt.MouseButton.LeftButton)

    reader = PdfReader(str(target.with_suffix(".pdf")))
    # One school: cards and two charts on the first page, two rows of charts on each other,
    # the voices under the last row of charts, the graduates on a page of their own.
    assert len(reader.pages) == 5
    for page in reader.pages:  # landscape A4
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (842, 595), abs=2
        )
    sizes = [pdf_text_sizes(page) for page in reader.pages]
    pages = [words(" ".join(text for _size, text in page)) for page in sizes]
    whole = " ".join(pages)
    # The title says what is shown: school, quarter, every filter, the date made.
    first = pages[0]
    assert tab.context.school is not None and tab.context.school.name in first
    assert "1st quarter 2026-2027" in first
    assert "Academic year: 2026-2027" in first and "Subject: All subjects" in first
    assert "compared with 4th quarter 2025-2026" in first
    assert short_date(date.today()) in first
    assert "Page 1 of 5" in first and "Page 5 of 5" in pages[4]
    # All eight cards (title and value) and every chart shown on screen.
    for card in tab.cards.values():
        assert words(card.title.text()) in first
        assert card.value.text() in first
    for panel in shown:
        assert words(panel.title.text()) in whole, panel.objectName()
    # The criteria take a whole row: their names in full, not elided as on screen.
    data = tab.data
    assert data is not None
    for item in data.criteria:
        if not item.other:
            assert words(item.label) in whole
    # The voices and the graduates as on screen: titles, groups, the figures of the cells.
    voices, graduates = tab.voices_panel, tab.graduates_panel  # type: ignore[attr-defined]
    assert words(voices.title.text()) in pages[3] and words(graduates.title.text()) in pages[4]
    last = " ".join(pages[3:])
    for group in ("parents", "pupils", "teachers"):
        assert voices.cell_text("all", group).split()[0] in last
    assert graduates.cell_text("total", 9) in last and graduates.cell_text("total", 11) in last
    assert words(voices.note.text()) in last
    # Readable on paper: axis and value labels at 7 pt at least, titles larger.
    smallest = min(size for page in sizes for size, _text in page)
    largest = max(size for page in sizes for size, _text in page)
    assert smallest >= 7.0
    assert largest >= 14.0
    # The tab is as it was: panels back in their places at their heights.
    for panel, height in heights.items():
        assert tab.grid.indexOf(panel) >= 0
        assert panel.height() == height or panel.isHidden()
    assert all(panel.isVisible() for panel in shown) and tab.schools_panel.isHidden()
    assert tab.criteria_panel.chart.label_width == 560


# --- several schools -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def district_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eduqa_desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("district") / "district.sqlite3"
    database = open_database(path)
    generate_demo(database, schools=3, teachers_per_school=12, seed=7, today=date(2026, 11, 25))
    database.close()
    return path


def test_several_schools_are_compared(qtbot, district_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(district_path)
    try:
        tab = make_tab(qtbot, db, tmp_path)
        data = tab.data
        assert data is not None and data.filter.school_id is None  # all schools at first
        assert tab.filter_bar.school_box.isVisible()
        assert tab.schools_panel.isVisible()
        assert sorted(bar_values(tab.schools_panel.chart)) == pytest.approx(
            sorted(bar.quality for bar in data.schools)
        )
        assert "by school" in tab.scatter_panel.title.text()
        assert len(tab.scatter_panel.chart.items[0].data) == len(data.scatter) == 3
        # Clicking a school shows it alone.
        chart = tab.schools_panel.chart
        with qtbot.waitSignal(tab.updated, timeout=20_000):
            qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=bar_centre(chart, 0))
        settle(qtbot, tab)
        chosen = tab.data.filter.school_id  # type: ignore[union-attr]
        assert chosen is not None and tab.filter_bar.school_box.currentData() == chosen
        assert "by teacher" in tab.scatter_panel.title.text()
        assert tab.schools_panel.isVisible()  # still compared, the chosen one highlighted
    finally:
        settle(qtbot, tab)
        db.close()


def test_print_with_several_schools_in_russian(
    qtbot, district_path: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The schools compared on the first page, four pages in all; longer Russian words are
    wrapped, not cut, and still at 7 pt at least."""
    from eduqa_desktop.ui.language import install_language

    db = open_database(district_path)
    try:
        tab = make_tab(qtbot, db, tmp_path, language="ru")
        target = tmp_path / "dashboard.pdf"
        monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(target))
        qtbot.mouseClick(tab.filter_bar.pdf_button, Qt.MouseButton.LeftButton)
        reader = PdfReader(str(target))
        sizes = [pdf_text_sizes(page) for page in reader.pages]
        pages = [words(" ".join(text for _size, text in page)) for page in sizes]
        count = len(reader.pages)
        assert count > 4  # the charts' four pages, then the voices (schools side by side)
        assert "Все школы" in pages[0] and f"Страница {count} из {count}" in pages[-1]
        voices = tab.voices_panel  # type: ignore[attr-defined]
        assert words(voices.schools_title.text()) in " ".join(pages[4:])
        assert words(tab.schools_panel.title.text()) in pages[0]
        for card in tab.cards.values():
            assert words(card.title.text()) in pages[0]
        whole = " ".join(pages)
        for panel in tab.panels:
            assert words(panel.title.text()) in whole, panel.objectName()
        assert min(size for page in sizes for size, _text in page) >= 7.0
    finally:
        settle(qtbot, tab)
        db.close()
        install_language("en")

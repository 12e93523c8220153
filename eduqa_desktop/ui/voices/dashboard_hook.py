"""Putting the Voices and Graduates panels on the Dashboard (one call from the tab) and keeping
them current; the School profile… button beside Save as PDF… for the school shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from eduqa_desktop.ui.look import icon
from eduqa_desktop.ui.voices.graduates_panel import GraduatesPanel
from eduqa_desktop.ui.voices.voices_panel import VoicesPanel

if TYPE_CHECKING:
    from eduqa_desktop.ui.dashboard.dashboard_tab import DashboardTab

# Under the heading, the indicator cards and the note: the voices beside the marks.
PLACE_IN_PAGE = 3


def _main_window(tab: DashboardTab):  # type: ignore[no-untyped-def]
    from eduqa_desktop.ui.main_window import MainWindow

    window = tab.window()
    return window if isinstance(window, MainWindow) else None


def attach_voices_panel(tab: DashboardTab) -> VoicesPanel:
    panel = VoicesPanel(tab.page)
    layout = tab.page.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(min(PLACE_IN_PAGE, layout.count()), panel)
    tab.voices_panel = panel  # type: ignore[attr-defined]
    graduates_panel = GraduatesPanel(tab.page)
    # After the charts (before the page's closing stretch): read less often than the voices.
    layout.insertWidget(layout.count() - 1, graduates_panel)
    tab.graduates_panel = graduates_panel  # type: ignore[attr-defined]

    def reload() -> None:
        data = tab.data
        if data is None:
            return
        selection = data.filter
        panel.load(tab.context.db, selection.school_id, selection.year, selection.term)
        graduates_panel.load(tab.context.db, selection.school_id, selection.year)

    def open_import() -> None:
        from eduqa_desktop.ui.voices.menus import open_survey_import

        window = _main_window(tab)
        if window is not None:
            open_survey_import(window)

    def open_template() -> None:
        from eduqa_desktop.ui.voices.menus import open_survey_template

        window = _main_window(tab)
        if window is not None:
            open_survey_template(window)

    def open_graduates() -> None:
        from eduqa_desktop.ui.voices.menus import open_graduates as open_form

        window = _main_window(tab)
        if window is not None:
            open_form(window)

    def open_graduates_import() -> None:
        from eduqa_desktop.ui.voices.menus import open_graduates_import as open_dialog

        window = _main_window(tab)
        if window is not None:
            open_dialog(window)

    profile_button = QPushButton(
        icon("school"), QCoreApplication.translate("VoicesMenus", "School profile…")
    )
    profile_button.setToolTip(
        QCoreApplication.translate(
            "VoicesMenus", "The school's figures, voices and graduates on one page, printable"
        )
    )
    bar = tab.filter_bar.layout()
    assert isinstance(bar, QHBoxLayout)
    bar.insertWidget(bar.indexOf(tab.filter_bar.pdf_button), profile_button)
    tab.school_profile_button = profile_button  # type: ignore[attr-defined]

    def open_profile() -> None:
        from eduqa_desktop.ui.schools.school_profile_dialog import SchoolProfileDialog

        selection = tab.data.filter if tab.data is not None else tab.selection()
        school_id = selection.school_id
        if school_id is None and tab.context.school is not None:
            school_id = tab.context.school.id
        if school_id is None:
            return
        dialog = SchoolProfileDialog(
            tab.context, school_id, selection.year, selection.term, tab.window()
        )
        tab.school_profile_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    def enable_profile() -> None:
        data = tab.data
        one = data is not None and (data.filter.school_id is not None or data.school_count == 1)
        profile_button.setEnabled(one)
        profile_button.setToolTip(
            QCoreApplication.translate(
                "VoicesMenus", "The school's figures, voices and graduates on one page, printable"
            )
            if one
            else QCoreApplication.translate("VoicesMenus", "Choose a school first")
        )

    profile_button.clicked.connect(open_profile)
    tab.updated.connect(enable_profile)
    tab.updated.connect(reload)
    graduates_panel.enter_requested.connect(open_graduates)
    graduates_panel.import_requested.connect(open_graduates_import)
    panel.import_requested.connect(open_import)
    panel.template_requested.connect(open_template)
    return panel

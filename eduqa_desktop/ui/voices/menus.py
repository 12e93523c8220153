"""File ▸ Surveys: the survey and graduates actions, added to the main window by one call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from eduqa_desktop.ui.look import icon

if TYPE_CHECKING:
    from eduqa_desktop.ui.main_window import MainWindow


def open_survey_import(window: MainWindow, path: str | None = None) -> None:
    from eduqa_desktop.ui.voices.survey_import_dialog import SurveyImportDialog

    dialog = SurveyImportDialog(window.context, window)
    dialog.imported.connect(
        lambda plan: window.show_message(
            QCoreApplication.translate("VoicesMenus", "Survey imported: {file}").format(
                file=plan.file
            )
        )
    )
    window.survey_import_dialog = dialog  # type: ignore[attr-defined]  # kept alive while open
    dialog.open()
    if path:
        dialog.set_file(path)


def open_survey_template(window: MainWindow) -> None:
    from eduqa_desktop.ui.voices.template_dialog import SurveyTemplateDialog

    dialog = SurveyTemplateDialog(window.context, window)
    dialog.saved.connect(
        lambda path: window.show_message(
            QCoreApplication.translate("VoicesMenus", "Template saved to {path}").format(path=path)
        )
    )
    window.survey_template_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def open_graduates(window: MainWindow) -> None:
    from eduqa_desktop.ui.voices.graduates_dialog import GraduatesDialog

    dialog = GraduatesDialog(window.context, window)
    dialog.saved.connect(
        lambda entry: window.show_message(
            QCoreApplication.translate(
                "VoicesMenus", "Graduates of grade {grade}, {year} saved"
            ).format(grade=entry.grade, year=entry.year)
        )
    )
    window.graduates_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def open_graduates_import(window: MainWindow, path: str | None = None) -> None:
    from eduqa_desktop.ui.voices.graduates_import_dialog import GraduatesImportDialog

    dialog = GraduatesImportDialog(window.context, window)
    dialog.imported.connect(
        lambda plan: window.show_message(
            QCoreApplication.translate("VoicesMenus", "Graduates imported: {file}").format(
                file=plan.file
            )
        )
    )
    window.graduates_import_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    if path:
        dialog.set_file(path)


def open_questionnaire_print(window: MainWindow) -> None:
    from eduqa_desktop.ui.voices.questionnaire_print_dialog import QuestionnairePrintDialog

    dialog = QuestionnairePrintDialog(window.context, window)
    dialog.saved.connect(
        lambda path: window.show_message(
            QCoreApplication.translate("VoicesMenus", "Questionnaire saved to {path}").format(
                path=path
            )
        )
    )
    window.questionnaire_print_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()


def open_questionnaire_editor(window: MainWindow) -> None:
    from eduqa_desktop.ui.voices.questionnaire_editor import QuestionnaireEditor

    dialog = QuestionnaireEditor(window.context, window)
    window.questionnaire_editor = dialog  # type: ignore[attr-defined]
    dialog.open()


def install_voices_menu(window: MainWindow) -> QMenu:
    """File ▸ Surveys (before Quit): import a survey, its blank template, the graduates."""
    menu = QMenu(QCoreApplication.translate("VoicesMenus", "Surveys"), window)
    menu.setIcon(icon("chart"))
    entries = (
        (
            "survey_import_action",
            QCoreApplication.translate("VoicesMenus", "Import survey…"),
            lambda: open_survey_import(window),
        ),
        (
            "survey_template_action",
            QCoreApplication.translate("VoicesMenus", "Blank survey template…"),
            lambda: open_survey_template(window),
        ),
        (
            "questionnaire_print_action",
            QCoreApplication.translate("VoicesMenus", "Print a questionnaire…"),
            lambda: open_questionnaire_print(window),
        ),
        (
            "questionnaire_editor_action",
            QCoreApplication.translate("VoicesMenus", "Questionnaires…"),
            lambda: open_questionnaire_editor(window),
        ),
        (
            "graduates_action",
            QCoreApplication.translate("VoicesMenus", "Where the graduates went…"),
            lambda: open_graduates(window),
        ),
        (
            "graduates_import_action",
            QCoreApplication.translate("VoicesMenus", "Import graduates…"),
            lambda: open_graduates_import(window),
        ),
    )
    for name, text, slot in entries:
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
        setattr(window, name, action)
    actions = window.file_menu.actions()
    quit_index = actions.index(window.quit_action)
    before = (
        actions[quit_index - 1]
        if quit_index and actions[quit_index - 1].isSeparator()
        else window.quit_action
    )
    window.file_menu.insertMenu(before, menu)
    window.surveys_menu = menu  # type: ignore[attr-defined]
    return menu

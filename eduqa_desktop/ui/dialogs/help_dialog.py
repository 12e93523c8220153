"""Help ▸ User guide (F1): the short guide shipped in resources/help/, in the interface
language, read offline; its sections listed on the left."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from eduqa_desktop.paths import HELP_DIR

log = logging.getLogger(__name__)

FALLBACK_LANGUAGE = "en"
SECTION_LEVEL = 2  # "## …" in the guide's Markdown


def guide_path(language: str, directory: Path = HELP_DIR) -> Path:
    """The guide in `language`, or the English one when there is none in that language."""
    wanted = directory / f"guide_{language}.md"
    return wanted if wanted.is_file() else directory / f"guide_{FALLBACK_LANGUAGE}.md"


class HelpDialog(QDialog):
    """Not modal: the guide stays open beside the window while the user follows it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: nothing in the guide leaves the app
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setMaximumWidth(220)
        self.sections.currentItemChanged.connect(self._on_section_chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.show_language(language)

    def show_language(self, language: str) -> None:
        path = guide_path(language)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            log.exception("the user guide %s could not be read", path)
            text = self.tr("The user guide is missing from this installation.")
        self.browser.setMarkdown(text)
        self._list_sections()

    def _heading_blocks(self) -> list[QTextBlock]:
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block)
            block = block.next()
        return found

    def _list_sections(self) -> None:
        self.sections.blockSignals(True)
        self.sections.clear()
        for block in self._heading_blocks():
            if block.blockFormat().headingLevel() == SECTION_LEVEL:
                item = QListWidgetItem(block.text())
                item.setData(Qt.ItemDataRole.UserRole, block.position())
                self.sections.addItem(item)
        self.sections.blockSignals(False)

    def _on_section_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        block = self.browser.document().findBlock(int(item.data(Qt.ItemDataRole.UserRole)))
        self.browser.setTextCursor(QTextCursor(block))
        # the heading at the top of the view, not just somewhere visible
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

"""The observation vocabulary in the interface language (names from domain.observation_labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from eduqa_desktop.domain.observation_labels import (
    BAND_COLOURS,
    BAND_NAMES,
    LABELS_CONTEXT,
    MECHANISM_NAMES,
    PROPOSAL_REASON_NAMES,
    PURPOSE_NAMES,
    STATUS_NAMES,
    VISIT_STATUS_COLOURS,
    VISIT_STATUS_NAMES,
)
from eduqa_desktop.domain.vocabulary import Purpose
from eduqa_desktop.exchange.report_text import MONTH_NAMES


def _tr(text: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def purpose_name(purpose: str) -> str:
    return _tr(PURPOSE_NAMES[purpose])


def status_name(status: str) -> str:
    return _tr(STATUS_NAMES[status])


def band_name(band: str | None) -> str:
    return "—" if band is None else _tr(BAND_NAMES[band])


def band_colour(band: str | None) -> QColor | None:
    return None if band is None else QColor(BAND_COLOURS[band])


def visit_status_name(status: str) -> str:
    return _tr(VISIT_STATUS_NAMES[status])


def visit_status_colour(status: str) -> QColor:
    return QColor(VISIT_STATUS_COLOURS[status])


def mechanism_name(mechanism: str) -> str:
    return _tr(MECHANISM_NAMES[mechanism])


def reason_name(reason: str) -> str:
    return _tr(PROPOSAL_REASON_NAMES[reason])


def month_name(year: int, month: int) -> str:
    return f"{QCoreApplication.translate('ReportText', MONTH_NAMES[month - 1])} {year}"


def translate(context: str, text: str) -> str:
    """The Translate function the printed reports take."""
    return QCoreApplication.translate(context, text)


PURPOSES: tuple[Purpose, ...] = tuple(Purpose)

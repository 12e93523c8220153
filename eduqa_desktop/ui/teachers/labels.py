"""Words of the teacher screens in the interface language: categories, PD status, units, flags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from eduqa_desktop.domain.display import round_half_up
from eduqa_desktop.domain.flags import Localized, render_message
from eduqa_desktop.services.activities import LEVEL_NAMES, UNIT_NAMES
from eduqa_desktop.services.attention import SignalDTO, SubjectSignalDTO
from eduqa_desktop.services.errors import MESSAGES_CONTEXT
from eduqa_desktop.services.teachers import CATEGORY_NAMES, LABELS_CONTEXT, PD_STATUS_NAMES
from eduqa_desktop.text import QT_TRANSLATE_NOOP
from eduqa_desktop.ui.formatting import percent, short_date

UNDEFINED = "—"
QUARTER_NAMES = {
    1: QT_TRANSLATE_NOOP("TeacherLabels", "1st quarter"),
    2: QT_TRANSLATE_NOOP("TeacherLabels", "2nd quarter"),
    3: QT_TRANSLATE_NOOP("TeacherLabels", "3rd quarter"),
    4: QT_TRANSLATE_NOOP("TeacherLabels", "4th quarter"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def language() -> str:
    """uz, ru or en, from the default QLocale the language switch installs."""
    return {
        QLocale.Language.Uzbek: "uz",
        QLocale.Language.Russian: "ru",
    }.get(QLocale().language(), "en")


def local(name: Localized | None) -> str:
    return UNDEFINED if name is None else name.get(language())


def category_name(category: str) -> str:
    return _tr(CATEGORY_NAMES[category])


def pd_status_name(status: str) -> str:
    return _tr(PD_STATUS_NAMES[status])


def unit_name(unit: str) -> str:
    return _tr(UNIT_NAMES[unit])


def level_name(level: str) -> str:
    return _tr(LEVEL_NAMES[level]) if level in LEVEL_NAMES else level


def term_name(year: str, number: int) -> str:
    return QCoreApplication.translate("TeacherLabels", "Q{term} {year}").format(
        term=number, year=year
    )


def quarter_name(number: int) -> str:
    """ "1st quarter"."""
    return _tr(QUARTER_NAMES[number]) if number in QUARTER_NAMES else str(number)


def period_name(year: str, number: int) -> str:
    """ "1st quarter 2026-2027"."""
    return QCoreApplication.translate("TeacherLabels", "{quarter} {year}").format(
        quarter=quarter_name(number), year=year
    )


def flag_text(flag: SignalDTO | SubjectSignalDTO) -> str:
    """A signal's explanation in the interface language, numbers and dates as
    QLocale writes them."""
    return render_message(
        QCoreApplication.translate(MESSAGES_CONTEXT, flag.message_template),
        flag.params,
        language=language(),
        percent=percent,
        day=short_date,
    )


def signed(value: float | None, decimals: int = 1) -> str:
    """A change with its sign ("+2,5", "−16,0"); "—" when undefined."""
    rounded = round_half_up(value, decimals)
    if rounded is None:
        return UNDEFINED
    text = QLocale().toString(abs(rounded), "f", decimals)
    return f"+{text}" if rounded > 0 else f"−{text}" if rounded < 0 else text

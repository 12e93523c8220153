"""One reader for the spreadsheets schools send: .xlsx, .xls and .ods.

* every format is read by python-calamine — a small Rust wheel with no system libraries that
  reads .xlsx, .xls (Excel 97–2003) and .ods (LibreOffice), where the pure-Python
  alternatives need one package per format (xlrd, odfpy) and are slow on big sheets (openpyxl
  spent 60 % of a results import parsing the sheet). It expands no XML entities (the guard
  refuses any DTD anyway). An .xlsx's values are shaped as openpyxl's (ints, None, datetimes),
  and its merged cells and formulas without a saved value are found by one streaming scan of
  the sheet's XML.

The format is told by the file's content, never by its extension, so that a ``.docx`` or a
``.csv`` renamed to ``.xlsx`` gets a message that says what it really is. Before anything
is parsed, the file goes through the guard of exchange/file_guard.py (sizes, zip ratios, XML
without entities, rows, columns, cell length, time); the rows read are held to it too.

:func:`read_table` finds the sheet and the header row (title rows above it are kept for the
year and term), recognises headers in Uzbek, Russian or English in any order, skips empty
and totals rows, fills merged cells, converts numbers stored as text and dates, and returns
the rows plus every problem with sheet, row, column and value.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter, range_boundaries

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.file_guard import (
    TOO_MANY_SHEETS,
    Deadline,
    FileRefused,
    check_incoming,
    guarded_rows,
)
from eduqa_desktop.exchange.file_limits import current_limits
from eduqa_desktop.exchange.headers import (
    Field,
    ValueType,
    header_key,
    is_example_label,
    match_headers,
)
from eduqa_desktop.exchange.problems import Problem, shown
from eduqa_desktop.exchange.totals import is_totals_row
from eduqa_desktop.progress import NO_PROGRESS, Cancelled, Progress
from eduqa_desktop.text import QT_TRANSLATE_NOOP

HEADER_SCAN_ROWS = 30
MAX_COUNT = 100_000  # no count of pupils, hours or years is this large
MAX_QUANTITY = 10_000.0
EARLIEST_YEAR, LATEST_YEAR = 1950, 2100
PROGRESS_EVERY = 500

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "%Y.%m.%d")


def _file_error(template: str, path: Path, **params: Any) -> UserError:
    return UserError(template, file=path.name, **params)


# --- what kind of file is it -------------------------------------------------------------------


def detect_format(path: Path) -> str:
    """ "xlsx", "xls" or "ods" — or a UserError that says what the file really is."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError as error:
        raise _file_error(
            QT_TRANSLATE_NOOP("Messages", "The file “{file}” does not exist."), path
        ) from error
    except OSError as error:
        raise _file_error(
            QT_TRANSLATE_NOOP("Messages", "The file “{file}” cannot be read: {reason}"),
            path,
            reason=error.strerror or str(error),
        ) from error
    if not head:
        raise _file_error(
            QT_TRANSLATE_NOOP("Messages", "The file “{file}” is empty (0 bytes)."), path
        )
    if head.startswith(OLE_MAGIC):
        return _ole_format(path)
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK"):
        return _zip_format(path)
    raise _not_a_spreadsheet(path, head)


def _not_a_spreadsheet(path: Path, head: bytes) -> UserError:
    sample = head[:2048]
    if sample.startswith(b"%PDF"):
        kind = "PDF"
    elif b"<html" in sample.lower() or b"<table" in sample.lower():
        kind = "HTML"
    else:
        try:
            text = sample.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = sample.decode("cp1251")
            except UnicodeDecodeError:
                text = ""
        kind = "CSV" if text and any(sep in text for sep in (",", ";", "\t")) else ""
    if kind == "CSV":
        return _file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is a text (CSV) file, not a spreadsheet. Open it in Excel or "
                "LibreOffice and save it as .xlsx.",
            ),
            path,
        )
    if kind:
        return _file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is a {kind} file, not a spreadsheet. Choose an .xlsx, .xls or .ods file.",
            ),
            path,
            kind=kind,
        )
    return _file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}” is not a spreadsheet. Choose an .xlsx, .xls or .ods file.",
        ),
        path,
    )


def _ole_format(path: Path) -> str:
    """An OLE container is an old .xls — or an encrypted (password-protected) .xlsx/.docx."""
    data = path.read_bytes()
    if (
        "EncryptedPackage".encode("utf-16-le") in data
        or "EncryptionInfo".encode("utf-16-le") in data
    ):
        raise _password_error(path)
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    if "WordDocument".encode("utf-16-le") in data:
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is a Word document, not a spreadsheet. Choose an .xlsx, .xls or "
                ".ods file.",
            ),
            path,
        )
    raise _not_a_spreadsheet(path, b"")


def _password_error(path: Path) -> UserError:
    return _file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}” is protected with a password. Open it in Excel or LibreOffice, remove "
            "the password (save without one) and import that copy.",
        ),
        path,
    )


def _damaged(path: Path) -> UserError:
    return _file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}” is damaged or incomplete (it may have been cut off while copying). "
            "Ask for the file again.",
        ),
        path,
    )


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and archive.read("mimetype").strip() == ODS_MIME:
                return "ods"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as error:
        raise _damaged(path) from error
    if "word/document.xml" in names:
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is a Word document, not a spreadsheet. Choose an .xlsx, .xls or "
                ".ods file.",
            ),
            path,
        )
    raise _not_a_spreadsheet(path, b"")


# --- grids: the cells of each sheet ------------------------------------------------------------

Range = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)


def _sheet_paths(path: Path) -> dict[str, str]:
    from defusedxml.ElementTree import fromstring

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    with zipfile.ZipFile(path) as archive:
        workbook = fromstring(archive.read("xl/workbook.xml"))
        try:
            rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        except KeyError:
            return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    result: dict[str, str] = {}
    for sheet in workbook.iter(f"{main}sheet"):
        target = targets.get(sheet.get(f"{rel_ns}id"), "")
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        result[sheet.get("name", "")] = target
    return result


UNCALCULATED = QT_TRANSLATE_NOOP(
    "Messages",
    "Cells {cells} of the sheet “{sheet}” hold formulas without a calculated "
    "value. Open the file in Excel or LibreOffice, let it calculate, save it and "
    "import it again.",
)


def refuse_uncalculated(path: Path) -> None:
    """A UserError naming the first cells that hold a formula never calculated (an .xlsx
    saved by a program that does not calculate): read with data_only, they would be empty."""
    for sheet, member in _sheet_paths(path).items():
        try:
            _merged, formulas = _scan_sheet_xml(path, member)
        except KeyError:
            continue
        if formulas:
            raise UserError(UNCALCULATED, cells=_cells_named(formulas), sheet=sheet)


def _cells_named(refs: Sequence[str]) -> str:
    return ", ".join(refs[:5]) + (" …" if len(refs) > 5 else "")


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
_CELL_RE = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL
)
_FORMULA_RE = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE_RE = re.compile(rb"<(?:\w+:)?v>[^<]")


def _scan_sheet_xml(path: Path, member: str) -> tuple[list[Range], list[str]]:
    """Stream the sheet's XML once; regular expressions, no tree (it may be 100 MB)."""
    merged: list[Range] = []
    formulas: list[str] = []
    carry = b""
    with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
        while True:
            chunk = stream.read(1 << 20)
            data = carry + chunk
            if not chunk:
                carry = b""
            else:
                cut = data.rfind(b"</row>")
                if cut < 0:
                    cut = data.rfind(b">")
                carry, data = data[cut + 1 :], data[: cut + 1]
            if _FORMULA_RE.search(data):
                for match in _CELL_RE.finditer(data):
                    body = match.group(2) or b""
                    if _FORMULA_RE.search(body) and not _VALUE_RE.search(body):
                        formulas.append(match.group(1).decode())
            for match in _MERGE_RE.finditer(data):
                first_col, first_row, last_col, last_row = range_boundaries(match.group(1).decode())
                merged.append((first_row - 1, first_col - 1, last_row - 1, last_col - 1))
            if not chunk:
                break
    return merged, formulas


class _CalamineGrid:
    def __init__(self, path: Path, deadline: Deadline) -> None:
        import python_calamine

        self.path = path
        self.deadline = deadline
        try:
            self.book = python_calamine.CalamineWorkbook.from_path(str(path))
        except python_calamine.PasswordError as error:
            raise _password_error(path) from error
        except BaseException as error:  # CalamineError, ZipError, XmlError, a Rust panic …
            if not _calamine_failure(error):
                raise
            if "password" in str(error).lower() or "encrypt" in str(error).lower():
                raise _password_error(path) from error
            raise _damaged(path) from error
        self.sheet_names = list(self.book.sheet_names)

    def rows(self, sheet: str) -> Iterator[Sequence[Any]]:
        try:
            data = self.book.get_sheet_by_name(sheet)
            yield from guarded_rows(
                iter(data.to_python(skip_empty_area=False)), self.path, sheet, self.deadline
            )
        except (UserError, Cancelled):
            raise
        except BaseException as error:
            if not _calamine_failure(error):
                raise
            if "password" in str(error).lower():
                raise _password_error(self.path) from error
            raise _damaged(self.path) from error

    def scan(self, sheet: str) -> tuple[list[Range], list[str]]:
        try:
            ranges = self.book.get_sheet_by_name(sheet).merged_cell_ranges or []
        except BaseException as error:
            if not _calamine_failure(error):
                raise
            ranges = []
        return [(a[0], a[1], b[0], b[1]) for a, b in ranges], []

    def close(self) -> None:
        self.book.close()


def _like_openpyxl(row: Sequence[Any]) -> list[Any]:
    """Cells as openpyxl gives them, which every reader was written against: a whole number
    as an int (a header typed as the number 5 reads "5", not "5.0"), an empty cell as None,
    a date as a datetime."""
    values: list[Any] = []
    for value in row:
        kind = type(value)
        if kind is float:
            values.append(int(value) if value.is_integer() else value)
        elif kind is str:
            values.append(value or None)
        elif kind is date:
            values.append(datetime(value.year, value.month, value.day))
        else:
            values.append(value)
    return values


class _XlsxGrid(_CalamineGrid):
    """An .xlsx read by python-calamine (Rust; some 20× faster than openpyxl's XML parsing,
    and it never expands XML entities), its values shaped as openpyxl's; merged cells and
    formulas without a saved value come from one streaming scan of the sheet's XML, as before.
    """

    def __init__(self, path: Path, deadline: Deadline) -> None:
        super().__init__(path, deadline)
        try:
            self._paths = _sheet_paths(path)
        except (zipfile.BadZipFile, KeyError, EOFError, zlib.error) as error:
            raise _damaged(path) from error
        except Exception as error:  # broken XML in the workbook part
            raise _damaged(path) from error

    def rows(self, sheet: str) -> Iterator[Sequence[Any]]:
        for row in super().rows(sheet):
            yield _like_openpyxl(row)

    def scan(self, sheet: str) -> tuple[list[Range], list[str]]:
        """Merged ranges and the cells holding a formula with no saved value."""
        member = self._paths.get(sheet)
        if member is None:
            return [], []
        try:
            return _scan_sheet_xml(self.path, member)
        except (zipfile.BadZipFile, KeyError, EOFError, zlib.error) as error:
            raise _damaged(self.path) from error


def _calamine_failure(error: BaseException) -> bool:
    """An error of the file as python-calamine reads it — its own errors, or a panic of its
    Rust code on a damaged file (pyo3's PanicException derives from BaseException)."""
    if isinstance(error, Exception):
        return not isinstance(error, UserError | Cancelled)
    return type(error).__name__ == "PanicException"


def open_grid(path: Path) -> _XlsxGrid | _CalamineGrid:
    """The file's sheets, once it has passed the guard (a FileRefused when it does not)."""
    deadline = check_incoming(path)
    kind = detect_format(path)
    grid = _XlsxGrid(path, deadline) if kind == "xlsx" else _CalamineGrid(path, deadline)
    limits = current_limits()
    if len(grid.sheet_names) > limits.max_sheets:
        grid.close()
        raise FileRefused(
            TOO_MANY_SHEETS,
            exceeded="max_sheets",
            file=path.name,
            count=len(grid.sheet_names),
            limit=limits.max_sheets,
        )
    try:
        deadline.check()  # opening it (the workbook's parts parsed) is in the file's time too
    except FileRefused:
        grid.close()
        raise
    return grid


def filled_rows(rows: Iterator[Sequence[Any]], merged: list[Range]) -> Iterator[list[Any]]:
    """Rows as lists, each cell of a merged range holding the value of its first cell."""
    by_first_row: dict[int, list[Range]] = {}
    for item in merged:
        by_first_row.setdefault(item[0], []).append(item)
    active: list[tuple[Range, Any]] = []
    for index, row in enumerate(rows):
        values = list(row)
        for item in by_first_row.get(index, ()):
            anchor = values[item[1]] if item[1] < len(values) else None
            active.append((item, anchor))
        if active:
            for (first_row, first_col, _last_row, last_col), anchor in active:
                if len(values) <= last_col:
                    values.extend([None] * (last_col + 1 - len(values)))
                for column in range(first_col, last_col + 1):
                    if (index, column) != (first_row, first_col):
                        values[column] = anchor
            active = [entry for entry in active if entry[0][2] > index]
        yield values


# --- converting values ---------------------------------------------------------------------------


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return " ".join(str(value).split())


_NUMBER_TEXT = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def as_number(value: Any) -> float | None:
    """A number, also from text ("25", " 25 ", "25,0", "1 234"); None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if _NUMBER_TEXT.match(text):
            return float(text.replace(",", "."))
    return None


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 18264 <= value <= 73051:  # Excel serial numbers of 1950 … 2099
            return date(1899, 12, 30) + timedelta(days=int(value))
        return None
    if isinstance(value, str):
        text = value.strip().rstrip("y.г").strip()
        for pattern in _DATE_FORMATS:
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            return None
    return None


def convert(item: Field, value: Any) -> tuple[Any, tuple[str, dict[str, Any]] | None]:
    """(converted value, None) or (None, (message template, params)). Empty → (None, None)."""
    if _is_empty(value):
        return None, None
    if item.type == ValueType.TEXT:
        return as_text(value), None
    if item.type == ValueType.DATE:
        found = _date(value)
        if found is None:
            return None, (
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{value}” is not a date this program can read; write it like 24.11.2026.",
                ),
                {"value": shown(value)},
            )
        if not EARLIEST_YEAR <= found.year <= LATEST_YEAR:
            return None, (
                QT_TRANSLATE_NOOP("Messages", "The date {value} is impossible."),
                {"value": found.strftime("%d.%m.%Y")},
            )
        return found, None
    number = as_number(value)
    if number is None or number != number:  # NaN
        return None, (
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number."),
            {"value": shown(value)},
        )
    if number < 0:
        return None, (
            QT_TRANSLATE_NOOP("Messages", "{value} is impossible here: it cannot be negative."),
            {"value": shown(value)},
        )
    if item.type == ValueType.INTEGER:
        if not number.is_integer():
            return None, (
                QT_TRANSLATE_NOOP(
                    "Messages", "{value} is impossible here: a whole number is needed."
                ),
                {"value": shown(value)},
            )
        if number > MAX_COUNT:
            return None, (
                QT_TRANSLATE_NOOP("Messages", "{value} is impossible here: it is far too large."),
                {"value": shown(value)},
            )
        return int(number), None
    if number > MAX_QUANTITY:
        return None, (
            QT_TRANSLATE_NOOP("Messages", "{value} is impossible here: it is far too large."),
            {"value": shown(value)},
        )
    return number, None


# --- reading a table -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    sheet: str
    row: int  # the row number as the spreadsheet shows it (1-based)
    values: dict[str, Any]  # field name → converted value (None = empty or wrong)
    raw: dict[str, Any]  # field name → the value found
    letters: dict[str, str]  # field name → column letter

    def where(self, field_name: str) -> tuple[str, int, str, str]:
        return (
            self.sheet,
            self.row,
            self.letters.get(field_name, ""),
            shown(self.raw.get(field_name)),
        )


@dataclass
class Table:
    path: Path
    sheet: str
    header_row: int
    columns: dict[str, int]
    title_lines: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped_totals: int = 0
    extra_headers: dict[int, str] = field(default_factory=dict)  # index → header text
    headers: tuple[str, ...] = ()  # the header row as the file writes it


def _header_choice(
    rows: list[list[Any]], fields: Sequence[Field]
) -> tuple[int, dict[str, int]] | None:
    best: tuple[int, int, int, dict[str, int]] | None = None
    required = {f.name for f in fields if f.required}
    for index, row in enumerate(rows):
        found = match_headers(row, fields)
        if len(found) < 2:
            continue
        score = (len(required & found.keys()), len(found))
        if best is None or score > best[:2]:
            best = (*score, index, found)
    return None if best is None else (best[2], best[3])


class MissingColumns(UserError):
    """Required columns not recognised: the header row found, so the user can map them."""

    def __init__(
        self, template: str, *, headers: Sequence[str], missing: Sequence[str], **params: Any
    ) -> None:
        super().__init__(template, **params)
        self.headers = tuple(headers)  # the file's own header texts, in column order
        self.missing = tuple(missing)  # field names


def header_signature(headers: Sequence[str]) -> str:
    """The same header row (whatever its case, spacing or apostrophes) gives the same text."""
    return "|".join(header_key(text) for text in headers)


def _mapped(
    header_cells: Sequence[Any], columns: dict[str, int], column_map: Mapping[str, str]
) -> dict[str, int]:
    """`columns` with the user's choices (field name → header text) applied."""
    if not column_map:
        return columns
    keys = [header_key(value) for value in header_cells]
    result = dict(columns)
    for name, header in column_map.items():
        wanted = header_key(header)
        if wanted and wanted in keys:
            index = keys.index(wanted)
            result = {n: i for n, i in result.items() if i != index}
            result[name] = index
    return result


def _field_names(fields: Sequence[Field]) -> str:
    return ", ".join(f"{f.en} ({f.uz} / {f.ru})" for f in fields)


def read_table(
    path: Path | str,
    fields: Sequence[Field],
    *,
    max_rows: int,
    progress: Progress = NO_PROGRESS,
    column_map: Mapping[str, str] | None = None,
) -> Table:
    """The rows of the sheet that holds `fields` (see the module docstring).

    `column_map` (field name → the file's header text) says which column is which where the
    headers are not recognised; without it, unrecognised required columns raise
    :class:`MissingColumns`, which carries the header row for the user to map.

    Whole-file problems (not a spreadsheet, password, damaged, bomb, empty, no sheet with the
    required columns, too many rows, formulas without values) raise UserError; problems of
    single cells are listed in `Table.problems`.
    """
    path = Path(path)
    grid = open_grid(path)
    try:
        return _read(grid, path, fields, max_rows, progress, column_map or {})
    finally:
        grid.close()


def _read(
    grid: _XlsxGrid | _CalamineGrid,
    path: Path,
    fields: Sequence[Field],
    max_rows: int,
    progress: Progress,
    column_map: Mapping[str, str],
) -> Table:
    heads: dict[str, list[list[Any]]] = {}
    any_cell = False
    choice: tuple[str, int, dict[str, int]] | None = None
    best_score = (-1, -1)
    required = [f for f in fields if f.required]
    for sheet in grid.sheet_names:
        head = []
        for row in grid.rows(sheet):
            head.append(list(row))
            if len(head) >= HEADER_SCAN_ROWS:
                break
        heads[sheet] = head
        any_cell = any_cell or any(not _is_empty(v) for row in head for v in row)
        found = _header_choice(head, fields)
        if found is None:
            continue
        score = (sum(1 for f in required if f.name in found[1]), len(found[1]))
        if score > best_score:
            best_score, choice = score, (sheet, found[0], found[1])
    if not any_cell:
        raise _file_error(
            QT_TRANSLATE_NOOP("Messages", "“{file}” holds no data: every sheet is empty."), path
        )
    if choice is None:
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No sheet in “{file}” has the expected columns: {columns}. Use the template "
                "(File ▸ Export ▸ Template).",
            ),
            path,
            columns=_field_names(required),
        )
    sheet, header_index, columns = choice
    header_cells = heads[sheet][header_index]
    columns = _mapped(header_cells, columns, column_map)
    missing = [f for f in required if f.name not in columns]
    if missing:
        raise MissingColumns(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The sheet “{sheet}” of “{file}” lacks the columns: {columns}.",
            ),
            headers=[as_text(v) for v in header_cells],
            missing=[f.name for f in missing],
            sheet=sheet,
            file=path.name,
            columns=_field_names(missing),
        )
    merged, formulas = grid.scan(sheet)
    formulas = [ref for ref in formulas if int(re.sub(r"[A-Z]+", "", ref)) > header_index + 1]
    if formulas:
        raise UserError(UNCALCULATED, cells=_cells_named(formulas), sheet=sheet)
    table = Table(
        path=path,
        sheet=sheet,
        header_row=header_index + 1,
        columns=columns,
        title_lines=[
            " ".join(as_text(v) for v in row if not _is_empty(v))
            for row in heads[sheet][:header_index]
            if any(not _is_empty(v) for v in row)
        ],
    )
    table.headers = tuple(as_text(v) for v in header_cells)
    used = set(columns.values())
    table.extra_headers = {
        index: as_text(value)
        for index, value in enumerate(header_cells)
        if index not in used and not _is_empty(value)
    }
    by_name = {f.name: f for f in fields}
    letters = {name: get_column_letter(index + 1) for name, index in columns.items()}
    twins = _twin_columns(header_cells, columns, fields)
    count = 0
    for index, values in enumerate(filled_rows(grid.rows(sheet), merged)):
        if index <= header_index:
            continue
        if index % PROGRESS_EVERY == 0:
            progress.check()
            progress.report(index, 0)
        cells = {name: values[i] if i < len(values) else None for name, i in columns.items()}
        if all(_is_empty(v) for v in cells.values()):
            continue
        if any(is_example_label(v) for v in values if isinstance(v, str)):
            continue
        if is_totals_row(values, columns, fields):
            table.skipped_totals += 1
            continue
        count += 1
        if count > max_rows:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The sheet “{sheet}” has more than {limit} rows, the limit set in "
                    "Settings. Split the file or raise the limit.",
                ),
                sheet=sheet,
                limit=max_rows,
            )
        converted: dict[str, Any] = {}
        for name, value in cells.items():
            result, problem = convert(by_name[name], value)
            converted[name] = result
            if problem is not None:
                table.problems.append(
                    Problem(sheet, index + 1, letters[name], shown(value), problem[0], problem[1])
                )
        for name, twin in twins:
            problem = _twin_problem(values, columns[name], twin, header_cells[twin])
            if problem is not None:
                table.problems.append(
                    Problem(sheet, index + 1, get_column_letter(twin + 1), *problem)
                )
        extra = {f"#{i}": values[i] for i in table.extra_headers if i < len(values)}
        table.rows.append(SourceRow(sheet, index + 1, converted, {**cells, **extra}, letters))
    return table


def _twin_columns(
    header_cells: Sequence[Any], columns: dict[str, int], fields: Sequence[Field]
) -> list[tuple[str, int]]:
    """(field name, index) of each column that is not used but whose header names a field
    that another column already gives: two "Full name" or two "«5»" columns."""
    used = set(columns.values())
    twins = []
    for index, value in enumerate(header_cells):
        if index in used or _is_empty(value):
            continue
        for name in match_headers([value], fields):
            if name in columns:
                twins.append((name, index))
    return twins


def _twin_problem(
    values: Sequence[Any], first: int, second: int, header: Any
) -> tuple[str, str, dict[str, Any]] | None:
    """(value, template, params) when the two columns of one header disagree in this row."""
    a = values[first] if first < len(values) else None
    b = values[second] if second < len(values) else None
    if _is_empty(a) or _is_empty(b) or as_text(a) == as_text(b):
        return None
    if as_number(a) is not None and as_number(a) == as_number(b):
        return None
    return (
        shown(b),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Columns {first} and {second} are both “{header}” but hold different values "
            "(“{a}” and “{b}”); keep only one of them.",
        ),
        {
            "first": get_column_letter(first + 1),
            "second": get_column_letter(second + 1),
            "header": shown(header),
            "a": shown(a),
            "b": shown(b),
        },
    )


# --- the year and term named in title rows ----------------------------------------------------

_YEAR_IN_TEXT = re.compile(r"(20\d\d)\s*[-–—/]\s*(20\d\d|\d\d)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_TERM_WORDS = r"(?:chorak|четверть|чорак|quarter|term|четв)"
_TERM_BEFORE = re.compile(
    rf"\b([1-4]|iv|iii|ii|i)\s*[-‐–]?\s*(?:[a-zа-я]{{0,3}}\.?\s*)?{_TERM_WORDS}", re.IGNORECASE
)
_TERM_AFTER = re.compile(rf"{_TERM_WORDS}\s*(?:№\s*)?([1-4]|iv|iii|ii|i)\b", re.IGNORECASE)


def period_from_titles(lines: Sequence[str]) -> tuple[str | None, int | None]:
    """("2025-2026", 1) from title rows like "1 четверть 2025-2026" or "I chorak"."""
    from eduqa_desktop.domain.school_calendar import YearNameError, parse_year_name

    year: str | None = None
    term: int | None = None
    for line in lines:
        if year is None:
            match = _YEAR_IN_TEXT.search(line)
            if match:
                try:
                    year = parse_year_name(match.group(0))
                except YearNameError:
                    year = None
        if term is None:
            match = _TERM_BEFORE.search(line) or _TERM_AFTER.search(line)
            if match:
                word = match.group(1).lower()
                term = int(word) if word.isdigit() else _ROMAN[word]
    return year, term

"""One guard for every file that comes in, run before any parser sees it.

``check_incoming(path)`` holds a file to the limits in force (exchange/file_limits.py):

* the file's size on the disk;
* for a zip (.xlsx, .ods): the sum of the sizes its directory declares, and each entry's
  compression ratio — sheets, ``sharedStrings.xml``, styles and drawings alike, since
  openpyxl loads the shared strings whole when it opens a workbook;
* every XML part is streamed once (never built into a tree): no document type declaration
  (the only way to declare entities or reach out to a network), the rows and columns each
  sheet declares (``<dimension>``) and really uses (row numbers, cell references), and the
  longest text (a cell of a sheet, a shared string);
* the number of sheets;
* a time limit over all of it — the deadline of the file's whole import when a service holds
  one (exchange/file_deadline.py), else one started here.

Python's zipfile never inflates an entry past the size its directory declares and checks the
CRC at the end, so a directory that lies about a size ends as "damaged" at the first read
(here, before openpyxl or python-calamine opens the file).

While the rows are read, :func:`guarded_rows` applies the same row, column, cell and time
limits to the values themselves (for .xls and .ods, whose insides are not XML in a zip, that
is where they are enforced).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from eduqa_desktop.errors import UserError
from eduqa_desktop.exchange.file_deadline import Deadline, file_deadline
from eduqa_desktop.exchange.file_limits import MB, FileLimits, FileRefused, current_limits
from eduqa_desktop.text import QT_TRANSLATE_NOOP

__all__ = ["Deadline", "FileRefused", "check_incoming", "guarded_rows"]  # and the messages

CHUNK = 1 << 20
ROWS_PER_CHECK = 256


TOO_BIG = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” is {size} MB, more than the {limit} MB an incoming file may have; it was not opened.",
)
UNPACKS_TOO_BIG = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” unpacks to {size} MB, more than the {limit} MB an incoming file may unpack to; "
    "it was not opened (it may be damaged or malicious).",
)
ENTRY_RATIO = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” unpacks to {size} MB in its part {entry}, {ratio} times its packed size (at most "
    "{limit} times is allowed); it was not opened (it may be damaged or malicious).",
)
DOCTYPE = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” holds XML with a document type declaration (in {entry}), which no spreadsheet "
    "needs and which can hide entities or links to a network; it was not opened.",
)
TOO_MANY_SHEETS = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” has {count} sheets, more than the {limit} an incoming file may have.",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages",
    "The sheet “{sheet}” of “{file}” reaches row {count}, beyond the {limit} rows an "
    "incoming sheet may have.",
)
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "Messages",
    "The sheet “{sheet}” of “{file}” reaches column {column} ({count}), beyond the {limit} "
    "columns an incoming sheet may have.",
)
LONG_CELL = QT_TRANSLATE_NOOP(
    "Messages",
    "A cell of “{file}” ({where}) holds more than the {limit} characters one cell may hold.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}” is damaged or incomplete (it may have been cut off while copying). "
    "Ask for the file again.",
)


def _refuse(template: str, exceeded: str, path: Path, **params: Any) -> FileRefused:
    return FileRefused(template, exceeded=exceeded, file=path.name, **params)


def _mb(size: int) -> str:
    return f"{size / MB:.0f}" if size >= 10 * MB else f"{size / MB:.1f}"


# --- before parsing ----------------------------------------------------------------------------


def check_incoming(path: Path | str, limits: FileLimits | None = None) -> Deadline:
    """Refuse `path` (FileRefused, or UserError when damaged) unless it keeps every limit.

    Returns the file's deadline, for the reading that follows to keep checking."""
    path = Path(path)
    limits = limits or current_limits()
    deadline = file_deadline(path, limits)
    deadline.check()
    try:
        size = path.stat().st_size
    except OSError:
        return deadline  # the reader says that the file is missing or unreadable
    if size > limits.max_file_bytes:
        raise _refuse(
            TOO_BIG, "max_file_bytes", path, size=_mb(size), limit=_mb(limits.max_file_bytes)
        )
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(b"PK"):
        _check_zip(path, limits, deadline)
    return deadline


def _check_zip(path: Path, limits: FileLimits, deadline: Deadline) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_declared_sizes(path, infos, limits)
            sheets = _sheet_entries(archive, infos)
            if len(sheets) > limits.max_sheets:
                raise _refuse(
                    TOO_MANY_SHEETS, "max_sheets", path, count=len(sheets), limit=limits.max_sheets
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")) or info.filename in (
                    "content.xml",
                    "styles.xml",
                ):
                    scan = _XmlScan(path, info.filename, sheets.get(info.filename), limits)
                    with archive.open(info) as stream:
                        while chunk := stream.read(CHUNK):
                            scan.feed(chunk)
                            deadline.check()
                    scan.finish()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, OSError) as error:
        raise UserError(DAMAGED, file=path.name) from error
    except NotImplementedError as error:  # a compression method zipfile cannot read
        raise UserError(DAMAGED, file=path.name) from error


def _check_declared_sizes(path: Path, infos: Sequence[zipfile.ZipInfo], limits: FileLimits) -> None:
    total = sum(info.file_size for info in infos)
    if total > limits.max_unpacked_bytes:
        raise _refuse(
            UNPACKS_TOO_BIG,
            "max_unpacked_bytes",
            path,
            size=_mb(total),
            limit=_mb(limits.max_unpacked_bytes),
        )
    for info in infos:
        if info.file_size <= limits.ratio_floor_bytes:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_entry_ratio:
            raise _refuse(
                ENTRY_RATIO,
                "max_entry_ratio",
                path,
                size=_mb(info.file_size),
                entry=info.filename,
                ratio=f"{ratio:.0f}",
                limit=limits.max_entry_ratio,
            )


_SHEET_RE = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_NAME_RE = re.compile(rb'\bname="([^"]*)"')
_RID_RE = re.compile(rb'\br:id="([^"]*)"|\b\w+:id="([^"]*)"')
_REL_RE = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_TARGET_RE = re.compile(rb'\bTarget="([^"]*)"')
_ID_RE = re.compile(rb'\bId="([^"]*)"')
_ODS_TABLE_RE = re.compile(rb"<table:table\b[^>]*>")


def _read_small(archive: zipfile.ZipFile, name: str, limit: int = 16 * MB) -> bytes:
    """An entry read whole — only the few small ones that say which parts are sheets."""
    info = archive.getinfo(name)
    if info.file_size > limit:
        return b""
    return archive.read(info)


def _sheet_entries(archive: zipfile.ZipFile, infos: Sequence[zipfile.ZipInfo]) -> dict[str, str]:
    """Zip entry → sheet name, for every sheet the workbook lists (an .ods: content.xml holds
    all its tables, counted by the name of each)."""
    names = {info.filename for info in infos}
    if "xl/workbook.xml" in names:
        workbook = _read_small(archive, "xl/workbook.xml")
        rels = (
            _read_small(archive, "xl/_rels/workbook.xml.rels")
            if "xl/_rels/workbook.xml.rels" in names
            else b""
        )
        targets: dict[bytes, str] = {}
        for rel in _REL_RE.findall(rels):
            rid, target = _ID_RE.search(rel), _TARGET_RE.search(rel)
            if rid and target:
                text = target.group(1).decode("utf-8", "replace").lstrip("/")
                targets[rid.group(1)] = text if text.startswith("xl/") else "xl/" + text
        result: dict[str, str] = {}
        for index, tag in enumerate(_SHEET_RE.findall(workbook)):
            name = _NAME_RE.search(tag)
            rid = _RID_RE.search(tag)
            key = (rid.group(1) or rid.group(2)) if rid else b""
            entry = targets.get(key or b"", f"#sheet{index}")
            result[entry] = name.group(1).decode("utf-8", "replace") if name else str(index + 1)
        return result
    if "content.xml" in names:
        count = 0
        with archive.open("content.xml") as stream:
            carry = b""
            while chunk := stream.read(CHUNK):
                data = carry + chunk
                count += len(_ODS_TABLE_RE.findall(data))
                cut = data.rfind(b"<")
                carry = data[cut:] if cut >= 0 and b">" not in data[cut:] else b""
                if carry:
                    count -= len(_ODS_TABLE_RE.findall(carry))
        return {f"#table{i}": str(i + 1) for i in range(count)}
    return {}


# --- streaming one XML part -------------------------------------------------------------------

_DOCTYPE_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DIMENSION_RE = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]*)(\d*)(?::([A-Z]+)(\d+))?"')
_ROW_NUMBER_RE = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
_CELL_REF_RE = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+)\d+"')


class _XmlScan:
    """Feeds of one XML entry: refuses a DOCTYPE, long text, and (for a sheet) too many rows
    or columns. Tags cut by a chunk boundary are carried into the next chunk."""

    def __init__(self, path: Path, entry: str, sheet: str | None, limits: FileLimits) -> None:
        self.path, self.entry, self.sheet, self.limits = path, entry, sheet, limits
        self.carry = b""
        self.text_run = 0  # bytes of the text node still open at the end of the last chunk
        self.started = False
        self.long_text = re.compile(rb">[^<]{%d,}" % (limits.max_cell_chars + 1))

    def feed(self, chunk: bytes) -> None:
        data = self.carry + chunk
        if not self.started:
            self.started = True
            if _DOCTYPE_RE.search(data[:4096]):
                raise _refuse(DOCTYPE, "xml_doctype", self.path, entry=self.entry)
        cut = data.rfind(b"<")
        if cut > 0 and b">" not in data[cut:]:
            self.carry, data = data[cut:], data[:cut]
        else:
            self.carry = b""
        if _DOCTYPE_RE.search(data):  # a declaration never belongs past the prologue either
            raise _refuse(DOCTYPE, "xml_doctype", self.path, entry=self.entry)
        self._text(data)
        if self.sheet is not None:
            self._sheet(data)

    def finish(self) -> None:
        if self.carry:
            self._text(self.carry)

    def _text(self, data: bytes) -> None:
        first_tag = data.find(b"<")
        if first_tag < 0:  # the whole chunk continues one text node
            self.text_run += _chars(data)
            self._check_text(self.text_run)
            return
        self._check_text(self.text_run + _chars(data[:first_tag]))
        for match in self.long_text.finditer(data):
            self._check_text(_chars(match.group(0)) - 1)
        last_open, last_close = data.rfind(b"<"), data.rfind(b">")
        self.text_run = _chars(data[last_close + 1 :]) if last_close > last_open else 0

    def _check_text(self, count: int) -> None:
        if count > self.limits.max_cell_chars:
            where = self.sheet if self.sheet is not None else self.entry
            raise _refuse(
                LONG_CELL,
                "max_cell_chars",
                self.path,
                where=where,
                count=count,
                limit=self.limits.max_cell_chars,
            )

    def _sheet(self, data: bytes) -> None:
        dimension = _DIMENSION_RE.search(data)
        if dimension:
            last_col = dimension.group(3) or dimension.group(1)
            last_row = dimension.group(4) or dimension.group(2)
            if last_row:
                self._rows(int(last_row))
            if last_col:
                self._columns(last_col.decode())
        rows = _ROW_NUMBER_RE.findall(data)
        if rows:
            self._rows(max(int(r) for r in rows))
        columns = _CELL_REF_RE.findall(data)
        if columns:
            self._columns(max(columns, key=lambda c: (len(c), c)).decode())

    def _rows(self, count: int) -> None:
        if count > self.limits.max_rows:
            raise _refuse(
                TOO_MANY_ROWS,
                "max_rows",
                self.path,
                sheet=self.sheet,
                count=count,
                limit=self.limits.max_rows,
            )

    def _columns(self, letters: str) -> None:
        try:
            count = column_index_from_string(letters)
        except ValueError:
            count = 16_385  # beyond Excel's last column: no real sheet writes that
        if count > self.limits.max_columns:
            raise _refuse(
                TOO_MANY_COLUMNS,
                "max_columns",
                self.path,
                sheet=self.sheet,
                column=letters,
                count=count,
                limit=self.limits.max_columns,
            )


_NOT_CONTINUATION = bytes(range(0x00, 0x80)) + bytes(range(0xC0, 0x100))


def _chars(data: bytes) -> int:
    """Characters in UTF-8 bytes (every byte that is not a continuation byte starts one)."""
    return len(data) - len(data.translate(None, _NOT_CONTINUATION))


# --- while reading -------------------------------------------------------------------------------


def guarded_rows(
    rows: Iterator[Sequence[Any]],
    path: Path,
    sheet: str,
    deadline: Deadline,
    limits: FileLimits | None = None,
) -> Iterator[Sequence[Any]]:
    """`rows` as they come, refused at the first that breaks a limit (rows, columns holding a
    value, characters in a cell, time)."""
    limits = limits or current_limits()
    for index, row in enumerate(rows, start=1):
        if index > limits.max_rows:
            raise _refuse(
                TOO_MANY_ROWS, "max_rows", path, sheet=sheet, count=index, limit=limits.max_rows
            )
        if index % ROWS_PER_CHECK == 0:
            deadline.check()
        if len(row) > limits.max_columns:
            last = max((i for i, v in enumerate(row) if v is not None and v != ""), default=-1)
            if last >= limits.max_columns:
                raise _refuse(
                    TOO_MANY_COLUMNS,
                    "max_columns",
                    path,
                    sheet=sheet,
                    column=get_column_letter(last + 1),
                    count=last + 1,
                    limit=limits.max_columns,
                )
        for column, value in enumerate(row):
            if isinstance(value, str) and len(value) > limits.max_cell_chars:
                raise _refuse(
                    LONG_CELL,
                    "max_cell_chars",
                    path,
                    where=f"{sheet}!{get_column_letter(column + 1)}{index}",
                    count=len(value),
                    limit=limits.max_cell_chars,
                )
        yield row

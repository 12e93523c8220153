"""Small hostile workbooks built inside the tests: a real .xlsx, then one part replaced, a size
in the zip's directory changed, or a sheet's XML written by hand. Nothing here is large."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

from openpyxl import Workbook

RESULTS_HEADER = ["Класс", "Предмет", "Учитель", "Учащихся", "«5»", "«4»", "«3»", "«2»"]
RESULTS_ROW = ["7-A", "Алгебра", "Sharipova Gulnora", 25, 5, 10, 8, 2]

SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    'uniqueCount="1"><si><t>&lol2;</t></si></sst>'
)


def workbook(path: Path, rows: list[list[object]] | None = None, sheets: int = 1) -> Path:
    """An ordinary results workbook (openpyxl writes its text as shared strings)."""
    book = Workbook()
    first = book.active
    for row in rows if rows is not None else [RESULTS_HEADER, RESULTS_ROW]:
        first.append(row)
    for index in range(1, sheets):
        book.create_sheet(f"Extra {index}").append(["x"])
    book.save(path)
    return _with_shared_strings(path)


_INLINE = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>')
SST_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def _with_shared_strings(path: Path) -> Path:
    """openpyxl writes text inline; Excel (and the bombs of the issue) use sharedStrings.xml."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        sheets = {n: archive.read(n).decode() for n in names}
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    strings: list[str] = []

    def shared(match: re.Match[str]) -> str:
        strings.append(match.group(3))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{len(strings) - 1}</v></c>'

    parts: dict[str, bytes | str] = {n: _INLINE.sub(shared, xml) for n, xml in sheets.items()}
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{SST_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    )
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdSst" Type="{SST_REL}" Target="sharedStrings.xml"/></Relationships>',
    )
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_TYPE}"/></Types>',
    )
    return replace_parts(path, parts)


def replace_parts(path: Path, parts: dict[str, bytes | str]) -> Path:
    """The same zip with some entries replaced (or added), deflated."""
    with zipfile.ZipFile(path) as archive:
        kept = {info.filename: archive.read(info) for info in archive.infolist()}
    kept.update(
        {name: data.encode() if isinstance(data, str) else data for name, data in parts.items()}
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in kept.items():
            archive.writestr(name, data)
    return path


def sheet_xml(body: str, dimension: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{SHEET_HEAD}{dim}<sheetData>{body}</sheetData></worksheet>"


def declare_size(path: Path, entry: str, size: int) -> Path:
    """Write `size` as the entry's uncompressed size in the central directory and its local
    header: the zip then lies about what it unpacks to (nothing is inflated)."""
    data = bytearray(path.read_bytes())
    name = entry.encode()
    central = data.find(b"PK\x01\x02" + b"")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, size)
            local = struct.unpack_from("<I", data, central + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    else:
        raise KeyError(entry)
    path.write_bytes(bytes(data))
    return path

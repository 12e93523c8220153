"""Generate the small spreadsheet fixtures of tests/exchange (the outputs are committed).

    python tests/data/make_bad_files.py

One bad file per kind the importer must refuse with a specific message, plus good .xls and
.ods inputs. The .xls is written with xlwt (a dev-only generator, not a dependency of the app);
the .ods is a minimal hand-built zip of content.xml; the password-protected file is a minimal
OLE (compound file) container with the EncryptionInfo/EncryptedPackage streams Excel writes.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent / "exchange"

RESULTS_HEADER = [
    "Класс",
    "Предмет",
    "Учитель",
    "Учащихся в классе",
    "«5»",
    "«4»",
    "«3»",
    "«2»",
    "Не аттестовано",
]
RESULTS_ROWS = [
    ["7 «А»", "Алгебра", "Шарипова Гулнора", 26, 5, 10, 8, 2, 1],
    ["7-Б", "Алгебра", "Karimov Bobur", 25, "4", "10", "8", "2", "0"],
]


def _xlsx(path: Path, rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)


def results_title_rows() -> list[list[object]]:
    return [["Итоги 1 четверть 2025-2026 учебного года"], [], RESULTS_HEADER, *RESULTS_ROWS]


def not_spreadsheet_docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")


def not_spreadsheet_csv(path: Path) -> None:
    path.write_text("Класс;Предмет;Учитель\n7-A;Алгебра;Шарипова\n", encoding="utf-8")


def password_protected(path: Path) -> None:
    """A minimal compound file holding the two streams of an encrypted OOXML package."""
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<I", header, 76, 0)
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, free)
    fat = struct.pack("<II", fat_sector, end) + struct.pack("<I", free) * 126

    def entry(name: str, kind: int, child: int = free, right: int = free) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        data = bytearray(128)
        data[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", data, 64, len(encoded), kind, 1)
        struct.pack_into("<III", data, 68, free, right, child)
        struct.pack_into("<II", data, 116, end, 0)
        return bytes(data)

    directory = (
        entry("Root Entry", 5, child=1)
        + entry("EncryptionInfo", 2, right=2)
        + entry("EncryptedPackage", 2)
        + bytes(128)
    )
    path.write_bytes(bytes(header) + fat + directory)


def truncated(path: Path) -> None:
    buffer = io.BytesIO()
    book = Workbook()
    for row in results_title_rows():
        book.active.append(row)
    book.save(buffer)
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) // 2])


def empty_workbook(path: Path) -> None:
    Workbook().save(path)


def missing_columns(path: Path) -> None:
    _xlsx(
        path,
        [
            ["Класс", "Предмет", "Учитель", "«5»", "«4»", "«3»"],
            ["7-A", "Алгебра", "Шарипова", 5, 10, 8],
        ],
    )


def zip_bomb(path: Path) -> None:
    """A workbook whose sheet unpacks to 40 MB of blanks (about 40 KB on disk)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (40 * 1024 * 1024))


def too_many_rows(path: Path) -> None:
    rows = [[*RESULTS_HEADER, "Учебный год", "Четверть"]]
    rows += [
        [f"{5 + i % 5}-A", "Алгебра", "Шарипова Гулнора", 25, 5, 5, 5, 5, 0, "2025-2026", 1]
        for i in range(12)
    ]
    _xlsx(path, rows)


def formulas_without_values(path: Path) -> None:
    _xlsx(
        path,
        [
            ["Учебный год", "Четверть", *RESULTS_HEADER],
            ["2025-2026", 1, "7-A", "Алгебра", "Шарипова Гулнора", "=SUM(G2:J2)", 5, 10, 8, 2, 0],
        ],
    )


def impossible_numbers(path: Path) -> None:
    _xlsx(
        path,
        [
            ["Учебный год", "Четверть", *RESULTS_HEADER],
            ["2025-2026", 1, "7-A", "Алгебра", "Шарипова Гулнора", 25, -3, 10, 8, 2, 0],
            ["2025-2026", 1, "7-B", "Алгебра", "Шарипова Гулнора", 25, 5.5, 10, 8, 2, 0],
            ["2025-2026", 1, "7-V", "Алгебра", "Шарипова Гулнора", 999999, 5, 10, 8, 2, 0],
            ["2025-2026", 1, "7-G", "Алгебра", "Шарипова Гулнора", 25, "пять", 10, 8, 2, 0],
        ],
    )


def unusual_dates(path: Path) -> None:
    _xlsx(
        path,
        [
            ["O'qituvchi", "Sana", "Faoliyat turi", "Miqdori"],
            ["Sharipova Gulnora", "24 нояб. 2026", "Ochiq dars", 1],
            ["Sharipova Gulnora", "2026/31/12", "Ochiq dars", 1],
            ["Sharipova Gulnora", "31.02.2026", "Ochiq dars", 1],
            ["Sharipova Gulnora", "12.03.1890", "Ochiq dars", 1],
        ],
    )


def results_xls(path: Path) -> None:
    import xlwt  # dev-only

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Natijalar")
    rows = results_title_rows()
    sheet.write_merge(0, 0, 0, 8, rows[0][0])  # a merged title row
    for r, row in enumerate(rows[1:], start=1):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.write(5, 0, "Итого")
    sheet.write(5, 3, 51)
    book.save(str(path))


def _ods_cell(value: object) -> str:
    if isinstance(value, int | float):
        return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
    text = escape(str(value))
    return (
        f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    )


def results_ods(path: Path) -> None:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    rows = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
        for row in [*results_title_rows(), ["Jami", "", "", 51]]
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Natijalar">{rows}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)


FILES = {
    "not_spreadsheet_docx.xlsx": not_spreadsheet_docx,
    "not_spreadsheet_csv.xlsx": not_spreadsheet_csv,
    "password_protected.xlsx": password_protected,
    "truncated.xlsx": truncated,
    "empty_workbook.xlsx": empty_workbook,
    "missing_columns.xlsx": missing_columns,
    "zip_bomb.xlsx": zip_bomb,
    "too_many_rows.xlsx": too_many_rows,
    "formulas_without_values.xlsx": formulas_without_values,
    "impossible_numbers.xlsx": impossible_numbers,
    "unusual_dates.xlsx": unusual_dates,
    "results.xls": results_xls,
    "results.ods": results_ods,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        make(OUT / name)
        print(f"{name}: {(OUT / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()

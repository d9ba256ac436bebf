"""CSV import and export of the liaison-officer almanac.

Pure functions over bytes, so the same code serves the import dialog, the command line and the
tests. Parsing never raises on bad input: whole-file problems (not UTF-8, binary, empty, bad
header, too large) give a single error at line 1 and no records; row problems reject only that
row, so one typo does not block a 500-officer import.

Export is aimed at Excel, which is what liaison offices open these files with: UTF-8 with a BOM
(without it Excel guesses a legacy code page and garbles "Liège"), comma, CRLF. Cells that a
spreadsheet would run as a formula (leading ``= + - @``, tab, CR) are prefixed with ``'`` - the
usual CSV-injection defence - and the parser removes that prefix again so export then import
gives back exactly the same records.

No Qt, no database.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from desktop.sentences import Said, said, template

MAX_INPUT_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_CELL_CHARS = 500

# Order of export; on import any order is accepted and only the required ones must be present.
COLUMNS: tuple[str, ...] = (
    "name",
    "agency",
    "posting",
    "languages",
    "phone",
    "email",
    "coverage",
    "notes",
)
REQUIRED_COLUMNS: frozenset[str] = frozenset({"name", "agency"})

_FORMULA_START = frozenset("=+-@\t\r")
# Escaping is applied to "zero or more quotes, then a formula character" and undone on
# "one or more quotes, then a formula character": that makes escape/unescape an exact inverse,
# even for a value that itself begins with "'=".
_NEEDS_ESCAPE = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")
_PHONE_RE = re.compile(r"[0-9 +()\-./]+")
_LINE_END_RE = re.compile(r"\r\n|\r|\n")
_UNREADABLE_ROW = said(
    "This row could not be read as CSV; check its quotes and that no cell is far too long."
)
_ALLOWED = ", ".join(COLUMNS)  # the header names of the format: the same in every language
# One sentence per column: a translator words each one whole.
_TOO_LONG: dict[str, str] = {
    "name": template("The name is longer than {limit} characters."),
    "agency": template("The agency is longer than {limit} characters."),
    "posting": template("The posting is longer than {limit} characters."),
    "languages": template("The languages are longer than {limit} characters."),
    "phone": template("The phone is longer than {limit} characters."),
    "email": template("The email is longer than {limit} characters."),
    "coverage": template("The coverage is longer than {limit} characters."),
    "notes": template("The notes are longer than {limit} characters."),
}


@dataclass(frozen=True)
class OfficerRecord:
    """One liaison officer as imported or to be exported; all text already trimmed."""

    name: str
    agency_code: str
    posting: str = ""
    languages: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    coverage: str = ""
    notes: str = ""


@dataclass(frozen=True)
class RowError:
    """A problem found while parsing.

    ``line`` is the line in the file as an editor shows it (the header is line 1; a row whose
    quoted cell spans several lines is reported at its first line). ``column`` is the column name,
    or None for a problem with the whole row or file. ``message`` is one plain sentence (`str()` is
    English; the GUI translates it).
    """

    line: int
    column: str | None
    message: Said


@dataclass(frozen=True)
class ParseResult:
    records: tuple[OfficerRecord, ...]
    errors: tuple[RowError, ...]


def _file_error(message: Said) -> ParseResult:
    return ParseResult(records=(), errors=(RowError(1, None, message),))


def escape_cell(value: str) -> str:
    """Prefix ``'`` to a value a spreadsheet would treat as a formula."""
    return "'" + value if _NEEDS_ESCAPE.match(value) else value


def unescape_cell(value: str) -> str:
    """Undo :func:`escape_cell`."""
    return value[1:] if _ESCAPED.match(value) else value


def parse_almanac_csv(data: bytes, *, known_agencies: Collection[str]) -> ParseResult:
    """Parse an almanac CSV; never raises for any ``data``."""
    if len(data) > MAX_INPUT_BYTES:
        return _file_error(
            said(
                "The file is larger than {limit} MB and was not read.", limit=MAX_INPUT_BYTES // (1024 * 1024)
            )
        )
    if b"\x00" in data:
        return _file_error(said("The file contains binary data and is not a CSV text file."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _file_error(said("The file is not UTF-8 text; save it as CSV UTF-8 and try again."))
    if not text.strip():
        return _file_error(said("The file is empty."))

    header_line = _LINE_END_RE.split(text, maxsplit=1)[0]
    # Sniff from the header only: data cells (notes, coverage) may contain either character.
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","

    # strict: an unclosed quote must be reported, not silently swallow the rest of the file.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = _rows_with_lines(reader)
    first = next(rows, None)
    if first is None or isinstance(first[1], csv.Error):
        return _file_error(said("The header row could not be read as CSV; check its quotes."))
    header_or_error = _parse_header(first[1])
    if isinstance(header_or_error, Said):
        return _file_error(header_or_error)
    header = header_or_error

    agencies = {code.upper(): code for code in known_agencies}
    records: list[OfficerRecord] = []
    errors: list[RowError] = []
    seen: dict[tuple[str, str], int] = {}
    row_count = 0
    for line, row in rows:
        if isinstance(row, csv.Error):
            errors.append(RowError(line, None, _UNREADABLE_ROW))
            continue
        if not any(cell.strip() for cell in row):
            continue  # blank lines and Excel's trailing ";;;;" rows carry nothing
        row_count += 1
        if row_count > MAX_ROWS:
            return _file_error(
                said("The file has more than {limit:,} rows and was not imported.", limit=MAX_ROWS)
            )
        record, row_errors = _parse_row(line, row, header, agencies, seen)
        errors.extend(row_errors)
        if record is not None:
            records.append(record)
    return ParseResult(records=tuple(records), errors=tuple(errors))


def _rows_with_lines(
    reader: Iterator[list[str]],
) -> Iterator[tuple[int, list[str] | csv.Error]]:
    """Yield (first line of the record, cells or the csv.Error raised for it)."""
    line_num = 0  # physical lines consumed so far
    while True:
        start = line_num + 1
        try:
            row: list[str] | csv.Error = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # e.g. a field over csv's size limit; the reader resumes next line
            row = exc
        new_line_num = reader.line_num  # type: ignore[attr-defined]
        if new_line_num <= line_num:
            return  # defensive: the reader made no progress, stop rather than loop
        line_num = new_line_num
        yield start, row


def _parse_header(cells: list[str]) -> list[str] | Said:
    """Column name per position, or an error sentence."""
    names = [cell.strip().lower() for cell in cells]
    while names and not names[-1]:
        names.pop()  # spreadsheets often leave trailing empty header cells
    if not any(name in COLUMNS for name in names):
        return said("The first line must be a header row naming the columns ({allowed}).", allowed=_ALLOWED)
    seen: set[str] = set()
    for position, name in enumerate(names, start=1):
        if not name:
            return said("Column {position} of the header has no name.", position=position)
        if name not in COLUMNS:
            return said(
                'The header has an unknown column "{column}"; the allowed columns are {allowed}.',
                column=_shortened(name, 40),
                allowed=_ALLOWED,
            )
        if name in seen:
            return said('The header names the column "{column}" more than once.', column=name)
        seen.add(name)
    for required in ("name", "agency"):
        if required not in seen:
            return said('The header lacks the required column "{column}".', column=required)
    return names


def _shortened(text: str, limit: int) -> str:
    """`text`, cut to `limit` characters and marked "..." if it is longer (a cell quoted in a sentence)."""
    return text if len(text) <= limit else text[:limit] + "..."


def _parse_row(
    line: int,
    row: list[str],
    header: list[str],
    agencies: dict[str, str],
    seen: dict[tuple[str, str], int],
) -> tuple[OfficerRecord | None, list[RowError]]:
    errors: list[RowError] = []
    extra = [cell for cell in row[len(header) :] if cell.strip()]
    if extra:
        errors.append(
            RowError(
                line,
                None,
                said("This row has more cells than the header's {count} columns.", count=len(header)),
            )
        )
        return None, errors

    values = {column: "" for column in COLUMNS}
    for column, cell in zip(header, row, strict=False):  # short rows: missing cells stay empty
        value = unescape_cell(cell.strip())
        if len(value) > MAX_CELL_CHARS:
            errors.append(
                RowError(
                    line,
                    column,
                    said(_TOO_LONG[column], limit=MAX_CELL_CHARS),
                )
            )
            value = ""
        values[column] = value

    name = values["name"]
    if not name and not any(e.column == "name" for e in errors):
        errors.append(RowError(line, "name", said("The name is missing.")))

    agency_code: str | None = None
    raw_agency = values["agency"]
    if not raw_agency:
        if not any(e.column == "agency" for e in errors):
            errors.append(RowError(line, "agency", said("The agency code is missing.")))
    else:
        agency_code = agencies.get(raw_agency.upper())
        if agency_code is None:
            errors.append(
                RowError(
                    line,
                    "agency",
                    said('The agency code "{code}" is not known.', code=_shortened(raw_agency, 40)),
                )
            )

    languages = _parse_languages(values["languages"], line, errors)

    phone = values["phone"]
    if phone and (not _PHONE_RE.fullmatch(phone) or not any(c.isdigit() for c in phone)):
        errors.append(
            RowError(
                line,
                "phone",
                said("The phone number may contain only digits, spaces and the characters + ( ) - . /."),
            )
        )

    email = values["email"]
    if email and not _looks_like_email(email):
        errors.append(
            RowError(line, "email", said('The e-mail address "{email}" is not valid.', email=email))
        )

    if name and agency_code is not None:
        # Same person twice under one agency: keep the first, flag the later one. Compared without
        # case, because "jan peeters" and "Jan Peeters" are the same officer.
        key = (name.casefold(), agency_code)
        if key in seen:
            errors.append(
                RowError(
                    line,
                    "name",
                    said(
                        "This officer is already listed for {agency} on line {first_line}.",
                        agency=agency_code,
                        first_line=seen[key],
                    ),
                )
            )
        else:
            seen[key] = line

    if errors or agency_code is None:
        return None, errors
    return (
        OfficerRecord(
            name=name,
            agency_code=agency_code,
            posting=values["posting"],
            languages=languages,
            phone=phone,
            email=email,
            coverage=values["coverage"],
            notes=values["notes"],
        ),
        errors,
    )


def _parse_languages(cell: str, line: int, errors: list[RowError]) -> tuple[str, ...]:
    codes: list[str] = []
    for part in re.split(r"[;,]", cell):
        code = part.strip().lower()
        if not code:
            continue
        if not _LANGUAGE_RE.fullmatch(code):
            errors.append(
                RowError(
                    line,
                    "languages",
                    said(
                        'The language "{code}" is not a two-letter ISO 639-1 code such as fr or nl.',
                        code=_shortened(code, 20),
                    ),
                )
            )
            continue
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def _looks_like_email(value: str) -> bool:
    # Deliberately loose: the almanac is a contact list, not a mail server; catch obvious typos.
    if value.count("@") != 1 or any(c.isspace() for c in value):
        return False
    local, domain = value.split("@")
    labels = domain.split(".")
    return bool(local) and len(labels) >= 2 and all(labels)


def write_almanac_csv(records: Iterable[OfficerRecord]) -> bytes:
    """Export records as UTF-8 CSV with BOM, comma-separated, CRLF, formula cells escaped."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for record in records:
        cells = (
            record.name,
            record.agency_code,
            record.posting,
            ";".join(record.languages),  # ';' inside a ','-separated file needs no quoting
            record.phone,
            record.email,
            record.coverage,
            record.notes,
        )
        writer.writerow([escape_cell(cell) for cell in cells])
    return buffer.getvalue().encode("utf-8-sig")

"""Tests for the liaison-officer almanac CSV import/export (desktop.services.almanac_csv)."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.almanac_csv import (
    COLUMNS,
    MAX_CELL_CHARS,
    MAX_INPUT_BYTES,
    MAX_ROWS,
    OfficerRecord,
    ParseResult,
    RowError,
    parse_almanac_csv,
    write_almanac_csv,
)

KNOWN = frozenset({"BE-FEDPOL-CGI", "NL-POLITIE-LIMBURG", "LU-POLICE-DRI", "EPICC"})
HEADER = "name,agency,posting,languages,phone,email,coverage,notes"


def parse(text: str | bytes) -> ParseResult:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_almanac_csv(data, known_agencies=KNOWN)


def lines(*rows: str, end: str = "\n") -> str:
    return end.join(rows) + end


def single_file_error(result: ParseResult) -> RowError:
    assert result.records == ()
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.line == 1
    assert error.column is None
    return error


def is_sentence(message: str) -> bool:
    return message[:1].isupper() and message.endswith(".") and "\n" not in message


# --- good files ----------------------------------------------------------------------------


def test_good_file() -> None:
    result = parse(
        lines(
            HEADER,
            "Anne Dupont,BE-FEDPOL-CGI,Brussels,fr;nl;en,+32 (0)2 000 00 00,anne@example.be,"
            "Wallonia,Night shifts",
            'Jan de Vries,NL-POLITIE-LIMBURG,Maastricht,"nl, de",,jan@example.nl,"Limburg, EPICC",',
        )
    )
    assert result.errors == ()
    assert result.records == (
        OfficerRecord(
            name="Anne Dupont",
            agency_code="BE-FEDPOL-CGI",
            posting="Brussels",
            languages=("fr", "nl", "en"),
            phone="+32 (0)2 000 00 00",
            email="anne@example.be",
            coverage="Wallonia",
            notes="Night shifts",
        ),
        OfficerRecord(
            name="Jan de Vries",
            agency_code="NL-POLITIE-LIMBURG",
            posting="Maastricht",
            languages=("nl", "de"),
            phone="",
            email="jan@example.nl",
            coverage="Limburg, EPICC",
            notes="",
        ),
    )


def test_header_any_order_any_case_optional_columns() -> None:
    result = parse(lines(" Agency ;NAME; Languages", "epicc; Marie Weber ;DE,FR,de"))
    assert result.errors == ()
    assert result.records == (
        OfficerRecord(
            name="Marie Weber",
            agency_code="EPICC",  # code matched without case, stored canonical
            posting="",
            languages=("de", "fr"),  # lower-cased, duplicate dropped
            phone="",
            email="",
            coverage="",
            notes="",
        ),
    )


def test_header_only_gives_nothing() -> None:
    assert parse(lines(HEADER)) == ParseResult(records=(), errors=())


def test_blank_and_empty_rows_are_skipped_but_counted() -> None:
    result = parse(lines("name,agency", "", "A,EPICC", ",", "  ,  ", "B,XX"))
    assert [r.name for r in result.records] == ["A"]
    assert [(e.line, e.column) for e in result.errors] == [(6, "agency")]


def test_short_rows_are_padded_and_trailing_empty_cells_ignored() -> None:
    result = parse(lines("name,agency,notes,,", "A,EPICC", "B,EPICC,x,,,"))
    assert result.errors == ()
    assert [(r.name, r.notes) for r in result.records] == [("A", ""), ("B", "x")]


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_delimiter_sniffed_from_header(delimiter: str) -> None:
    other = ";" if delimiter == "," else ","
    text = lines(
        delimiter.join(["name", "agency", "notes"]),
        delimiter.join(["A", "EPICC", f'"x{delimiter}y{other}z"']),
        delimiter.join(["B", "EPICC", f"only{other}other"]),
    )
    result = parse(text)
    assert result.errors == ()
    assert [r.notes for r in result.records] == [f"x{delimiter}y{other}z", f"only{other}other"]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-BOM", "BOM"])
def test_line_endings_and_bom(end: str, bom: bytes) -> None:
    text = lines("name,agency", "A,EPICC", "B,NOPE", "C,EPICC", end=end)
    result = parse(bom + text.encode())
    assert [r.name for r in result.records] == ["A", "C"]
    assert [e.line for e in result.errors] == [3]


def test_no_final_newline() -> None:
    result = parse("name,agency\r\nA,EPICC")
    assert [r.name for r in result.records] == ["A"]


def test_multiline_cell_keeps_line_numbers_as_seen() -> None:
    result = parse(lines("name,agency,notes", 'A,EPICC,"one', "two", 'three"', "B,NOPE,x"))
    assert result.records[0].notes == "one\ntwo\nthree"
    assert [e.line for e in result.errors] == [5]


# --- row errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "column", "fragment"),
    [
        (",EPICC,,,,,,", "name", "name is missing"),
        ("A,,,,,,,", "agency", "agency code is missing"),
        ("A,XX-UNKNOWN,,,,,,", "agency", '"XX-UNKNOWN"'),
        ("A,EPICC,,fra,,,,", "languages", '"fra"'),
        ("A,EPICC,,,call me,,,", "phone", "phone number"),
        ("A,EPICC,,,+-(),,,", "phone", "phone number"),
        ("A,EPICC,,,,no-at-sign.be,,", "email", "no-at-sign.be"),
        ("A,EPICC,,,,a@@b.be,,", "email", "a@@b.be"),
        ("A,EPICC,,,,a@localhost,,", "email", "a@localhost"),
        ("A,EPICC,,,,a b@c.be,,", "email", "a b@c.be"),
        ("A,EPICC,,,,a@b..be,,", "email", "a@b..be"),
        (f"A,EPICC,,,,,,{'x' * (MAX_CELL_CHARS + 1)}", "notes", "longer than 500"),
        ("A,EPICC,,,,,,,extra", None, "more cells"),
    ],
)
def test_each_row_error(row: str, column: str | None, fragment: str) -> None:
    result = parse(lines(HEADER, "Good,EPICC", row, "Also good,EPICC"))
    assert [r.name for r in result.records] == ["Good", "Also good"]
    assert len(result.errors) == 1
    error = result.errors[0]
    assert (error.line, error.column) == (3, column)
    assert fragment in str(error.message)
    assert is_sentence(str(error.message))


def test_several_errors_in_one_row_are_all_reported() -> None:
    result = parse(lines(HEADER, ",NOPE,,xyz,abc,bad,,"))
    assert result.records == ()
    assert sorted(e.column for e in result.errors if e.column) == [
        "agency",
        "email",
        "languages",
        "name",
        "phone",
    ]
    assert {e.line for e in result.errors} == {2}


def test_duplicate_name_and_agency_flags_the_later_row() -> None:
    result = parse(
        lines("name,agency", "Jan Peeters,EPICC", "Jan Peeters,LU-POLICE-DRI", "jan peeters,epicc")
    )
    assert [(r.name, r.agency_code) for r in result.records] == [
        ("Jan Peeters", "EPICC"),
        ("Jan Peeters", "LU-POLICE-DRI"),
    ]
    assert len(result.errors) == 1
    assert (result.errors[0].line, result.errors[0].column) == (4, "name")
    assert "line 2" in str(result.errors[0].message)


def test_unreadable_row_is_a_row_error() -> None:
    result = parse(lines("name,agency,notes", 'A,EPICC,"a"b', "B,EPICC,ok"))
    assert [r.name for r in result.records] == ["B"]
    assert [(e.line, e.column) for e in result.errors] == [(2, None)]


def test_unclosed_quote_is_reported_not_swallowed() -> None:
    result = parse(lines("name,agency,notes", 'A,EPICC,"open', "B,EPICC,x"))
    assert result.records == ()
    assert [e.line for e in result.errors] == [2]


def test_cell_at_the_limit_is_accepted() -> None:
    result = parse(lines("name,agency,notes", f"A,EPICC,{'é' * MAX_CELL_CHARS}"))
    assert result.errors == ()
    assert len(result.records[0].notes) == MAX_CELL_CHARS


# --- whole-file errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b" \r\n\r\n\t", "empty"),
        (b"name,agency\nA,EPICC\x00\n", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("name,agency\nLiège,EPICC\n".encode("latin-1"), "UTF-8"),
        ("name,agency\nA,EPICC\n".encode("utf-16"), "binary"),
        (b"Anne,EPICC\nJan,EPICC\n", "header row"),
        (b"\nname,agency\nA,EPICC\n", "header row"),
        (b"name,agency,rank\nA,EPICC,1\n", '"rank"'),
        (b"name,agency,Name\nA,EPICC,B\n", "more than once"),
        (b"name,posting\nA,x\n", '"agency"'),
        (b"agency;email\nEPICC;a@b.be\n", '"name"'),
        (b"name,,agency\nA,,EPICC\n", "Column 2"),
        (b'"name,agency\nA,EPICC\n', "header"),
    ],
    ids=[
        "empty",
        "bom-only",
        "whitespace",
        "nul",
        "png",
        "latin-1",
        "utf-16",
        "no-header",
        "blank-first-line",
        "unknown-column",
        "duplicate-column",
        "missing-agency",
        "missing-name",
        "empty-column-name",
        "unreadable-header",
    ],
)
def test_file_errors(data: bytes, fragment: str) -> None:
    error = single_file_error(parse(data))
    assert fragment in str(error.message)
    assert is_sentence(str(error.message))


def test_input_size_cap() -> None:
    row = f"Officer {{}},EPICC,{'é' * 450}\n"
    body = "name,agency,notes\n" + "".join(row.format(i) for i in range(5_000))
    data = body.encode()
    assert len(data) < MAX_INPUT_BYTES
    assert len(parse(data).records) == 5_000
    too_big = data + b"x" * (MAX_INPUT_BYTES - len(data) + 1)
    assert len(too_big) == MAX_INPUT_BYTES + 1
    assert "5 MB" in str(single_file_error(parse(too_big)).message)


def test_row_count_cap() -> None:
    rows = [f"Officer {i},EPICC" for i in range(MAX_ROWS)]
    assert len(parse(lines("name,agency", *rows)).records) == MAX_ROWS
    over = lines("name,agency", *rows, "One too many,EPICC")
    assert "10,000" in str(single_file_error(parse(over)).message)


# --- export and CSV injection --------------------------------------------------------------


def record(**changes: object) -> OfficerRecord:
    base: dict[str, object] = {
        "name": "Anne Dupont",
        "agency_code": "EPICC",
        "posting": "",
        "languages": (),
        "phone": "",
        "email": "",
        "coverage": "",
        "notes": "",
    }
    base.update(changes)
    return OfficerRecord(**base)  # type: ignore[arg-type]


def test_export_format() -> None:
    data = write_almanac_csv(
        [record(languages=("fr", "nl"), notes='says "hi", twice\nreally', phone="+32 2 000")]
    )
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert text == (
        HEADER + "\r\n" + 'Anne Dupont,EPICC,,fr;nl,\'+32 2 000,,,"says ""hi"", twice\nreally"\r\n'
    )
    assert tuple(text.split("\r\n")[0].split(",")) == COLUMNS


def test_export_of_nothing_is_header_only() -> None:
    assert write_almanac_csv([]) == b"\xef\xbb\xbf" + (HEADER + "\r\n").encode()


@pytest.mark.parametrize("dangerous", ["=", "+", "-", "@", "\t", "\r"])
def test_injection_prefix_on_export_and_round_trip(dangerous: str) -> None:
    payload = f'{dangerous}HYPERLINK("http://x")'
    original = record(name=payload, posting=payload, coverage=payload, notes=payload)
    data = write_almanac_csv([original])
    data_row = data[3:].decode().split("\r\n", 1)[1]
    assert not any(data_row.lstrip('"').startswith(c) for c in "=+-@\t\r")
    assert data_row.lstrip('"').startswith("'" + dangerous)
    assert parse(data) == ParseResult(records=(original,), errors=())


def test_quote_prefixed_values_round_trip() -> None:
    originals = [
        record(name="'=already quoted"),
        record(name="''+twice"),
        record(name="'plain apostrophe"),
        record(name="O'Brien"),
        record(name="'"),
    ]
    assert parse(write_almanac_csv(originals)).records == tuple(originals)


def test_hand_written_quote_prefix_is_stripped_only_before_formula_chars() -> None:
    result = parse(lines("name,agency,notes", "'=SUM(A1),EPICC,'note", "'@b,EPICC,'-1"))
    assert [(r.name, r.notes) for r in result.records] == [("=SUM(A1)", "'note"), ("@b", "-1")]


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2_000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    result = parse_almanac_csv(data, known_agencies=KNOWN)
    assert isinstance(result, ParseResult)
    assert all(e.line >= 1 for e in result.errors)


_cell_text = st.text(
    alphabet=st.sampled_from(list(string.printable) + list("éçëüß€'\"\x85\u2028\ufeff")),
    max_size=20,
)
_header_cell = st.one_of(st.sampled_from([*COLUMNS, "NAME", " Agency ", "rank", ""]), _cell_text)


@st.composite
def csv_texts(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    header = draw(st.lists(_header_cell, min_size=0, max_size=10))
    width = max(1, len(header))
    cells = st.one_of(
        _cell_text,
        st.sampled_from(sorted(KNOWN)),
        _cell_text.map(lambda s: '"' + s.replace('"', '""') + '"'),
    )
    rows = draw(st.lists(st.lists(cells, max_size=width + 2), max_size=8))
    text = end.join(delimiter.join(row) for row in [header, *rows])
    if draw(st.booleans()):
        text += end
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))
    return prefix + text.encode("utf-8")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(csv_texts())
def test_arbitrary_csv_text_never_raises(data: bytes) -> None:
    result = parse_almanac_csv(data, known_agencies=KNOWN)
    assert isinstance(result, ParseResult)
    physical_lines = data.count(b"\n") + data.count(b"\r") + 1
    for error in result.errors:
        assert 1 <= error.line <= physical_lines
        assert is_sentence(str(error.message))
    for rec in result.records:
        assert rec.agency_code in KNOWN
        assert rec.name


# Values the parser can produce: no surrounding whitespace, except a leading tab or CR that the
# export protects with its quote prefix. NUL is excluded because a file with NUL is binary.
_plain = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40
).map(str.strip)
_prefixes = st.sampled_from(["", "", "", "=", "+", "-", "@", "'", "'=", "''@", "\t", "\r", "\r\n"])


@st.composite
def _field(draw: st.DrawFn, *, required: bool = False) -> str:
    prefix = draw(_prefixes)
    body = draw(_plain)
    if prefix in ("\t", "\r", "\r\n") and not body:
        body = "x"  # a lone tab/CR is whitespace, trimmed on import by design
    value = prefix + body
    if required and not value:
        value = "x"
    return value


_emails = st.one_of(
    st.just(""),
    st.builds(
        lambda local, host, tld: f"{local}@{host}.{tld}",
        st.text(alphabet=string.ascii_letters + string.digits + "._%+-='", min_size=1, max_size=10),
        st.text(alphabet=string.ascii_lowercase + "-", min_size=1, max_size=10),
        st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=4),
    ),
)
_phones = st.one_of(
    st.just(""),
    st.text(alphabet="0123456789 +()-./", min_size=1, max_size=20)
    .map(str.strip)
    .filter(lambda p: any(c.isdigit() for c in p)),
)
_languages = st.lists(
    st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=2), unique=True, max_size=4
).map(tuple)

_records = st.builds(
    OfficerRecord,
    name=_field(required=True),
    agency_code=st.sampled_from(sorted(KNOWN)),
    posting=_field(),
    languages=_languages,
    phone=_phones,
    email=_emails,
    coverage=_field(),
    notes=_field(),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_records, max_size=12, unique_by=lambda r: (r.name.casefold(), r.agency_code)))
def test_write_then_parse_is_identity(records: list[OfficerRecord]) -> None:
    result = parse_almanac_csv(write_almanac_csv(records), known_agencies=KNOWN)
    assert result.errors == ()
    assert result.records == tuple(records)

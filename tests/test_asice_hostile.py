"""The ASiC-E reader on hostile containers: every refusal with its exact sentence, bombs, and fuzzing.

Containers are assembled byte by byte (`raw_zip`), so a test can make the central directory say
whatever an attacker would: false sizes and CRCs, NUL in names, symlink modes, overlapping
entries. Each test changes one thing in an otherwise valid container.
"""

from __future__ import annotations

import builtins
import io
import os
import stat
import struct
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.asice import (
    MIMETYPE,
    Container,
    ContainerError,
    DataObject,
    Limits,
    build_container,
    manifest_xml,
    read_container,
)

REQUEST = b'{"reference": "NL-2024-7", "urgent": true}'
SIGNATURE = b"\x30\x03\x02\x01\x01"
MANIFEST_NAME = "META-INF/ASiCManifest001.xml"
SIGNATURE_NAME = "META-INF/signature001.p7s"
NOT_ZIP = "The file is not a ZIP archive or is truncated."
INCONSISTENT = "The archive's central directory is damaged or inconsistent."
FILE_MODE = (stat.S_IFREG | 0o644) << 16
DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01


@dataclass(frozen=True)
class E:
    """One entry as written into the archive; the overrides let the headers lie."""

    name: str | bytes
    data: bytes
    method: int = zipfile.ZIP_STORED
    flags: int = 0
    create_system: int = 3
    external_attr: int = FILE_MODE
    file_size: int | None = None
    crc: int | None = None
    payload: bytes | None = None  # the stored bytes instead of data (deflated or not)
    header_offset: int | None = None  # central-directory offset instead of the real one
    local_name: str | None = None  # the local header's name instead of the directory's
    local_size: int | None = None  # the local header's uncompressed size instead of the directory's


def deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def raw_zip(
    entries: list[E], *, count: int | None = None, disk: int = 0, prefix: bytes = b"", zip64: bool = False
) -> bytes:
    local, central = bytearray(), bytearray()
    for entry in entries:
        name = entry.name.encode("utf-8") if isinstance(entry.name, str) else entry.name
        flags = entry.flags | (0x800 if isinstance(entry.name, str) and not entry.name.isascii() else 0)
        payload = entry.payload
        if payload is None:
            payload = deflate(entry.data) if entry.method == zipfile.ZIP_DEFLATED else entry.data
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        size = len(entry.data) if entry.file_size is None else entry.file_size
        offset = len(local) if entry.header_offset is None else entry.header_offset
        local_name = name if entry.local_name is None else entry.local_name.encode()
        local_size = size if entry.local_size is None else entry.local_size
        local += struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, entry.method, 0, DOS_DATE, crc, len(payload), local_size,
            len(local_name), 0,
        ) + local_name + payload  # fmt: skip
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", (entry.create_system << 8) | 20, 20, flags, entry.method,
            0, DOS_DATE, crc, len(payload), size, len(name), 0, 0, 0, 0, entry.external_attr, offset,
        ) + name  # fmt: skip
    total = len(entries) if count is None else count
    if zip64:  # ZIP64 end record and locator; the classic end record only points at them
        record = struct.pack(
            "<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, disk, disk, total, total, len(central), len(local)
        )
        locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, len(local) + len(central), 1)
        end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
        return prefix + bytes(local) + bytes(central) + record + locator + end
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", disk, disk, total, total, len(central), len(local), 0)
    return prefix + bytes(local) + bytes(central) + end


def manifest(objects: list[tuple[str, bytes]], signature: str = SIGNATURE_NAME) -> bytes:
    return manifest_xml(signature, [DataObject(name, content) for name, content in objects])


def valid(manifest_bytes: bytes | None = None) -> list[E]:
    return [
        E("mimetype", MIMETYPE.encode("ascii")),
        E("request.json", REQUEST, zipfile.ZIP_DEFLATED),
        E(MANIFEST_NAME, manifest_bytes or manifest([("request.json", REQUEST)]), zipfile.ZIP_DEFLATED),
        E(SIGNATURE_NAME, SIGNATURE),
    ]


def refused(data: bytes, limits: Limits | None = None) -> ContainerError:
    with pytest.raises(ContainerError) as caught:
        read_container(data, limits=limits or Limits())
    return caught.value


def test_the_hand_made_baseline_is_accepted() -> None:
    container = read_container(raw_zip(valid()))
    assert dict(container.data_objects) == {"request.json": REQUEST}
    with_directory = valid()
    with_directory.insert(2, E("META-INF/", b"", external_attr=(stat.S_IFDIR | 0o755) << 16 | 0x10))
    assert read_container(raw_zip(with_directory)).signatures == {SIGNATURE_NAME: SIGNATURE}


# --- the archive as a whole ----------------------------------------------------------------------


def test_oversized_container() -> None:
    error = refused(raw_zip(valid()), Limits(max_container_bytes=100))
    assert str(error) == "The container is larger than the limit of 100 bytes."
    assert error.sub_indication == "FORMAT_FAILURE"


@pytest.mark.parametrize("data", [b"", b"hello, not a zip", b"PK\x03\x04" + bytes(100)])
def test_not_a_zip(data: bytes) -> None:
    assert str(refused(data)) == NOT_ZIP


def test_truncated_archive() -> None:
    data = raw_zip(valid())
    assert str(refused(data[: len(data) // 2])) == NOT_ZIP
    assert str(refused(data[:-1])) == NOT_ZIP


def test_not_bytes() -> None:
    assert str(refused("PK")) == "The container must be given as bytes."  # type: ignore[arg-type]


def test_central_directory_count_that_lies() -> None:
    assert str(refused(raw_zip(valid(), count=3))) == INCONSISTENT


def test_zip64_end_records_are_understood() -> None:
    assert read_container(raw_zip(valid(), zip64=True)).data_objects == {"request.json": REQUEST}
    assert str(refused(raw_zip(valid(), zip64=True, count=3))) == INCONSISTENT
    assert (
        str(refused(raw_zip(valid(), zip64=True, count=70_000)))
        == "The container holds more than 1000 entries."
    )
    assert (
        str(refused(raw_zip(valid(), zip64=True, disk=1)))
        == "Split (multi-disk) ZIP archives are not accepted."
    )


def test_zip_version_too_new() -> None:
    data = bytearray(raw_zip(valid()))
    directory = data.index(b"PK\x01\x02")
    data[directory + 6] = 64
    assert str(refused(bytes(data))) == "The archive needs a ZIP version newer than 6.3 to be extracted."


def test_split_archive() -> None:
    assert str(refused(raw_zip(valid(), disk=1))) == "Split (multi-disk) ZIP archives are not accepted."


def test_data_before_the_first_entry() -> None:
    error = refused(raw_zip(valid(), prefix=b"MZ polyglot header"))
    assert str(error) == "The mimetype entry is not the first entry of the container."


def test_100000_entries_are_refused_in_under_a_second() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # ZIP64 end records: the count does not fit 16 bits
        archive.writestr("mimetype", MIMETYPE)
        for index in range(100_000):
            archive.writestr(zipfile.ZipInfo(f"f{index}"), b"")
    data = buffer.getvalue()
    started = time.perf_counter()
    error = refused(data)
    assert time.perf_counter() - started < 1.0
    assert str(error) == "The container holds more than 1000 entries."


def test_entry_count_is_capped_even_when_the_end_record_understates_it() -> None:
    entries = valid() + [E(f"extra/{index}.txt", b"") for index in range(5000)]
    started = time.perf_counter()
    error = refused(raw_zip(entries, count=4))
    assert time.perf_counter() - started < 1.0
    assert str(error) == "The container holds more than 1000 entries."


def test_overlapping_entries() -> None:
    entries = valid()
    entries.insert(2, E("copy.json", REQUEST, header_offset=0))  # its header is the mimetype's
    assert str(refused(raw_zip(entries))) == "The archive's entries overlap one another."


@pytest.mark.parametrize(
    "change", [{"local_name": "invoice.exe.json"}, {"local_size": 5}, {"local_name": "request.jsoN"}]
)
def test_local_header_disagreeing_with_the_directory(change: dict[str, object]) -> None:
    entries = valid()
    entries[1] = replace(entries[1], **change)  # type: ignore[arg-type]
    expected = 'The local header of the entry "request.json" does not match the central directory.'
    assert str(refused(raw_zip(entries))) == expected


def test_local_header_missing() -> None:
    entries = [*valid(), E("far.txt", b"", header_offset=10**6)]
    assert str(refused(raw_zip(entries))) == 'The local header of the entry "far.txt" is missing or damaged.'


# --- mimetype ------------------------------------------------------------------------------------


def test_mimetype_not_first() -> None:
    entries = valid()
    entries[0], entries[1] = entries[1], entries[0]
    assert str(refused(raw_zip(entries))) == "The mimetype entry is not the first entry of the container."


def test_mimetype_compressed() -> None:
    entries = valid()
    entries[0] = E("mimetype", MIMETYPE.encode(), zipfile.ZIP_DEFLATED)
    assert str(refused(raw_zip(entries))) == "The mimetype entry is compressed; it must be stored."


@pytest.mark.parametrize(
    "content", [b"application/zip", (MIMETYPE + "\n").encode(), MIMETYPE.upper().encode()]
)
def test_mimetype_wrong_content(content: bytes) -> None:
    entries = valid()
    entries[0] = E("mimetype", content)
    expected = "The mimetype entry does not contain exactly application/vnd.etsi.asic-e+zip."
    assert str(refused(raw_zip(entries))) == expected


def test_mimetype_missing() -> None:
    assert str(refused(raw_zip(valid()[1:]))) == "The container has no mimetype entry."


# --- names and entry types -----------------------------------------------------------------------


def test_duplicate_entry_names() -> None:
    entries = valid()
    entries.insert(2, E("request.json", b'{"evil": 1}'))
    assert str(refused(raw_zip(entries))) == 'The container holds two entries named "request.json".'


def test_names_differing_only_in_case_or_normalization() -> None:
    entries = valid()
    entries.insert(2, E("Request.JSON", b"{}"))
    expected = 'The entries "request.json" and "Request.JSON" differ only in letter case or Unicode form.'
    assert str(refused(raw_zip(entries))) == expected
    entries = valid()
    entries[1:1] = [E("caf\u00e9.txt", b"1"), E("cafe\u0301.txt", b"2")]
    assert "differ only in letter case or Unicode form" in str(refused(raw_zip(entries)))


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("../../etc/cron.d/x", "The entry name \"../../etc/cron.d/x\" contains a '..' segment."),
        ("docs/../../x", "The entry name \"docs/../../x\" contains a '..' segment."),
        ("/etc/passwd", 'The entry name "/etc/passwd" is an absolute path.'),
        ("..\\..\\win.ini", 'The entry name "..\\..\\win.ini" contains a backslash.'),
        ("C:/Windows/x.dll", 'The entry name "C:/Windows/x.dll" starts with a drive letter.'),
        (
            b"request.json\x00.exe",
            'The entry name "request.json\\u0000.exe" contains a control or formatting character.',
        ),
        ("bell\x07.txt", 'The entry name "bell\\u0007.txt" contains a control or formatting character.'),
        (
            "invoice\u202efdp.exe",
            'The entry name "invoice\\u202efdp.exe" contains a control or formatting character.',
        ),
        ("a//b.txt", "The entry name \"a//b.txt\" has an empty or '.' path segment."),
        ("./a.txt", "The entry name \"./a.txt\" has an empty or '.' path segment."),
        (b"\xff\xfe.txt", 'The entry name "\ufffd\ufffd.txt" is not valid UTF-8.'),
        ("n" * 300, 'The entry name "' + "n" * 120 + '…" is longer than 255 bytes.'),
    ],
)
def test_unsafe_names(name: str | bytes, sentence: str) -> None:
    entries = valid()
    entries.insert(2, E(name, b"payload"))
    error = refused(raw_zip(entries))
    assert str(error) == sentence
    assert error.sub_indication == "FORMAT_FAILURE"


def test_symlink() -> None:
    entries = valid()
    entries.insert(2, E("link.json", b"/etc/passwd", external_attr=(stat.S_IFLNK | 0o777) << 16))
    assert str(refused(raw_zip(entries))) == 'The entry "link.json" is a symbolic link.'


def test_symlink_mode_counts_whatever_the_host_system() -> None:
    """7-Zip stores Unix modes under the MS-DOS host (0) too, and restores the links."""
    entries = valid()
    entries[1] = replace(entries[1], create_system=0, external_attr=(stat.S_IFLNK | 0o777) << 16 | 0x8020)
    assert str(refused(raw_zip(entries))) == 'The entry "request.json" is a symbolic link.'


def test_special_file() -> None:
    entries = valid()
    entries.insert(2, E("fifo", b"", external_attr=(stat.S_IFIFO | 0o644) << 16))
    assert str(refused(raw_zip(entries))) == 'The entry "fifo" is a special file (a device, pipe or socket).'


@pytest.mark.parametrize(
    "entry",
    [
        E("attachments/", b"", external_attr=(stat.S_IFDIR | 0o755) << 16),
        E("attachments", b"", external_attr=(stat.S_IFDIR | 0o755) << 16),
        E("attachments", b"", create_system=0, external_attr=0x10),
    ],
)
def test_directories_other_than_meta_inf(entry: E) -> None:
    entries = valid()
    entries.insert(2, entry)
    expected = f'The entry "{entry.name}" is a directory; only META-INF/ may appear as one.'
    assert str(refused(raw_zip(entries))) == expected


def test_meta_inf_directory_with_content() -> None:
    entries = valid()
    entries.insert(2, E("META-INF/", b"hidden"))
    assert str(refused(raw_zip(entries))) == "The directory entry META-INF/ has content."


def test_encrypted_entry() -> None:
    entries = valid()
    entries[1] = replace(entries[1], flags=0x1)
    assert str(refused(raw_zip(entries))) == 'The entry "request.json" is encrypted.'


def test_unknown_compression_method() -> None:
    entries = valid()
    entries[1] = E("request.json", REQUEST, method=12, payload=b"BZh91AY&SY")  # bzip2
    expected = 'The entry "request.json" uses the unsupported compression method 12.'
    assert str(refused(raw_zip(entries))) == expected


@pytest.mark.parametrize(
    ("method", "flags"),
    [(99, 0), (zipfile.ZIP_LZMA, 0)],
)
def test_other_compression_methods(method: int, flags: int) -> None:
    entries = valid()
    entries[1] = E("request.json", REQUEST, method=method, flags=flags, payload=b"\x00" * 20)
    assert f"unsupported compression method {method}." in str(refused(raw_zip(entries)))


# --- sizes and bombs -----------------------------------------------------------------------------


def test_declared_entry_size_over_the_limit() -> None:
    error = refused(raw_zip(valid()), Limits(max_entry_bytes=40))
    assert (
        str(error) == 'The entry "request.json" declares 42 bytes, more than the per-entry limit of 40 bytes.'
    )


def test_declared_total_over_the_limit() -> None:
    error = refused(raw_zip(valid()), Limits(max_total_bytes=80))
    assert str(error) == "The entries declare more than the limit of 80 bytes in total."


def test_compression_ratio_over_the_limit() -> None:
    blank = bytes(1 << 20)
    entries = valid(manifest([("request.json", REQUEST), ("blank.bin", blank)]))
    entries.insert(2, E("blank.bin", blank, zipfile.ZIP_DEFLATED))
    assert str(refused(raw_zip(entries))) == 'The entry "blank.bin" has a compression ratio above 100 to 1.'


def test_small_blank_files_are_exempt_from_the_ratio() -> None:
    blank = bytes(60_000)
    entries = valid(manifest([("request.json", REQUEST), ("blank.bin", blank)]))
    entries.insert(2, E("blank.bin", blank, zipfile.ZIP_DEFLATED))
    assert read_container(raw_zip(entries)).data_objects["blank.bin"] == blank


@pytest.fixture(scope="module")
def gigabyte_of_zeros() -> tuple[bytes, int]:
    """1 GiB of zeros as a raw deflate stream (about 1 MB), built from one fully flushed 1 MiB block."""
    chunk = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(1024):
        crc = zlib.crc32(chunk, crc)
    return block * 1024 + compressor.flush(), crc


def test_zip_bomb_with_honest_headers(gigabyte_of_zeros: tuple[bytes, int]) -> None:
    payload, crc = gigabyte_of_zeros
    entries = valid()
    entries.insert(2, E("bomb.bin", b"", zipfile.ZIP_DEFLATED, payload=payload, crc=crc, file_size=1 << 30))
    expected = (
        'The entry "bomb.bin" declares 1073741824 bytes, more than the per-entry limit of 67108864 bytes.'
    )
    assert str(refused(raw_zip(entries))) == expected


def test_zip_bomb_with_lying_headers_is_refused_fast(gigabyte_of_zeros: tuple[bytes, int]) -> None:
    payload, crc = gigabyte_of_zeros
    entries = valid(manifest([("request.json", REQUEST), ("bomb.bin", bytes(1000))]))
    entries.insert(2, E("bomb.bin", b"", zipfile.ZIP_DEFLATED, payload=payload, crc=crc, file_size=1000))
    expected = 'The entry "bomb.bin" holds more data than its declared size.'
    started = time.perf_counter()
    assert str(refused(raw_zip(entries))) == expected
    assert time.perf_counter() - started < 1.0
    # Even with the CRC of the first 1000 bytes, so that the headers agree with what zipfile
    # would read, the stream goes on past the declared end: stock unzip would inflate 1 GiB.
    entries[2] = replace(entries[2], crc=zlib.crc32(bytes(1000)))
    started = time.perf_counter()
    assert str(refused(raw_zip(entries))) == expected
    assert time.perf_counter() - started < 1.0


def test_entry_shorter_than_declared() -> None:
    entries = valid()
    entries[1] = replace(entries[1], method=zipfile.ZIP_STORED, file_size=len(REQUEST) + 5)
    assert str(refused(raw_zip(entries))) == 'The entry "request.json" is shorter than its declared size.'


@pytest.mark.parametrize(
    "change",
    [
        {"crc": 0xDEADBEEF},
        {"payload": b"\xff\xff\xff\xff garbage that is not deflate"},
        {"payload": deflate(REQUEST)[:-4]},
    ],
)
def test_damaged_entry_data(change: dict[str, object]) -> None:
    entries = valid()
    entries[1] = replace(entries[1], **change)  # type: ignore[arg-type]
    expected = 'The entry "request.json" is damaged: its data does not match its declared size or checksum.'
    assert str(refused(raw_zip(entries))) == expected


# --- META-INF ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["META-INF/manifest.xml", "META-INF/sub/ASiCManifest2.xml", "META-INF/timestamp.tst", "meta-inf/x.p7s"],
)
def test_unknown_meta_inf_entries(name: str) -> None:
    entries = valid()
    entries.insert(2, E(name, b"<x/>"))
    expected = f'The entry "{name}" in META-INF/ is neither an ASiC manifest nor a CAdES signature.'
    assert str(refused(raw_zip(entries))) == expected


# --- coverage between manifests, signatures and files --------------------------------------------


def test_file_not_covered_by_any_manifest() -> None:
    entries = valid()
    entries.insert(2, E("unsigned.pdf", b"%PDF"))
    error = refused(raw_zip(entries))
    assert str(error) == 'The file "unsigned.pdf" is not covered by any manifest.'
    assert error.sub_indication == "SIGNED_DATA_NOT_FOUND"


def test_referenced_file_missing() -> None:
    entries = valid(manifest([("request.json", REQUEST), ("request.pdf", b"%PDF")]))
    error = refused(raw_zip(entries))
    expected = (
        'The manifest "META-INF/ASiCManifest001.xml" references "request.pdf", which is not in the container.'
    )
    assert str(error) == expected
    assert error.sub_indication == "SIGNED_DATA_NOT_FOUND"


def test_uris_match_exactly() -> None:
    entries = valid(manifest([("Request.json", REQUEST)]))
    error = refused(raw_zip(entries))
    assert str(error).endswith('references "Request.json", which is not in the container.')


def test_sig_reference_names_a_missing_signature() -> None:
    entries = valid(manifest([("request.json", REQUEST)], signature="META-INF/signature009.p7s"))
    expected = (
        'The manifest "META-INF/ASiCManifest001.xml" names the signature "META-INF/signature009.p7s", '
        "which is not in the container."
    )
    assert str(refused(raw_zip(entries))) == expected


def test_sig_reference_names_a_data_object() -> None:
    entries = valid(manifest([("request.json", REQUEST)], signature="request.json"))
    assert 'names the signature "request.json", which is not in the container.' in str(
        refused(raw_zip(entries))
    )


def test_signature_no_manifest_names() -> None:
    entries = [*valid(), E("META-INF/signature002.p7s", SIGNATURE)]
    expected = 'The signature "META-INF/signature002.p7s" is not named by any manifest.'
    assert str(refused(raw_zip(entries))) == expected


def test_two_manifests_naming_one_signature() -> None:
    entries = [*valid(), E("META-INF/ASiCManifest002.xml", manifest([("request.json", REQUEST)]))]
    expected = 'The signature "META-INF/signature001.p7s" is named by more than one manifest.'
    assert str(refused(raw_zip(entries))) == expected


def test_no_manifest_at_all() -> None:
    assert str(refused(raw_zip(valid()[:2]))) == "The container holds no ASiC manifest."


# --- manifest XML --------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">&lol9;</asic:ASiCManifest>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">&xxe;</asic:ASiCManifest>
"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE m SYSTEM "http://attacker.example/evil.dtd">
<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#"/>
"""
DTD_SENTENCE = 'The manifest "META-INF/ASiCManifest001.xml" uses a DTD, entities or external references, which are not allowed.'


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD], ids=["laughs", "xxe", "dtd"])
def test_manifest_with_dtd_or_entities(xml: bytes) -> None:
    started = time.perf_counter()
    assert str(refused(raw_zip(valid(xml)))) == DTD_SENTENCE
    assert time.perf_counter() - started < 1.0


def _variant(old: bytes, new: bytes) -> bytes:
    original = manifest([("request.json", REQUEST)])
    assert old in original
    return original.replace(old, new)


def _duplicated_reference() -> bytes:
    original = manifest([("request.json", REQUEST)])
    start, end = original.index(b"  <asic:DataObjectReference"), original.index(b"</asic:ASiCManifest>")
    return original[:end] + original[start:end] + original[end:]


M = '"META-INF/ASiCManifest001.xml"'


@pytest.mark.parametrize(
    ("xml", "sentence"),
    [
        (b"<asic:ASiCManifest", f"The manifest {M} is not well-formed XML."),
        (b"\xff\xfe<\x00", f"The manifest {M} is not well-formed XML."),
        (
            _variant(b"02918/v1.2.1#", b"02918/v1.1.1#"),
            f"The manifest {M} is not an ASiCManifest in the namespace http://uri.etsi.org/02918/v1.2.1#.",
        ),
        (
            b'<ASiCManifest xmlns="urn:other"/>',
            f"The manifest {M} is not an ASiCManifest in the namespace http://uri.etsi.org/02918/v1.2.1#.",
        ),
        (
            _variant(b"xmlenc#sha256", b"xmldsig#sha1"),
            f'The reference to "request.json" in the manifest {M} uses an unsupported digest algorithm.',
        ),
        (
            _variant(b"<ds:DigestValue>", b"<ds:DigestValue>***not base64***"),
            f'The digest of "request.json" in the manifest {M} is not valid base64.',
        ),
        (
            _variant(b"<ds:DigestValue>", b"<ds:DigestValue>AAAA"),
            f'The digest of "request.json" in the manifest {M} has the wrong length for its algorithm.',
        ),
        (_duplicated_reference(), f'The manifest {M} references "request.json" twice.'),
        (
            _variant(
                b"<ds:DigestMethod",
                b'<ds:Transforms><ds:Transform Algorithm="x"/></ds:Transforms><ds:DigestMethod',
            ),
            f'The reference to "request.json" in the manifest {M} contains the unexpected element '
            '"{http://www.w3.org/2000/09/xmldsig#}Transforms".',
        ),
        (
            _variant(b"  <asic:DataObjectReference", b"  <asic:Unknown/>\n  <asic:DataObjectReference"),
            f'The manifest {M} contains the unexpected element "{{http://uri.etsi.org/02918/v1.2.1#}}Unknown".',
        ),
        (
            _variant(
                b"  <asic:DataObjectReference", b'  <asic:SigReference URI="x"/>\n  <asic:DataObjectReference'
            ),
            f"The manifest {M} must have exactly one SigReference.",
        ),
        (
            _variant(
                b'MimeType="application/pkcs7-signature"', b'MimeType="application/vnd.etsi.timestamp-token"'
            ),
            f'The SigReference in the manifest {M} has the MimeType "application/vnd.etsi.timestamp-token", '
            "not application/pkcs7-signature.",
        ),
        (
            _variant(b' URI="META-INF/signature001.p7s"', b""),
            f"The SigReference in the manifest {M} has no URI.",
        ),
        (
            _variant(b' URI="request.json"', b""),
            f"A DataObjectReference in the manifest {M} has no URI.",
        ),
        (
            _variant(
                b"    <ds:DigestValue>", b"    <ds:DigestValue>AAAA</ds:DigestValue>\n    <ds:DigestValue>"
            ),
            f'The reference to "request.json" in the manifest {M} needs exactly one DigestMethod and one DigestValue.',
        ),
        (
            b'<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">'
            b'<asic:SigReference URI="META-INF/signature001.p7s"/></asic:ASiCManifest>',
            f"The manifest {M} references no data objects.",
        ),
    ],
)
def test_malformed_manifests(xml: bytes, sentence: str) -> None:
    error = refused(raw_zip(valid(xml)))
    assert str(error) == sentence
    assert error.sub_indication == "FORMAT_FAILURE"


def test_manifest_over_its_size_limit() -> None:
    error = refused(raw_zip(valid()), Limits(max_manifest_bytes=100))
    assert str(error) == f"The manifest {M} is larger than 100 bytes."


def test_deeply_nested_manifest_is_refused_without_recursion_trouble() -> None:
    depth = 100_000
    xml = (
        b'<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">'
        + b"<a>" * depth
        + b"</a>" * depth
    )
    xml += b"</asic:ASiCManifest>"
    entries = valid(xml)
    entries[2] = replace(entries[2], method=zipfile.ZIP_STORED)  # deflated it would trip the ratio cap first
    assert str(refused(raw_zip(entries))) == f'The manifest {M} contains the unexpected element "a".'


# --- fuzzing -------------------------------------------------------------------------------------

SEED = build_container(
    [
        DataObject("request.json", REQUEST, "application/json"),
        DataObject("request.pdf", b"%PDF-1.7 x", "application/pdf"),
    ],
    [lambda manifest: SIGNATURE, lambda manifest: SIGNATURE],
)
_position = st.integers(min_value=0, max_value=len(SEED) + 8)
MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), _position, st.integers(min_value=0, max_value=7)),
    st.tuples(st.just("byte"), _position, st.integers(min_value=0, max_value=255)),
    st.tuples(st.just("insert"), _position, st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), _position, st.integers(min_value=1, max_value=64)),
    st.tuples(st.just("truncate"), _position),
    st.tuples(st.just("splice"), _position, _position, st.integers(min_value=1, max_value=256)),
)


def mutate(data: bytes, mutations: list[tuple]) -> bytes:
    buffer = bytearray(data)
    for mutation in mutations:
        kind, at = mutation[0], mutation[1] % (len(buffer) + 1)
        if kind == "flip" and at < len(buffer):
            buffer[at] ^= 1 << mutation[2]
        elif kind == "byte" and at < len(buffer):
            buffer[at] = mutation[2]
        elif kind == "insert":
            buffer[at:at] = mutation[2]
        elif kind == "delete":
            del buffer[at : at + mutation[2]]
        elif kind == "truncate":
            del buffer[at:]
        elif kind == "splice":
            source = mutation[2] % (len(buffer) + 1)
            buffer[at:at] = buffer[source : source + mutation[3]]
    return bytes(buffer)


@contextmanager
def no_file_access() -> Iterator[list[object]]:
    """Record every attempt to open a file (builtins.open, io.open, os.open) while the block runs."""
    calls: list[object] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(*args: object, **kwargs: object) -> object:
        calls.append(args[:2])
        return real_open(*args, **kwargs)  # type: ignore[call-overload]

    def spy_os_open(*args: object, **kwargs: object) -> int:
        calls.append(args[:2])
        return real_os_open(*args, **kwargs)  # type: ignore[arg-type]

    with (
        mock.patch.object(builtins, "open", spy_open),
        mock.patch.object(io, "open", spy_open),
        mock.patch.object(os, "open", spy_os_open),
    ):
        yield calls


def _listing(*folders: Path) -> list[tuple[str, ...]]:
    return [tuple(sorted(item.name for item in folder.iterdir())) for folder in folders]


def test_the_fuzz_seed_is_valid() -> None:
    assert len(read_container(SEED).manifests) == 2


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(mutations=st.lists(MUTATIONS, min_size=1, max_size=4))
def test_mutated_containers_give_a_container_or_a_container_error(
    mutations: list[tuple], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    before = _listing(tmp_path, private_tmp)
    data = mutate(SEED, mutations)
    with no_file_access() as calls:
        try:
            result = read_container(data)
        except ContainerError as error:
            assert str(error).endswith(".")
            assert error.sub_indication in ("FORMAT_FAILURE", "SIGNED_DATA_NOT_FOUND")
        else:
            assert isinstance(result, Container)
    assert calls == []
    assert _listing(tmp_path, private_tmp) == before

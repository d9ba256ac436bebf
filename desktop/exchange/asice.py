"""ASiC-E containers with CAdES signatures (ETSI EN 319 162-1): a reproducible writer and a hostile-input-safe reader.

Layout: `mimetype` first (stored, no extra field, exactly MIMETYPE), the data objects, then per
signer `META-INF/ASiCManifestNNN.xml` (covering every data object) and the detached CMS
signature over that manifest's bytes, `META-INF/signatureNNN.p7s`. Entries carry the fixed time
1980-01-01 00:00 and Unix mode 0644, so the same input gives the same bytes.

The reader never writes to disk and raises nothing but ContainerError. Before zipfile sees the
archive it finds the end-of-central-directory record itself (ZIP64 too), refuses more than
`max_entries` from the declared count, then walks the central directory, stopping at
`max_entries` whatever the count claims. It then refuses, each with its own sentence: unsafe or
non-UTF-8 names, duplicates (also after case folding and Unicode normalization), symlinks and
special files (the Unix mode in the upper external attributes, whatever the host system says:
7-Zip writes modes under the MS-DOS host too), directory entries other than `META-INF/`,
encryption, compression other than stored/deflate, declared sizes over the limits, a
compression ratio over `max_ratio` (entries declaring at most 64 KiB are exempt: they cannot
expand far, and small runs of blank data legitimately compress better than 100:1), local
headers that disagree with the central directory (name, method, encryption, sizes, CRC), overlapping
entries, a wrong, compressed, misplaced or missing `mimetype`, and anything in `META-INF/` other
than `ASiCManifest*.xml` and `signature*.p7s`. Entries are read in chunks and never past the
declared size (zipfile itself stops there and then fails the CRC; the reader's own cap is the
second fence). Names must be UTF-8 whether or not the archive flags them so (Info-ZIP on Unix
does not), and manifest URIs must equal entry names exactly.

`META-INF/manifest.xml` (the OpenDocument manifest EN 319 162-1 permits) is refused: in the
CAdES variant no signature covers it, and an unsigned file that names and types the content
could mislead whoever shows the package. Archive manifests and time-stamp tokens (ASiC-E
long-term levels) are refused for the same reason until they are supported.

Digests are not checked here; the verifier uses `digest_matches`.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from desktop.exchange.manifest import (
    DS_NS,
    MANIFEST_NS,
    SHA256_URI,
    ContainerError,
    DataObject,
    Manifest,
    Reference,
    check_coverage,
    check_data_objects,
    digest_matches,
    fold,
    manifest_xml,
    name_problem,
    parse_manifest,
    show,
)
from desktop.sentences import template

__all__ = [
    "DS_NS",
    "MANIFEST_NS",
    "MIMETYPE",
    "SHA256_URI",
    "Container",
    "ContainerError",
    "DataObject",
    "Limits",
    "Manifest",
    "Reference",
    "build_container",
    "digest_matches",
    "manifest_xml",
    "read_container",
]

MIMETYPE = "application/vnd.etsi.asic-e+zip"
_DATE_TIME = (1980, 1, 1, 0, 0, 0)
_FILE_MODE = (stat.S_IFREG | 0o644) << 16
_CHUNK = 1 << 16
_RATIO_EXEMPT_BYTES = 1 << 16
_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CENTRAL = b"PK\x01\x02"
_NOT_ZIP = template("The file is not a ZIP archive or is truncated.")
_DAMAGED = template("The container could not be read because it is damaged.")
_INCONSISTENT = template("The archive's central directory is damaged or inconsistent.")
_SPLIT = template("Split (multi-disk) ZIP archives are not accepted.")
_TOO_MANY = template("The container holds more than {limit} entries.")
_NOT_EXACTLY_MIMETYPE = template("The mimetype entry does not contain exactly {mimetype}.")


@dataclass(frozen=True)
class Container:
    """What a read container holds: data objects (name → bytes), their media types, manifests, signatures."""

    data_objects: Mapping[str, bytes]
    media_types: Mapping[str, str]
    manifests: tuple[Manifest, ...]
    signatures: Mapping[str, bytes]


@dataclass(frozen=True)
class Limits:
    """Caps applied to a partner's container before and while it is read (bytes unless named otherwise)."""

    max_container_bytes: int = 64 << 20
    max_entries: int = 1000
    max_entry_bytes: int = 64 << 20
    max_total_bytes: int = 256 << 20
    max_ratio: int = 100
    max_name_length: int = 255
    max_manifest_bytes: int = 1 << 20


_DEFAULT_LIMITS = Limits()


# --- writing -------------------------------------------------------------------------------------


def build_container(objects: Sequence[DataObject], signers: Sequence[Callable[[bytes], bytes]]) -> bytes:
    """The ASiC-E container of `objects`, signed by each signer in turn (signer i gets manifest i's bytes)."""
    if not signers:
        raise ContainerError("At least one signer is required to build a container.")
    check_data_objects(objects)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _write(archive, "mimetype", MIMETYPE.encode("ascii"), zipfile.ZIP_STORED)
        for obj in objects:
            _write(archive, obj.name, obj.content, zipfile.ZIP_DEFLATED)
        for index, signer in enumerate(signers, start=1):
            signature_name = f"META-INF/signature{index:03d}.p7s"
            manifest = manifest_xml(signature_name, objects)
            signature = signer(manifest)
            if not isinstance(signature, bytes) or not signature.startswith(b"\x30"):
                raise ContainerError("Signer {index} did not return a DER-encoded signature.", index=index)
            _write(archive, f"META-INF/ASiCManifest{index:03d}.xml", manifest, zipfile.ZIP_DEFLATED)
            _write(archive, signature_name, signature, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _write(archive: zipfile.ZipFile, name: str, content: bytes, method: int) -> None:
    info = zipfile.ZipInfo(name, date_time=_DATE_TIME)
    if method == zipfile.ZIP_DEFLATED and len(content) > _RATIO_EXEMPT_BYTES:
        # Never write what a reader with our limits would take for a zip bomb (a blank scan
        # deflates far beyond 100:1): such content goes in stored.
        compressed = zlib.compressobj(6, zlib.DEFLATED, -15)
        size = len(compressed.compress(content)) + len(compressed.flush())
        if len(content) > size * (_DEFAULT_LIMITS.max_ratio // 2):
            method = zipfile.ZIP_STORED
    info.compress_type = method
    info.create_system = 3
    info.external_attr = _FILE_MODE
    archive.writestr(info, content)


# --- reading -------------------------------------------------------------------------------------


def read_container(data: bytes, *, limits: Limits = _DEFAULT_LIMITS) -> Container:
    """Parse a partner's container (hostile input) in memory; raise ContainerError on any defect."""
    try:
        return _read(data, limits)
    except ContainerError:
        raise
    except zipfile.BadZipFile as error:
        raise ContainerError(_NOT_ZIP) from error
    except Exception as error:  # hostile input: whatever else breaks, the caller gets one sentence
        raise ContainerError(_DAMAGED) from error


@dataclass(frozen=True)
class _Entry:
    name: str
    info: zipfile.ZipInfo
    raw_name: bytes


def _read(data: bytes, limits: Limits) -> Container:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ContainerError("The container must be given as bytes.")
    if len(data) > limits.max_container_bytes:
        raise ContainerError(
            "The container is larger than the limit of {limit} bytes.", limit=limits.max_container_bytes
        )
    data = bytes(data)
    raw_names, directory_start = _scan_directory(data, limits)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = _entries(archive, raw_names, limits)
        _check_layout(data, entries, directory_start)
        manifests: list[Manifest] = []
        signatures: dict[str, bytes] = {}
        data_objects: dict[str, bytes] = {}
        _content(archive, entries[0], data)  # the mimetype: its content is checked while it is read
        for entry in entries[1:]:
            if entry.name == "META-INF/":
                continue
            kind = _kind(entry.name)
            if kind == "manifest":
                if entry.info.file_size > limits.max_manifest_bytes:
                    raise ContainerError(
                        "The manifest {manifest} is larger than {limit} bytes.",
                        manifest=show(entry.name),
                        limit=limits.max_manifest_bytes,
                    )
                manifests.append(parse_manifest(entry.name, _content(archive, entry, data)))
            elif kind == "signature":
                signatures[entry.name] = _content(archive, entry, data)
            else:
                data_objects[entry.name] = _content(archive, entry, data)
    files = {entry.name for entry in entries if not entry.name.endswith("/")}
    manifests.sort(key=lambda manifest: manifest.name)
    media_types = check_coverage(manifests, set(signatures), set(data_objects), files)
    return Container(
        data_objects=MappingProxyType(data_objects),
        media_types=MappingProxyType(media_types),
        manifests=tuple(manifests),
        signatures=MappingProxyType(signatures),
    )


def _scan_directory(data: bytes, limits: Limits) -> tuple[list[tuple[bytes, int]], int]:
    """The raw names and flags in the central directory, and where it starts; the entry count is checked first."""
    if len(data) >= 22 and data[-22:-18] == _EOCD and data[-2:] == b"\0\0":
        end = len(data) - 22
    else:
        end = data.rfind(_EOCD, max(0, len(data) - 22 - (1 << 16)))  # as zipfile searches
    if end < 0 or end + 22 > len(data):
        raise ContainerError(_NOT_ZIP)
    disk, directory_disk, _, count, size, _, _ = struct.unpack_from("<HHHHIIH", data, end + 4)
    anchor = end
    if end >= 20 and data[end - 20 : end - 16] == _EOCD64_LOCATOR:
        _, locator_disk, _, disks = struct.unpack_from("<4sIQI", data, end - 20)
        if locator_disk != 0 or disks > 1:
            raise ContainerError(_SPLIT)
        anchor = end - 20 - 56
        if anchor < 0 or data[anchor : anchor + 4] != _EOCD64:
            raise ContainerError(_INCONSISTENT)
        disk, directory_disk, _, count, size, _ = struct.unpack_from("<IIQQQQ", data, anchor + 16)
    if disk != 0 or directory_disk != 0:
        raise ContainerError(_SPLIT)
    if count > limits.max_entries:
        raise ContainerError(_TOO_MANY, limit=limits.max_entries)
    start = anchor - size
    if start < 0:
        raise ContainerError(_NOT_ZIP)
    names: list[tuple[bytes, int]] = []
    position = start
    while position < anchor:
        if len(names) >= limits.max_entries:
            raise ContainerError(_TOO_MANY, limit=limits.max_entries)
        if position + 46 > anchor or data[position : position + 4] != _CENTRAL:
            raise ContainerError(_INCONSISTENT)
        needed, flags = struct.unpack_from("<HH", data, position + 6)
        if needed & 0xFF > 63:  # what zipfile would refuse with NotImplementedError
            raise ContainerError("The archive needs a ZIP version newer than 6.3 to be extracted.")
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, position + 28)
        raw = data[position + 46 : position + 46 + name_length]
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            shown = show(raw.decode("utf-8", "replace"))
            raise ContainerError("The entry name {name} is not valid UTF-8.", name=shown) from error
        names.append((raw, flags))
        position += 46 + name_length + extra_length + comment_length
    if position != anchor or len(names) != count:
        raise ContainerError(_INCONSISTENT)
    return names, start


def _entries(archive: zipfile.ZipFile, raw_names: list[tuple[bytes, int]], limits: Limits) -> list[_Entry]:
    """The entries with names decoded as UTF-8 (flagged or not) and checked one by one."""
    infos = archive.infolist()
    if len(infos) != len(raw_names):
        raise ContainerError(_INCONSISTENT)
    entries: list[_Entry] = []
    exact: set[str] = set()
    folded: dict[str, str] = {}
    total = 0
    for info, (raw, flags) in zip(infos, raw_names, strict=True):
        if info.orig_filename != raw.decode("utf-8" if flags & 0x800 else "cp437"):
            raise ContainerError(_INCONSISTENT)
        name = raw.decode("utf-8")  # checked while the directory was scanned
        _check_entry(name, info, limits)
        if name in exact:
            raise ContainerError("The container holds two entries named {name}.", name=show(name))
        key = fold(name)
        if key in folded:
            raise ContainerError(
                "The entries {first} and {second} differ only in letter case or Unicode form.",
                first=show(folded[key]),
                second=show(name),
            )
        exact.add(name)
        folded[key] = name
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ContainerError(
                "The entries declare more than the limit of {limit} bytes in total.",
                limit=limits.max_total_bytes,
            )
        entries.append(_Entry(name, info, raw))
    return entries


def _check_entry(name: str, info: zipfile.ZipInfo, limits: Limits) -> None:
    mode = info.external_attr >> 16  # Unix mode; read whatever create_system says (7-Zip uses it under 0 too)
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise ContainerError("The entry {name} is a symbolic link.", name=show(name))
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise ContainerError(
            "The entry {name} is a special file (a device, pipe or socket).", name=show(name)
        )
    if name.endswith("/") or kind == stat.S_IFDIR or info.external_attr & 0x10:
        if name != "META-INF/":
            raise ContainerError(
                "The entry {name} is a directory; only META-INF/ may appear as one.", name=show(name)
            )
        if info.file_size or info.compress_size:
            raise ContainerError("The directory entry META-INF/ has content.")
        return
    problem = name_problem(name, limits.max_name_length)
    if problem:
        raise ContainerError.retold(problem)
    if info.flag_bits & 0x41:
        raise ContainerError("The entry {name} is encrypted.", name=show(name))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ContainerError(
            "The entry {name} uses the unsupported compression method {method}.",
            name=show(name),
            method=info.compress_type,
        )
    if info.file_size > limits.max_entry_bytes:
        raise ContainerError(
            "The entry {name} declares {size} bytes, more than the per-entry limit of {limit} bytes.",
            name=show(name),
            size=info.file_size,
            limit=limits.max_entry_bytes,
        )
    if info.file_size > _RATIO_EXEMPT_BYTES and info.file_size > info.compress_size * limits.max_ratio:
        raise ContainerError(
            "The entry {name} has a compression ratio above {limit} to 1.",
            name=show(name),
            limit=limits.max_ratio,
        )


def _check_layout(data: bytes, entries: list[_Entry], directory_start: int) -> None:
    """mimetype first and stored, local headers agreeing with the directory, no overlaps, META-INF/ only ours."""
    names = [entry.name for entry in entries]
    if not entries or entries[0].name != "mimetype" or entries[0].info.header_offset != 0:
        if "mimetype" in names:
            raise ContainerError("The mimetype entry is not the first entry of the container.")
        raise ContainerError("The container has no mimetype entry.")
    first = entries[0].info
    if first.compress_type != zipfile.ZIP_STORED:
        raise ContainerError("The mimetype entry is compressed; it must be stored.")
    if first.file_size != len(MIMETYPE) or first.compress_size != len(MIMETYPE):
        raise ContainerError(_NOT_EXACTLY_MIMETYPE, mimetype=MIMETYPE)
    ordered = sorted(entries, key=lambda entry: entry.info.header_offset)
    for entry, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = _local_end(data, entry)
        if end > (following.info.header_offset if following else directory_start):
            raise ContainerError("The archive's entries overlap one another.")
    for name in names[1:]:
        if name != "META-INF/" and fold(name.split("/")[0]) == "meta-inf" and _kind(name) == "data":
            raise ContainerError(
                "The entry {name} in META-INF/ is neither an ASiC manifest nor a CAdES signature.",
                name=show(name),
            )


def _local_end(data: bytes, entry: _Entry) -> int:
    """Where the entry's data ends, after checking that its local header tells the directory's story.

    Streaming unzip tools read the local headers, so a header that disagrees (another name,
    method, encryption or size) would show them other files than the ones verified here.
    """
    info, offset = entry.info, entry.info.header_offset
    if offset < 0 or offset + 30 > len(data) or data[offset : offset + 4] != b"PK\x03\x04":
        raise ContainerError(
            "The local header of the entry {name} is missing or damaged.", name=show(entry.name)
        )
    flags, method, _, _, crc, compressed, size, name_length, extra_length = struct.unpack_from(
        "<HHHHIIIHH", data, offset + 6
    )
    agrees = (
        data[offset + 30 : offset + 30 + name_length] == entry.raw_name
        and method == info.compress_type
        and flags & 0x41 == info.flag_bits & 0x41
        and (
            flags & 0x08
            or (
                crc == info.CRC
                and compressed in (info.compress_size, 0xFFFFFFFF)
                and size in (info.file_size, 0xFFFFFFFF)
            )
        )
    )
    if not agrees:
        raise ContainerError(
            "The local header of the entry {name} does not match the central directory.",
            name=show(entry.name),
        )
    return offset + 30 + name_length + extra_length + info.compress_size


def _kind(name: str) -> str:
    if name.startswith("META-INF/") and "/" not in name[9:]:
        leaf = name[9:]
        if leaf.startswith("ASiCManifest") and leaf.endswith(".xml"):
            return "manifest"
        if leaf.startswith("signature") and leaf.endswith(".p7s"):
            return "signature"
    return "data"


def _exact_extent(data: bytes, entry: _Entry) -> None:
    """Refuse an entry whose stored data goes on past its declared size.

    zipfile stops reading at the declared size, but Info-ZIP and other tools decompress the whole
    stream: data past the declared end (a hidden tail, or a stream that inflates further) would
    be a different file, or a bomb, for a partner checking with stock tools. Shorter or damaged
    data is left to the read that follows, which says so in its own words.
    """
    info = entry.info
    start = _local_end(data, entry) - info.compress_size
    raw = data[start : start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        longer = info.compress_size > info.file_size
    else:
        inflater = zlib.decompressobj(-15)
        try:
            produced = len(inflater.decompress(raw, info.file_size + 1))
        except zlib.error:
            return
        longer = produced > info.file_size or (
            produced == info.file_size and (not inflater.eof or bool(inflater.unused_data))
        )
    if longer:
        raise ContainerError(
            "The entry {name} holds more data than its declared size.", name=show(entry.name)
        )


def _content(archive: zipfile.ZipFile, entry: _Entry, data: bytes) -> bytes:
    """The entry's bytes, read in chunks and never beyond its declared size."""
    _exact_extent(data, entry)
    declared = entry.info.file_size
    chunks: list[bytes] = []
    received = 0
    try:
        with archive.open(entry.info) as stream:
            while True:
                chunk = stream.read(min(_CHUNK, declared - received + 1))
                if not chunk:
                    break
                received += len(chunk)
                if received > declared:
                    raise ContainerError(
                        "The entry {name} decompresses to more than its declared size.", name=show(entry.name)
                    )
                chunks.append(chunk)
    except ContainerError:
        raise
    except Exception as error:  # zlib.error, EOFError, BadZipFile (CRC), NotImplementedError, …
        raise ContainerError(
            "The entry {name} is damaged: its data does not match its declared size or checksum.",
            name=show(entry.name),
        ) from error
    if received != declared:
        raise ContainerError("The entry {name} is shorter than its declared size.", name=show(entry.name))
    content = b"".join(chunks)
    if entry.name == "mimetype" and content != MIMETYPE.encode("ascii"):
        raise ContainerError(_NOT_EXACTLY_MIMETYPE, mimetype=MIMETYPE)
    return content

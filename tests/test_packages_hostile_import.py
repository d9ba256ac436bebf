"""Importing hostile packages: each is refused with its own sentence, and nothing is written anywhere.

A partner's package is hostile input. Each case starts from a valid answer package signed by
the Limburg officer (to our sent request) and changes one thing the way an attacker would: a zip
bomb, names that escape the folder, a symlink, duplicate or unreferenced entries, a missing or
compressed mimetype, a manifest with a DTD, truncation, noise, encryption for someone else, a
request.json altered after signing, 100,000 entries. `import_package` must raise PackageRejected
with the sentence the user will read, every byte of the case-file bundle must stay as it was,
and no file may appear under the test's tmp dir or the working directory (the test runs in an
empty folder of its own). A few cases also go through `casedesk package import`.

The hypothesis test mutates a valid package's bytes (flip, insert, delete, truncate, splice two
packages): an import either succeeds for the signed content unchanged, or raises a ServiceError —
never another exception — and the audit chain stays intact.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.exchange.asice import MIMETYPE, read_container
from desktop.exchange.envelope import encrypt_for
from desktop.exchange.pki import Credential
from desktop.exchange.verify import FAILED, PASSED
from desktop.models import Package
from desktop.services import audit
from desktop.services.errors import ServiceError
from desktop.services.facade import Services
from desktop.services.packages import PackageRejected
from tests.packages_fixtures import (
    LU,
    OWN,
    PASSPHRASES,
    PIETER,
    SYMLINK_MODE,
    Entry,
    Exchange,
    copy_case,
    deflate,
    open_services,
    partner_document,
    partner_package,
    replace_entry,
    tree_snapshot,
    write_zip,
    zip_entries,
)
from tests.pki_fixtures import identity, load

MANIFEST = "META-INF/ASiCManifest001.xml"
NOT_ZIP = "The file is not a ZIP archive or is truncated."


@dataclass(frozen=True)
class Packages:
    """The valid packages the hostile ones are made from, and the keys to open encrypted ones."""

    answer: bytes  # Joris's answer to our sent request
    request: bytes  # Joris's own request to us
    our_decryption: Credential  # BE-FEDPOL-CGI's encryption key
    lu_certificate: object  # LU-POLICE's encryption certificate (someone else)


@pytest.fixture(scope="module")
def packages(exchange: Exchange) -> Packages:
    joris = load(identity(exchange.pki, "Joris de Vries"))
    return Packages(
        answer=partner_package(partner_document(in_reply_to=exchange.refs["sent"]), [joris]),
        request=partner_package(partner_document(kind="request"), [joris]),
        our_decryption=load(exchange.pki.agency_encryption[OWN]),
        lu_certificate=load(exchange.pki.agency_encryption[LU]).certificate,
    )


@pytest.fixture(scope="module")
def hundred_thousand_entries() -> bytes:
    """A ZIP64 archive (what zipfile writes past 65,535 entries): the mimetype and 100,000 empty files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", MIMETYPE)
        for index in range(100_000):
            archive.writestr(f"e/{index:06d}", b"")
    return buffer.getvalue()


def _with(answer: bytes, *extra: Entry) -> bytes:
    return write_zip([*zip_entries(answer), *extra])


def _without(answer: bytes, name: str) -> bytes:
    return write_zip([e for e in zip_entries(answer) if e.name != name])


def _mimetype_compressed(answer: bytes) -> bytes:
    return write_zip(
        [
            Entry(e.name, e.data, zipfile.ZIP_DEFLATED) if e.name == "mimetype" else e
            for e in zip_entries(answer)
        ]
    )


def _entity_manifest(answer: bytes) -> bytes:
    manifest = dict((e.name, e.data) for e in zip_entries(answer))[MANIFEST]
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    prolog, rest = manifest.split(b"\n", 1)
    hostile = prolog + f'\n<!DOCTYPE asic:ASiCManifest [<!ENTITY lol0 "lol">{laughs}]>\n'.encode() + rest
    return replace_entry(
        answer, MANIFEST, hostile.replace(b"</asic:ASiCManifest>", b"&lol9;</asic:ASiCManifest>")
    )


def _altered_request_json(answer: bytes) -> bytes:
    original = dict((e.name, e.data) for e in zip_entries(answer))["request.json"]
    altered = original.replace(b"leasing company in Maastricht", b"leasing company in Amsterdam")
    assert altered != original
    return replace_entry(answer, "request.json", altered)


# name → (make the hostile bytes, the sentence of PackageRejected, decrypt with our agency key)
HOSTILE: dict[str, tuple[Callable[[Packages, bytes], bytes], str, bool]] = {
    "zip bomb": (
        lambda p, _h: _with(p.answer, Entry("evidence.bin", bytes(20 << 20), zipfile.ZIP_DEFLATED)),
        'Not imported: The entry "evidence.bin" has a compression ratio above 100 to 1.',
        False,
    ),
    "zip bomb declaring 70 MB": (
        lambda p, _h: _with(
            p.answer,
            Entry("evidence.bin", b"", zipfile.ZIP_DEFLATED, declared_size=70 << 20, payload=deflate(b"x")),
        ),
        'Not imported: The entry "evidence.bin" declares 73400320 bytes, more than the per-entry limit of '
        "67108864 bytes.",
        False,
    ),
    "path traversal": (
        lambda p, _h: _with(p.answer, Entry("../../../tmp/casedesk-escaped.txt", b"escaped")),
        """Not imported: The entry name "../../../tmp/casedesk-escaped.txt" contains a '..' segment.""",
        False,
    ),
    "absolute name": (
        lambda p, _h: _with(p.answer, Entry("/tmp/casedesk-absolute.txt", b"absolute")),
        'Not imported: The entry name "/tmp/casedesk-absolute.txt" is an absolute path.',
        False,
    ),
    "symlink entry": (
        lambda p, _h: _with(p.answer, Entry("evidence-link", b"/etc/passwd", external_attr=SYMLINK_MODE)),
        'Not imported: The entry "evidence-link" is a symbolic link.',
        False,
    ),
    "duplicate names": (
        lambda p, _h: _with(p.answer, Entry("request.json", b'{"format": "something else"}')),
        'Not imported: The container holds two entries named "request.json".',
        False,
    ),
    "unreferenced file": (
        lambda p, _h: _with(p.answer, Entry("notes.txt", b"not covered by any signature")),
        'Not imported: The file "notes.txt" is not covered by any manifest.',
        False,
    ),
    "mimetype missing": (
        lambda p, _h: _without(p.answer, "mimetype"),
        "Not imported: The container has no mimetype entry.",
        False,
    ),
    "mimetype compressed": (
        lambda p, _h: _mimetype_compressed(p.answer),
        "Not imported: The mimetype entry is compressed; it must be stored.",
        False,
    ),
    "DTD and entities in the manifest": (
        lambda p, _h: _entity_manifest(p.answer),
        f'Not imported: The manifest "{MANIFEST}" uses a DTD, entities or external references, which are not allowed.',
        False,
    ),
    "truncated archive": (
        lambda p, _h: p.answer[: len(p.answer) * 2 // 3],
        f"Not imported: {NOT_ZIP}",
        False,
    ),
    "random bytes": (lambda _p, _h: random.Random(977).randbytes(8192), f"Not imported: {NOT_ZIP}", False),
    "p7m encrypted for another agency": (
        lambda p, _h: encrypt_for(p.answer, [p.lu_certificate]),  # type: ignore[list-item]
        "This package was not encrypted for your agency's certificate.",
        True,
    ),
    "p7m without a decryption key": (
        lambda p, _h: encrypt_for(p.answer, [p.lu_certificate]),  # type: ignore[list-item]
        "The package is encrypted; give your agency's decryption certificate (PKCS#12).",
        False,
    ),
    "request.json altered after signing": (
        lambda p, _h: _altered_request_json(p.answer),
        f"Not imported: request.json was changed after it was signed (its digest does not match {MANIFEST}).",
        False,
    ),
    "100,000 empty entries": (
        lambda _p, h: h,
        "Not imported: The container holds more than 1000 entries.",
        False,
    ),
    "larger than 64 MB": (
        lambda p, _h: p.answer + bytes((64 << 20) + 1 - len(p.answer)),
        "The package is larger than 64 MB; nothing was imported.",
        False,
    ),
}


@pytest.fixture
def sandbox(tmp_path: Path, exchange: Exchange, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/case.casedesk, and an empty tmp_path/cwd as the working directory; returns the case path."""
    case = copy_case(exchange, tmp_path)
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    return case


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_package_is_rejected_with_its_sentence_and_nothing_is_written(
    sandbox: Path, packages: Packages, hundred_thousand_entries: bytes, name: str
) -> None:
    make, sentence, decrypt_with_ours = HOSTILE[name]
    data = make(packages, hundred_thousand_entries)
    root = sandbox.parent
    before = tree_snapshot(root)
    with open_services(sandbox, PIETER) as services, pytest.raises(PackageRejected) as rejected:
        services.packages.import_package(
            data, "hostile.asice", decryption=packages.our_decryption if decrypt_with_ours else None
        )
    assert str(rejected.value) == sentence
    if rejected.value.report is not None:
        assert rejected.value.report.indication == FAILED
    assert tree_snapshot(root) == before, "a refused import left a trace in the case file or on disk"
    assert list(Path().iterdir()) == []


# The reader trusts the central directory's sizes for what it reads, but not every tool does: Info-ZIP
# inflates a deflate stream to its end, and extracts a stored entry's compressed size. A package whose
# entries hold more data than declared verifies here and is another file for the partner's unzip.
def _deflate_longer_than_declared(answer: bytes) -> bytes:
    return write_zip(
        [
            Entry(e.name, e.data, zipfile.ZIP_DEFLATED, payload=deflate(e.data + bytes(20 << 20)))
            if e.name == "request.pdf"
            else e
            for e in zip_entries(answer)
        ]
    )


def _stored_longer_than_declared(answer: bytes) -> bytes:
    return write_zip(
        [
            Entry(
                e.name, e.data, zipfile.ZIP_STORED, payload=e.data + b"<script>not what was signed</script>"
            )
            if e.name == "request.pdf"
            else e
            for e in zip_entries(answer)
        ]
    )


@pytest.mark.parametrize("make", [_deflate_longer_than_declared, _stored_longer_than_declared])
def test_an_entry_holding_more_data_than_its_declared_size_is_rejected(
    sandbox: Path, packages: Packages, make: Callable[[bytes], bytes]
) -> None:
    data = make(packages.answer)
    before = tree_snapshot(sandbox)
    with open_services(sandbox, PIETER) as services, pytest.raises(PackageRejected):
        services.packages.import_package(data, "ambiguous.asice")
    assert tree_snapshot(sandbox) == before


# --- the same through the command line --------------------------------------------------------------


@pytest.mark.parametrize("name", ["path traversal", "request.json altered after signing", "random bytes"])
def test_casedesk_package_import_refuses_a_hostile_file_with_one_line_and_writes_nothing(
    sandbox: Path, packages: Packages, name: str
) -> None:
    make, sentence, _decrypt = HOSTILE[name]
    hostile = sandbox.parent / "incoming" / "hostile.asice"
    hostile.parent.mkdir()
    hostile.write_bytes(make(packages, b""))
    root = sandbox.parent
    before = tree_snapshot(root)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASEDESK_")}
    env |= {
        "CASEDESK_PASSPHRASE": PASSPHRASES[PIETER],
        "PYTHONIOENCODING": "utf-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "package", "import", str(sandbox), str(hostile), "--as", PIETER],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"casedesk: {sentence}"]
    assert "Traceback" not in done.stdout + done.stderr
    assert PASSPHRASES[PIETER] not in done.stdout + done.stderr
    assert tree_snapshot(root) == before
    assert list(Path().iterdir()) == []


# --- mutations ----------------------------------------------------------------------------------------


@pytest.fixture
def importer(sandbox: Path) -> Iterator[Services]:
    """One open case file for all the examples of a hypothesis test (imports accumulate)."""
    with open_services(sandbox, PIETER) as services:
        yield services


def _signed_content(data: bytes) -> tuple[object, ...] | None:
    try:
        container = read_container(data)
    except Exception:
        return None
    return (
        dict(container.data_objects),
        [(m.name, m.raw) for m in container.manifests],
        dict(container.signatures),
    )


MUTATIONS = st.one_of(
    st.tuples(st.just("same")),
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(1, 255)),
    st.tuples(st.just("insert"), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.integers(0, 1 << 20), st.integers(1, 64)),
    st.tuples(st.just("truncate"), st.integers(0, 1 << 20)),
    st.tuples(st.just("splice"), st.integers(0, 1 << 20), st.integers(0, 1 << 20)),
)


def _mutate(original: bytes, other: bytes, mutation: tuple[object, ...]) -> bytes:
    kind, *args = mutation
    size = len(original)
    if kind == "same":
        return original
    if kind == "flip":
        at, mask = args[0] % size, args[1]  # type: ignore[operator]
        return original[:at] + bytes([original[at] ^ mask]) + original[at + 1 :]  # type: ignore[operator]
    if kind == "insert":
        at = args[0] % (size + 1)  # type: ignore[operator]
        return original[:at] + args[1] + original[at:]  # type: ignore[operator]
    if kind == "delete":
        at = args[0] % size  # type: ignore[operator]
        return original[:at] + original[at + args[1] :]  # type: ignore[operator]
    if kind == "truncate":
        return original[: args[0] % size]  # type: ignore[operator]
    cut_a, cut_b = args[0] % (size + 1), args[1] % (len(other) + 1)  # type: ignore[operator]
    return original[:cut_a] + other[cut_b:]


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    database=None,
)
@example(mutation=("same",))
@example(mutation=("splice", 0, 0))
@given(mutation=MUTATIONS)
def test_a_mutated_package_is_imported_only_unchanged_and_never_breaks_the_import(
    importer: Services, packages: Packages, mutation: tuple[object, ...]
) -> None:
    originals = (packages.answer, packages.request)
    data = _mutate(packages.answer, packages.request, mutation)
    try:
        result = importer.packages.import_package(data, "mutated.asice")
    except ServiceError:
        result = None
    except Exception as error:  # pragma: no cover - the failure this test looks for
        pytest.fail(f"{mutation!r} made import_package raise {type(error).__name__}: {error}")
    if result is not None and result.outcome != "duplicate":
        assert result.report.indication == PASSED
        # A ZIP's own bookkeeping (entry times, "made by") is not signed; the signed content must be.
        assert data in originals or _signed_content(data) in [_signed_content(o) for o in originals], mutation
    with importer.case_file.reading() as session:
        assert audit.verify_chain(session.connection()).ok
        stored = session.query(Package).filter(Package.direction == "incoming").count()
    assert stored <= 2, "one package per package_id at most"

"""The ASiC-E writer checked with stock tools (OpenSSL, Info-ZIP), and the reader on good containers.

A throw-away self-signed EC P-256 certificate (keyUsage digitalSignature, EKU emailProtection) is
made with `openssl req` for the session; `openssl cms -sign -cades` is the signer, so the
signatures are real CAdES made by a tool other than ours. Nothing is committed: keys live in tmp.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import struct
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.exchange.asice import (
    MIMETYPE,
    SHA256_URI,
    ContainerError,
    DataObject,
    build_container,
    digest_matches,
    manifest_xml,
    read_container,
)
from desktop.exchange.manifest import SHA512_URI, parse_manifest

OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"
REQUEST = b'{"reference": "BE-2024-0042", "subject": "Vermiste persoon / Personne disparue"}\n'
PDF = b"%PDF-1.7\n% not really a PDF, but bytes with \x00 and \r\n inside\n"
OBJECTS = (
    DataObject("request.json", REQUEST, "application/json"),
    DataObject("request.pdf", PDF, "application/pdf"),
    DataObject("attachments/proces-verbaal é.txt", "Procès-verbal\n".encode(), 'text/plain; charset="utf-8"'),
)

pytestmark = pytest.mark.skipif(not Path(OPENSSL).exists(), reason="needs the openssl command line tool")


def fake_signer(manifest: bytes) -> bytes:
    """A stand-in signature (a DER SEQUENCE) where only the layout is under test."""
    return b"\x30\x22\x04\x20" + hashlib.sha256(manifest).digest()


def _run(*argv: str, cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
    result = subprocess.run(argv, cwd=cwd, input=stdin, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


@pytest.fixture(scope="session")
def signing_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("asice-signer")
    key, cert = folder / "signer.key", folder / "signer.pem"
    _run(
        OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/C=BE/O=Test Police/CN=Test Signer",
        "-addext", "keyUsage=critical,digitalSignature", "-addext", "extendedKeyUsage=emailProtection",
        "-addext", "basicConstraints=critical,CA:FALSE",
    )  # fmt: skip
    return cert, key


def openssl_signer(cert: Path, key: Path, folder: Path) -> Callable[[bytes], bytes]:
    """A signer callable: detached CAdES over the manifest bytes by `openssl cms -sign -cades`."""

    def sign(manifest: bytes) -> bytes:
        source, target = folder / "to-sign.xml", folder / "signature.p7s"
        source.write_bytes(manifest)
        _run(
            OPENSSL, "cms", "-sign", "-binary", "-md", "sha256", "-outform", "DER", "-cades",
            "-signer", str(cert), "-inkey", str(key), "-in", str(source), "-out", str(target),
        )  # fmt: skip
        return target.read_bytes()

    return sign


def _verify_with_openssl(folder: Path, index: int, ca: Path) -> None:
    _run(
        OPENSSL, "cms", "-verify", "-binary", "-inform", "DER", "-in", f"META-INF/signature{index:03d}.p7s",
        "-content", f"META-INF/ASiCManifest{index:03d}.xml", "-CAfile", str(ca), "-out", "/dev/null",
        cwd=folder,
    )  # fmt: skip


def test_mimetype_is_first_stored_and_at_the_magic_offsets() -> None:
    data = build_container(OBJECTS, [fake_signer])
    assert data[0:2] == b"PK"
    assert data[30:38] == b"mimetype"
    assert data[38 : 38 + len(MIMETYPE)] == MIMETYPE.encode("ascii")
    flags, method = struct.unpack_from("<HH", data, 6)
    name_length, extra_length = struct.unpack_from("<HH", data, 26)
    assert (flags, method, name_length, extra_length) == (0, 0, 8, 0)  # no data descriptor, stored, no extra
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert archive.read("mimetype") == MIMETYPE.encode("ascii")
    assert infos[0].filename == "mimetype"
    assert infos[0].compress_type == zipfile.ZIP_STORED
    assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in infos[1:])
    assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in infos)
    assert all(info.flag_bits & 0x08 == 0 and info.extra == b"" for info in infos)
    assert [info.filename for info in infos] == [
        "mimetype",
        "request.json",
        "request.pdf",
        "attachments/proces-verbaal é.txt",
        "META-INF/ASiCManifest001.xml",
        "META-INF/signature001.p7s",
    ]


def test_zipinfo_lists_mimetype_first_and_stored(tmp_path: Path) -> None:
    if shutil.which("zipinfo") is None:
        pytest.skip("zipinfo (Debian package unzip) is not installed")
    package = tmp_path / "request.asice"
    package.write_bytes(build_container(OBJECTS, [fake_signer]))
    lines = [line for line in _run("zipinfo", str(package)).decode().splitlines() if line.startswith("-")]
    assert lines[0].split()[-1] == "mimetype"
    assert " stor " in lines[0]
    assert all(" defN " in line or " defX " in line for line in lines[1:])


def test_same_input_gives_the_same_bytes() -> None:
    assert build_container(OBJECTS, [fake_signer]) == build_container(OBJECTS, [fake_signer])
    assert manifest_xml("META-INF/signature001.p7s", OBJECTS) == manifest_xml(
        "META-INF/signature001.p7s", OBJECTS
    )


def test_openssl_verifies_the_manifest_and_the_digest_matches(
    tmp_path: Path, signing_cert: tuple[Path, Path]
) -> None:
    cert, key = signing_cert
    data = build_container(OBJECTS, [openssl_signer(cert, key, tmp_path)])
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(unpacked)  # our own container; the hostile-input reader never extracts
    _verify_with_openssl(unpacked, 1, cert)
    digest = (
        _run("sh", "-c", "openssl dgst -sha256 -binary request.json | base64", cwd=unpacked).decode().strip()
    )
    manifest = (unpacked / "META-INF/ASiCManifest001.xml").read_text(encoding="utf-8")
    values = re.findall(r"<ds:DigestValue>([^<]+)</ds:DigestValue>", manifest)
    assert digest == values[0] == base64.b64encode(hashlib.sha256(REQUEST).digest()).decode()
    assert 'URI="META-INF/signature001.p7s"' in manifest
    assert 'MimeType="application/pkcs7-signature"' in manifest
    assert manifest.count(f'Algorithm="{SHA256_URI}"') == len(OBJECTS)

    tampered = unpacked / "META-INF/ASiCManifest001.xml"
    tampered.write_bytes(tampered.read_bytes().replace(b"request.pdf", b"request.PDF"))
    result = subprocess.run(
        [OPENSSL, "cms", "-verify", "-binary", "-inform", "DER", "-in", "META-INF/signature001.p7s",
         "-content", "META-INF/ASiCManifest001.xml", "-CAfile", str(cert), "-out", "/dev/null"],
        cwd=unpacked, capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0


def test_two_signers_give_two_manifests_each_covering_everything(
    tmp_path: Path, signing_cert: tuple[Path, Path]
) -> None:
    cert, key = signing_cert
    signer = openssl_signer(cert, key, tmp_path)
    data = build_container(OBJECTS, [signer, signer])
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(unpacked)
    _verify_with_openssl(unpacked, 1, cert)
    _verify_with_openssl(unpacked, 2, cert)
    container = read_container(data)
    assert [m.name for m in container.manifests] == [
        "META-INF/ASiCManifest001.xml",
        "META-INF/ASiCManifest002.xml",
    ]
    assert [m.signature_name for m in container.manifests] == [
        "META-INF/signature001.p7s",
        "META-INF/signature002.p7s",
    ]
    for manifest in container.manifests:
        assert [r.uri for r in manifest.references] == [o.name for o in OBJECTS]
    assert set(container.signatures) == {"META-INF/signature001.p7s", "META-INF/signature002.p7s"}


def test_read_container_round_trip() -> None:
    data = build_container(OBJECTS, [fake_signer])
    container = read_container(data)
    assert dict(container.data_objects) == {o.name: o.content for o in OBJECTS}
    assert dict(container.media_types) == {o.name: o.media_type for o in OBJECTS}
    (manifest,) = container.manifests
    assert manifest.raw == manifest_xml("META-INF/signature001.p7s", OBJECTS)
    assert container.signatures["META-INF/signature001.p7s"] == fake_signer(manifest.raw)
    for reference in manifest.references:
        assert reference.digest_algorithm == SHA256_URI
        assert digest_matches(reference, container.data_objects[reference.uri])
        assert not digest_matches(reference, container.data_objects[reference.uri] + b" ")


def test_manifest_escapes_names_and_parses_back() -> None:
    objects = [DataObject('notes & "quotes" <ok>.txt', b"x", "text/plain")]
    raw = manifest_xml("META-INF/signature001.p7s", objects)
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"')
    assert b'URI="notes &amp; &quot;quotes&quot; &lt;ok&gt;.txt"' in raw
    parsed = parse_manifest("META-INF/ASiCManifest001.xml", raw)
    assert parsed.references[0].uri == objects[0].name
    assert parsed.references[0].media_type == "text/plain"
    assert parsed.signature_name == "META-INF/signature001.p7s"


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("../escape.txt", "The entry name \"../escape.txt\" contains a '..' segment."),
        ("/etc/passwd", 'The entry name "/etc/passwd" is an absolute path.'),
        ("dir\\file.txt", 'The entry name "dir\\file.txt" contains a backslash.'),
        ("C:file.txt", 'The entry name "C:file.txt" starts with a drive letter.'),
        ("bad\x07.txt", 'The entry name "bad\\u0007.txt" contains a control or formatting character.'),
        ("folder/", "The entry name \"folder/\" has an empty or '.' path segment."),
        (
            "META-INF/extra.xml",
            'The data object name "META-INF/extra.xml" is reserved for the container itself.',
        ),
        ("mimetype", 'The data object name "mimetype" is reserved for the container itself.'),
        ("e\u0301.txt", 'The data object name "e\u0301.txt" is not in Unicode NFC form.'),
        ("x" * 256, 'The entry name "' + "x" * 120 + '…" is longer than 255 bytes.'),
        ("", "An entry name is empty."),
    ],
)
def test_writer_refuses_unsafe_names(name: str, sentence: str) -> None:
    with pytest.raises(ContainerError) as caught:
        build_container([DataObject(name, b"x")], [fake_signer])
    assert str(caught.value) == sentence


def test_writer_refuses_duplicates_missing_signers_and_bad_signatures() -> None:
    twice = [DataObject("a.txt", b"1"), DataObject("A.txt", b"2")]
    with pytest.raises(
        ContainerError, match=r'^Two data objects are named "a.txt" and "A.txt", which collide\.$'
    ):
        build_container(twice, [fake_signer])
    with pytest.raises(ContainerError, match=r"^At least one signer is required to build a container\.$"):
        build_container(OBJECTS, [])
    with pytest.raises(ContainerError, match=r"^A container needs at least one data object\.$"):
        build_container([], [fake_signer])
    with pytest.raises(ContainerError, match=r"^Signer 1 did not return a DER-encoded signature\.$"):
        build_container(OBJECTS, [lambda manifest: b"-----BEGIN PKCS7-----"])
    with pytest.raises(ContainerError, match=r"is not of the form type/subtype\.$"):
        build_container([DataObject("a.txt", b"1", "text plain")], [fake_signer])


def test_container_made_by_a_partner_with_stock_tools_is_accepted(
    tmp_path: Path, signing_cert: tuple[Path, Path]
) -> None:
    """Needs Info-ZIP `zip` (Debian package zip) besides OpenSSL."""
    if shutil.which("zip") is None:
        pytest.skip("Info-ZIP zip is not installed (apt-get install -y zip)")
    cert, key = signing_cert
    (tmp_path / "request.json").write_bytes(REQUEST)
    (tmp_path / "META-INF").mkdir()
    _run("sh", "-c", "printf %s application/vnd.etsi.asic-e+zip > mimetype", cwd=tmp_path)
    digest = _run("sh", "-c", "openssl dgst -sha512 -binary request.json | base64 -w0", cwd=tmp_path).decode()
    manifest = f"""<?xml version="1.0" encoding="UTF-8"?>
<ASiCManifest xmlns="http://uri.etsi.org/02918/v1.2.1#" xmlns:ns2="http://www.w3.org/2000/09/xmldsig#">
  <SigReference URI="META-INF/signature001.p7s" MimeType="application/pkcs7-signature"/>
  <DataObjectReference URI="request.json" MimeType="application/json">
    <ns2:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha512"/>
    <ns2:DigestValue>{digest}</ns2:DigestValue>
  </DataObjectReference>
</ASiCManifest>
"""
    (tmp_path / "META-INF/ASiCManifest001.xml").write_text(manifest, encoding="utf-8")
    _run(
        OPENSSL, "cms", "-sign", "-binary", "-md", "sha256", "-outform", "DER", "-cades",
        "-signer", str(cert), "-inkey", str(key), "-in", "META-INF/ASiCManifest001.xml",
        "-out", "META-INF/signature001.p7s", cwd=tmp_path,
    )  # fmt: skip
    _run("zip", "-q", "-X", "-0", "pkg.asice", "mimetype", cwd=tmp_path)
    _run("zip", "-q", "-X", "-r", "pkg.asice", "request.json", "META-INF", cwd=tmp_path)

    data = (tmp_path / "pkg.asice").read_bytes()
    assert data[30:38] == b"mimetype"
    assert data[38 : 38 + len(MIMETYPE)] == MIMETYPE.encode()
    container = read_container(data)
    assert dict(container.data_objects) == {"request.json": REQUEST}
    assert dict(container.media_types) == {"request.json": "application/json"}
    (reference,) = container.manifests[0].references
    assert reference.digest_algorithm == SHA512_URI
    assert digest_matches(reference, REQUEST)
    assert container.manifests[0].raw == manifest.encode("utf-8")
    assert (
        container.signatures["META-INF/signature001.p7s"]
        == (tmp_path / "META-INF/signature001.p7s").read_bytes()
    )


def test_highly_compressible_content_is_stored_so_our_own_reader_accepts_it() -> None:
    """A blank scan deflates far beyond the reader's 100:1 bomb limit; the writer stores it instead."""
    from desktop.exchange.asice import DataObject, build_container, read_container

    blank = bytes(5_000_000)
    data = build_container(
        [DataObject("request.json", b"{}", "application/json"), DataObject("attachments/blank.bin", blank)],
        [lambda _manifest: b"\x30\x03\x02\x01\x01"],
    )
    container = read_container(data)
    assert container.data_objects["attachments/blank.bin"] == blank

"""The ASiCManifest XML of an ASiC-E container (ETSI EN 319 162-1, CAdES variant), and the part-name rules.

`manifest_xml` writes a manifest byte for byte the same for the same input (hand-built XML, no
serializer whose attribute order or quoting could change between Python versions).
`parse_manifest` reads a partner's manifest as hostile input: defusedxml with DTDs, entities and
external references forbidden, a size cap applied by the caller, and a closed vocabulary: the
root `asic:ASiCManifest`, exactly one `asic:SigReference` (MimeType, when present,
`application/pkcs7-signature`), one or more `asic:DataObjectReference` (each with exactly one
`ds:DigestMethod` of SHA-256, SHA-384 or SHA-512 and one base64 `ds:DigestValue` of the right
length), and the schema's optional extension elements. Any other element is refused; in
particular `ds:Transforms`, because the digests are checked over the raw bytes of the entries.
URIs are matched to entry names exactly; percent-encoded URIs are not decoded.

The name rules (`name_problem`) are shared by the writer and the reader, so that whatever the
writer accepts the reader accepts too.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from types import MappingProxyType
from xml.sax.saxutils import escape

import defusedxml
import defusedxml.ElementTree

from desktop.sentences import Said, Sentence, said

MANIFEST_NS = "http://uri.etsi.org/02918/v1.2.1#"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256"
SHA384_URI = "http://www.w3.org/2001/04/xmldsig-more#sha384"
SHA512_URI = "http://www.w3.org/2001/04/xmlenc#sha512"
SIGNATURE_MEDIA_TYPE = "application/pkcs7-signature"
# Digest method URI → hashlib name; no other algorithm is accepted in a manifest.
DIGEST_ALGORITHMS: Mapping[str, str] = MappingProxyType(
    {SHA256_URI: "sha256", SHA384_URI: "sha384", SHA512_URI: "sha512"}
)

_ROOT = f"{{{MANIFEST_NS}}}ASiCManifest"
_SIG_REFERENCE = f"{{{MANIFEST_NS}}}SigReference"
_DATA_REFERENCE = f"{{{MANIFEST_NS}}}DataObjectReference"
_MANIFEST_EXTENSIONS = f"{{{MANIFEST_NS}}}ASiCManifestExtensions"
_REFERENCE_EXTENSIONS = f"{{{MANIFEST_NS}}}DataObjectReferenceExtensions"
_DIGEST_METHOD = f"{{{DS_NS}}}DigestMethod"
_DIGEST_VALUE = f"{{{DS_NS}}}DigestValue"
_DRIVE = re.compile(r"[A-Za-z]:")
_MEDIA_CHAR = r"[A-Za-z0-9!#$&^_.+-]"
# RFC 6838 type/subtype, optionally with parameters (text/plain; charset=utf-8).
_MEDIA_TYPE = re.compile(
    rf"[A-Za-z0-9]{_MEDIA_CHAR}{{0,126}}/[A-Za-z0-9]{_MEDIA_CHAR}{{0,126}}"
    rf'(?: ?; ?{_MEDIA_CHAR}+=(?:{_MEDIA_CHAR}+|"[^"\\\x00-\x1f\x7f]*"))*'
)


class ContainerError(Sentence, ValueError):
    """A container or manifest that cannot be written or accepted; the message is one plain sentence.

    `sub_indication` follows ETSI EN 319 102-1: FORMAT_FAILURE, or SIGNED_DATA_NOT_FOUND when a
    file is not covered by any manifest or a referenced file is missing.
    """

    def __init__(self, template: str, /, *, sub_indication: str = "FORMAT_FAILURE", **values: object) -> None:
        super().__init__(template, **values)
        self.sub_indication = sub_indication


@dataclass(frozen=True)
class DataObject:
    """A file to sign: its name inside the container, its bytes and its media type."""

    name: str
    content: bytes
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Reference:
    """One DataObjectReference: `digest_algorithm` is the DigestMethod URI (a key of DIGEST_ALGORITHMS)."""

    uri: str
    media_type: str | None
    digest_algorithm: str
    digest: bytes


@dataclass(frozen=True)
class Manifest:
    """A parsed ASiCManifest: its entry name, its exact bytes (what the signature covers) and content."""

    name: str
    raw: bytes
    signature_name: str
    references: tuple[Reference, ...]


def show(name: str) -> str:
    """The name quoted for a sentence, control and formatting characters escaped, long names shortened."""
    shown = "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in name
    )
    return f'"{shown[:120]}…"' if len(shown) > 120 else f'"{shown}"'


def name_problem(name: str, max_length: int = 255) -> Said | None:
    """Why `name` cannot be an entry name (one sentence), or None when it can.

    Refused: empty names, names over `max_length` UTF-8 bytes, control or formatting characters
    (NUL, bidi overrides, …), backslashes, absolute paths, drive letters, and empty, "." or ".."
    segments (so also a trailing "/").
    """
    if not name:
        return said("An entry name is empty.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") or ch in "\ufffe\uffff" for ch in name):
        return said("The entry name {name} contains a control or formatting character.", name=show(name))
    if len(name.encode("utf-8")) > max_length:
        return said("The entry name {name} is longer than {limit} bytes.", name=show(name), limit=max_length)
    if "\\" in name:
        return said("The entry name {name} contains a backslash.", name=show(name))
    if name.startswith("/"):
        return said("The entry name {name} is an absolute path.", name=show(name))
    if _DRIVE.match(name):
        return said("The entry name {name} starts with a drive letter.", name=show(name))
    segments = name.split("/")
    if ".." in segments:
        return said("The entry name {name} contains a '..' segment.", name=show(name))
    if "" in segments or "." in segments:
        return said("The entry name {name} has an empty or '.' path segment.", name=show(name))
    return None


def fold(name: str) -> str:
    """The key under which two names would collide on a case-insensitive or normalizing file system."""
    return unicodedata.normalize("NFKC", name).casefold()


def check_data_objects(objects: Sequence[DataObject]) -> None:
    """Raise ContainerError unless the data objects can be written into an ASiC-E container."""
    if not objects:
        raise ContainerError("A container needs at least one data object.")
    seen: dict[str, str] = {}
    for obj in objects:
        if not isinstance(obj, DataObject) or not isinstance(obj.name, str):
            raise ContainerError("Each data object must be a DataObject with a text name.")
        if not isinstance(obj.content, bytes):
            raise ContainerError("The content of the data object {name} is not bytes.", name=show(obj.name))
        problem = name_problem(obj.name)
        if problem:
            raise ContainerError.retold(problem)
        if unicodedata.normalize("NFC", obj.name) != obj.name:
            raise ContainerError(
                "The data object name {name} is not in Unicode NFC form.", name=show(obj.name)
            )
        first = fold(obj.name.split("/")[0])
        if first in ("meta-inf", "mimetype"):
            raise ContainerError(
                "The data object name {name} is reserved for the container itself.", name=show(obj.name)
            )
        if not isinstance(obj.media_type, str) or not _MEDIA_TYPE.fullmatch(obj.media_type):
            raise ContainerError(
                "The media type of the data object {name} is not of the form type/subtype.",
                name=show(obj.name),
            )
        key = fold(obj.name)
        if key in seen:
            raise ContainerError(
                "Two data objects are named {first} and {second}, which collide.",
                first=show(seen[key]),
                second=show(obj.name),
            )
        seen[key] = obj.name


def manifest_xml(signature_name: str, objects: Sequence[DataObject]) -> bytes:
    """The ASiCManifest naming `signature_name` and covering every object with its SHA-256 digest."""
    check_data_objects(objects)
    problem = (
        name_problem(signature_name)
        if isinstance(signature_name, str)
        else said("The signature name is not text.")
    )
    if problem:
        raise ContainerError.retold(problem)
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        f'<asic:ASiCManifest xmlns:asic="{MANIFEST_NS}" xmlns:ds="{DS_NS}">',
        f'  <asic:SigReference MimeType="{SIGNATURE_MEDIA_TYPE}" URI="{_attribute(signature_name)}"/>',
    ]
    for obj in objects:
        digest = base64.b64encode(hashlib.sha256(obj.content).digest()).decode("ascii")
        lines += [
            f'  <asic:DataObjectReference MimeType="{_attribute(obj.media_type)}" URI="{_attribute(obj.name)}">',
            f'    <ds:DigestMethod Algorithm="{SHA256_URI}"/>',
            f"    <ds:DigestValue>{digest}</ds:DigestValue>",
            "  </asic:DataObjectReference>",
        ]
    lines.append("</asic:ASiCManifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _attribute(value: str) -> str:
    return escape(value, {'"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"})


def digest_matches(reference: Reference, content: bytes) -> bool:
    """Whether `content` has the digest the reference declares (constant-time comparison)."""
    algorithm = DIGEST_ALGORITHMS.get(reference.digest_algorithm)
    if algorithm is None:
        return False
    return hmac.compare_digest(hashlib.new(algorithm, content).digest(), reference.digest)


def parse_manifest(name: str, raw: bytes) -> Manifest:
    """Parse the manifest entry `name` (hostile input); raise ContainerError with a sentence on any defect."""
    try:
        root = defusedxml.ElementTree.fromstring(
            raw, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DefusedXmlException as error:
        raise ContainerError(
            "The manifest {manifest} uses a DTD, entities or external references, which are not allowed.",
            manifest=show(name),
        ) from error
    except (ET.ParseError, ValueError, LookupError, UnicodeError) as error:
        raise ContainerError(
            "The manifest {manifest} is not well-formed XML.", manifest=show(name)
        ) from error
    if root.tag != _ROOT:
        raise ContainerError(
            "The manifest {manifest} is not an ASiCManifest in the namespace {namespace}.",
            manifest=show(name),
            namespace=MANIFEST_NS,
        )
    signature_names: list[str] = []
    references: list[Reference] = []
    for child in root:
        if child.tag == _SIG_REFERENCE:
            signature_names.append(_signature_uri(name, child))
        elif child.tag == _DATA_REFERENCE:
            references.append(_reference(name, child))
        elif child.tag != _MANIFEST_EXTENSIONS:
            raise ContainerError(
                "The manifest {manifest} contains the unexpected element {element}.",
                manifest=show(name),
                element=show(str(child.tag)),
            )
    if len(signature_names) != 1:
        raise ContainerError(
            "The manifest {manifest} must have exactly one SigReference.", manifest=show(name)
        )
    if not references:
        raise ContainerError("The manifest {manifest} references no data objects.", manifest=show(name))
    seen: set[str] = set()
    for reference in references:
        if reference.uri in seen:
            raise ContainerError(
                "The manifest {manifest} references {uri} twice.",
                manifest=show(name),
                uri=show(reference.uri),
            )
        seen.add(reference.uri)
    return Manifest(name, raw, signature_names[0], tuple(references))


def _signature_uri(name: str, element: ET.Element) -> str:
    uri = element.get("URI")
    if not uri:
        raise ContainerError("The SigReference in the manifest {manifest} has no URI.", manifest=show(name))
    media_type = element.get("MimeType")
    if media_type is not None and media_type != SIGNATURE_MEDIA_TYPE:
        raise ContainerError(
            "The SigReference in the manifest {manifest} has the MimeType {media_type}, not {expected}.",
            manifest=show(name),
            media_type=show(media_type),
            expected=SIGNATURE_MEDIA_TYPE,
        )
    return uri


def _reference(name: str, element: ET.Element) -> Reference:
    uri = element.get("URI")
    if not uri:
        raise ContainerError(
            "A DataObjectReference in the manifest {manifest} has no URI.", manifest=show(name)
        )
    methods: list[ET.Element] = []
    values: list[ET.Element] = []
    for child in element:
        if child.tag == _DIGEST_METHOD:
            methods.append(child)
        elif child.tag == _DIGEST_VALUE:
            values.append(child)
        elif child.tag != _REFERENCE_EXTENSIONS:
            raise ContainerError(
                "The reference to {uri} in the manifest {manifest} contains the unexpected element {element}.",
                uri=show(uri),
                manifest=show(name),
                element=show(str(child.tag)),
            )
    if len(methods) != 1 or len(values) != 1:
        raise ContainerError(
            "The reference to {uri} in the manifest {manifest} needs exactly one DigestMethod and one DigestValue.",
            uri=show(uri),
            manifest=show(name),
        )
    algorithm = methods[0].get("Algorithm") or ""
    if algorithm not in DIGEST_ALGORITHMS:
        raise ContainerError(
            "The reference to {uri} in the manifest {manifest} uses an unsupported digest algorithm.",
            uri=show(uri),
            manifest=show(name),
        )
    text = "".join((values[0].text or "").split())
    try:
        digest = base64.b64decode(text.encode("ascii"), validate=True) if text else b""
    except (binascii.Error, UnicodeError) as error:
        raise ContainerError(
            "The digest of {uri} in the manifest {manifest} is not valid base64.",
            uri=show(uri),
            manifest=show(name),
        ) from error
    if len(digest) != hashlib.new(DIGEST_ALGORITHMS[algorithm]).digest_size:
        raise ContainerError(
            "The digest of {uri} in the manifest {manifest} has the wrong length for its algorithm.",
            uri=show(uri),
            manifest=show(name),
        )
    return Reference(uri, element.get("MimeType"), algorithm, digest)


def check_coverage(
    manifests: Sequence[Manifest], signatures: Set[str], data_objects: Set[str], files: Set[str]
) -> dict[str, str]:
    """Check that manifests, signatures and files name one another; return each data object's media type.

    Every manifest names a signature present and its own; every signature is named; every
    reference is to a file present; every data object is covered by at least one manifest.
    """
    if not manifests:
        raise ContainerError("The container holds no ASiC manifest.")
    owners: dict[str, str] = {}
    media_types: dict[str, str] = {}
    for manifest in manifests:
        if manifest.signature_name not in signatures:
            raise ContainerError(
                "The manifest {manifest} names the signature {signature}, which is not in the container.",
                manifest=show(manifest.name),
                signature=show(manifest.signature_name),
            )
        if manifest.signature_name in owners:
            raise ContainerError(
                "The signature {signature} is named by more than one manifest.",
                signature=show(manifest.signature_name),
            )
        owners[manifest.signature_name] = manifest.name
        for reference in manifest.references:
            if reference.uri not in files:
                raise ContainerError(
                    "The manifest {manifest} references {uri}, which is not in the container.",
                    sub_indication="SIGNED_DATA_NOT_FOUND",
                    manifest=show(manifest.name),
                    uri=show(reference.uri),
                )
            if reference.media_type and reference.uri in data_objects:
                media_types.setdefault(reference.uri, reference.media_type)
    for name in sorted(signatures - owners.keys()):
        raise ContainerError("The signature {signature} is not named by any manifest.", signature=show(name))
    covered = {reference.uri for manifest in manifests for reference in manifest.references}
    for name in sorted(data_objects - covered):
        raise ContainerError(
            "The file {file} is not covered by any manifest.",
            sub_indication="SIGNED_DATA_NOT_FOUND",
            file=show(name),
        )
    return {name: media_types.get(name, "application/octet-stream") for name in data_objects}

"""The desktop integration files agree with each other and with pyproject.toml.

Linux (`resources/linux/`: desktop entry, AppStream metainfo, shared-mime-info types), Windows
(`installer/windows/casedesk.iss`), macOS (`installer/macos/Info.plist`) and the icons rendered by
scripts/make_app_icons.py. The freedesktop tools (desktop-file-validate, appstreamcli,
update-mime-database with gio or mimetype) are run when installed; only those parts are skipped
when they are missing. No Qt application is needed: QImage reads PNG files on its own.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from xml.etree.ElementTree import Element

import pytest
from defusedxml import ElementTree
from PySide6.QtGui import QImage

from desktop.exchange.asice import MIMETYPE, build_container
from desktop.exchange.manifest import DataObject

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "resources" / "linux"
APP_ID = "be.benelux.CaseDesk"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "casedesk-mime.xml"
ICONS = ROOT / "resources" / "icons" / "app"
ISS = ROOT / "installer" / "windows" / "casedesk.iss"
PLIST = ROOT / "installer" / "macos" / "Info.plist"

SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

CASE_FILE_TYPE = "application/x-casedesk"
PACKAGE_TYPE = "application/vnd.etsi.asic-e+zip"
ENCRYPTED_TYPE = "application/x-casedesk-encrypted-package"
OUR_TYPES = {CASE_FILE_TYPE, PACKAGE_TYPE, ENCRYPTED_TYPE}
# The file name endings each platform associates (Windows and macOS see only the last extension).
EXTENSIONS = {"casedesk", "asice", "p7m"}
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [16, 24, 32, 48, 64, 256]
ICON_NAMES = {
    "apps": ["casedesk"],
    "mimetypes": [t.replace("/", "-") for t in sorted(OUR_TYPES)],
}


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def desktop_list(value: str) -> list[str]:
    assert value.endswith(";")
    return value[:-1].split(";")


def mime_types() -> dict[str, Element]:
    root = ElementTree.parse(MIME_XML).getroot()
    return {node.get("type"): node for node in root.findall(f"{SMI}mime-type")}


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def iss_section(name: str) -> list[str]:
    lines, inside = [], False
    for line in iss_text().splitlines():
        if line.startswith("["):
            inside = line.strip() == f"[{name}]"
        elif inside and line.strip() and not line.lstrip().startswith(";"):
            lines.append(line)
    return lines


# --- Linux: desktop entry ------------------------------------------------------------------------


def test_desktop_entry_launches_the_gui_with_the_file_and_names_our_types() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "casedesk-gui %f"
    assert entry["TryExec"] == "casedesk-gui"
    assert entry["Icon"] == "casedesk"
    assert entry["Terminal"] == "false"
    assert set(desktop_list(entry["MimeType"])) == OUR_TYPES
    assert "Office" in desktop_list(entry["Categories"])
    scripts = pyproject()["project"]
    assert entry["Exec"].split()[0] in scripts["gui-scripts"]
    # Wayland matches the window to its entry by this id (desktop/ui/app.py).
    app_source = (ROOT / "desktop" / "ui" / "app.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("be.benelux.CaseDesk")' in app_source
    for lang in ("fr", "nl", "de"):
        for key in ("Name", "GenericName", "Comment", "Keywords"):
            assert entry[f"{key}[{lang}]"], f"{key}[{lang}]"
        assert entry[f"Comment[{lang}]"] != entry["Comment"]


def test_desktop_file_validate_accepts_the_entry() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


# --- Linux: AppStream ----------------------------------------------------------------------------


def test_metainfo_matches_the_desktop_entry_and_pyproject() -> None:
    project = pyproject()["project"]
    root = ElementTree.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == project["license"] == "EUPL-1.2"
    assert root.findtext("name") == desktop_entry()["Name"]
    launchable = root.find("launchable")
    assert launchable is not None
    assert (launchable.get("type"), launchable.text) == ("desktop-id", DESKTOP_FILE.name)
    provides = root.find("provides")
    assert provides is not None
    binaries = {node.text for node in provides.findall("binary")}
    assert binaries == set(project["scripts"]) | set(project["gui-scripts"]) == {"casedesk", "casedesk-gui"}
    assert {node.text for node in provides.findall("mediatype")} == OUR_TYPES
    releases = root.findall("releases/release")
    assert (releases[0].get("version"), releases[0].get("date")) == (project["version"], "2026-11-29")
    assert {node.get(XML_LANG) for node in root.findall("summary")} == {None, "fr", "nl", "de"}
    assert {node.get(XML_LANG) for node in root.findall("description/p")} == {None, "fr", "nl"}
    rating = root.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    for image in root.findall("screenshots/screenshot/image"):
        relative = image.text.split("/raw/main/", 1)[1]
        assert (ROOT / relative).is_file(), relative


def test_appstreamcli_validates_the_metainfo() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # AppStream < 1.0 does not know <developer> yet (an info, not an error); nothing else is reported.
    reported = [line for line in result.stdout.splitlines() if re.match(r"^[EWIP]: ", line)]
    assert all("unknown-tag developer" in line for line in reported), reported


# --- Linux: MIME types ---------------------------------------------------------------------------


def test_mime_definitions_cover_the_desktop_entry() -> None:
    types = mime_types()
    assert set(types) == OUR_TYPES == set(desktop_list(desktop_entry()["MimeType"]))
    globs = {
        t: [(g.get("pattern"), g.get("weight")) for g in node.findall(f"{SMI}glob")]
        for t, node in types.items()
    }
    assert globs == {
        CASE_FILE_TYPE: [("*.casedesk", None)],
        PACKAGE_TYPE: [("*.asice", None)],
        # above application/pkcs7-mime's *.p7m (default weight 50)
        ENCRYPTED_TYPE: [("*.asice.p7m", "80")],
    }
    parents = {t: [p.get("type") for p in node.findall(f"{SMI}sub-class-of")] for t, node in types.items()}
    assert parents == {
        CASE_FILE_TYPE: ["inode/directory"],
        PACKAGE_TYPE: ["application/zip"],
        ENCRYPTED_TYPE: ["application/pkcs7-mime"],
    }
    for node in types.values():
        assert {c.get(XML_LANG) for c in node.findall(f"{SMI}comment")} == {None, "fr", "nl", "de"}


def test_package_magic_is_where_our_writer_puts_the_mimetype_entry() -> None:
    matches = mime_types()[PACKAGE_TYPE].findall(f".//{SMI}match")
    assert [(m.get("offset"), m.get("value")) for m in matches] == [
        ("0", "PK\\003\\004"),
        ("30", "mimetype"),
        ("38", MIMETYPE),
    ]
    package = build_container(
        [DataObject("request.json", b"{}", "application/json")], [lambda _: b"\x30\x00"]
    )
    assert package[:4] == b"PK\x03\x04"
    assert package[30:38] == b"mimetype"
    assert package[38 : 38 + len(MIMETYPE)] == MIMETYPE.encode("ascii")


def _detector() -> list[str] | None:
    if gio := shutil.which("gio"):
        return [gio, "info", "--attributes=standard::content-type"]
    if mimetype := shutil.which("mimetype"):
        return [mimetype, "--brief"]
    return None


def test_shared_mime_info_detects_packages_by_name_and_by_content(tmp_path: Path) -> None:
    update = shutil.which("update-mime-database")
    detector = _detector()
    if update is None or detector is None:
        pytest.skip(
            "update-mime-database and gio or mimetype are needed (Debian: shared-mime-info, libglib2.0-bin)"
        )
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if system.is_file():  # the standard types, so that *.p7m competes with application/pkcs7-mime
        shutil.copy(system, packages)
    env = {**os.environ, "PKGSYSTEM_ENABLE_FSYNC": "0"}
    subprocess.run([update, str(tmp_path / "share" / "mime")], check=True, capture_output=True, env=env)

    package = build_container(
        [DataObject("request.json", b"{}", "application/json")], [lambda _: b"\x30\x00"]
    )
    samples = tmp_path / "samples"
    (samples / "Demo.casedesk").mkdir(parents=True)
    (samples / "request.asice").write_bytes(package)
    (samples / "no-extension").write_bytes(package)  # found by the magic alone
    envelope = bytes.fromhex("3080") + bytes.fromhex("06092a864886f70d010703")  # CMS EnvelopedData
    (samples / "request.asice.p7m").write_bytes(envelope)
    (samples / "letter.p7m").write_bytes(envelope)
    (samples / "named-like-a-case-file.casedesk").write_bytes(b"a file\n")  # the glob alone

    env = {**os.environ, "XDG_DATA_DIRS": str(tmp_path / "share"), "XDG_DATA_HOME": str(tmp_path / "home")}

    def detect(name: str) -> str:
        out = subprocess.run(
            [*detector, str(samples / name)], capture_output=True, text=True, check=True, env=env
        )
        return out.stdout.strip().rsplit(" ", 1)[-1]

    assert detect("request.asice") == PACKAGE_TYPE
    assert detect("no-extension") == PACKAGE_TYPE
    assert detect("request.asice.p7m") == ENCRYPTED_TYPE
    assert detect("named-like-a-case-file.casedesk") == CASE_FILE_TYPE
    if system.is_file():
        assert detect("letter.p7m") == "application/pkcs7-mime"
    assert detect("Demo.casedesk") == "inode/directory"  # a folder stays a folder for file managers


# --- icons ---------------------------------------------------------------------------------------


def test_hicolor_icons_exist_at_every_size_and_as_svg() -> None:
    for context, names in ICON_NAMES.items():
        for name in names:
            for size in PNG_SIZES:
                image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / context / f"{name}.png"))
                assert (image.width(), image.height(), image.hasAlphaChannel()) == (size, size, True), (
                    name,
                    size,
                )
                assert image.pixelColor(0, 0).alpha() == 0  # a transparent corner, not a filled square
            scalable = ICONS / "hicolor" / "scalable" / context / f"{name}.svg"
            assert scalable.is_file(), scalable
    source = (ICONS / "casedesk.svg").read_bytes()
    assert (ICONS / "hicolor" / "scalable" / "apps" / "casedesk.svg").read_bytes() == source
    assert (
        ICONS / "hicolor" / "scalable" / "mimetypes" / "application-x-casedesk.svg"
    ).read_bytes() == source


@pytest.mark.parametrize("name", ["casedesk.ico", "casedesk-package.ico", "casedesk-encrypted-package.ico"])
def test_windows_icons_hold_the_sizes_windows_asks_for(name: str) -> None:
    data = (ISS.parent / name).read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        size = width or 256
        assert (height or 256, planes, bits) == (size, 1, 32)
        entry = data[offset : offset + length]
        if size == 256:
            assert entry.startswith(b"\x89PNG\r\n\x1a\n")
        else:
            assert struct.unpack_from("<Iii", entry) == (40, size, 2 * size)
        sizes.append(size)
    assert sizes == ICO_SIZES


# --- Windows and macOS ---------------------------------------------------------------------------


def ini_value(text: str, section: str, key: str) -> str:
    """What Windows' GetPrivateProfileString (ISPP's ReadIni) returns: first match, quotes dropped."""
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif current == section and "=" in line:
            name, value = (part.strip() for part in line.split("=", 1))
            if name.lower() == key.lower():
                return (
                    value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'" else value
                )
    return ""


def test_inno_setup_script_takes_the_one_version_and_associates_the_three_types() -> None:
    text = iss_text()
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")  # so that Inno Setup reads it as UTF-8
    # /DAppVersion=..., else pyproject.toml's [project] version read as an INI value
    assert "#ifndef AppVersion" in text
    fallback = re.search(r'ReadIni\(AddBackslash\(SourcePath\) \+ "([^"]+)", "(\w+)", "(\w+)", ""\)', text)
    assert fallback is not None
    relative, section, key = fallback.groups()
    pyproject_path = (ISS.parent / relative.replace("\\", "/")).resolve()
    assert pyproject_path == ROOT / "pyproject.toml"
    read = ini_value(pyproject_path.read_text(encoding="utf-8"), section, key)
    assert read == pyproject()["project"]["version"]
    setup = dict(line.split("=", 1) for line in iss_section("Setup"))
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["ChangesAssociations"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["SetupIconFile"] == "casedesk.ico"  # also installer/casedesk.spec's exe icon
    sources = [re.search(r'Source: "([^"*]+\.ico)"', line) for line in iss_section("Files")]
    assert [m.group(1) for m in sources if m] == ["casedesk-package.ico", "casedesk-encrypted-package.ico"]
    assert [line.split('"')[1] for line in iss_section("Languages")] == ["en", "fr", "nl", "de"]

    registry = "\n".join(iss_section("Registry"))
    extensions = set(re.findall(r'Subkey: "Software\\Classes\\\.(\w+)', registry))
    extensions |= set(re.findall(r'System\.FileName:""\*\.(\w+)""', registry))
    assert extensions == EXTENSIONS
    assert "Root: HKA;" in registry
    assert (
        'Subkey: "Software\\Classes\\.p7m"; ValueType: string; ValueName: ""' not in registry
    )  # never the default
    assert registry.count('""{app}\\{#AppExeName}"" ""%1""') == 4
    assert "[UninstallDelete]" not in [line.strip() for line in text.splitlines()]  # never user data


def test_info_plist_template_declares_the_three_types_with_the_version_placeholder() -> None:
    with PLIST.open("rb") as stream:
        plist = plistlib.load(stream)
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "@VERSION@"
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["LSMinimumSystemVersion"] == "11.0"
    assert plist["NSHighResolutionCapable"] is True
    declared = {t["UTTypeIdentifier"]: t for t in plist["UTExportedTypeDeclarations"]}
    declared |= {t["UTTypeIdentifier"]: t for t in plist["UTImportedTypeDeclarations"]}
    extensions = {
        e for t in declared.values() for e in t["UTTypeTagSpecification"]["public.filename-extension"]
    }
    assert extensions == EXTENSIONS
    casefile = declared["be.benelux.casedesk.casefile"]
    assert "com.apple.package" in casefile["UTTypeConformsTo"]
    assert declared["be.benelux.casedesk.package"]["UTTypeConformsTo"] == ["public.zip-archive"]
    assert declared["be.benelux.casedesk.package"]["UTTypeTagSpecification"]["public.mime-type"] == [
        PACKAGE_TYPE
    ]
    documents = {d["LSItemContentTypes"][0]: d for d in plist["CFBundleDocumentTypes"]}
    assert set(documents) == set(declared)
    assert documents["be.benelux.casedesk.casefile"]["LSTypeIsPackage"] is True
    assert documents["be.benelux.casedesk.encrypted-package"]["LSHandlerRank"] == "Alternate"

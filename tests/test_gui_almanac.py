"""The Almanac page, clicked through with pytest-qt on a real temporary case file."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.almanac_csv import parse_almanac_csv
from desktop.ui.almanac import AlmanacPage
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness

GOOD_CSV = (
    "name,agency,posting,languages,phone,email,coverage,notes\n"
    "Anne Dupont,BE-FEDPOL,Brussels,fr;nl,+32 2 000 00 01,anne@example.be,Wallonia,Night shifts\n"
    "Piet de Vries,NL-POLITIE-LIMBURG,Maastricht,nl;de,+31 43 000 00 02,piet@example.nl,Liège area,\n"
    "Marie Weber,LU-POLICE,Luxembourg,fr;de;lb,,marie@example.lu,Whole country,\n"
).encode()
WITH_BAD_LINES = (
    b"name,agency,phone,email\n"
    b"Jan Peeters,BE-FEDPOL,+32 3 000 00 03,jan@example.be\n"
    b"Nobody,XX-NOWHERE,,\n"
    b"Bad Mail,BE-FEDPOL,,not-an-address\n"
)
BAD_HEADER = b"who,where\nAnne Dupont,BE-FEDPOL\n"


@pytest.fixture
def opened(qtbot, tmp_case) -> Iterator[tuple[AlmanacPage, PageHarness]]:  # type: ignore[no-untyped-def]
    harness = PageHarness(qtbot, tmp_case.path, "Anna", tmp_case.passphrase("Anna"))
    page = AlmanacPage()
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    harness.attach(page)
    _wait_loaded(qtbot, page)
    yield page, harness
    page.detach()
    harness.close()


def _wait_loaded(qtbot, page: AlmanacPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page._body.currentWidget() is not page.loading_label, timeout=WAIT)


def _names(page: AlmanacPage) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def _search(qtbot, page: AlmanacPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would and wait for the debounced search to bring that text's result."""
    page.search_edit.clear()
    if text.isascii():
        qtbot.keyClicks(page.search_edit, text)
    else:  # QTest can only click ASCII keys; an input method inserts the rest
        page.search_edit.insert(text)
    qtbot.waitUntil(lambda: page.shown_search == text, timeout=WAIT)


def _import(qtbot, page: AlmanacPage, csv_file: Path) -> None:  # type: ignore[no-untyped-def]
    page.choose_import_file = lambda _parent, _caption, _filter: str(csv_file)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.isVisible() or bool(page.error_label.text()), timeout=WAIT)
    qtbot.waitUntil(lambda: not page._busy, timeout=WAIT)


def _filled(qtbot, page: AlmanacPage, harness: PageHarness, data: bytes = GOOD_CSV) -> None:  # type: ignore[no-untyped-def]
    harness.call(lambda svc: svc.almanac.import_csv(data))
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=WAIT)


def test_empty_almanac_says_how_to_fill_it(opened) -> None:  # type: ignore[no-untyped-def]
    page, _harness = opened
    assert page._body.currentWidget() is page.empty_label
    assert "import a CSV file" in page.empty_label.text()
    assert page.count_label.text() == "0 officers"
    assert page.import_button.isEnabled() and page.export_button.isEnabled()


def test_search_filters_rows_and_selection_shows_the_details(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    _filled(qtbot, page, harness)
    assert _names(page) == ["Anne Dupont", "Marie Weber", "Piet de Vries"]
    assert page.count_label.text() == "3 officers"

    _search(qtbot, page, "liège")  # matches Piet's coverage, not his name
    assert _names(page) == ["Piet de Vries"]
    assert page.fields["coverage"].text() == "Liège area"
    assert page.fields["languages"].text() == "nl, de"

    _search(qtbot, page, "lu-police")  # the agency code, without regard to case
    assert _names(page) == ["Marie Weber"]

    _search(qtbot, page, "Zorro")
    assert page._body.currentWidget() is page.empty_label
    assert page.empty_label.text() == "No liaison officer matches “Zorro”."

    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=WAIT)
    page.table.selectRow(2)
    assert page.fields["name"].text() == "Piet de Vries"
    assert page.fields["agency"].text() == "NL-POLITIE-LIMBURG"
    assert page.fields["email"].text() == "piet@example.nl"


def test_ctrl_f_goes_to_the_search_field(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    _filled(qtbot, page, harness)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_edit.hasFocus, timeout=WAIT)


def test_copy_buttons_go_through_copy_sensitive(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    copied: list[str] = []
    page.copy_to_clipboard = copied.append
    _filled(qtbot, page, harness)
    page.table.selectRow(0)  # Anne Dupont
    qtbot.mouseClick(page.copy_phone_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.copy_email_button, Qt.MouseButton.LeftButton)
    assert copied == ["+32 2 000 00 01", "anne@example.be"]
    assert "Anne Dupont" in page.status_label.text()
    page.table.selectRow(1)  # Marie Weber has no phone number
    assert not page.copy_phone_button.isEnabled()
    assert page.copy_email_button.isEnabled()


def test_default_copy_puts_the_value_on_the_clipboard(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    _filled(qtbot, page, harness)
    page.table.selectRow(0)
    qtbot.mouseClick(page.copy_email_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "anne@example.be"
    QApplication.clipboard().clear()


def test_csv_import_shows_the_report_and_the_rows(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    csv_file = tmp_path / "officers.csv"
    csv_file.write_bytes(WITH_BAD_LINES)
    _import(qtbot, page, csv_file)
    qtbot.waitUntil(lambda: _names(page) == ["Jan Peeters"], timeout=WAIT)
    assert page.report.summary.text() == "1 officers added, 0 updated, 2 problems found in the file."
    assert page.report.line_texts() == [
        'Line 3, column agency: The agency code "XX-NOWHERE" is not known.',
        'Line 4, column email: The e-mail address "not-an-address" is not valid.',
    ]
    assert page.error_label.text() == ""
    assert [c.almanac for c in harness.changes] == [True]
    stored = harness.call(lambda svc: svc.almanac.search())
    assert [(o.name, o.phone) for o in stored] == [("Jan Peeters", "+32 3 000 00 03")]

    # Importing again updates instead of adding; the report closes on request.
    _import(qtbot, page, csv_file)
    qtbot.waitUntil(lambda: "0 officers added, 1 updated" in page.report.summary.text(), timeout=WAIT)
    qtbot.mouseClick(page.report.close_button, Qt.MouseButton.LeftButton)
    assert not page.report.isVisible()
    assert len(harness.call(lambda svc: svc.almanac.search())) == 1


def test_malformed_csv_shows_a_sentence_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, opened, tmp_case, snapshot, tmp_path: Path
) -> None:
    page, harness = opened
    _filled(qtbot, page, harness)
    csv_file = tmp_path / "broken.csv"
    csv_file.write_bytes(BAD_HEADER)
    harness.changes.clear()
    before = snapshot(tmp_case.path)
    _import(qtbot, page, csv_file)
    qtbot.waitUntil(lambda: bool(page.error_label.text()), timeout=WAIT)
    assert page.error_label.text().startswith("Nothing was imported: The first line must be a header row")
    assert page.error_label.text().endswith(".")
    assert page.report.line_texts()[0].startswith("Line 1: The first line must be a header row")
    assert harness.changes == []
    assert snapshot(tmp_case.path) == before
    assert _names(page) == ["Anne Dupont", "Marie Weber", "Piet de Vries"]


def test_unreadable_file_is_a_sentence(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, _harness = opened
    _import(qtbot, page, tmp_path / "missing.csv")
    assert page.error_label.text().startswith("The file missing.csv could not be read:")
    assert not page.report.isVisible()


def test_export_asks_first_then_writes_the_file(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    _filled(qtbot, page, harness)
    target = tmp_path / "out" / "almanac.csv"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent, _caption, suggested, _filter) -> str:  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target)

    page.choose_export_file = choose

    # Cancel: nothing is asked further and nothing is written.
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    box = page.export_confirm
    assert box is not None and "not encrypted" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_confirm is None, timeout=WAIT)
    assert asked == [] and not target.exists()

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    box = page.export_confirm
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    qtbot.waitUntil(lambda: "unencrypted" in page.status_label.text(), timeout=WAIT)
    assert asked == ["almanac.csv"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    parsed = parse_almanac_csv(
        target.read_bytes(), known_agencies=["BE-FEDPOL", "NL-POLITIE-LIMBURG", "LU-POLICE"]
    )
    assert parsed.errors == ()
    assert list(parsed.records) == harness.call(lambda svc: svc.almanac.search())
    assert harness.changes == []  # an export changes nothing in the case file


def test_export_over_a_world_readable_file_replaces_it_owner_only(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    _filled(qtbot, page, harness)
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "almanac.csv"
    target.write_bytes(b"an older export\n")
    target.chmod(0o644)
    page.choose_export_file = lambda *_args: str(target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "unencrypted" in page.status_label.text(), timeout=WAIT)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # the old file's 0644 did not survive
    assert target.read_bytes() == harness.call(lambda svc: svc.almanac.export_csv())
    assert [p.name for p in folder.iterdir()] == ["almanac.csv"]  # no temporary file left


def test_export_to_an_unwritable_place_is_a_sentence(qtbot, opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, _harness = opened
    page.choose_export_file = lambda *_args: str(tmp_path / "no-such-folder" / "almanac.csv")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.error_label.text()), timeout=WAIT)
    assert page.error_label.text().startswith("The file almanac.csv could not be written:")


def test_detach_forgets_everything(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page, harness = opened
    _filled(qtbot, page, harness)
    qtbot.keyClicks(page.search_edit, "Anne")
    page.table.selectRow(0)
    page.detach()
    assert page.table.rowCount() == 0
    assert page.search_edit.text() == ""
    assert all(label.text() == "" for label in page.fields.values())
    assert page.count_label.text() == "" and not page.report.isVisible()
    assert not page.import_button.isEnabled()
    qtbot.wait(2 * 250)  # the debounced search must not fire after the lock
    assert page.table.rowCount() == 0


def test_other_pages_imports_reload_the_page(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.changes import Changes

    page, harness = opened
    harness.call(lambda svc: svc.almanac.import_csv(GOOD_CSV))
    page.on_changes(Changes(cases=True))
    qtbot.wait(100)
    assert page.table.rowCount() == 0  # not watched
    page.on_changes(Changes(almanac=True))
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=WAIT)

"""The Agencies page, clicked through with pytest-qt on a real case file and real certificates."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop.exchange.pki import DemoIdentity, DemoPki, load_pkcs12, make_demo_pki
from desktop.ui.agencies import AgenciesPage
from desktop.ui.agencies.dialogs import FINGERPRINT_POINT_SIZE
from desktop.ui.agencies.display import (
    EXPIRY_WARNING_DAYS,
    expiry_colors,
    fingerprint_lines,
    group_fingerprint,
)
from desktop.ui.agencies.partners import FINGERPRINT_PAIRS_PER_ROW, PINNED_COLUMN, STATUS_COLUMN
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.pki_fixtures import identity, session_test_pki

PARTNER = "NL-POLITIE-LIMBURG"
SECRET_SERVICE = os.environ.get("CASEDESK_TEST_SECRET_SERVICE") == "1"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    return session_test_pki(tmp_path_factory)


def _issued_days_ago(folder: Path, days_left: int, name: str = "Old Partner") -> DemoIdentity:
    """A real person certificate of the demo PKI (730 days of validity) ending in `days_left` days
    (negative: ended that many days ago)."""
    issued = dt.datetime.now(dt.UTC) - dt.timedelta(days=730 - days_left - 1)
    return make_demo_pki(folder, [(name, "NL", PARTNER)], now=issued).identities[0]


@pytest.fixture(scope="module")
def short_lived(tmp_path_factory: pytest.TempPathFactory) -> dict[str, DemoIdentity]:
    folder = tmp_path_factory.mktemp("short-lived")
    return {
        "expiring": _issued_days_ago(folder / "expiring", days_left=10, name="Soon Gone"),
        "expired": _issued_days_ago(folder / "expired", days_left=-5, name="Long Gone"),
    }


def _open(qtbot, path: Path, member: str, passphrase: str) -> tuple[AgenciesPage, PageHarness]:  # type: ignore[no-untyped-def]
    harness = PageHarness(qtbot, path, member, passphrase)
    page = AgenciesPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    harness.attach(page)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=WAIT)
    return page, harness


@pytest.fixture
def as_sam(qtbot, tmp_case) -> Iterator[tuple[AgenciesPage, PageHarness]]:  # type: ignore[no-untyped-def]
    page, harness = _open(qtbot, tmp_case.path, "Sam", tmp_case.passphrase("Sam"))
    yield page, harness
    page.detach()
    harness.close()


def _codes(page: AgenciesPage) -> list[str]:
    table = page.partners.agencies_table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def _certificate_rows(page: AgenciesPage) -> list[list[str]]:
    table = page.partners.certificates_table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _reload(qtbot, page: AgenciesPage) -> None:  # type: ignore[no-untyped-def]
    before = page.loaded
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded is not before, timeout=WAIT)


def _pin_through_service(harness: PageHarness, data: bytes) -> None:
    harness.call(
        lambda svc: svc.agencies.pin(
            PARTNER, data, confirmed=[d.fingerprint for d in svc.agencies.inspect(data)]
        )
    )


def _open_pin_dialog(qtbot, page: AgenciesPage, certificate_file: Path) -> None:  # type: ignore[no-untyped-def]
    page.choose_certificate_file = lambda _parent, _caption, _filter: str(certificate_file)
    qtbot.mouseClick(page.partners.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pin_dialog is not None or bool(page.error_label.text()), timeout=WAIT)


# ---------------------------------------------------------------------------------------- agencies


def test_agencies_are_listed_and_filtered_by_country(qtbot, as_sam) -> None:  # type: ignore[no-untyped-def]
    page, _harness = as_sam
    codes = _codes(page)
    assert len(codes) == 31 and "BE-FEDPOL" in codes and PARTNER in codes
    combo = page.partners.country_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All countries",
        "Belgium",
        "Luxembourg",
        "Netherlands",
    ]
    page.partners.set_country("NL")
    table = page.partners.agencies_table
    assert {table.item(row, 3).text() for row in range(table.rowCount())} == {"Netherlands"}
    assert len(_codes(page)) == 17 and "NL-POLITIE" in _codes(page) and "BE-FEDPOL" not in _codes(page)
    assert page.partners.select_agency(PARTNER)
    fields = page.partners.fields
    assert fields["code"].text() == PARTNER and fields["country"].text() == "Netherlands"
    assert "nl" in fields["languages"].text()
    assert page.partners.no_certificate_label.isVisible()
    assert not page.partners.certificates_table.isVisible()

    page.partners.set_country("")
    assert len(_codes(page)) == 31
    assert page.partners.selected_agency().code == PARTNER  # the selection survives the filter


def test_own_agency_is_marked_and_names_follow_the_language(qtbot, as_sam) -> None:  # type: ignore[no-untyped-def]
    page, _harness = as_sam
    row = _codes(page).index("BE-FEDPOL")
    assert page.partners.agencies_table.item(row, 1).text() == "Federal Police (our agency)"
    before = page.loaded
    page.set_language("fr")
    qtbot.waitUntil(lambda: page.loaded is not before, timeout=WAIT)
    assert page.partners.agencies_table.item(row, 1).text() == "Police fédérale (our agency)"


# ------------------------------------------------------------------------------------------ pinning


def test_pinning_a_real_certificate_shows_its_fingerprint_first(qtbot, as_sam, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    ca_file = pki.ca_paths["NL"]
    (details,) = harness.call(lambda svc: svc.agencies.inspect(ca_file.read_bytes()))
    expected = details.fingerprint
    page.partners.select_agency(PARTNER)
    _open_pin_dialog(qtbot, page, ca_file)
    dialog = page.pin_dialog
    assert dialog is not None
    assert [label.text() for label in dialog.fingerprint_labels] == [fingerprint_lines(expected)]
    assert dialog.fingerprint_labels[0].font().pointSize() == FINGERPRINT_POINT_SIZE
    assert "ca-NL.pem" in dialog.findChild(type(dialog.fingerprint_labels[0]), "pinIntro").text()
    assert not dialog.ok_button.isEnabled()  # not before the user says they compared it
    assert harness.call(lambda svc: svc.trust.list()) == []  # nothing pinned yet

    qtbot.mouseClick(dialog.compared_check, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_certificate_rows(page)) == 1, timeout=WAIT)

    (row,) = _certificate_rows(page)
    assert row[0] == details.subject_name and "NL" in row[0]
    assert row[4] == row[0]  # a root CA is its own issuer
    assert row[3] == "CA"
    assert row[STATUS_COLUMN] == "Valid"
    assert page.partners.certificates_table.item(0, 0).toolTip() == details.subject
    fields = page.partners.certificate_fields
    assert (fields["subject"].text(), fields["issuer"].text()) == (details.subject, details.subject)
    assert page.partners.fingerprint_label.text() == fingerprint_lines(expected, FINGERPRINT_PAIRS_PER_ROW)
    assert group_fingerprint(expected).replace(":", "") in fields["fingerprint"].text().replace(
        ":", ""
    ).replace("\n", "")
    assert fields["pinned"].text().endswith(" by Sam")
    assert page.partners.agencies_table.item(_codes(page).index(PARTNER), PINNED_COLUMN).text() == "1"
    assert "pinned to NL-POLITIE-LIMBURG" in page.status_label.text()
    assert [(c.trust, c.origin is page) for c in harness.changes] == [(True, True)]
    (stored,) = harness.call(lambda svc: svc.trust.list())
    assert (stored.agency_code, stored.fingerprint) == (PARTNER, expected)


def test_cancelling_the_comparison_pins_nothing(qtbot, as_sam, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    page.partners.select_agency("LU-POLICE")
    _open_pin_dialog(qtbot, page, pki.ca_paths["LU"])
    dialog = page.pin_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Return alone cancels: Cancel is the default
    qtbot.waitUntil(lambda: page.pin_dialog is None, timeout=WAIT)
    assert harness.call(lambda svc: svc.trust.list()) == []
    assert harness.changes == []


def test_a_file_without_a_certificate_is_a_sentence(qtbot, as_sam, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, _harness = as_sam
    junk = tmp_path / "partner.pem"
    junk.write_bytes(b"this is not a certificate")
    _open_pin_dialog(qtbot, page, junk)
    assert page.pin_dialog is None
    assert page.error_label.text() == (
        "The file holds no certificate this program can read (PEM, DER or a PKCS#7 bundle)."
    )
    assert page.partners.pin_button.isEnabled()  # ready for another try


def test_expired_and_soon_expiring_certificates_are_flagged(qtbot, as_sam, short_lived, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    for name in ("expiring", "expired"):
        _pin_through_service(harness, short_lived[name].certificate_path.read_bytes())
    _pin_through_service(harness, pki.ca_paths["NL"].read_bytes())
    _reload(qtbot, page)
    page.partners.select_agency(PARTNER)
    rows = _certificate_rows(page)
    assert len(rows) == 3
    status = {row[0]: (index, row[STATUS_COLUMN]) for index, row in enumerate(rows)}
    table = page.partners.certificates_table

    expired_row, expired_text = next(v for k, v in status.items() if "Long Gone" in k)
    assert expired_text.startswith("Expired on ")
    expired_item = table.item(expired_row, STATUS_COLUMN)
    assert expired_item.foreground().color() == QColor(expiry_colors().expired) and expired_item.font().bold()

    expiring_row, expiring_text = next(v for k, v in status.items() if "Soon Gone" in k)
    assert expiring_text.startswith("Expires in ") and "days" in expiring_text
    assert int(expiring_text.split()[2]) <= EXPIRY_WARNING_DAYS
    assert table.item(expiring_row, STATUS_COLUMN).background().color() == QColor(
        expiry_colors().expiring_background
    )

    valid_row, valid_text = next(
        v for k, v in status.items() if "Long Gone" not in k and "Soon Gone" not in k
    )
    assert valid_text == "Valid"
    assert table.item(valid_row, STATUS_COLUMN).background().style() == Qt.BrushStyle.NoBrush


def test_the_pin_dialog_warns_about_an_expired_certificate(qtbot, as_sam, short_lived) -> None:  # type: ignore[no-untyped-def]
    page, _harness = as_sam
    page.partners.select_agency(PARTNER)
    _open_pin_dialog(qtbot, page, short_lived["expired"].certificate_path)
    dialog = page.pin_dialog
    assert dialog is not None
    warnings = [label.text() for label in dialog.findChildren(type(dialog.fingerprint_labels[0]))]
    assert any(text.startswith("Expired on ") for text in warnings)
    dialog.reject()


def test_removing_asks_then_removes(qtbot, as_sam, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    _pin_through_service(harness, pki.ca_paths["NL"].read_bytes())
    _reload(qtbot, page)
    page.partners.select_agency(PARTNER)
    assert len(_certificate_rows(page)) == 1
    fingerprint = page.partners.selected_certificate().fingerprint

    qtbot.mouseClick(page.partners.remove_button, Qt.MouseButton.LeftButton)
    box = page.remove_confirm
    assert box is not None and group_fingerprint(fingerprint) in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.remove_confirm is None, timeout=WAIT)
    assert len(harness.call(lambda svc: svc.trust.list())) == 1

    qtbot.mouseClick(page.partners.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remove_confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.partners.no_certificate_label.isVisible(), timeout=WAIT)
    assert page.partners.certificates_table.rowCount() == 0
    assert harness.call(lambda svc: svc.trust.list()) == []
    assert [c.trust for c in harness.changes] == [True]
    assert "removed from NL-POLITIE-LIMBURG" in page.status_label.text()


def test_a_duty_officer_sees_the_trust_store_but_cannot_change_it(qtbot, tmp_case, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    with PageHarnessClosed(qtbot, tmp_case, "Sam") as harness:
        _pin_through_service(harness, pki.ca_paths["NL"].read_bytes())
    page, harness = _open(qtbot, tmp_case.path, "Anna", tmp_case.passphrase("Anna"))
    try:
        page.partners.select_agency(PARTNER)
        assert len(_certificate_rows(page)) == 1
        assert page.partners.permission_label.isVisible()
        assert not page.partners.pin_button.isEnabled()
        assert not page.partners.remove_button.isEnabled()
        assert page.credentials.import_button.isEnabled()  # one's own credential is for everyone
    finally:
        page.detach()
        harness.close()


class PageHarnessClosed:
    """A harness without a page, closed on exit: to prepare the case file as another member."""

    def __init__(self, qtbot, tmp_case, member: str) -> None:  # type: ignore[no-untyped-def]
        self._harness = PageHarness(qtbot, tmp_case.path, member, tmp_case.passphrase(member))

    def __enter__(self) -> PageHarness:
        return self._harness

    def __exit__(self, *_exc: object) -> None:
        self._harness.close()


def test_detach_forgets_everything(qtbot, as_sam, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    _pin_through_service(harness, pki.ca_paths["NL"].read_bytes())
    _reload(qtbot, page)
    page.partners.select_agency(PARTNER)
    _open_pin_dialog(qtbot, page, pki.ca_paths["LU"])
    assert page.pin_dialog is not None
    page.detach()
    assert page.pin_dialog is None and page.loaded is None
    assert page.partners.agencies_table.rowCount() == 0
    assert page.partners.certificates_table.rowCount() == 0
    assert page.partners.fingerprint_label.text() == ""
    assert all(label.text() == "" for label in page.partners.fields.values())
    assert page.credentials.table.rowCount() == 0 and page.credentials.own_label.text() == ""
    assert not page.partners.pin_button.isEnabled() and not page.credentials.import_button.isEnabled()


# --------------------------------------------------------------------------------- signing credentials


def _open_pkcs12_dialog(qtbot, page: AgenciesPage, p12: Path) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.credentials)
    page.choose_pkcs12_file = lambda _parent, _caption, _filter: str(p12)
    qtbot.mouseClick(page.credentials.import_button, Qt.MouseButton.LeftButton)
    assert page.pkcs12_dialog is not None


def _submit_password(qtbot, page: AgenciesPage, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog = page.pkcs12_dialog
    assert dialog is not None
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.password_edit.text() == ""  # not kept in the field


def test_pkcs12_with_a_wrong_password_is_a_sentence_and_can_be_retried(qtbot, as_sam, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    claire = identity(pki, "Claire Dubois")
    assert page.credentials.empty_label.isVisible() or page.credentials.table.rowCount() == 0
    assert "Sam, you have no signing certificate" in page.credentials.own_label.text()
    _open_pkcs12_dialog(qtbot, page, claire.p12_path)
    dialog = page.pkcs12_dialog

    _submit_password(qtbot, page, "not the password")
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    sentence = dialog.error_label.text()
    assert sentence[0].isupper() and sentence.endswith(".") and "password" in sentence.lower()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert harness.call(lambda svc: svc.credentials.list()) == []
    assert harness.changes == []

    _submit_password(qtbot, page, claire.password)
    qtbot.waitUntil(lambda: page.pkcs12_dialog is None, timeout=WAIT)
    qtbot.waitUntil(lambda: page.credentials.table.rowCount() == 1, timeout=WAIT)
    table = page.credentials.table
    assert table.item(0, 0).text() == "Sam (you)"
    expected = load_pkcs12(claire.p12_path.read_bytes(), claire.password.encode()).fingerprint
    assert table.item(0, 2).text() == group_fingerprint(expected)
    assert table.item(0, 4).text() == "Valid"
    assert "Your certificate:" in page.credentials.own_label.text()
    assert [c.credentials for c in harness.changes] == [True]
    (stored,) = harness.call(lambda svc: svc.credentials.list())
    assert (stored.member, stored.fingerprint) == ("Sam", expected)


def test_a_soon_expiring_credential_is_amber(qtbot, as_sam, short_lived) -> None:  # type: ignore[no-untyped-def]
    page, _harness = as_sam
    soon = short_lived["expiring"]
    _open_pkcs12_dialog(qtbot, page, soon.p12_path)
    _submit_password(qtbot, page, soon.password)
    qtbot.waitUntil(lambda: page.credentials.table.rowCount() == 1, timeout=WAIT)
    item = page.credentials.table.item(0, 4)
    assert item.text().startswith("Expires in ")
    assert item.background().color() == QColor(expiry_colors().expiring_background)


def test_an_expired_pkcs12_is_refused_with_a_sentence(qtbot, as_sam, short_lived) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    gone = short_lived["expired"]
    _open_pkcs12_dialog(qtbot, page, gone.p12_path)
    _submit_password(qtbot, page, gone.password)
    dialog = page.pkcs12_dialog
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert dialog.error_label.text().startswith("This certificate expired on ")
    assert harness.call(lambda svc: svc.credentials.list()) == []


@pytest.fixture
def failing_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.mark.usefixtures("failing_keyring")
def test_remember_with_no_secure_keyring_is_refused_before_anything_is_stored(
    qtbot, as_sam, pki: DemoPki
) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    claire = identity(pki, "Claire Dubois")
    _open_pkcs12_dialog(qtbot, page, claire.p12_path)
    dialog = page.pkcs12_dialog
    qtbot.mouseClick(dialog.remember_check, Qt.MouseButton.LeftButton)
    assert dialog.remember_check.isChecked()
    _submit_password(qtbot, page, claire.password)
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=WAIT)
    assert "keyring" in dialog.error_label.text().lower()
    assert harness.call(lambda svc: svc.credentials.list()) == []


@pytest.mark.skipif(not SECRET_SERVICE, reason="needs the Secret Service that ./dev test starts")
def test_remember_stores_the_password_in_the_keyring(qtbot, as_sam, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    claire = identity(pki, "Claire Dubois")
    _open_pkcs12_dialog(qtbot, page, claire.p12_path)
    qtbot.mouseClick(page.pkcs12_dialog.remember_check, Qt.MouseButton.LeftButton)
    _submit_password(qtbot, page, claire.password)
    qtbot.waitUntil(lambda: page.credentials.table.rowCount() == 1, timeout=WAIT)
    remembered = harness.call(lambda svc: svc.credentials.remembered_password(svc.case_file.actor.uid))
    assert remembered == claire.password


def test_pinning_what_is_already_pinned_says_nothing_new(qtbot, as_sam, pki: DemoPki) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    _pin_through_service(harness, pki.ca_paths["NL"].read_bytes())
    _reload(qtbot, page)
    page.partners.select_agency(PARTNER)  # the same agency: that pin exists already
    _open_pin_dialog(qtbot, page, pki.ca_paths["NL"])
    qtbot.mouseClick(page.pin_dialog.compared_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pin_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.status_label.text()), timeout=WAIT)
    assert page.status_label.text() == "Nothing new: this certificate is already in the trust store."
    assert harness.changes == []
    assert [v.agency_code for v in harness.call(lambda svc: svc.trust.list())] == [PARTNER]


def test_a_national_ca_is_pinned_to_a_second_agency_and_removed_from_one_only(
    qtbot, as_sam, pki: DemoPki
) -> None:  # type: ignore[no-untyped-def]
    page, harness = as_sam
    _pin_through_service(harness, pki.ca_paths["NL"].read_bytes())
    _reload(qtbot, page)
    page.partners.select_agency("NL-POLITIE")  # another agency the same CA vouches for
    _open_pin_dialog(qtbot, page, pki.ca_paths["NL"])
    qtbot.mouseClick(page.pin_dialog.compared_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.pin_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_certificate_rows(page)) == 1, timeout=WAIT)
    assert page.status_label.text() == "The certificate is pinned to NL-POLITIE."
    pins = harness.call(lambda svc: svc.trust.list())
    assert [v.agency_code for v in pins] == ["NL-POLITIE", PARTNER]
    assert pins[0].fingerprint == pins[1].fingerprint

    qtbot.mouseClick(page.partners.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remove_confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.partners.no_certificate_label.isVisible(), timeout=WAIT)
    assert page.error_label.text() == ""
    assert "removed from NL-POLITIE" in page.status_label.text()
    assert [v.agency_code for v in harness.call(lambda svc: svc.trust.list())] == [PARTNER]
    page.partners.select_agency(PARTNER)
    assert len(_certificate_rows(page)) == 1


def test_agency_details_say_what_is_special(qtbot, as_sam) -> None:  # type: ignore[no-untyped-def]
    page, _harness = as_sam
    page.partners.select_agency("BE-FEDPOL")
    assert page.partners.fields["notes"].text() == "Our own agency."
    assert page.partners.fields["name"].text() == "Federal Police"
    spoc = next(a for a in page.loaded.agencies if a.is_spoc)
    page.partners.select_agency(spoc.code)
    assert "The national single point of contact (SPOC)." in page.partners.fields["notes"].text()
    assert page.partners.fields["contact"].text() == (spoc.contact_24_7 or "Not recorded")


def test_days_before_expiry_are_counted_in_each_language_s_plural(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.agencies.display import expiry_text
    from desktop.ui.i18n import LanguageSwitcher

    now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    one, three = (now + dt.timedelta(days=d, hours=1) for d in (1, 3))
    switcher = LanguageSwitcher()
    try:
        assert switcher.install("en")
        assert expiry_text(None, one, now) == f"Expires in 1 day ({one.astimezone():%Y-%m-%d})"
        assert expiry_text(None, three, now).startswith("Expires in 3 days (")
        assert switcher.install("fr")
        assert expiry_text(None, one, now).startswith("Expire dans 1 jour (")
        assert expiry_text(None, three, now).startswith("Expire dans 3 jours (")
    finally:
        switcher.install("en")

"""The new-request dialog, clicked through with pytest-qt over a real, unlocked temporary case file.

The dialog runs on a real database worker bound to the Services of a copy of the three-member
case file (conftest.py: Anna is a duty officer of BE-FEDPOL). What it files is read back through
RequestService.show on the same worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.models.enums import InformationAccess, RequestKind, RequestStatus, Urgency
from desktop.services.casefile import open_case_file
from desktop.services.facade import Services
from desktop.services.requests import RequestView
from desktop.ui.cases.common import handling_combo, system_zone
from desktop.ui.operations import ServicesWorker
from desktop.ui.requests.new_request import NewRequestDialog
from desktop.ui.requests.new_request_fields import to_qdatetime
from desktop.ui.worker import DatabaseWorker
from tests.conftest import PASSPHRASES
from tests.gui_helpers import WAIT, open_window

NL = "NL-POLITIE-LIMBURG"


@contextmanager
def unlocked(qtbot, path: Path, member: str = "Anna") -> Iterator[ServicesWorker]:  # type: ignore[no-untyped-def]
    """The case file opened on a database worker (the thread that owns it), closed on exit."""
    worker = DatabaseWorker()
    result: list[Any] = []
    worker.run(
        lambda: Services(open_case_file(path, PASSPHRASES[member], member=member)),
        result.append,
        result.append,
    )
    qtbot.waitUntil(lambda: bool(result), timeout=WAIT)
    services = result[0]
    assert isinstance(services, Services), services
    bound = ServicesWorker(worker, services)
    try:
        yield bound
    finally:
        bound.close()
        closed: list[object] = []
        worker.run(services.case_file.close, closed.append, closed.append)
        qtbot.waitUntil(lambda: bool(closed), timeout=WAIT)
        worker.stop()


def on_worker(qtbot, worker: ServicesWorker, fn: Callable[[Services], Any]) -> Any:  # type: ignore[no-untyped-def]
    """Run `fn` on the database worker and wait for its result (the test never touches the file itself)."""
    out: list[Any] = []
    worker.run(fn, lambda value: out.append(("ok", value)), lambda error: out.append(("error", error)))
    qtbot.waitUntil(lambda: bool(out), timeout=WAIT)
    status, value = out[0]
    if status == "error":
        raise value
    return value


@pytest.fixture
def worker(qtbot, tmp_case) -> Iterator[ServicesWorker]:  # type: ignore[no-untyped-def]
    with unlocked(qtbot, tmp_case.path) as bound:
        yield bound


def open_dialog(qtbot, worker: ServicesWorker) -> NewRequestDialog:  # type: ignore[no-untyped-def]
    dialog = NewRequestDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.partner_combo.count() > 0 and dialog.basis() is not None, timeout=WAIT)
    return dialog


@pytest.fixture
def dialog(qtbot, worker: ServicesWorker) -> NewRequestDialog:  # type: ignore[no-untyped-def]
    return open_dialog(qtbot, worker)


def local(year: int, month: int, day: int, hour: int = 12) -> datetime:
    return datetime(year, month, day, hour).astimezone()


def choose(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: NewRequestDialog,
    *,
    kind: RequestKind,
    partner: str = NL,
    when: datetime,
    zone: str | None = None,
) -> None:
    """Pick kind, partner and the time of the events (as a clock in `zone` reads `when`; default:
    the zone chosen), and wait until the bases for exactly that choice are offered."""
    dialog.set_kind(kind)
    assert dialog.set_partner(partner)
    dialog.events.set_moment(when, zone)
    day = when.astimezone(ZoneInfo(dialog.events.zone_name())).date()
    qtbot.waitUntil(
        lambda: (
            dialog._options is not None
            and dialog._options.kind is kind
            and dialog._options.partner_agency == partner
            and dialog._options.events_on == day
        ),
        timeout=WAIT,
    )


def fill(qtbot, dialog: NewRequestDialog, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for field_id, text in values.items():
        editor = dialog.fields.editor(field_id)
        assert isinstance(editor, QLineEdit)
        editor.clear()
        qtbot.keyClicks(editor, text)


INFO_FIELDS = {
    "information_requested": "Registered keeper of a grey Audi A4",
    "purpose": "Burglary series in Maasmechelen",
    "reasons": "Seen near three of the scenes",
}


def test_the_basis_combo_follows_the_date_across_1_october_2023(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, dialog, kind=RequestKind.HOT_PURSUIT_NOTICE, when=local(2023, 9, 30))
    assert dialog.offered_bases() == ["benelux-2004:18", "cisa:41"]
    assert dialog.basis_combo.currentText() == "Benelux Treaty 2004 (Senningen) art. 18 — Pursuit"
    choose(qtbot, dialog, kind=RequestKind.HOT_PURSUIT_NOTICE, when=local(2023, 10, 1))
    assert dialog.offered_bases() == ["cisa:41", "benelux-2018:pursuit"]
    # The time is entered as a clock shows it, in the zone chosen beside it (the workstation's first).
    assert dialog.events_edit.text() == "2023-10-01 12:00"
    assert dialog.events_zone.currentData() == system_zone() == dialog.events_zone.itemData(0)


def test_the_basis_combo_follows_the_kind(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    when = local(2025, 3, 1)
    choose(qtbot, dialog, kind=RequestKind.JOINT_PATROL, when=when)
    assert dialog.offered_bases() == ["benelux-2018:16.5", "pruem-2008:17"]
    choose(qtbot, dialog, kind=RequestKind.SPONTANEOUS_INFORMATION, when=when)
    assert dialog.offered_bases() == ["cisa:46", "dir-2023-977:7"]
    # Towards Luxembourg the BE–NL agreement is not offered.
    choose(qtbot, dialog, kind=RequestKind.JOINT_PATROL, partner="LU-POLICE", when=when)
    assert dialog.offered_bases() == ["pruem-2008:17"]


def test_no_valid_basis_says_why_and_blocks_ok(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.title_edit, "Arrest team for the summit")
    choose(qtbot, dialog, kind=RequestKind.SPECIAL_INTERVENTION_UNIT, when=local(2007, 5, 1))
    assert dialog.offered_bases() == []
    assert not dialog.basis_combo.isEnabled()
    assert "No legal basis in the agreements catalogue covers" in dialog.basis_info.text()
    assert not dialog.ok_button.isEnabled()
    assert "a legal basis" in dialog.hint_label.text()


def test_an_unconfirmed_article_is_marked(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, dialog, kind=RequestKind.HOT_PURSUIT_NOTICE, when=local(2024, 2, 1))
    assert dialog.set_basis("cisa:41")
    assert not dialog.unconfirmed_label.isVisible()
    assert not dialog.deadline.note.isVisible()
    assert dialog.set_basis("benelux-2018:pursuit")
    assert dialog.unconfirmed_label.isVisible()
    assert "to be confirmed" in dialog.unconfirmed_label.text().lower()
    assert "article to be confirmed" in dialog.basis_combo.currentText()
    # Its notification timer is applied by analogy with CISA art. 41: flagged as well.
    qtbot.waitUntil(dialog.deadline.note.isVisible, timeout=WAIT)
    assert "Notify the host authority by" in dialog.deadline.label.text()


def test_required_fields_gate_ok(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
    assert dialog.set_basis("dir-2023-977:4")
    labels = [f.label for f in dialog.fields.fields if f.required]
    assert labels == ["Information requested", "Purpose", "Objective reasons for the request"]
    assert not dialog.ok_button.isEnabled()
    assert "title" in dialog.hint_label.text() and "Purpose" in dialog.hint_label.text()
    qtbot.keyClicks(dialog.title_edit, "Keeper of a grey Audi")
    items = list(INFO_FIELDS.items())
    for field_id, text in items[:-1]:
        fill(qtbot, dialog, {field_id: text})
        assert not dialog.ok_button.isEnabled()
    fill(qtbot, dialog, dict(items[-1:]))
    assert dialog.ok_button.isEnabled()
    assert dialog.hint_label.text() == ""
    dialog.fields.editor("purpose").clear()  # type: ignore[attr-defined]
    assert not dialog.ok_button.isEnabled()
    assert "Purpose" in dialog.hint_label.text()


def test_choice_and_date_fields_are_filed_as_the_service_expects(
    qtbot, worker: ServicesWorker, dialog: NewRequestDialog
) -> None:  # type: ignore[no-untyped-def]
    events = local(2020, 6, 14, 9)
    choose(qtbot, dialog, kind=RequestKind.ASSISTANCE, when=events)
    assert dialog.set_basis("benelux-2004:4")
    qtbot.keyClicks(dialog.title_edit, "Public order at the Maastricht match")
    fill(
        qtbot, dialog, {"nature_of_action": "Riot police across the border", "operational_necessity": "Fans"}
    )
    assert dialog.hint_label.text() == "Still to fill in: Single crossing or category of crossings."
    scope = dialog.fields.editor("crossing_scope")
    assert isinstance(scope, QComboBox)
    scope.setCurrentIndex(scope.findData("single"))
    assert dialog.ok_button.isEnabled()
    # The required "period from" follows the date of the events; the optional "until" is unset.
    values = dialog.fields.values()
    assert values["period_from"] == events and "period_to" not in values
    with qtbot.waitSignal(dialog.sig_created, timeout=WAIT) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    view = on_worker(qtbot, worker, lambda svc: svc.requests.show(created.args[0]))
    assert view.form_values["crossing_scope"] == "single"
    assert datetime.fromisoformat(str(view.form_values["period_from"])) == events
    assert "period_to" not in view.form_values
    assert view.events_on == events


def test_values_survive_a_change_of_basis(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2025, 5, 1))
    assert dialog.set_basis("dir-2023-977:4")
    fill(qtbot, dialog, INFO_FIELDS)
    assert dialog.set_basis("benelux-2018:15.5")
    assert [f.id for f in dialog.fields.fields] == ["information_requested", "purpose"]
    assert dialog.fields.values() == {k: INFO_FIELDS[k] for k in ("information_requested", "purpose")}


def test_the_deadline_follows_urgency_and_access(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
    assert dialog.set_basis("dir-2023-977:4")
    label = dialog.deadline.label
    qtbot.waitUntil(lambda: "(7 days) if it is sent now." in label.text(), timeout=WAIT)
    assert label.text().startswith("Answer due by ")
    assert dialog.access_combo.isVisible()
    dialog.urgency_combo.setCurrentIndex(dialog.urgency_combo.findData(Urgency.URGENT.value))
    qtbot.waitUntil(lambda: "(8 hours)" in label.text(), timeout=WAIT)
    assert "directly or indirectly accessible" in dialog.hint_label.text()
    dialog.access_combo.setCurrentIndex(dialog.access_combo.findData(InformationAccess.INDIRECT.value))
    qtbot.waitUntil(lambda: "(3 days)" in label.text(), timeout=WAIT)
    due = datetime.now(UTC) + timedelta(days=3)
    assert f"{due.astimezone():%Y-%m-%d}" in label.text()
    # Incoming: counted from receipt, not from sending.
    dialog.direction_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "(3 days from receipt)" in label.text(), timeout=WAIT)
    assert dialog.received_edit.isVisible()
    # Other kinds: the access question is not asked.
    choose(qtbot, dialog, kind=RequestKind.ASSISTANCE, when=local(2026, 11, 20))
    assert not dialog.access_combo.isVisible()
    assert dialog.set_basis("cisa:39")
    qtbot.waitUntil(lambda: label.text() == "No deadline follows from this legal basis.", timeout=WAIT)


def test_a_loan_request_with_lines_is_filed(qtbot, worker: ServicesWorker, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    start = datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(days=1)
    end = start + timedelta(days=10)
    choose(qtbot, dialog, kind=RequestKind.EQUIPMENT_LOAN, when=start)
    assert dialog.offered_bases() == ["pruem-2008:18", "benelux-2018:equipment-loan"]
    assert dialog.set_basis("benelux-2018:equipment-loan")
    assert dialog.loan_box.isVisible()
    # The loan editor stands in for the period and inventory fields of the article.
    assert [f.id for f in dialog.fields.fields] == ["purpose"]
    qtbot.keyClicks(dialog.title_edit, "Two thermal cameras and a radio")
    fill(qtbot, dialog, {"purpose": "Night observation of a drugs stash"})
    assert not dialog.ok_button.isEnabled()
    assert "inventory" in dialog.hint_label.text()
    kind, count, serials, _remove = dialog.loan.line_widgets(0)
    qtbot.keyClicks(kind, "Thermal camera")
    count.setValue(2)
    qtbot.keyClicks(serials, "TC-1, TC-2")
    qtbot.mouseClick(dialog.loan.add_button, Qt.MouseButton.LeftButton)
    second, _count, _serials, _ = dialog.loan.line_widgets(1)
    qtbot.keyClicks(second, "Radio set")
    dialog.loan.start_edit.setDateTime(to_qdatetime(start))
    dialog.loan.end_edit.setDateTime(to_qdatetime(end))
    expected = f"Equipment due back by {end:%Y-%m-%d %H:%M} {end.tzname()} (end of the loan period)."
    qtbot.waitUntil(lambda: dialog.deadline.label.text() == expected, timeout=WAIT)
    dialog.handling_combo.setCurrentIndex(dialog.handling_combo.findData("H2"))
    assert "held back" in dialog.handling_combo.toolTip()
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("A"))
    dialog.information_combo.setCurrentIndex(dialog.information_combo.findData("1"))
    qtbot.keyClicks(dialog.body_edit, "Needed from Friday night.")
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(dialog.sig_created, timeout=WAIT) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    reference = created.args[0]
    assert reference.startswith("OUT-")
    assert not dialog.isVisible()

    view: RequestView = on_worker(qtbot, worker, lambda svc: svc.requests.show(reference))
    assert view.kind == RequestKind.EQUIPMENT_LOAN.value
    assert view.status == RequestStatus.DRAFT.value
    assert view.legal_basis.basis_id == "benelux-2018:equipment-loan" and not view.legal_basis.confirmed
    assert (view.requesting_agency, view.requested_agency) == ("BE-FEDPOL", NL)
    assert view.title == "Two thermal cameras and a radio"
    assert view.body == "Needed from Friday night."
    assert (view.handling_code, view.evaluation) == ("H2", "A1")
    assert view.created_by == "Anna"
    assert view.form_values["purpose"] == "Night observation of a drugs stash"
    assert view.form_values["inventory"] == "2 x Thermal camera (TC-1, TC-2); 1 x Radio set"
    assert view.loan is not None
    assert (view.loan.period_start, view.loan.period_end) == (start, end)
    assert [(i.item_type, i.quantity, i.serial_numbers) for i in view.loan.items] == [
        ("Thermal camera", 2, "TC-1, TC-2"),
        ("Radio set", 1, ""),
    ]
    assert view.due_at == end


def test_a_refusal_is_one_sentence_and_changes_nothing(qtbot, tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(tmp_case.path)
    with unlocked(qtbot, tmp_case.path) as worker:
        dialog = open_dialog(qtbot, worker)
        choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
        assert dialog.set_basis("dir-2023-977:4")
        qtbot.keyClicks(dialog.title_edit, "Keeper of a grey Audi")
        fill(qtbot, dialog, INFO_FIELDS)
        qtbot.keyClicks(dialog.case_combo.lineEdit(), "CASE-2099-00042")
        created: list[str] = []
        dialog.sig_created.connect(created.append)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
        assert dialog.error_label.text() == "There is no case 'CASE-2099-00042'."
        assert dialog.isVisible() and created == []
        # Everything typed is still there, and OK can be pressed again.
        assert dialog.title_edit.text() == "Keeper of a grey Audi"
        assert dialog.fields.values() == INFO_FIELDS
        assert dialog.basis_combo.currentData() == "dir-2023-977:4"
        assert dialog.ok_button.isEnabled()
        assert on_worker(qtbot, worker, lambda svc: svc.requests.count()) == 0
        dialog.close()
    assert snapshot(tmp_case.path) == before


def test_the_dialog_is_fixed_after_a_refusal_and_files(qtbot, worker: ServicesWorker, dialog) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
    assert dialog.set_basis("dir-2023-977:4")
    qtbot.keyClicks(dialog.title_edit, "Keeper of a grey Audi")
    fill(qtbot, dialog, INFO_FIELDS)
    qtbot.keyClicks(dialog.case_combo.lineEdit(), "CASE-2099-00042")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
    dialog.case_combo.lineEdit().clear()
    with qtbot.waitSignal(dialog.sig_created, timeout=WAIT) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    view = on_worker(qtbot, worker, lambda svc: svc.requests.show(created.args[0]))
    assert view.case_reference is None and view.form_values == INFO_FIELDS
    assert view.legal_basis.reference == "Directive (EU) 2023/977 art. 4"


def test_every_control_has_an_accessible_name(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    # A loan basis with a yes/no field, then one with a choice and an optional date and time.
    choose(qtbot, dialog, kind=RequestKind.EQUIPMENT_LOAN, when=local(2020, 12, 1))
    assert dialog.set_basis("benelux-2004:9")
    assert isinstance(dialog.fields.editor("training_needed"), QCheckBox)
    assert dialog.fields.editor("training_needed").accessibleName()
    choose(qtbot, dialog, kind=RequestKind.ASSISTANCE, when=local(2020, 12, 1))
    assert dialog.set_basis("benelux-2004:4")
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QComboBox, QLineEdit, QAbstractSpinBox, QCheckBox, QPushButton, QPlainTextEdit))
        # The line edits inside spin boxes and editable combos are parts of those controls.
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
    ]
    assert len(controls) > 15
    assert [w for w in controls if not w.accessibleName()] == []


def test_the_requests_page_opens_the_dialog_and_lists_what_it_filed(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, tmp_case.path, "Anna", PASSPHRASES["Anna"])
    win.show_page("Requests")
    page = win.requests_page
    qtbot.waitUntil(lambda: page.count_label.text() == "0 requests", timeout=WAIT)
    assert page.new_button.isEnabled() and page.new_button.accessibleName()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.new_request_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.basis() is not None, timeout=WAIT)
    choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
    assert dialog.set_basis("dir-2023-977:4")
    qtbot.keyClicks(dialog.title_edit, "Keeper of a grey Audi")
    fill(qtbot, dialog, INFO_FIELDS)
    changes: list[object] = []
    page.sig_changed.connect(changes.append)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.count_label.text() == "1 request", timeout=WAIT)
    assert page.new_request_dialog is None
    assert len(changes) == 1 and changes[0].requests  # type: ignore[attr-defined]
    # A dialog left open is closed, with what was typed, when the file is locked.
    page.new_request()
    second = page.new_request_dialog
    assert second is not None
    qtbot.keyClicks(second.title_edit, "Half-typed")
    win.nav_lock_button.click()
    assert page.new_request_dialog is None and not second.isVisible()
    assert not page.new_button.isEnabled()
    win.close()


# ------------------------------------------------------------------ language, zone, labels, plurals


def test_the_catalogue_speaks_the_interface_language(qtbot, worker: ServicesWorker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With French installed, the window's pages (PageSet) ask the catalogue in French."""
    from PySide6.QtCore import QSettings

    from desktop.ui.i18n import LanguageSwitcher, current_language
    from desktop.ui.pages import PageSet
    from desktop.ui.security import SecureClipboard
    from desktop.ui.settings.registry import SettingsStore

    switcher = LanguageSwitcher()
    assert switcher.install("fr")
    try:
        assert current_language() == "fr"
        store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        pages = PageSet(store, SecureClipboard(30), current_language())
        for widget in pages.all():
            qtbot.addWidget(widget)
        requests, agencies = pages.requests, pages.agencies
        requests.attach(worker)
        agencies.attach(worker)
        dialog = requests.new_request()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.basis() is not None, timeout=WAIT)
        choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
        assert dialog.set_basis("dir-2023-977:4")
        assert dialog.basis_info.text().startswith("De point de contact unique à point de contact unique")
        assert "Demande d'informations" in dialog.basis_combo.currentText()
        labels = [f.label for f in dialog.fields.fields if f.required]
        assert labels == ["Informations demandées", "Finalité", "Raisons objectives de la demande"]
        # The deadline sentence and its span are the interface's, with French plural forms.
        qtbot.waitUntil(lambda: "(7 jours)" in dialog.deadline.label.text(), timeout=WAIT)
        # The agencies page names the agencies in French too (it loads when first shown).
        agencies.show()
        qtbot.waitUntil(lambda: agencies.loaded is not None, timeout=WAIT)
        names = [a.name for a in agencies.loaded.agencies]  # type: ignore[union-attr]
        assert "Police fédérale" in names
        dialog.reject()
        requests.detach()
        agencies.detach()
    finally:
        switcher.install("en")
    assert current_language() == "en"


def test_the_zone_of_the_events_decides_their_day_and_what_is_stored(
    qtbot, worker: ServicesWorker, dialog: NewRequestDialog
) -> None:  # type: ignore[no-untyped-def]
    # 00:30 on 1 October 2023 in Brussels is still 30 September in UTC: the 2018 treaty applies,
    # is offered, is filed, and the moment is stored in UTC.
    brussels = datetime(2023, 10, 1, 0, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    choose(qtbot, dialog, kind=RequestKind.HOT_PURSUIT_NOTICE, when=brussels, zone="Europe/Brussels")
    assert dialog.events_edit.text() == "2023-10-01 00:30"
    assert dialog.offered_bases() == ["cisa:41", "benelux-2018:pursuit"]
    # The same instant typed as a UTC clock shows it falls on 30 September: the 2004 treaty.
    choose(qtbot, dialog, kind=RequestKind.HOT_PURSUIT_NOTICE, when=brussels, zone="UTC")
    assert dialog.events_edit.text() == "2023-09-30 22:30"
    assert dialog.offered_bases() == ["benelux-2004:18", "cisa:41"]
    # Back in Brussels, filed: the service agrees on the day.
    choose(qtbot, dialog, kind=RequestKind.HOT_PURSUIT_NOTICE, when=brussels, zone="Europe/Brussels")
    assert dialog.set_basis("benelux-2018:pursuit")
    qtbot.keyClicks(dialog.title_edit, "Pursuit over the A2")
    fill(
        qtbot,
        dialog,
        {
            "crossing_point": "A2 Maastricht",
            "pursued": "Grey Audi",
            "pursuit_reason": "Robbery",
            "host_contact": "LCC",
        },
    )
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(dialog.sig_created, timeout=WAIT) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    view = on_worker(qtbot, worker, lambda svc: svc.requests.show(created.args[0]))
    assert view.legal_basis.basis_id == "benelux-2018:pursuit"
    assert view.events_on == datetime(2023, 9, 30, 22, 30, tzinfo=UTC)
    # The required crossing time followed the events, in the same instant.
    assert view.form_values["crossing_time"] == "2023-09-30T22:30:00+00:00"


def test_a_time_the_clock_change_skips_blocks_ok_with_a_reason(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.title_edit, "Observation at night")
    choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
    assert dialog.set_basis("dir-2023-977:4")
    fill(qtbot, dialog, INFO_FIELDS)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)
    dialog.events_zone.setCurrentIndex(dialog.events_zone.findData("Europe/Brussels"))
    from desktop.ui.cases.common import set_wall_clock

    set_wall_clock(dialog.events_edit, datetime(2026, 3, 29, 2, 30))  # Brussels skips 02:00–03:00
    assert dialog.events.moment() is None
    assert not dialog.ok_button.isEnabled()
    assert "clock change" in dialog.hint_label.text()
    set_wall_clock(dialog.events_edit, datetime(2026, 3, 29, 3, 30))
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=WAIT)


def test_what_is_missing_is_one_list_in_the_language_s_own_form(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    assert switcher.install("en")  # en_GB: "a, b and c"
    try:
        choose(qtbot, dialog, kind=RequestKind.INFORMATION_REQUEST, when=local(2026, 11, 20))
        assert dialog.set_basis("dir-2023-977:4")
        assert dialog.hint_label.text() == (
            "Still to fill in: title, Information requested, Purpose and Objective reasons for the request."
        )
    finally:
        switcher.install("en")


def test_kinds_and_handling_codes_are_labelled_as_everywhere_else(qtbot, dialog: NewRequestDialog) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.labels import label

    index = dialog.kind_combo.findData(RequestKind.TRANSPORT_ESCORT.value)
    assert dialog.kind_combo.itemText(index) == label(RequestKind.TRANSPORT_ESCORT) == "Transport escort"
    cases_combo = handling_combo("Handling code of the case")
    qtbot.addWidget(cases_combo)

    def items(combo: QComboBox) -> list[tuple[str, str, str]]:
        return [
            (combo.itemData(i), combo.itemText(i), combo.itemData(i, Qt.ItemDataRole.ToolTipRole))
            for i in range(combo.count())
        ]

    assert items(dialog.handling_combo) == items(cases_combo)
    assert items(cases_combo)[2][:2] == ("H2", "H2 – no dissemination")
    assert "held back from packages" in items(cases_combo)[2][2]


def test_a_deadline_span_is_counted_in_each_language_s_plural(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.i18n import LanguageSwitcher
    from desktop.ui.requests.new_request_fields import DeadlineView

    view = DeadlineView()
    qtbot.addWidget(view)
    spans = [timedelta(hours=1), timedelta(hours=8), timedelta(days=1), timedelta(days=3)]
    assert [view.span(s) for s in spans] == ["1 hour", "8 hours", "1 day", "3 days"]
    switcher = LanguageSwitcher()
    try:
        assert switcher.install("fr")
        assert [view.span(s) for s in spans] == ["1 heure", "8 heures", "1 jour", "3 jours"]
        assert switcher.install("nl")
        assert [view.span(s) for s in spans] == ["1 uur", "8 uur", "1 dag", "3 dagen"]
    finally:
        switcher.install("en")

"""The Cases page, clicked through with pytest-qt: the list, the detail, the timeline, notes and tasks.

Attachments (adding, viewing in memory, saving a decrypted copy) are in test_gui_case_attachments.py;
the shared harness is tests/gui_cases_harness.py.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from desktop.models.enums import CaseKind, EventKind, RequestKind
from desktop.services.requests import NewRequest
from desktop.ui import theme
from desktop.ui.cases.common import local
from desktop.ui.cases.dialogs import EventDialog, NewCaseDialog
from tests.gui_cases_harness import (
    Harness,
    _attach_by_drop,
    _cells,
    _double_click,
    _drop,
    _new_case,
)
from tests.gui_helpers import WAIT

# -- the list and the New case dialog ------------------------------------------------------------


def test_new_case_through_the_dialog_then_filter_the_list(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    page = ui.page
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No open cases — create one with New case."
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog: NewCaseDialog = ui.dialog(NewCaseDialog)
    dialog.set_kind(CaseKind.PURSUIT)
    qtbot.keyClicks(dialog.title_edit, "Pursuit of a grey Audi on the A2")
    dialog.summary.setPlainText("Fled a checkpoint at Lanaken.")
    dialog.partner.setCurrentText("nl-politie-limburg")
    dialog.handling.setCurrentIndex(dialog.handling.findData("H2"))
    assert dialog.details_form().kind is CaseKind.PURSUIT
    qtbot.keyClicks(dialog.details_form().inputs["offence"], "Armed robbery")
    ui.submit(dialog)
    qtbot.waitUntil(page.is_showing_case, timeout=WAIT)
    view = page.detail.view
    assert page.detail.heading.text() == f"{view.reference} — Pursuit of a grey Audi on the A2"
    assert page.detail.facts["partner"].text() == "NL-POLITIE-LIMBURG"
    assert page.detail.facts["handling"].text() == "H2"
    assert page.status_label.text() == f"Case {view.reference} opened."
    stored = ui.call(lambda svc: svc.cases.show(view.reference))
    assert (stored.kind, stored.partner_agency, stored.handling_code) == (
        "pursuit",
        "NL-POLITIE-LIMBURG",
        "H2",
    )
    assert stored.details["offence"] == "Armed robbery"
    assert stored.summary == "Fled a checkpoint at Lanaken."

    observation = _new_case(ui, CaseKind.OBSERVATION, "Watching a van from Esch", "LU-POLICE")
    exchange = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Burglary series Maastricht", "NL-KMAR")
    qtbot.mouseClick(page.detail.back_button, Qt.MouseButton.LeftButton)
    ui.wait_list(lambda refs: len(refs) == 3)
    assert page.table.isVisible()
    assert page.count_label.text() == "3 cases"
    first = _cells(page.table, 0)
    assert first[:5] == [exchange, "Information exchange", "Burglary series Maastricht", "NL-KMAR", "Open"]
    assert first[5].endswith(datetime.now().astimezone().tzname())  # local time with its zone

    page.kind.setCurrentIndex(page.kind.findData(CaseKind.OBSERVATION.value))
    ui.wait_list(lambda refs: refs == [observation])
    page.kind.setCurrentIndex(0)
    qtbot.keyClicks(page.partner, "nl-")
    ui.wait_list(lambda refs: sorted(refs) == sorted([view.reference, exchange]))
    page.partner.clearEditText()
    qtbot.keyClicks(page.search, "burglary")
    ui.wait_list(lambda refs: refs == [exchange])
    page.status.setCurrentIndex(page.status.findData("closed"))
    ui.wait_list(lambda refs: refs == [])
    assert page.empty_label.text() == "No cases match these filters."


def test_an_empty_title_is_refused_in_the_dialog_and_nothing_is_written(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    before = len(ui.audit_actions())
    ui.page.new_button.click()
    dialog: NewCaseDialog = ui.dialog(NewCaseDialog)
    qtbot.keyClicks(dialog.title_edit, "   ")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
    assert dialog.error_label.text() == "A case needs a title."
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.partner.setCurrentText("XX-NOBODY")
    qtbot.keyClicks(dialog.title_edit, "A title")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "XX-NOBODY" in dialog.error_label.text(), timeout=WAIT)
    assert ui.call(lambda svc: svc.cases.list(status=None)) == []
    assert len(ui.audit_actions()) == before
    dialog.reject()
    assert ui.page.actions.dialog is None


def test_ctrl_f_focuses_the_search_and_enter_opens_the_case(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.JOINT_PATROL, "Joint patrol at the fair")
    ui.page.refresh()
    ui.wait_list(lambda refs: refs == [reference])
    page = ui.page
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=WAIT)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(page.is_showing_case, timeout=WAIT)
    assert page.detail.view.reference == reference
    qtbot.keyClick(page.detail.tabs, Qt.Key.Key_Escape)
    assert not page.is_showing_case()
    ui.wait_list(lambda refs: refs == [reference])
    _double_click(qtbot, page.table, 0, 2)
    qtbot.waitUntil(page.is_showing_case, timeout=WAIT)
    for widget in (
        page.kind,
        page.status,
        page.partner,
        page.search,
        page.new_button,
        page.table,
        page.detail.tabs,
    ):
        assert widget.accessibleName()


# -- the timeline ---------------------------------------------------------------------------------


def _event(
    ui: Harness, button, zone: str, wall_clock: datetime, description: str | None = None
) -> EventDialog:  # type: ignore[no-untyped-def]
    button.click()
    dialog: EventDialog = ui.dialog(EventDialog)
    dialog.zone.setCurrentIndex(dialog.zone.findData(zone))
    dialog.set_wall_clock(wall_clock)
    if description is not None:
        dialog.description.setText(description)
    return dialog


def test_quick_entries_put_events_on_the_timeline_in_order_with_their_zone(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit into Limburg", "NL-POLITIE-LIMBURG")
    ui.open(reference)
    detail = ui.page.detail

    crossed = _event(ui, detail.crossed_button, "Europe/Brussels", datetime(2026, 7, 1, 10, 5))
    assert crossed.windowTitle() == "Crossed the border at…"
    assert crossed.kind.currentData() == EventKind.BORDER_CROSSED.value
    assert crossed.description.text() == "Crossed the border"
    ui.submit(crossed)
    ui.wait_case(lambda v: len(v.timeline) == 1)
    assert (
        ui.page.status_label.text() == "Border crossed recorded at 2026-07-01 10:05 CEST (Europe/Brussels)."
    )
    # Entered later, happened earlier: the host was told before the crossing (CISA 41 asks no later).
    notified = _event(ui, detail.notified_button, "Europe/Amsterdam", datetime(2026, 7, 1, 9, 58))
    assert notified.kind.currentData() == EventKind.HOST_NOTIFIED.value
    ui.submit(notified)
    ui.wait_case(lambda v: len(v.timeline) == 2)
    general = _event(
        ui, detail.event_button, "UTC", datetime(2026, 7, 1, 7, 30), "Pursuit started at Lanaken"
    )
    general.kind.setCurrentIndex(general.kind.findData(EventKind.START.value))
    ui.submit(general)
    ui.wait_case(lambda v: len(v.timeline) == 3)

    rows = [_cells(detail.timeline, row)[:3] for row in range(detail.timeline.rowCount())]
    assert rows == [
        ["2026-07-01 07:30 UTC (UTC)", "Start", "Pursuit started at Lanaken"],
        ["2026-07-01 09:58 CEST (Europe/Amsterdam)", "Host notified", "Host notified"],
        ["2026-07-01 10:05 CEST (Europe/Brussels)", "Border crossed", "Crossed the border"],
    ]
    assert detail.tabs.tabText(0) == "T&imeline (3)"
    view = ui.call(lambda svc: svc.cases.show(reference))
    assert [e.occurred_at.isoformat() for e in view.timeline] == [
        "2026-07-01T07:30:00+00:00",
        "2026-07-01T07:58:00+00:00",
        "2026-07-01T08:05:00+00:00",
    ]
    # The pursuit's facts follow from the events entered.
    facts = detail.detail_rows()
    assert facts["Crossed the border"] == local(datetime(2026, 7, 1, 8, 5, tzinfo=UTC))
    assert facts["Host notified"] == local(datetime(2026, 7, 1, 7, 58, tzinfo=UTC))
    assert facts["Started"] == local(datetime(2026, 7, 1, 7, 30, tzinfo=UTC))
    assert facts["Offence"] == "—"


def test_a_time_in_the_skipped_dst_hour_is_refused_in_the_dialog(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.OBSERVATION, "Night observation")
    ui.open(reference)
    dialog = _event(ui, ui.page.detail.crossed_button, "Europe/Brussels", datetime(2026, 3, 29, 2, 30))
    dialog.ok_button.click()
    assert "does not exist in Europe/Brussels" in dialog.error_label.text()
    assert dialog.isVisible()
    assert ui.call(lambda svc: svc.cases.show(reference)).timeline == ()


# -- subjects, notes, tasks, requests ------------------------------------------------------------


def test_subject_note_and_tasks_with_the_overdue_one_in_red(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from desktop.ui.cases.dialogs import NoteDialog, SubjectDialog, TaskDialog

    reference = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Cloned plates")
    ui.open(reference)
    detail = ui.page.detail
    detail.subject_button.click()
    subject: SubjectDialog = ui.dialog(SubjectDialog)
    subject.kind.setCurrentIndex(subject.kind.findData("vehicle"))
    qtbot.keyClicks(subject.label_edit, "Grey Audi A4")
    qtbot.keyClicks(subject.details, "1-ABC-123")
    ui.submit(subject)
    ui.wait_case(lambda v: len(v.subjects) == 1)
    assert _cells(detail.subjects, 0) == ["Vehicle", "Grey Audi A4", "1-ABC-123"]
    assert detail.current_tab() == "subjects"

    detail.note_button.click()
    note: NoteDialog = ui.dialog(NoteDialog)
    note.body_edit.setPlainText("Partner confirms the plate is cloned.")
    note.handling.setCurrentIndex(note.handling.findData("H3"))
    ui.submit(note)
    ui.wait_case(lambda v: len(v.note_items) == 1)
    assert _cells(detail.notes, 0)[1:] == ["H3", "Partner confirms the plate is cloned."]

    for title, delta in (
        ("Call the Limburg desk", timedelta(hours=-2)),
        ("Send the photos", timedelta(days=2)),
    ):
        detail.task_button.click()
        task: TaskDialog = ui.dialog(TaskDialog)
        qtbot.keyClicks(task.title_edit, title)
        task.set_due_in(delta)
        ui.submit(task)
    ui.wait_case(lambda v: len(v.tasks) == 2)
    assert [detail.tasks.item(r, 0).text() for r in range(2)] == ["Call the Limburg desk", "Send the photos"]
    overdue, later = detail.tasks.item(0, 0), detail.tasks.item(1, 0)
    assert overdue.foreground().color() == QColor(theme.colors().overdue) and overdue.font().bold()
    assert overdue.toolTip().startswith("Overdue since ")
    assert not later.font().bold()
    assert not detail.done_button.isEnabled()
    detail.tasks.selectRow(0)
    assert detail.done_button.isEnabled()
    detail.done_button.click()
    ui.wait_case(lambda v: v.tasks[0][3] is not None)
    assert detail.tasks.item(0, 2).text() != ""
    assert not detail.tasks.item(0, 0).font().bold()  # done: no longer overdue
    detail.tasks.selectRow(0)
    assert not detail.done_button.isEnabled()
    actions = [action for action, _details in ui.audit_actions()]
    assert {"case_subject.create", "note.create", "task.create", "task.update"} <= set(actions)


def test_link_a_request_and_open_it(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.dialogs import LinkRequestDialog

    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit with a notice")
    request = ui.call(
        lambda svc: (
            svc.requests.create(
                NewRequest(
                    kind=RequestKind.INFORMATION_REQUEST,
                    partner_code="NL-POLITIE-LIMBURG",
                    legal_basis="dir-2023-977:4",
                    events_on=datetime.now().astimezone(),
                    title="Keeper of the Audi",
                    form_values={"information_requested": "Keeper", "purpose": "Pursuit", "reasons": "Fled"},
                )
            ).reference
        )
    )
    ui.open(reference)
    detail = ui.page.detail
    detail.link_button.click()
    dialog: LinkRequestDialog = ui.dialog(LinkRequestDialog)
    qtbot.keyClicks(dialog.reference, "OUT-1999-000001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
    assert dialog.error_label.text() == "There is no request 'OUT-1999-000001'."
    dialog.reference.setText(request.lower())
    ui.submit(dialog)
    ui.wait_case(lambda v: len(v.requests) == 1)
    assert _cells(detail.requests, 0) == [request, "Information request", "Draft"]
    assert ui.call(lambda svc: svc.requests.show(request)).case_reference == reference
    with qtbot.waitSignal(ui.page.sig_open_request, timeout=WAIT) as opened:
        _double_click(qtbot, detail.requests, 0)
    assert opened.args == [request]


def test_close_a_case_after_confirming(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.EVENT_ASSISTANCE, "Tour de France stage")
    ui.open(reference)
    detail = ui.page.detail
    detail.close_button.click()
    box = ui.page.actions.question
    assert box is not None and reference in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ui.call(lambda svc: svc.cases.show(reference)).status == "open"
    detail.close_button.click()
    ui.page.actions.question_yes.click()
    ui.wait_case(lambda v: v.status == "closed")
    assert detail.facts["status"].text() == "Closed"
    assert detail.facts["closed"].text() != "—"
    assert not detail.close_button.isEnabled()
    assert not detail.note_button.isEnabled() and detail.note_button.toolTip() == "This case is closed."
    detail.back_button.click()
    ui.wait_list(lambda refs: refs == [])
    ui.page.status.setCurrentIndex(ui.page.status.findData("closed"))
    ui.wait_list(lambda refs: refs == [reference])


def test_open_case_jumps_to_a_case_or_says_there_is_none(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.changes import Changes

    page = ui.page
    page.open_case("CASE-1999-00001")
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert page.error_label.text() == "There is no case 'CASE-1999-00001' in this case file."
    assert not page.is_showing_case() and page.current_reference is None
    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit opened from elsewhere")
    ui.open(reference)
    assert page.error_label.text() == ""
    # Another page recorded something on this case: the broadcast reloads the list and the case.
    ui.call(lambda svc: svc.cases.add_note(reference, "Written from the CLI."))
    page.on_changes(Changes(cases=True, origin=object()))
    ui.wait_case(lambda v: len(v.note_items) == 1)


def test_a_result_arriving_after_the_lock_shows_nothing(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    import time

    from desktop.ui.cases.dialogs import NoteDialog

    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit")
    ui.open(reference)
    page = ui.page
    page.detail.note_button.click()
    note: NoteDialog = ui.dialog(NoteDialog)
    note.body_edit.setPlainText("Typed just before the lock.")
    finished: list[object] = []
    ui.services.run(lambda _svc: time.sleep(0.3), finished.append, finished.append)  # keeps the worker busy
    note.ok_button.click()
    page.detach()
    ui.services.run(lambda _svc: None, finished.append, finished.append)  # queued after the note
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=WAIT)
    qtbot.wait(50)
    assert page.status_label.text() == "" and page.error_label.text() == ""
    assert page.detail.view is None and not page.is_showing_case()
    assert page.actions.dialog is None


def test_a_selected_note_is_shown_in_full_with_its_time_and_handling(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.enums import HandlingCode
    from desktop.services.cases import local_time_text
    from desktop.ui.cases.common import system_zone
    from desktop.ui.changes import Changes

    reference = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Long notes")
    long_note = (
        "Maastricht desk called back.\n"
        + "The grey Audi was seen twice near the border crossing at Eijsden. " * 30
        + "\nEnd of the call."
    )
    ui.call(lambda svc: svc.cases.add_note(reference, "Short one."))
    long_id = ui.call(lambda svc: svc.cases.add_note(reference, long_note, HandlingCode.H3))
    ui.open(reference)
    page, detail = ui.page, ui.page.detail
    reader = detail.note_reader
    detail.set_tab("notes")
    assert reader.meta.text() == "Select a note to read it in full." and reader.text.toPlainText() == ""
    assert detail.select_note(long_id)
    note = next(n for n in detail.view.note_items if n.id == long_id)
    assert reader.text.toPlainText() == long_note
    when = local_time_text(note.created_at, system_zone())
    assert reader.meta.text() == f"Written by Anna on {when} · handling code H3"
    assert reader.text.isReadOnly()
    assert reader.text.lineWrapMode() == reader.text.LineWrapMode.WidgetWidth
    assert reader.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert reader.text.isVisible() and reader.text.height() > reader.fontMetrics().height() * 3
    # Another page adds a note: the case reloads and the note being read stays.
    ui.call(lambda svc: svc.cases.add_note(reference, "Written from the CLI."))
    page.on_changes(Changes(cases=True, origin=object()))
    ui.wait_case(lambda v: len(v.note_items) == 3)
    assert reader.text.toPlainText() == long_note
    detail.notes.clearSelection()
    assert reader.text.toPlainText() == "" and reader.meta.text() == "Select a note to read it in full."
    detail.back_button.click()
    assert reader.text.toPlainText() == "" and reader.meta.text() == ""


def test_a_closed_case_offers_no_additions(qtbot, ui: Harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    still_open = _new_case(ui, CaseKind.PURSUIT, "Still open")
    closed = _new_case(ui, CaseKind.PURSUIT, "Already closed")
    ui.call(lambda svc: svc.cases.close(closed))
    late = tmp_path / "late.txt"
    late.write_text("Arrived after the case was closed.\n", encoding="utf-8")
    ui.open(closed)
    detail = ui.page.detail
    adders = (
        detail.crossed_button,
        detail.notified_button,
        detail.event_button,
        detail.subject_button,
        detail.note_button,
        detail.task_button,
        detail.link_button,
        detail.attach_button,
    )
    for button in adders:
        assert not button.isEnabled() and button.toolTip() == "This case is closed.", button.text()
    assert not detail.attach_handling.isEnabled()
    detail.set_tab("attachments")
    entered, dropped = _drop([late], detail.attachments.viewport())
    assert not entered and not dropped
    ui.page.actions.attach_paths([str(late)])  # however the paths arrive
    assert ui.page.error_label.text() == "This case is closed."
    qtbot.wait(100)
    assert ui.call(lambda svc: svc.cases.show(closed)).attachment_items == ()

    ui.open(still_open)
    for button in adders:
        assert button.isEnabled() and button.toolTip() == "", button.text()
    detail.set_tab("attachments")
    _attach_by_drop(ui, [late], 1)


# ------------------------------------------------------------- partner filter, tasks, words, sizes


def test_the_partner_filter_offers_the_agencies_and_still_filters_by_a_code_s_start(
    qtbot, ui: Harness
) -> None:  # type: ignore[no-untyped-def]
    page = ui.page
    limburg = _new_case(ui, CaseKind.PURSUIT, "Pursuit to Heerlen", "NL-POLITIE-LIMBURG")
    kmar = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Plates from Breda", "NL-KMAR")
    luxembourg = _new_case(ui, CaseKind.OBSERVATION, "Van from Esch", "LU-POLICE")
    page.refresh()
    ui.wait_list(lambda refs: len(refs) == 3)
    offered = [page.partner.itemText(i) for i in range(page.partner.count())]
    assert offered[0] == "" and {"NL-POLITIE-LIMBURG", "NL-KMAR", "LU-POLICE"} <= set(offered)
    assert "BE-FEDPOL" not in offered  # our own agency is never a partner
    assert page.partner.isEditable() and page.partner.accessibleName() == "Partner agency code"
    index = page.partner.findText("NL-KMAR")
    assert page.partner.itemData(index, Qt.ItemDataRole.ToolTipRole)  # the agency's name
    # Chosen from the list: that agency's cases.
    page.partner.setCurrentIndex(index)
    ui.wait_list(lambda refs: refs == [kmar])
    # Typed: every agency whose code starts so, as before; the completer only proposes.
    page.partner.clearEditText()
    ui.wait_list(lambda refs: len(refs) == 3)
    qtbot.keyClicks(page.partner, "nl-")
    ui.wait_list(lambda refs: sorted(refs) == sorted([limburg, kmar]))
    assert page.partner.currentText() == "nl-"
    page.partner.clearEditText()
    qtbot.keyClicks(page.partner, "xx")
    ui.wait_list(lambda refs: refs == [])
    assert page.empty_label.text() == "No cases match these filters."
    assert luxembourg not in page.references()


def test_a_task_may_have_no_due_date(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.dialogs import TaskDialog

    reference = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Cloned plates")
    ui.open(reference)
    detail = ui.page.detail
    detail.task_button.click()
    task: TaskDialog = ui.dialog(TaskDialog)
    assert not task.no_due.isChecked() and task.due.isEnabled()  # a due date unless said otherwise
    assert task.no_due.accessibleName()
    qtbot.keyClicks(task.title_edit, "Ask for the registration history")
    task.no_due.click()
    assert not task.due.isEnabled()
    ui.submit(task)
    ui.wait_case(lambda v: len(v.tasks) == 1)
    view = ui.call(lambda svc: svc.cases.show(reference))
    assert view.tasks[0][1:] == ("Ask for the registration history", None, None)
    assert detail.tasks.item(0, 1).text() == "—"
    assert not detail.tasks.item(0, 0).font().bold()  # no due date: never overdue
    # An empty title is still refused, with or without a due date.
    detail.task_button.click()
    task = ui.dialog(TaskDialog)
    task.no_due.click()
    task.ok_button.click()
    qtbot.waitUntil(lambda: task.error_label.text() != "", timeout=WAIT)
    assert task.error_label.text() == "A task needs a title."
    task.reject()


def test_one_case_is_counted_in_the_singular(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    _new_case(ui, CaseKind.JOINT_PATROL, "Patrol at the fair")
    ui.page.refresh()
    ui.wait_list(lambda refs: len(refs) == 1)
    assert ui.page.count_label.text() == "1 case"


def test_structured_facts_read_as_sentences_not_as_stored_keys(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases import details
    from desktop.ui.i18n import LanguageSwitcher

    extension = {"until": "2027-06-30", "agreed_on": "2027-05-02"}
    facts = {"extensions": [extension], "leaders": ["Sofie Peeters", "Jan de Vries"], "new_field": "x"}
    switcher = LanguageSwitcher()
    try:
        assert switcher.install("en")
        rows = dict(details.rows(CaseKind.JOINT_INVESTIGATION.value, facts))
        assert rows["Extensions"] == "until 2027-06-30, agreed on 2027-05-02"
        assert rows["Leaders"] == "Sofie Peeters and Jan de Vries"
        assert rows["new_field"] == "x"  # a fact of a newer version: shown as stored, never dropped
        # An item of a shape this version does not know: known keys labelled, the others as stored.
        assert details.value_text([{"until": "2027-06-30", "by": "NL"}]) == "Until: 2027-06-30 and by: NL"
        assert switcher.install("fr")
        rows = dict(details.rows(CaseKind.JOINT_INVESTIGATION.value, facts))
        assert rows["Prolongations"] == "jusqu'au 2027-06-30, convenue le 2027-05-02"
        assert rows[details.label("leaders")] == "Sofie Peeters et Jan de Vries"
    finally:
        switcher.install("en")


def test_sizes_are_written_in_the_language_s_units(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.common import size_text
    from desktop.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    try:
        assert switcher.install("en")
        assert [size_text(n) for n in (512, 2048, 5 * 1024 * 1024)] == ["512 bytes", "2.0 kB", "5.0 MB"]
        assert switcher.install("fr")
        assert [size_text(n) for n in (512, 2048, 5 * 1024 * 1024)] == ["512 octets", "2,0 ko", "5,0 Mo"]
    finally:
        switcher.install("en")

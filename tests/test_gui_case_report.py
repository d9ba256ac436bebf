"""The case printout ("Print / save as PDF…" on the case detail), on a real case file: a pursuit over
the night the clocks of Brussels go forward (2026-03-29, 02:00 CET → 03:00 CEST), with a person, a
note that looks like HTML, an H3 note, a task, an H2 attachment and a linked request. The PDF is
read back with pypdfium2. Run offscreen with pytest-qt.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop.models.enums import (
    CaseKind,
    Direction,
    EventKind,
    HandlingCode,
    InformationAccess,
    RequestKind,
    SubjectKind,
    Urgency,
)
from desktop.services.requests import NewRequest
from desktop.ui import theme
from desktop.ui.cases.report import CaseReport, CaseReportWriter, case_pdf, most_restrictive, timeline_picture
from desktop.ui.files import REPLACE_QUESTION
from desktop.ui.i18n import LanguageSwitcher
from desktop.ui.printing import ensure_margins
from tests.gui_cases_harness import Harness
from tests.gui_helpers import WAIT

NL = "NL-POLITIE-LIMBURG"
BRUSSELS = "Europe/Brussels"
SECRET = b"CONTENT-OF-THE-ATTACHMENT-NEVER-PRINTED"
PAGE = re.compile(r"Page (\d+) of (\d+)")


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=UTC)


def _request(case: str) -> NewRequest:
    return NewRequest(
        kind=RequestKind.INFORMATION_REQUEST,
        direction=Direction.INCOMING,
        partner_code=NL,
        legal_basis="dir-2023-977:4",
        events_on=utc(28, 22),
        title="Keeper of the Audi",
        urgency=Urgency.URGENT,
        information_access=InformationAccess.DIRECT,
        received_at=utc(29, 1, 40),
        form_values={
            "information_requested": "Registered keeper",
            "purpose": "Identify the driver",
            "reasons": "The vehicle fled a police check",
        },
        case_reference=case,
    )


def _fill(svc: Any, extra_events: int = 0) -> tuple[str, str]:
    """The case and its linked request's reference (worker thread)."""
    case = svc.cases.create(
        CaseKind.PURSUIT,
        "Grey Audi <through> Limburg & Liège",
        partner_code=NL,
        summary="Pursuit of a grey Audi from Lanaken.",
    ).reference
    events = (
        (utc(28, 21, 40), EventKind.START, "Pursuit starts at Lanaken", 50.893, 5.647),  # 22:40 CET
        (utc(29, 0, 30), EventKind.BORDER_CROSSED, "Crossed at Maastricht", None, None),  # 01:30 CET
        (utc(29, 1, 15), EventKind.HOST_NOTIFIED, "Limburg control room told", None, None),  # 03:15 CEST
    )
    for moment, kind, description, latitude, longitude in events:
        svc.cases.add_event(
            case,
            occurred_at=moment,
            zone=BRUSSELS,
            kind=kind,
            agency_code=NL if kind is EventKind.HOST_NOTIFIED else None,
            description=description,
            latitude=latitude,
            longitude=longitude,
        )
    for index in range(extra_events):
        svc.cases.add_event(
            case,
            occurred_at=utc(29, 4) + timedelta(minutes=7 * index),
            zone=BRUSSELS,
            kind=EventKind.OBSERVATION,
            agency_code=NL,
            description=f"Sighting number {index + 1:03d} on the A2",
        )
    svc.cases.add_subject(case, SubjectKind.PERSON, "Jan Peeters", "Driver, born 1990")
    svc.cases.add_note(case, "<b>&</b> seen on the dashboard camera", HandlingCode.H1)
    svc.cases.add_note(case, "The informant names the buyer in Aachen", HandlingCode.H3)
    svc.cases.add_task(case, "Ask Limburg for the camera images", utc(29, 12))
    svc.cases.add_attachment(case, "scene-photo.png", SECRET, "image/png", HandlingCode.H2)
    request = svc.requests.create(_request(case)).reference
    return case, request


def _texts(data: bytes) -> list[str]:
    """Each page's text, its whitespace (line breaks inside cells too) made single spaces."""
    document = pypdfium2.PdfDocument(data)
    try:
        pages = [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()
    # The agency's code wraps at its hyphen in the narrow Agency column.
    return [page.replace("NL-POLITIE- LIMBURG", NL) for page in pages]


@pytest.fixture
def case(ui: Harness) -> tuple[str, str]:
    reference, request = ui.call(_fill)
    ui.open(reference)
    ui.qtbot.waitUntil(lambda: ui.page.member_name == "Anna", timeout=WAIT)
    ui.qtbot.waitUntil(lambda: len(ui.page.detail.linked_requests) == 1, timeout=WAIT)
    return reference, request


def _save(ui: Harness, chosen: str | None) -> tuple[str | None, list[tuple[str, ...]]]:
    asked: list[tuple[str, ...]] = []

    def choose(_parent: object, caption: str, suggested: str, name_filter: str) -> str | None:
        asked.append((caption, suggested, name_filter))
        return chosen

    ui.page.printing.choose_save_file = choose
    ui.page.detail.pdf_action.trigger()
    return (ui.page.status_label.text() or None), asked


def test_save_as_pdf_writes_the_case_owner_only(ui: Harness, case: tuple[str, str], tmp_path: Path) -> None:
    reference, request = case
    detail = ui.page.detail
    assert detail.print_button.isEnabled()
    assert detail.print_button.accessibleName() == "Print this case or save it as PDF"
    folder = tmp_path / "out"
    folder.mkdir()
    _status, asked = _save(ui, str(folder / "printout"))
    assert asked == [("Save the case as PDF", f"{reference}.pdf", "PDF documents (*.pdf)")]
    target = folder / "printout.pdf"  # ".pdf" added to a name without it
    ui.qtbot.waitUntil(lambda: target.exists() and bool(ui.page.status_label.text()), timeout=WAIT)
    assert ui.page.status_label.text() == f"Case {reference} saved as PDF to {target}."
    assert ui.page.error_label.text() == ""
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["printout.pdf"]  # no temporary file left
    action, details = ui.audit_actions()[-1]  # who took the case out, where to, which bytes
    assert (action, json.loads(details)) == (
        "export.case_report_pdf",
        {
            "kind": "case_report_pdf",
            "subject": reference,
            "path": str(target),
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        },
    )
    pages = _texts(data)
    assert len(pages) >= 1
    text = " ".join(pages)
    assert PAGE.findall(text) == [(str(n), str(len(pages))) for n in range(1, len(pages) + 1)]
    # the header: the case, the most restrictive code (the H3 note) and who printed it
    assert f"{reference} — Grey Audi <through> Limburg & Liège" in text
    assert "Kind: Pursuit" in text and "Status: Open" in text and f"Partner: {NL}" in text
    assert "Handling code: H1 – law enforcement use" in text
    assert "Most restrictive handling code in this case: H3 – no further use." in text
    assert re.search(r"Printed on \d{4}-\d\d-\d\d \d\d:\d\d \S+ by Anna\.", text)
    for page in pages:  # every page names the case and carries the mark
        assert page.startswith(f"{reference} — Grey Audi <through> Limburg & Liège H3 ")
    # the timeline in the zone each event was entered in, across the change of time
    assert "2026-03-28 22:40 CET (Europe/Brussels) Start" in text
    assert "2026-03-29 01:30 CET (Europe/Brussels) Border crossed" in text
    assert f"2026-03-29 03:15 CEST (Europe/Brussels) Host notified {NL} Limburg control room told" in text
    assert "50.89300, 5.64700" in text
    assert "Local time in Europe/Brussels" not in text  # the chart is a picture (its axis too) …
    assert "Start Border crossed Host notified" in text  # … its legend is text
    # the rest of the case, typed text printed as typed
    assert "Person Jan Peeters Driver, born 1990" in text
    assert "Anna H1 – law enforcement use <b>&</b> seen on the dashboard camera" in text
    assert "Anna H3 – no further use The informant names the buyer in Aachen" in text
    overdue = datetime.now(UTC) > utc(29, 12)  # a case file of March 2026, printed later
    assert ("Ask Limburg for the camera images Overdue since" in text) is overdue
    assert "scene-photo.png image/png" in text and "H2 – no dissemination" in text
    assert SECRET.decode() not in text
    assert f"{request} Information request" in text


def test_the_report_marks_every_restricted_item(ui: Harness, case: tuple[str, str]) -> None:
    report = ui.page.printing.report()
    assert report is not None and report.member == "Anna"
    assert sorted(report.handling_codes()) == ["H1", "H1", "H1", "H2", "H3"]  # case, notes, file, request
    assert report.most_restrictive() == "H3"
    assert most_restrictive(["H1", "H0"]) == "H1"
    assert most_restrictive(["H1", "H9"]) == "H9"  # unknown to this version: never harmless
    html = CaseReportWriter(report).html(600, None)
    assert html.count('class="restricted"') == 3  # the H3 note, the H2 file, the header's notice
    assert "&lt;b&gt;&amp;&lt;/b&gt; seen on the dashboard camera" in html
    assert "<b>&</b>" not in html
    assert "Grey Audi &lt;through&gt; Limburg &amp; Liège" in html


def test_without_a_member_the_by_is_left_out(ui: Harness, case: tuple[str, str]) -> None:
    report = ui.page.printing.report()
    assert report is not None
    anonymous = CaseReport(report.view, report.requests, None, report.zone, report.printed_at)
    text = " ".join(_texts(case_pdf(anonymous)[0]))
    assert re.search(r"Printed on \d{4}-\d\d-\d\d \d\d:\d\d \S+\. ", text)
    assert " by " not in text.split("Printed on", 1)[1][:40]


def test_in_french(ui: Harness, case: tuple[str, str]) -> None:
    switcher = LanguageSwitcher()
    try:
        assert switcher.install("fr")
        report = ui.page.printing.report()
        assert report is not None
        text = " ".join(_texts(case_pdf(report)[0]))
    finally:
        switcher.install("en")
    assert "Résumé" in text
    assert "Chronologie, la plus ancienne en premier" in text
    assert "Demandes liées" in text
    assert "Personnes, véhicules et objets" in text
    assert "Code de traitement : H1 – usage répressif" in text
    assert "Summary" not in text


def test_a_long_timeline_breaks_between_rows_with_its_header_repeated(ui: Harness) -> None:
    reference, _request = ui.call(lambda svc: _fill(svc, extra_events=200))
    ui.open(reference)
    ui.qtbot.waitUntil(lambda: len(ui.page.detail.linked_requests) == 1, timeout=WAIT)
    report = ui.page.printing.report()
    assert report is not None and len(report.view.timeline) == 203
    data, count = case_pdf(report)
    pages = _texts(data)
    assert count == len(pages) >= 5
    assert f"Page 2 of {count}" in pages[1]
    header = "When Event Agency Description Location"
    assert all(header in page for page in pages[1:5])  # the timeline continues under its header
    for number in range(1, 201):  # every row whole on one page: its time and text together
        description = f"Sighting number {number:03d} on the A2"
        holding = [page for page in pages if description in page]
        assert len(holding) == 1, description
        wall = (utc(29, 4) + timedelta(minutes=7 * (number - 1))).astimezone(ZoneInfo(BRUSSELS))
        assert f"{wall:%Y-%m-%d %H:%M} CEST (Europe/Brussels) Observation {NL} {description}" in holding[0]


def test_nothing_is_written_when_the_dialogs_are_cancelled(
    ui: Harness, case: tuple[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    status, asked = _save(ui, None)
    assert len(asked) == 1 and status is None
    assert ui.page.printing.save_pdf() is None
    ui.qtbot.wait(100)
    assert list(folder.iterdir()) == [] and ui.page.error_label.text() == ""
    dialog = ui.page.printing.open_print_dialog()
    assert dialog is not None and ui.page.printing.print_dialog is dialog
    assert dialog.windowTitle() == "Print the case"
    dialog.reject()
    assert ui.page.printing.print_dialog is None
    assert ui.page.status_label.text() == "" and ui.page.error_label.text() == ""


def test_a_pdf_suffix_added_after_the_dialog_does_not_replace_a_file_unasked(
    ui: Harness, case: tuple[str, str], tmp_path: Path
) -> None:
    reference, _request = case
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "report.pdf"
    existing.write_bytes(b"old")
    existing.chmod(0o644)

    def question() -> QMessageBox | None:
        return ui.page.findChild(QMessageBox, REPLACE_QUESTION)

    _save(ui, str(folder / "report"))  # typed without ".pdf": the dialog asked about "report"
    box = question()
    assert box is not None and box.text() == "report.pdf already exists. Do you want to replace it?"
    assert box.windowModality() == Qt.WindowModality.WindowModal
    box.button(QMessageBox.StandardButton.No).click()
    ui.qtbot.waitUntil(lambda: question() is None, timeout=WAIT)
    ui.qtbot.wait(100)
    assert existing.read_bytes() == b"old" and stat.S_IMODE(existing.stat().st_mode) == 0o644
    assert ui.page.status_label.text() == "" and ui.page.error_label.text() == ""
    # leaving the case closes the question as No
    _save(ui, str(folder / "report"))
    assert question() is not None
    ui.page.printing.close_dialog()
    ui.qtbot.waitUntil(lambda: question() is None, timeout=WAIT)
    ui.qtbot.wait(100)
    assert existing.read_bytes() == b"old"
    # Yes: replaced, owner-only
    _save(ui, str(folder / "report"))
    box = question()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    ui.qtbot.waitUntil(
        lambda: ui.page.status_label.text() == f"Case {reference} saved as PDF to {existing}.", timeout=WAIT
    )
    assert existing.read_bytes().startswith(b"%PDF") and stat.S_IMODE(existing.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]
    # a name typed with ".pdf" was asked about by the dialog: replaced without a second question
    ui.page.status_label.clear()
    _save(ui, str(existing))
    assert question() is None
    ui.qtbot.waitUntil(lambda: ui.page.status_label.text() != "", timeout=WAIT)


def test_ctrl_p_offers_the_menu_only_while_a_case_is_shown(qtbot, ui: Harness, case: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    page = ui.page
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=WAIT)
    page.detail.tabs.setFocus()
    qtbot.keyClick(page.detail.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.detail.print_menu.isVisible, timeout=WAIT)
    assert page.detail.print_menu.activeAction() is page.detail.print_action
    assert [a.text() for a in page.detail.print_menu.actions()] == ["&Print…", "Save as P&DF…"]
    page.detail.print_menu.hide()
    page.back_to_list()
    assert not page.detail.print_button.isEnabled()
    page.detail.show_print_menu()
    assert not page.detail.print_menu.isVisible()
    assert page.printing.report() is None and page.printing.save_pdf() is None


def test_the_chart_prints_in_the_light_palette_under_the_dark_theme(
    qapp, ui: Harness, case: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    report = ui.page.printing.report()
    assert report is not None
    style = qapp.style().name()
    try:
        assert theme.apply_theme(qapp, "dark") == "dark"
        shown = ui.page.detail.timeline_chart.plot.backgroundBrush().color().name()
        picture = timeline_picture(report)
        assert theme.is_dark(QGuiApplication.palette())  # the palette shown is given back
        assert ui.page.detail.timeline_chart.plot.backgroundBrush().color().name() == shown
    finally:
        theme.apply_theme(qapp, "light")
        qapp.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
        qapp.setStyle(style)
    assert picture is not None
    image, legend = picture
    assert QColor(image.pixel(image.width() - 3, 3)).name() == "#ffffff"  # white paper, not #2b2d30
    assert [text for _symbol, text in legend] == [
        "Start",
        "Border crossed",
        "Host notified",
        "Request overdue" if report.requests[0].due_at < datetime.now(UTC) else "Request open",
    ]
    assert image.width() == 820 * 3


def test_a_printer_gets_the_same_pages(ui: Harness, case: tuple[str, str], tmp_path: Path) -> None:
    """What the print dialog hands over: a high-resolution QPrinter (here one that writes a PDF)."""
    report = ui.page.printing.report()
    assert report is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    ensure_margins(printer)
    pages = CaseReportWriter(report).print_to(printer)
    printed = _texts((tmp_path / "printer.pdf").read_bytes())
    assert pages == len(printed) == case_pdf(report)[1]
    assert [PAGE.findall(page) for page in printed] == [[(str(n), str(pages))] for n in range(1, pages + 1)]
    assert "<b>&</b> seen on the dashboard camera" in " ".join(printed)


def test_a_place_that_cannot_be_written_is_said_and_nothing_is_left(
    ui: Harness, case: tuple[str, str], tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-folder" / "case.pdf"
    _save(ui, str(missing))
    ui.qtbot.waitUntil(lambda: bool(ui.page.error_label.text()), timeout=WAIT)
    assert ui.page.error_label.text() == "The file case.pdf could not be written: No such file or directory."
    assert ui.page.status_label.text() == ""
    assert not missing.parent.exists()


def test_tab_reaches_the_print_button_between_back_and_close(ui: Harness, case: tuple[str, str]) -> None:
    detail = ui.page.detail

    def next_stop(widget):  # type: ignore[no-untyped-def]
        widget = widget.nextInFocusChain()
        while not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()
        ):
            widget = widget.nextInFocusChain()
        return widget

    assert next_stop(detail.back_button) is detail.print_button
    assert next_stop(detail.print_button) is detail.close_button

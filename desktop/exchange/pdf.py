"""`request.pdf`: the human-readable form of a package, in the partner's language and English.

Rendered with Qt's own PDF writer (QTextDocument → QPdfWriter), in memory: no temporary file is
written. Runs on any thread once a QGuiApplication exists; the CLI creates an offscreen one.
"""

from __future__ import annotations

import html
import os
import sys
from datetime import UTC, datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.exchange.request_document import RequestDocument

# Labels of the form, per language. English is always printed beside the partner's language.
_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Request for cross-border police cooperation",
        "answer": "Answer to a request",
        "reference": "Reference",
        "kind": "Kind of request",
        "from": "Requesting agency",
        "to": "Requested agency",
        "basis": "Legal basis",
        "events": "Date of the events",
        "urgency": "Urgency",
        "handling": "Handling code",
        "evaluation": "Evaluation",
        "due": "Deadline",
        "approved": "Approved by",
        "fields": "Details",
        "body": "Request",
        "loan": "Equipment",
        "attachments": "Attachments",
        "reply": "Answer",
        "tbc": "article to be confirmed",
        "signed": "This document is part of a signed package (ASiC-E); the "
        "signature covers request.json, this PDF and the attachments.",
    },
    "fr": {
        "title": "Demande de coopération policière transfrontalière",
        "answer": "Réponse à une demande",
        "reference": "Référence",
        "kind": "Type de demande",
        "from": "Service requérant",
        "to": "Service requis",
        "basis": "Base juridique",
        "events": "Date des faits",
        "urgency": "Urgence",
        "handling": "Code de traitement",
        "evaluation": "Évaluation",
        "due": "Délai",
        "approved": "Approuvé par",
        "fields": "Détails",
        "body": "Demande",
        "loan": "Matériel",
        "attachments": "Pièces jointes",
        "reply": "Réponse",
        "tbc": "article à confirmer",
        "signed": "Ce document fait partie d'un paquet signé (ASiC-E) ; la signature "
        "couvre request.json, ce PDF et les pièces jointes.",
    },
    "nl": {
        "title": "Verzoek om grensoverschrijdende politiesamenwerking",
        "answer": "Antwoord op een verzoek",
        "reference": "Referentie",
        "kind": "Soort verzoek",
        "from": "Verzoekende dienst",
        "to": "Aangezochte dienst",
        "basis": "Rechtsgrond",
        "events": "Datum van de feiten",
        "urgency": "Spoed",
        "handling": "Behandelcode",
        "evaluation": "Evaluatie",
        "due": "Termijn",
        "approved": "Goedgekeurd door",
        "fields": "Gegevens",
        "body": "Verzoek",
        "loan": "Materieel",
        "attachments": "Bijlagen",
        "reply": "Antwoord",
        "tbc": "artikel nog te bevestigen",
        "signed": "Dit document maakt deel uit van een ondertekend pakket "
        "(ASiC-E); de handtekening dekt request.json, deze PDF en de bijlagen.",
    },
    "de": {
        "title": "Ersuchen um grenzüberschreitende polizeiliche Zusammenarbeit",
        "answer": "Antwort auf ein Ersuchen",
        "reference": "Aktenzeichen",
        "kind": "Art des Ersuchens",
        "from": "Ersuchende Behörde",
        "to": "Ersuchte Behörde",
        "basis": "Rechtsgrundlage",
        "events": "Datum der Ereignisse",
        "urgency": "Dringlichkeit",
        "handling": "Handhabungscode",
        "evaluation": "Bewertung",
        "due": "Frist",
        "approved": "Genehmigt von",
        "fields": "Angaben",
        "body": "Ersuchen",
        "loan": "Ausrüstung",
        "attachments": "Anlagen",
        "reply": "Antwort",
        "tbc": "Artikel noch zu bestätigen",
        "signed": "Dieses Dokument ist Teil eines signierten Pakets (ASiC-E); "
        "die Signatur umfasst request.json, dieses PDF und die Anlagen.",
    },
}


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; a command-line process gets an offscreen one.

    A process that has loaded QtWidgets (one that will show windows, or a test session) gets a
    QApplication instead: Qt allows one application object per process, and a widget made
    later under a plain QGuiApplication aborts the process."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        widgets = sys.modules.get("PySide6.QtWidgets")
        if widgets is not None:
            widgets.QApplication([])
        else:
            QGuiApplication([])


def _when(text: str | None) -> str:
    """ISO text → "2026-11-28 19:08 UTC"; anything unreadable is shown as given."""
    if not text:
        return "—"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC" if moment.tzinfo else text


def _label(key: str, languages: tuple[str, ...]) -> str:
    return " / ".join(_LABELS[lang][key] for lang in languages)


def request_html(document: RequestDocument, languages: tuple[str, ...]) -> str:
    e = html.escape
    r = document.request
    basis = e(r.legal_basis_reference)
    if not r.legal_basis_confirmed:
        basis += f" <i>({e(_label('tbc', languages))})</i>"
    rows = [
        ("reference", e(r.reference)),
        ("kind", e(r.kind.replace("_", " "))),
        ("from", e(document.sender.agency)),
        ("to", e(document.recipient.agency)),
        ("basis", basis),
        ("events", e(_when(r.events_on))),
        ("urgency", e(r.urgency)),
        ("handling", e(r.handling_code)),
        ("evaluation", e(r.source_evaluation + r.information_evaluation)),
        ("due", e(_when(r.due_at))),
        ("approved", e(f"{r.approved_by or '—'}, {_when(r.approved_at)}" if r.approved_by else "—")),
    ]
    parts = [
        f"<h2>{e(_label('answer' if document.answer else 'title', languages))}</h2>",
        "<table cellspacing='0' cellpadding='4' border='0.5' style='border-color: #888; border-style: solid' "
        "width='100%'>",
        *(
            f"<tr><td width='35%'><b>{e(_label(key, languages))}</b></td><td>{value}</td></tr>"
            for key, value in rows
        ),
        "</table>",
    ]
    if r.fields:
        parts.append(f"<h3>{e(_label('fields', languages))}</h3><table cellpadding='3'>")
        parts += [
            f"<tr><td><b>{e(k.replace('_', ' '))}</b></td><td>{e(str(v))}</td></tr>"
            for k, v in sorted(r.fields.items())
        ]
        parts.append("</table>")
    parts.append(
        f"<h3>{e(_label('body', languages))}</h3><p>{e(r.title)}</p><p>{e(r.body).replace(chr(10), '<br>')}</p>"
    )
    if r.loan:
        parts.append(
            f"<h3>{e(_label('loan', languages))}</h3><p>{e(_when(r.loan.period_start))} → {e(_when(r.loan.period_end))}</p><ul>"
        )
        parts += [
            f"<li>{item.quantity} × {e(item.type)} {e(item.serial_numbers)}</li>" for item in r.loan.items
        ]
        parts.append("</ul>")
    if document.answer:
        parts.append(
            f"<h3>{e(_label('reply', languages))}</h3><p>{e(document.answer.text).replace(chr(10), '<br>')}</p>"
        )
    if document.attachments:
        parts.append(f"<h3>{e(_label('attachments', languages))}</h3><ul>")
        parts += [
            f"<li>{e(a.name)} ({a.size} bytes, SHA-256 {a.sha256[:16]}…)</li>" for a in document.attachments
        ]
        parts.append("</ul>")
    parts.append(f"<p><small>{e(_label('signed', languages))}</small></p>")
    return "\n".join(parts)


def render_request_pdf(document: RequestDocument, languages: tuple[str, ...]) -> bytes:
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    # QTextDocument lays out in 96-dpi points; at the writer's default 1200 dpi the text would be
    # a twelfth of its size.
    writer.setResolution(96)
    writer.setTitle(f"{document.request.reference} — {document.request.title}")
    writer.setCreator("Benelux Case Desk")
    text = QTextDocument()
    text.setHtml(request_html(document, languages))
    text.setDefaultStyleSheet("td { padding: 4px; } th { text-align: left; }")
    text.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())

"""What the new-request form may offer: agencies, the legal bases valid for a request, and its deadline.

The form asks this module, never the catalogue directly, so the GUI offers exactly what
`RequestService.create` will accept: the same countries (from the agencies, in the direction of
the request), the same day of the events (the date in the zone the officer gave, as `create`
uses it) and the same deadline arithmetic (`requests.request_deadline`, run on an unsaved request).

Pure functions over a Catalogue do the work and are tested without a database; the few functions
taking a CaseFile only read the agencies and cases first. No Qt. Threading: the CaseFile functions
run on the case file's thread (the GUI's database worker, through an Op).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from desktop.models import Agency, Case, Loan, Member, Request, utcnow
from desktop.models.enums import (
    CaseStatus,
    Country,
    Direction,
    InformationAccess,
    RequestKind,
    RequestStatus,
    SourceMarker,
    Urgency,
)
from desktop.sentences import Said, said
from desktop.services import deadlines
from desktop.services.agencies import agency_by_code
from desktop.services.agencies import view as agency_view
from desktop.services.casefile import CaseFile
from desktop.services.catalogue import Article, Catalogue
from desktop.services.dto import AgencyView
from desktop.services.errors import InvalidInput
from desktop.services.requests import request_deadline

# Where a deadline is counted from, as `DeadlinePreview.counted_from` says it.
FROM_SENDING = "sending"
FROM_RECEIPT = "receipt"
FROM_CROSSING = "crossing"
FROM_LOAN_END = "loan_end"

# Fields an equipment-loan request fills from its own loan period and inventory lines
# (`requests._form_values`), so the form shows the loan editor instead of rows for them.
LOAN_FIELD_IDS = frozenset({"loan_from", "loan_until", "inventory"})


@dataclass(frozen=True)
class FieldOption:
    """One form field an article asks for, with its label in the requested language."""

    id: str
    label: str
    type: str  # text | datetime | choice | boolean | inventory
    required: bool
    choices: tuple[tuple[str, str], ...] = ()  # (choice id, label)


@dataclass(frozen=True)
class DeadlinePreview:
    """The deadline a request would have, computed as `request_deadline` computes it.

    `due_at` is None when no deadline follows from the basis (`rule_id` None) or when it cannot
    be known yet (a loan without its period). An outgoing Directive 2023/977 request has no
    deadline while it is a draft: `once_sent` says `due_at` is the deadline if it were sent at
    the moment the preview was computed.
    """

    rule_id: str | None
    due_at: datetime | None = None
    period: timedelta | None = None  # 8 h / 3 days / 7 days / 5 h; None for a fixed moment
    counted_from: str = ""  # FROM_SENDING | FROM_RECEIPT | FROM_CROSSING | FROM_LOAN_END
    once_sent: bool = False
    confirmed: bool = True  # the rule and its application to this article are both confirmed
    description: str = ""


@dataclass(frozen=True)
class BasisOption:
    """A legal basis the form may offer, with what the user must know and fill in."""

    basis_id: str
    reference: str  # "CISA art. 41", "Benelux Police Treaty 2018, article to be confirmed (…)"
    subject: str
    note: str
    number: str | None  # None while the article number is unknown
    number_confirmed: bool
    marker: SourceMarker
    rules_marker: SourceMarker
    fields: tuple[FieldOption, ...]
    deadline: DeadlinePreview

    @property
    def unconfirmed(self) -> bool:
        """The article number, or the article itself, is not confirmed: never show it as settled law."""
        return not self.number_confirmed or self.marker is SourceMarker.UNCONFIRMED

    @property
    def required_fields(self) -> tuple[FieldOption, ...]:
        return tuple(f for f in self.fields if f.required)


@dataclass(frozen=True)
class DeadlineInputs:
    """What a deadline depends on besides the basis, the kind, the direction and the events."""

    urgency: Urgency = Urgency.NORMAL
    access: InformationAccess | None = None
    form_values: Mapping[str, object] = field(default_factory=dict)
    loan_start: datetime | None = None
    loan_end: datetime | None = None
    received_at: datetime | None = None  # incoming: when it arrived (default: now)
    now: datetime | None = None  # outgoing: the sending moment assumed by a preview


@dataclass(frozen=True)
class RequestOptions:
    """The bases valid for one kind, pair of agencies and day of events; `reason` if there are none."""

    kind: RequestKind
    direction: Direction
    own_agency: str
    partner_agency: str
    requesting_country: Country
    requested_country: Country
    events_on: date
    bases: tuple[BasisOption, ...]
    reason: Said | None = None

    def basis(self, basis_id: str) -> BasisOption | None:
        return next((b for b in self.bases if b.basis_id == basis_id), None)


@dataclass(frozen=True)
class CaseChoice:
    reference: str
    title: str


@dataclass(frozen=True)
class FormChoices:
    """The agencies and cases the form lists. `own_agency` is the member's agency, if recorded."""

    own_agency: str | None
    own_agencies: tuple[AgencyView, ...]
    agencies: tuple[AgencyView, ...]
    cases: tuple[CaseChoice, ...]


# -- pure rules over the catalogue ------------------------------------------------------------


def _aware(value: datetime) -> datetime:
    """The date of the events, refused without its zone (the day is the one in that zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput("The date of the events needs a time zone.")
    return value


def field_options(article: Article, lang: str = "en") -> tuple[FieldOption, ...]:
    return tuple(
        FieldOption(
            id=spec.id,
            label=spec.label(lang),
            type=spec.type,
            required=spec.required,
            choices=tuple((c, spec.choice_label(c, lang)) for c in spec.choices),
        )
        for spec in article.required_fields
    )


def _effective_rule(article: Article, direction: Direction) -> str | None:
    """The rule `request_rules.deadline` applies to a new request of this article."""
    if article.deadline_rule is not None:
        return article.deadline_rule
    if article.notification_rule is not None and direction is Direction.OUTGOING:
        return article.notification_rule
    return None


def _stored_form(values: Mapping[str, object]) -> dict[str, object]:
    # As `create` stores them: datetimes as ISO text (request_deadline reads crossing_time so).
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def deadline_preview(
    catalogue: Catalogue,
    basis_id: str,
    *,
    kind: RequestKind,
    direction: Direction,
    events_at: datetime,
    inputs: DeadlineInputs = DeadlineInputs(),
    lang: str = "en",
) -> DeadlinePreview:
    """The deadline a request with these values gets from `request_deadline` when it is filed.

    An outgoing request whose clock starts on sending (Directive 2023/977 art. 5) is previewed as
    if sent now (`inputs.now`), marked `once_sent`.
    """
    events_at = _aware(events_at)
    article = catalogue.article(basis_id)
    rule_id = _effective_rule(article, direction)
    if rule_id is None:
        return DeadlinePreview(rule_id=None)
    now = inputs.now or utcnow()
    incoming = direction is Direction.INCOMING
    received_at = (inputs.received_at or now) if incoming else None
    # An unsaved request: never added to a session, so nothing is written; it only carries the
    # values `request_deadline` reads.
    draft = Request(
        kind=kind.value,
        direction=direction.value,
        legal_basis=basis_id,
        events_on=events_at,
        urgency=inputs.urgency.value,
        information_access=inputs.access.value if inputs.access else None,
        form_values=_stored_form(inputs.form_values),
        status=(RequestStatus.RECEIVED if incoming else RequestStatus.DRAFT).value,
        received_at=received_at,
        sent_at=None,
    )
    if kind is RequestKind.EQUIPMENT_LOAN and inputs.loan_end is not None:
        draft.loan = Loan(period_start=inputs.loan_start or events_at, period_end=inputs.loan_end)
    due = request_deadline(catalogue, draft)
    once_sent = False
    if due is None and rule_id == deadlines.DIR_2023_977_ART5 and not incoming:
        due = request_deadline(catalogue, draft, sent_at=now, status=RequestStatus.SENT)
        once_sent = due is not None
    rule = catalogue.deadline_rule(rule_id)
    counted_from, start = "", None
    if rule_id == deadlines.DIR_2023_977_ART5:
        counted_from, start = (FROM_RECEIPT, received_at) if incoming else (FROM_SENDING, now)
    elif rule_id in (
        deadlines.STOP_OBSERVATION_5H,
        deadlines.NOTIFY_ON_CROSSING,
        deadlines.NOTIFY_BEFORE_CROSSING,
    ):
        counted_from = FROM_CROSSING
        if rule_id == deadlines.STOP_OBSERVATION_5H and due is not None:
            start = due - deadlines.OBSERVATION_WITHOUT_AUTHORISATION
    elif rule_id == deadlines.LOAN_RETURN:
        counted_from = FROM_LOAN_END
    return DeadlinePreview(
        rule_id=rule_id,
        due_at=due,
        period=(due - start) if due is not None and start is not None else None,
        counted_from=counted_from,
        once_sent=once_sent,
        confirmed=rule.marker is SourceMarker.CONFIRMED and article.rules_marker is SourceMarker.CONFIRMED,
        description=rule.description(lang),
    )


def valid_bases(
    catalogue: Catalogue,
    *,
    kind: RequestKind,
    requesting: Country,
    requested: Country,
    events_at: datetime,
    direction: Direction = Direction.OUTGOING,
    inputs: DeadlineInputs = DeadlineInputs(),
    lang: str = "en",
) -> tuple[BasisOption, ...]:
    """The bases `create` accepts for this request, confirmed article numbers first.

    The day is `events_at.date()` in the zone it was given in, as `create` decides it: 00:30 on
    1 October 2023 in Brussels falls under the 2018 treaty.
    """
    events_at = _aware(events_at)
    return tuple(
        BasisOption(
            basis_id=article.basis_id,
            reference=catalogue.reference(article.basis_id, lang),
            subject=article.subject(lang),
            note=article.note(lang),
            number=article.number,
            number_confirmed=article.number_confirmed,
            marker=article.marker,
            rules_marker=article.rules_marker,
            fields=field_options(article, lang),
            deadline=deadline_preview(
                catalogue,
                article.basis_id,
                kind=kind,
                direction=direction,
                events_at=events_at,
                inputs=inputs,
                lang=lang,
            ),
        )
        for article in catalogue.bases_for(kind, requesting, requested, events_at.date())
    )


def no_basis_reason(kind: RequestKind, requesting: Country, requested: Country, events_on: date) -> Said:
    """One sentence saying why a request has no basis (meant for when `valid_bases` is empty)."""
    if requesting == requested:
        return said(
            "A request between two agencies in {country} is not cross-border, "
            "so no cross-border legal basis applies.",
            country=requesting,
        )
    return said(
        "No legal basis in the agreements catalogue covers a request of kind {kind} "
        "between {requesting} and {requested} for events on {day}.",
        kind=kind,
        requesting=requesting,
        requested=requested,
        day=events_on,
    )


def countries(direction: Direction, own: Country, partner: Country) -> tuple[Country, Country]:
    """(requesting, requested): we ask when outgoing, the partner asks when incoming."""
    return (own, partner) if direction is Direction.OUTGOING else (partner, own)


def partners_for(choices: FormChoices, own_code: str | None) -> tuple[AgencyView, ...]:
    """The agencies a request filed by `own_code` can go to: another country's (cross-border only)."""
    own = next((a for a in (*choices.own_agencies, *choices.agencies) if a.code == own_code), None)
    return tuple(
        a for a in choices.agencies if a.code != own_code and (own is None or a.country != own.country)
    )


# -- over an open case file (worker thread) ---------------------------------------------------


def _own_agency(session, case_file: CaseFile, code: str | None) -> Agency:  # type: ignore[no-untyped-def]
    if code:
        return agency_by_code(session, code)
    member = session.get(Member, case_file.actor.member_id) if case_file.actor.member_id else None
    if member is not None and member.agency_id is not None:
        agency = session.get(Agency, member.agency_id)
        if agency is not None:
            return agency
    raise InvalidInput("Say which of your agencies files the request (your member record has no agency).")


def options_for(
    case_file: CaseFile,
    *,
    kind: RequestKind,
    partner_code: str,
    events_at: datetime,
    direction: Direction = Direction.OUTGOING,
    own_agency_code: str | None = None,
    inputs: DeadlineInputs = DeadlineInputs(),
    lang: str = "en",
) -> RequestOptions:
    """The legal bases valid for a request to or from `partner_code`, each with its deadline.

    Countries come from the agencies, as in `RequestService.create`; an unknown agency code is a
    NotFound, a member without an agency (and no `own_agency_code`) an InvalidInput.
    """
    events_at = _aware(events_at)
    with case_file.reading() as session:
        partner = agency_by_code(session, partner_code)
        own = _own_agency(session, case_file, own_agency_code)
        own_code, own_country = own.code, Country(own.country)
        partner_country = Country(partner.country)
    if own_code == partner.code:
        raise InvalidInput("The partner agency must be another agency than your own.")
    requesting, requested = countries(direction, own_country, partner_country)
    bases = valid_bases(
        case_file.catalogue(),
        kind=kind,
        requesting=requesting,
        requested=requested,
        events_at=events_at,
        direction=direction,
        inputs=inputs,
        lang=lang,
    )
    return RequestOptions(
        kind=kind,
        direction=direction,
        own_agency=own_code,
        partner_agency=partner_code,
        requesting_country=requesting,
        requested_country=requested,
        events_on=events_at.date(),
        bases=bases,
        reason=None if bases else no_basis_reason(kind, requesting, requested, events_at.date()),
    )


def deadline_for(
    case_file: CaseFile,
    basis_id: str,
    *,
    kind: RequestKind,
    direction: Direction,
    events_at: datetime,
    inputs: DeadlineInputs = DeadlineInputs(),
    lang: str = "en",
) -> DeadlinePreview:
    """`deadline_preview` over the case file's catalogue (with its bilateral arrangements)."""
    return deadline_preview(
        case_file.catalogue(),
        basis_id,
        kind=kind,
        direction=direction,
        events_at=events_at,
        inputs=inputs,
        lang=lang,
    )


def form_choices(case_file: CaseFile, *, lang: str = "en") -> FormChoices:
    """The agencies (own ones apart) and the open cases a new request may name."""
    with case_file.reading() as session:
        member = session.get(Member, case_file.actor.member_id) if case_file.actor.member_id else None
        own_code = None
        if member is not None and member.agency_id is not None:
            agency = session.get(Agency, member.agency_id)
            own_code = agency.code if agency is not None else None
        everyone = [
            agency_view(a, lang)
            for a in session.scalars(select(Agency).order_by(Agency.country, Agency.code))
        ]
        cases = session.execute(
            select(Case.reference, Case.title)
            .where(Case.status == CaseStatus.OPEN.value)
            .order_by(Case.reference.desc())
        ).all()
    own = tuple(a for a in everyone if a.own or a.code == own_code)
    return FormChoices(
        own_agency=own_code,
        own_agencies=own,
        agencies=tuple(a for a in everyone if a not in own),
        cases=tuple(CaseChoice(reference=r, title=t) for r, t in cases),
    )

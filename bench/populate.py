"""Make a large case file fast, and the very same rows in a plain SQLite file (the bench's baseline).

    PYTHONPATH=. .venv/bin/python bench/populate.py OUT.casedesk --requests 100000 [--plain OUT.sqlite]

How: the case file is created with the real API (`create_case_file`: member, recovery slot, seeded
agencies, schema at head, audit entries). Then N requests are generated deterministically and
bulk-inserted with SQLAlchemy Core (`insert(Request)` as one executemany, one transaction) through
the case file's own engine; the FTS5 triggers of migration 0002 fill `request_fts` as they go.
Each request also gets the `request.create` audit entry the service would have written, chained
with the product's `entry_hash`, so the file has a realistic size and `check` still passes.

The plain file gets the same schema (`desktop.services.schema.upgrade` on a `sqlite:///` engine),
a copy of every base row of the case file (agencies, member, audit entries) and the same request
and audit rows, so both databases hold identical data.

Equipment-loan requests are not generated (they need loan and inventory rows the bench does not
read); every other request kind is, with a legal basis the catalogue accepts for its countries.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select, text
from sqlalchemy.pool import StaticPool

from desktop.models import Agency, Base, Member, Request
from desktop.models.base import utc_text
from desktop.models.enums import Country, Direction, RequestKind, RequestStatus, Role, Urgency
from desktop.services import schema
from desktop.services.audit import GENESIS, _value, entry_hash
from desktop.services.casefile import CaseFile, create_case_file, default_catalogue
from desktop.services.catalogue import Catalogue
from desktop.services.members import MemberService
from desktop.vault import KdfParams
from desktop.vault.database import SESSION_PRAGMAS

MEMBER = "Bench Supervisor"
SECOND = "Bench Approver"  # decides the requests MEMBER files (four-eyes)
PASSPHRASE = "correct horse battery staple"
OWN_AGENCY = "BE-FEDPOL"
# The other side of the requests: Dutch and Luxembourg services and the joint centres.
PARTNER_COUNTRIES = ("NL", "LU")
# 2018 Benelux treaty in force from 1 October 2023; keep every request after it so one basis per
# (kind, countries) is valid for all of them.
EARLIEST_EVENTS = datetime(2023, 10, 2, tzinfo=UTC)

S = RequestStatus
OUTGOING_STATUSES = (
    (S.DRAFT, 4),
    (S.SUBMITTED, 3),
    (S.APPROVED, 2),
    (S.REJECTED, 2),
    (S.SENT, 14),
    (S.ANSWERED, 15),
    (S.CLOSED, 55),
    (S.CANCELLED, 5),
)
INCOMING_STATUSES = (
    (S.RECEIVED, 12),
    (S.ANSWERED, 15),
    (S.REJECTED, 3),
    (S.CLOSED, 65),
    (S.CANCELLED, 5),
)
WAITING = {S.DRAFT, S.SUBMITTED, S.APPROVED, S.SENT, S.RECEIVED}
KINDS = (
    (RequestKind.INFORMATION_REQUEST, 40),
    (RequestKind.SPONTANEOUS_INFORMATION, 12),
    (RequestKind.ASSISTANCE, 10),
    (RequestKind.HOT_PURSUIT_NOTICE, 8),
    (RequestKind.SURVEILLANCE_AUTHORISATION, 8),
    (RequestKind.URGENT_SURVEILLANCE_NOTICE, 5),
    (RequestKind.JOINT_PATROL, 7),
    (RequestKind.TRANSPORT_ESCORT, 4),
    (RequestKind.SPECIAL_INTERVENTION_UNIT, 2),
)

# -- words ---------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PLACES = _words(
    "Maastricht Lanaken Antwerpen Breda Roosendaal Essen Hasselt Genk Luik Liège Eijsden Visé Arlon "
    "Aubange Esch-sur-Alzette Luxembourg Bettembourg Kerkrade Heerlen Vaals Eupen Tournai Mouscron "
    "Kortrijk Menen Knokke Sluis Terneuzen Zelzate Hamont Weert Eindhoven Turnhout Baarle-Hertog "
    "Baarle-Nassau Echternach Wasserbillig Martelange Bastogne Rotterdam Amsterdam Brussel Bruxelles"
)
OBJECTS = _words(
    "BMW Audi Volkswagen Mercedes Peugeot Renault Toyota bestelwagen camionnette truck trailer "
    "motorfiets moto scooter boat caravan"
)
WORDS_EN = _words(
    "stolen vehicle suspect request information identity address phone subscriber records "
    "observation pursuit crossing border motorway night patrol team assistance urgent follow "
    "cocaine cannabis amphetamine synthetic drugs laboratory money laundering cash courier fraud "
    "burglary series jewellery robbery armed violent ATM explosion cigarettes smuggling weapons "
    "firearms trafficking human exploitation missing person minor warrant arrest hearing witness "
    "registration plate camera hit ANPR location mobile device seized evidence forensic DNA "
    "fingerprints comparison liaison officer contact operational plan meeting confirmation "
    "escort prisoner transfer event football match festival public order reinforcement"
)
WORDS_NL = _words(
    "gestolen voertuig verdachte verzoek inlichtingen identiteit adres telefoon abonnee "
    "observatie achtervolging grensoverschrijding snelweg nacht patrouille bijstand dringend "
    "drugs witwassen inbraak overval wapens mensenhandel vermiste persoon aanhouding verhoor "
    "kenteken camera locatie inbeslagname bewijs sporen contactpersoon operationeel plan"
)
WORDS_FR = _words(
    "véhicule volé suspect demande renseignements identité adresse téléphone abonné "
    "observation poursuite franchissement frontière autoroute nuit patrouille assistance urgent "
    "stupéfiants blanchiment cambriolage vol à main armée armes traite personne disparue "
    "arrestation audition plaque immatriculation caméra localisation saisie preuve traces"
)
KIND_TITLES = {
    RequestKind.INFORMATION_REQUEST: (
        "Information request",
        "Verzoek om inlichtingen",
        "Demande d'informations",
    ),
    RequestKind.SPONTANEOUS_INFORMATION: (
        "Spontaneous information",
        "Spontane informatie",
        "Information spontanée",
    ),
    RequestKind.ASSISTANCE: ("Request for assistance", "Verzoek om bijstand", "Demande d'assistance"),
    RequestKind.HOT_PURSUIT_NOTICE: ("Hot pursuit", "Achtervolging", "Poursuite transfrontalière"),
    RequestKind.SURVEILLANCE_AUTHORISATION: ("Observation", "Grensoverschrijdende observatie", "Observation"),
    RequestKind.URGENT_SURVEILLANCE_NOTICE: (
        "Urgent observation",
        "Dringende observatie",
        "Observation urgente",
    ),
    RequestKind.JOINT_PATROL: ("Joint patrol", "Gezamenlijke patrouille", "Patrouille commune"),
    RequestKind.TRANSPORT_ESCORT: ("Escort", "Begeleiding transport", "Escorte"),
    RequestKind.SPECIAL_INTERVENTION_UNIT: ("Special unit", "Speciale eenheid", "Unité spéciale"),
}


def _plate(rng: random.Random) -> str:
    letters = "BCDFGHJKLMNPRSTVXZ"
    return f"{rng.randint(1, 9)}-{''.join(rng.choices(letters, k=3))}-{rng.randint(100, 999)}"


def _sentence(rng: random.Random, words: tuple[str, ...] | list[str], n: int) -> str:
    chosen = rng.choices(words, k=n)
    if rng.random() < 0.6:
        chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(PLACES))
    if rng.random() < 0.3:
        chosen.insert(rng.randrange(len(chosen) + 1), f"{rng.choice(OBJECTS)} {_plate(rng)}")
    return " ".join(chosen)


def _text(rng: random.Random, lo: int, hi: int) -> str:
    words = rng.choice((WORDS_EN, WORDS_NL, WORDS_FR, WORDS_EN))
    out, total = [], rng.randint(lo, hi)
    while total > 0:
        n = min(total, rng.randint(6, 14))
        sentence = _sentence(rng, words, n)
        out.append(sentence[0].upper() + sentence[1:] + ".")
        total -= n
    return " ".join(out)


# -- the engines -----------------------------------------------------------------------------------


def plain_engine(path: Path, *, module: Any = None) -> Engine:
    """A plain-SQLite engine set up like `desktop.vault.database.make_engine`, minus the key:
    one connection (StaticPool), autocommit driver with SQLAlchemy emitting BEGIN, same pragmas
    (WAL, synchronous FULL, foreign keys, temp_store MEMORY). `module`: the DB-API module
    (default: the standard library's sqlite3; `sqlcipher3.dbapi2` opens the file unkeyed, i.e. as
    plain SQLite on SQLCipher's own SQLite build)."""
    module = module or sqlite3
    connection = module.connect(str(path), check_same_thread=False, isolation_level=None)
    for pragma in SESSION_PRAGMAS:
        connection.execute(pragma)
    engine = create_engine(
        f"sqlite:///{path}", module=module, creator=lambda: connection, poolclass=StaticPool
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def close_engine(engine: Engine) -> None:
    connection = engine.raw_connection().driver_connection
    engine.dispose()
    connection.close()  # type: ignore[union-attr]


# -- creating the files ------------------------------------------------------------------------------


def create_encrypted(path: Path, *, passphrase: str = PASSPHRASE, kdf: KdfParams | None = None) -> CaseFile:
    """An empty case file (real API); `kdf` None = the product default (Argon2id 256 MiB, t=2, p=4)."""
    case_file, _code = create_case_file(
        Path(path),
        member_name=MEMBER,
        role=Role.SUPERVISOR,
        passphrase=passphrase,
        agency_code=OWN_AGENCY,
        kdf=kdf,
    )
    MemberService(case_file).add(
        SECOND, Role.SUPERVISOR, passphrase + " 2", agency_code=OWN_AGENCY, kdf=KdfParams.minimum()
    )
    return case_file


def create_plain(path: Path, source: Engine) -> Engine:
    """A plain SQLite file at head schema holding a copy of every row of `source` (before requests)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    engine = plain_engine(path)
    schema.upgrade(engine)
    with source.connect() as src, engine.begin() as dst:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            if rows:
                dst.execute(insert(table), rows)
    return engine


# -- generating requests ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    own_id: int
    own_country: str
    partners: tuple[tuple[int, str], ...]  # (agency id, country)
    member_id: int
    approver_id: int
    actor_uid: str
    actor_name: str


def read_context(engine: Engine) -> Context:
    with engine.connect() as c:
        own_id, own_country = c.execute(
            select(Agency.id, Agency.country).where(Agency.code == OWN_AGENCY)
        ).one()
        partners = tuple(
            (i, country)
            for i, country in c.execute(
                select(Agency.id, Agency.country)
                .where(Agency.country.in_(PARTNER_COUNTRIES))
                .order_by(Agency.id)
            )
        )
        member_id, uid, name = c.execute(
            select(Member.id, Member.uid, Member.name).where(Member.name == MEMBER)
        ).one()
        approver_id = c.execute(select(Member.id).where(Member.name == SECOND)).scalar_one()
    return Context(own_id, own_country, partners, member_id, approver_id, uid, name)


def _weighted(pairs: Iterable[tuple[Any, int]]) -> tuple[list[Any], list[int]]:
    items = list(pairs)
    return [p[0] for p in items], [p[1] for p in items]


def _form_value(
    field_type: str, field_id: str, rng: random.Random, events_on: datetime, choices: tuple[str, ...]
) -> object:
    if field_type == "datetime":
        return (events_on + timedelta(hours=rng.randint(0, 72))).isoformat()
    if field_type == "boolean":
        return rng.random() < 0.5
    if field_type == "choice":
        return choices[0] if choices else ""
    if field_type == "inventory":
        return f"{rng.randint(1, 4)} x camera"
    return _sentence(rng, WORDS_EN, rng.randint(2, 6)) if field_id != "plate" else _plate(rng)


def generate_requests(
    n: int, ctx: Context, catalogue: Catalogue, *, now: datetime, seed: int = 2026, first_id: int = 1
) -> list[dict[str, Any]]:
    """N request rows (dicts of column values, as `insert(Request)` takes them). Deterministic."""
    rng = random.Random(seed)
    kinds, kind_w = _weighted(KINDS)
    out_s, out_w = _weighted(OUTGOING_STATUSES)
    in_s, in_w = _weighted(INCOMING_STATUSES)
    bases: dict[tuple[RequestKind, str, str], Any] = {}
    counters: dict[tuple[str, int], int] = {}
    span = max(1, int((now - EARLIEST_EVENTS).total_seconds()) - 86400 * 12)
    rows: list[dict[str, Any]] = []
    while len(rows) < n:
        kind = rng.choices(kinds, kind_w)[0]
        partner_id, partner_country = rng.choice(ctx.partners)
        outgoing = rng.random() < 0.62
        requesting_c, requested_c = (
            (ctx.own_country, partner_country) if outgoing else (partner_country, ctx.own_country)
        )
        key = (kind, requesting_c, requested_c)
        if key not in bases:
            found = catalogue.bases_for(kind, Country(requesting_c), Country(requested_c), date(2025, 6, 1))
            bases[key] = found[0] if found else None
        article = bases[key]
        if article is None:
            continue
        events_on = EARLIEST_EVENTS + timedelta(seconds=rng.randrange(span))
        created = events_on + timedelta(hours=rng.randint(1, 240))
        status = rng.choices(out_s, out_w)[0] if outgoing else rng.choices(in_s, in_w)[0]
        direction = Direction.OUTGOING if outgoing else Direction.INCOMING
        prefix = "OUT" if outgoing else "IN"
        counters[(prefix, created.year)] = number = counters.get((prefix, created.year), 0) + 1
        step = timedelta(hours=rng.randint(1, 48))
        t = created
        stamps: dict[str, datetime | None] = dict.fromkeys(
            ("submitted_at", "decided_at", "received_at", "sent_at", "answered_at", "closed_at")
        )
        decided_by = submitted_by = None
        if not outgoing:
            stamps["received_at"] = created
        elif status is not S.DRAFT:
            t += step
            stamps["submitted_at"], submitted_by = t, ctx.member_id
            if status not in (S.SUBMITTED,):
                t += step
                stamps["decided_at"], decided_by = t, ctx.approver_id
            if status in (S.SENT, S.ANSWERED, S.CLOSED):
                t += step
                stamps["sent_at"] = t
        if status in (S.ANSWERED, S.CLOSED) and (outgoing or rng.random() < 0.9):
            t += step * 3
            stamps["answered_at"] = t
        if status in (S.CLOSED, S.CANCELLED):
            t += step * 2
            stamps["closed_at"] = t
        if status in WAITING:
            due = now + timedelta(hours=rng.randint(-24 * 30, 24 * 90)) if rng.random() < 0.85 else None
        else:
            due = created + timedelta(days=rng.randint(1, 30)) if rng.random() < 0.3 else None
        urgent = rng.random() < 0.15
        form_values = {
            f.id: _form_value(f.type, f.id, rng, events_on, f.choices) for f in article.required_fields
        }
        place = rng.choice(PLACES)
        title_word = rng.choice(KIND_TITLES[kind])
        rows.append(
            {
                "id": first_id + len(rows),
                "reference": f"{prefix}-{created.year}-{number:06d}",
                "kind": kind.value,
                "direction": direction.value,
                "requesting_agency_id": ctx.own_id if outgoing else partner_id,
                "requested_agency_id": partner_id if outgoing else ctx.own_id,
                "partner_agency_id": partner_id,
                "case_id": None,
                "legal_basis": article.basis_id,
                "events_on": events_on,
                "urgency": (Urgency.URGENT if urgent else Urgency.NORMAL).value,
                "information_access": (
                    rng.choice(("direct", "indirect"))
                    if kind is RequestKind.INFORMATION_REQUEST and urgent
                    else None
                ),
                "title": f"{title_word}: {_sentence(rng, WORDS_EN, rng.randint(2, 5))} ({place})",
                "body": _text(rng, 25, 70),
                "form_values": form_values,
                "handling_code": rng.choice(("H0", "H1", "H1", "H2", "H3")),
                "source_evaluation": rng.choice("ABBCX"),
                "information_evaluation": rng.choice("12234"),
                "status": status.value,
                "due_at": due,
                "external_reference": "" if outgoing else f"EXT/{created.year}/{rng.randint(1, 99999):05d}",
                "created_by_id": ctx.member_id,
                "created_at": created,
                "submitted_by_id": submitted_by,
                "decided_by_id": decided_by,
                "rejection_reason": "Insufficient grounds given." if status is S.REJECTED else "",
                "answer": _text(rng, 8, 30) if stamps["answered_at"] else "",
                **stamps,
            }
        )
    return rows


def audit_rows(
    requests: list[dict[str, Any]], ctx: Context, *, head: tuple[int, str], now: datetime
) -> list[dict[str, Any]]:
    """The `request.create` entries the service's flush listener would have written, chained."""
    seq, prev = head
    at = utc_text(now)
    out = []
    for row in requests:
        seq += 1
        details = {"intent": "request.create", "values": {k: _value(v) for k, v in row.items()}}
        fields = {
            "seq": seq,
            "at": at,
            "actor_uid": ctx.actor_uid,
            "actor_name": ctx.actor_name,
            "action": "request.create",
            "entity": "request",
            "entity_id": str(row["id"]),
            "details": json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        }
        digest = entry_hash(prev, fields)
        out.append({**fields, "prev_hash": prev, "entry_hash": digest})
        prev = digest
    return out


def audit_head(engine: Engine) -> tuple[int, str]:
    with engine.connect() as c:
        row = c.execute(text("SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1")).first()
    return (row[0], row[1]) if row else (0, GENESIS)


_AUDIT_INSERT = text(
    "INSERT INTO audit_entry (seq, at, actor_uid, actor_name, action, entity, entity_id, details, "
    "prev_hash, entry_hash) VALUES (:seq, :at, :actor_uid, :actor_name, :action, :entity, "
    ":entity_id, :details, :prev_hash, :entry_hash)"
)


def insert_requests(engine: Engine, requests: list[dict[str, Any]], audits: list[dict[str, Any]]) -> None:
    """One transaction: executemany of the requests (FTS triggers fire), then of the audit rows."""
    with engine.begin() as c:
        c.execute(insert(Request), requests)
        if audits:
            c.execute(_AUDIT_INSERT, audits)
    with engine.connect() as c:  # fold the WAL back so both files start the bench alike
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass
class Built:
    case_file: CaseFile
    plain: Engine | None
    rows: int
    seconds: dict[str, float]


def build(
    path: Path,
    n: int,
    *,
    plain_path: Path | None = None,
    kdf: KdfParams | None = None,
    passphrase: str = PASSPHRASE,
    seed: int = 2026,
    audited: bool = True,
    now: datetime | None = None,
    log: Callable[[str], None] = lambda _m: None,
) -> Built:
    """The encrypted case file with N requests (left open), and optionally the plain twin."""
    now = now or datetime.now(UTC)
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    case_file = create_encrypted(path, passphrase=passphrase, kdf=kdf)
    engine = case_file.vault.engine()
    seconds["create case file (API)"] = time.perf_counter() - t0
    plain = None
    if plain_path is not None:
        t0 = time.perf_counter()
        plain = create_plain(plain_path, engine)
        seconds["create plain twin"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    ctx = read_context(engine)
    requests = generate_requests(n, ctx, default_catalogue(), now=now, seed=seed)
    audits = audit_rows(requests, ctx, head=audit_head(engine), now=now) if audited else []
    seconds["generate rows"] = time.perf_counter() - t0
    log(f"generated {len(requests)} requests in {seconds['generate rows']:.1f} s")
    t0 = time.perf_counter()
    insert_requests(engine, requests, audits)
    seconds["insert (encrypted)"] = time.perf_counter() - t0
    log(f"inserted into the case file in {seconds['insert (encrypted)']:.1f} s")
    if plain is not None:
        t0 = time.perf_counter()
        insert_requests(plain, requests, audits)
        seconds["insert (plain)"] = time.perf_counter() - t0
        log(f"inserted into the plain file in {seconds['insert (plain)']:.1f} s")
    return Built(case_file, plain, len(requests), seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="the case file to create (NAME.casedesk)")
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--plain", type=Path, help="also write the same rows to this plain SQLite file")
    parser.add_argument("--passphrase", default=PASSPHRASE)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-audit", action="store_true", help="skip the request.create audit entries")
    parser.add_argument(
        "--weak-kdf", action="store_true", help="minimum Argon2id cost (throw-away files, faster create)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    built = build(
        args.path,
        args.requests,
        plain_path=args.plain,
        kdf=KdfParams.minimum() if args.weak_kdf else None,
        passphrase=args.passphrase,
        seed=args.seed,
        audited=not args.no_audit,
        log=lambda m: print(m, file=sys.stderr),
    )
    built.case_file.close()
    if built.plain is not None:
        close_engine(built.plain)
    total = time.perf_counter() - started
    print(f"{args.path}: {built.rows} requests, member {MEMBER!r}, total {total:.1f} s")
    for what, s in built.seconds.items():
        print(f"  {what:<24} {s:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

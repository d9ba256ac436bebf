"""Agencies: seeding the real Benelux services into a new case file, and lookups."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Agency
from desktop.services.dto import AgencyView
from desktop.services.errors import NotFound
from desktop.services.seed_data import load_agencies


def seed_agencies(session: Session) -> int:
    """Insert the shipped agencies that are not there yet (by code); returns how many were added."""
    existing = set(session.scalars(select(Agency.code)))
    by_code: dict[str, Agency] = {a.code: a for a in session.scalars(select(Agency))}
    added = 0
    for seed in load_agencies():
        if seed.code in existing:
            continue
        agency = Agency(
            code=seed.code,
            name=seed.name(seed.languages[0] if seed.languages else "en"),
            name_en=seed.name("en"),
            name_fr=seed.name("fr"),
            name_nl=seed.name("nl"),
            country=seed.country.value,
            kind=seed.kind,
            languages=",".join(seed.languages),
            contact_24_7=seed.contact_24_7,
            is_spoc=seed.is_spoc,
            marker=seed.marker,
        )
        if seed.parent is not None:
            agency.parent_id = by_code[seed.parent].id
        session.add(agency)
        session.flush()
        by_code[seed.code] = agency
        added += 1
    return added


def agency_by_code(session: Session, code: str) -> Agency:
    agency = session.scalar(select(Agency).where(Agency.code == code))
    if agency is None:
        raise NotFound("There is no agency with the code {code!r} in this case file.", code=code)
    return agency


def view(agency: Agency, lang: str = "en") -> AgencyView:
    name = {"en": agency.name_en, "fr": agency.name_fr, "nl": agency.name_nl}.get(lang) or agency.name
    return AgencyView(
        id=agency.id,
        code=agency.code,
        name=name,
        country=agency.country,
        kind=agency.kind,
        languages=tuple(x for x in agency.languages.split(",") if x),
        contact_24_7=agency.contact_24_7,
        is_spoc=agency.is_spoc,
        own=agency.own,
    )


def list_agencies(session: Session, *, country: str | None = None) -> list[AgencyView]:
    query = select(Agency).order_by(Agency.country, Agency.code)
    if country:
        query = query.where(Agency.country == country)
    return [view(a) for a in session.scalars(query)]

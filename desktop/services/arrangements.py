"""Bilateral arrangements an administrator adds to a case file's catalogue, without a code change.

An arrangement is an overlay in the catalogue's own JSON format (resources/agreements/README.md).
It is validated exactly like the shipped catalogue before it is stored — encrypted and audited
like everything else in the case file — and applies from then on to every member who opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.models import CatalogueOverlay
from desktop.models.enums import Role
from desktop.services.casefile import CaseFile
from desktop.services.catalogue import CatalogueError
from desktop.services.errors import InvalidInput, PermissionDenied

MAX_OVERLAY_BYTES = 1 << 20


@dataclass(frozen=True)
class ArrangementView:
    name: str
    instruments: tuple[str, ...]
    added_at: datetime


class ArrangementService:
    def __init__(self, case_file: CaseFile) -> None:
        self._cf = case_file

    def add(self, name: str, content: bytes) -> ArrangementView:
        if self._cf.actor.role != Role.ADMINISTRATOR.value:
            raise PermissionDenied("Only an administrator can add an arrangement to the catalogue.")
        name = name.strip()
        if not name:
            raise InvalidInput("An arrangement needs a name.")
        if len(content) > MAX_OVERLAY_BYTES:
            raise InvalidInput("An arrangement file is at most 1 MB.")
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput("{name} is not UTF-8 text.", name=name) from None
        try:
            merged = self._cf.catalogue().with_overlay(text, source=name)
        except CatalogueError as error:
            # An administrator's technical message (file, JSON path, fault): kept whole, as a value.
            raise InvalidInput(
                "The arrangement {name} is not valid: {detail}.", name=name, detail=str(error)
            ) from None
        before = {i.id for i in self._cf.catalogue().instruments()}
        added = tuple(i.id for i in merged.instruments() if i.id not in before)
        with self._cf.unit_of_work("catalogue.add_arrangement") as session:
            if session.scalar(select(CatalogueOverlay).where(CatalogueOverlay.name == name)) is not None:
                raise InvalidInput("There is already an arrangement named {name!r}.", name=name)
            overlay = CatalogueOverlay(name=name, content=text, added_by_id=self._cf.actor.member_id)
            session.add(overlay)
            session.flush()
            view = ArrangementView(name, added, overlay.added_at)
        self._cf.reload_catalogue()
        return view

    def list(self) -> list[ArrangementView]:
        from desktop.services.casefile import default_catalogue

        views = []
        with self._cf.reading() as session:
            overlays = list(session.scalars(select(CatalogueOverlay).order_by(CatalogueOverlay.id)))
        base = {i.id for i in default_catalogue().instruments()}
        for overlay in overlays:
            merged = default_catalogue().with_overlay(overlay.content, source=overlay.name)
            views.append(
                ArrangementView(
                    overlay.name,
                    tuple(i.id for i in merged.instruments() if i.id not in base),
                    overlay.added_at,
                )
            )
        return views

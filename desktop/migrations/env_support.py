"""What autogenerate and the schema test leave alone."""

from __future__ import annotations


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """The FTS5 index's tables are made by raw SQL in revision 0002, not by the models."""
    return not (type_ == "table" and name is not None and name.startswith("request_fts"))

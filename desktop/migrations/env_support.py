"""What autogenerate and the schema test leave alone."""

from __future__ import annotations


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Objects made by raw SQL, not by the models: the FTS5 index's tables (revision 0002), the
    expression indexes in the request list's sort order (revision 0004) and the dashboard's
    indexes (revision 0006: expression, partial, and one on created_at the model does not declare)."""
    if type_ == "table" and name is not None and name.startswith("request_fts"):
        return False
    return not (type_ == "index" and name in EXPRESSION_INDEXES)


EXPRESSION_INDEXES = frozenset(
    {
        "ix_request_status_due_order",
        "ix_request_due_order",
        "ix_request_created",
        "ix_request_created_month",
        "ix_request_answer_times",
    }
)

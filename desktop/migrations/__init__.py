"""Alembic migrations of the case-file schema (run by desktop.services.schema, never by hand)."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent

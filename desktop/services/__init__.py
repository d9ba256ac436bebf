"""Workflows and rules over the case file; no Qt."""

from __future__ import annotations

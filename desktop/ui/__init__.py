"""The Qt user interface. Talks to the services only through operations on one database worker;
never imports sqlalchemy or the models' internals (tests/test_layers.py enforces it)."""

from __future__ import annotations

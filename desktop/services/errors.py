"""Errors raised by the services: each message is one plain sentence for the person at the desk.

The CLI prints the message and exits 2; the GUI shows it in a dialog. A service raises before it
writes, or inside the unit of work so that nothing is committed. Each sentence is a template with
named values (desktop.sentences), so the GUI can say it in the user's language.
"""

from __future__ import annotations

from desktop.sentences import Sentence


class ServiceError(Sentence):
    """Base class of every refusal a user can cause."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    """A value is missing, malformed or not allowed (including a legal basis that does not apply)."""


class IllegalTransition(ServiceError):
    """The request is not in a state that allows this step."""


class PermissionDenied(ServiceError):
    """The acting member's role does not allow this."""


class FourEyesViolation(PermissionDenied):
    """A supervisor tried to approve a request they created or submitted."""


class StorageFull(ServiceError):
    """The disk refused to take a write to the case file (full, the file too large, or failing).

    Raised by the unit of work instead of the database driver's error; the transaction was rolled
    back, so the case file is as it was before the action."""

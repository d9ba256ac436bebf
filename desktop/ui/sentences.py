"""The sentences of the services, the vault and the exchange layer, in the user's language.

Those layers have no Qt: they raise or report an English template with named values
(desktop.sentences). Here the template is translated (context `Sentences`, catalogue
`resources/i18n/sentences_<language>.ts`) and the values filled in, enums by their translated
labels. A translation whose placeholders do not fit the values falls back to the English
sentence: a refusal is never lost to a translator's slip.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from desktop.sentences import CONTEXT
from desktop.ui import labels

log = logging.getLogger(__name__)


def _shown(value: object) -> object:
    if isinstance(value, StrEnum):
        return labels.label(value)
    if _parts(value) is not None:
        return tell(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(_shown(item)) for item in value)
    return value


def _parts(sentence: object) -> tuple[str, Mapping[str, object]] | None:
    template = getattr(sentence, "template", None)
    values = getattr(sentence, "values", None)
    if isinstance(template, str) and isinstance(values, Mapping):
        return template, values
    return None


def tell(sentence: object) -> str:
    """`sentence` (a desktop.sentences.Sentence error or Said) as the user reads it. Plain text is
    looked up as a template without values (a notice kept as a `template()` constant), else shown
    as it is."""
    parts = _parts(sentence)
    if parts is None:
        return QCoreApplication.translate(CONTEXT, str(sentence))
    template, values = parts
    translated = QCoreApplication.translate(CONTEXT, template)
    if not values:
        return translated
    try:
        return translated.format(**{name: _shown(value) for name, value in values.items()})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        # Only the template, never the values: they may be case data, and logs are not encrypted.
        log.warning("translation of %r does not fit its values", template)
        return str(sentence)

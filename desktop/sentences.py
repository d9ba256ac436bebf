"""Sentences the user reads when something is refused, kept translatable across the layers.

The services, the vault and the exchange layer have no Qt and speak English: the CLI prints
their sentences as they are, and logs stay in one language. The GUI shows the same sentences in
the user's language. So a refusal carries its English *template* with named values beside it:

    raise InvalidInput("There is no case {reference}.", reference=reference)

`str(error)` is the English sentence. The GUI translates the template (Qt context `Sentences`)
and then fills in the values. `scripts/translations.py update` extracts every literal template
given to a `Sentence` class or to `said(...)` (a sentence that is not an error, such as a line
of a validation report), and every string wrapped in `template(...)` (for sentences written down
away from the place that uses them), into `resources/i18n/sentences_<language>.ts`.

Values are data (names, references, numbers, file names) or closed-vocabulary enums, which the
GUI shows by their translated labels; a value that is itself a `Sentence` is translated too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Self

CONTEXT = "Sentences"
"""The Qt translation context of every template."""


def template(text: str) -> str:
    """Mark `text` as a template to extract for translation; returns it unchanged."""
    return text


def _filled(template: str, values: Mapping[str, object]) -> str:
    return template.format(**values) if values else template


@dataclass(frozen=True)
class Said:
    """A sentence that is not an error: a line of a report, a label the services compose.

    `str()` is the English sentence; the GUI translates `template` and fills in `values`."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return _filled(self.template, self.values)


def said(template: str, /, **values: object) -> Said:
    """`Said(template, values)`, written like a raise: `said("Sent to {agency}.", agency=name)`."""
    return Said(template, values)


class Sentence(Exception):
    """An exception whose message is one plain sentence: an English template and its values."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(_filled(template, values))

    @property
    def said(self) -> Said:
        return Said(self.template, self.values)

    @classmethod
    def retold(cls, other: BaseException | Said) -> Self:
        """The same sentence as `other`, raised as this class (a layer translating an error of the
        layer below into its own refusal keeps the words and their translation)."""
        if isinstance(other, Sentence):
            return cls(other.template, **other.values)
        if isinstance(other, Said):
            return cls(other.template, **other.values)
        return cls(str(other))

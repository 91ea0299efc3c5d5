"""Translatable text: an Indonesian template with named values, rendered later in any language.

Rules and services say what is wrong in Indonesian, but the officer may run the app in
English. So they do not format a finished string; they return a :class:`Text`: the
Indonesian template (the translation source) plus the values to put into it. ``str()``
gives the Indonesian text; the UI renders it through Qt's translator
(``fieldkit/ui/messages.py``), which translates the template *and* every value that is
itself a :class:`Text` (a field name, a status, "laki-laki").

How to add a message::

    error("applicant.nik", "nik.length",
          msg("NIK harus 16 digit, yang diisi {count} digit.", count=len(nik)))
    raise ServiceError(msg("Kunjungan ini sudah ditutup. Buka kunjungan baru."))

The template must be a string literal written at the ``msg(...)`` call, with ``{name}``
placeholders (a template without values is shown exactly as written). Then run
``scripts/update_translations.sh``: it collects every such literal in domain, services, store
and receipts into ``fieldkit/ui/message_catalogue.py`` for lupdate, and lists what needs
English in the ``.ts``. ``tests/gui/test_language.py`` fails for a template without a finished
English translation; ``tests/unit/scripts/test_message_catalogue.py`` fails for a message
written as a plain or f-string and for a stale catalogue. Indonesian words passed as values
are ``msg("...")`` too; names from the domain's label tables (``STATUS_LABELS``...) go
through :func:`label`.

This module is pure Python: no Qt.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

MESSAGES_CONTEXT = "Messages"
"""The Qt translation context of every ``msg()`` template."""

LABELS_CONTEXT = "Labels"
"""The context of the domain's label tables; ``fieldkit/ui/labels.py`` uses the same one."""

VERBATIM_CONTEXT = ""
"""Not translated: text from outside fieldkit (a library, a server answer), or a join."""

Value: TypeAlias = "str | int | Text"


@dataclass(frozen=True, slots=True)
class Text:
    """An Indonesian template with ``{name}`` placeholders and the values to fill them.

    Frozen and hashable: safe to pass between threads and to compare in tests.
    """

    template: str
    params: tuple[tuple[str, Value], ...] = ()
    context: str = MESSAGES_CONTEXT

    def __str__(self) -> str:
        """The Indonesian text."""
        return self.render(lambda text: text.template)

    def render(self, translate: Callable[[Text], str]) -> str:
        """The text with ``translate`` applied to the template and to every ``Text`` value.

        A translated template whose placeholders do not match falls back to the
        Indonesian one, so a translator's slip never hides the message.
        """
        translated = self.template if self.context == VERBATIM_CONTEXT else translate(self)
        if not self.params:
            return translated  # no values: braces are plain text, as lupdate shows them
        values = {
            name: value.render(translate) if isinstance(value, Text) else str(value)
            for name, value in self.params
        }
        for template in (translated, self.template):
            try:
                return template.format_map(values)
            except (KeyError, IndexError, ValueError):
                continue
        return self.template

    def placeholders(self) -> frozenset[str]:
        """The names used in the template (``{count}`` gives ``count``)."""
        return template_placeholders(self.template)


def msg(template: str, /, **params: Value) -> Text:
    """A translatable message; ``template`` must be a string literal (see the module docstring)."""
    text = Text(template, tuple(params.items()))
    missing = text.placeholders() - params.keys()
    if missing:
        raise ValueError(f"msg() without values for {sorted(missing)}: {template!r}")
    return text


def label(name: str) -> Text:
    """A name from one of the domain's ``*_LABELS`` tables, translated in the ``Labels`` context."""
    return Text(name, (), LABELS_CONTEXT)


def verbatim(text: str) -> Text:
    """Text that is not ours to translate (a library's or a server's words), shown as it is."""
    return Text(text, (), VERBATIM_CONTEXT)


def joined(items: Sequence[Text], separator: str = ", ") -> Text:
    """Several texts in a row (``tanggal (...), bulan (...)``), each translated on its own."""
    names = [f"item{i}" for i in range(len(items))]
    template = separator.join("{" + name + "}" for name in names)
    return Text(template, tuple(zip(names, items, strict=True)), VERBATIM_CONTEXT)


def template_placeholders(template: str) -> frozenset[str]:
    """The field names of a ``str.format`` template."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(template) if name is not None
    )

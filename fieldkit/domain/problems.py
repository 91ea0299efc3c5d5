"""Validation problems: what is wrong with which field, how bad it is, and how to fix it."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from fieldkit.domain.messages import Text


class Severity(enum.StrEnum):
    """An error blocks "ready"; a warning must be acknowledged by the officer."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of a validation rule.

    ``field`` is a dotted path into the application (``applicant.nik``,
    ``business.activities.0.kbli``); ``code`` is stable and machine-readable
    (``nik.length``); ``text`` says how to fix it, as a translatable
    :class:`~fieldkit.domain.messages.Text` (the UI shows it in the officer's language);
    ``message`` is that text in Indonesian.
    """

    field: str
    code: str
    severity: Severity
    text: Text

    @property
    def message(self) -> str:
        """The Indonesian text (logs, the server, reports); the UI renders ``text`` instead."""
        return str(self.text)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def key(self) -> str:
        """Identifies a warning for acknowledgement: the same finding on the same field."""
        return f"{self.field}:{self.code}"


def error(field: str, code: str, text: Text) -> Problem:
    return Problem(field, code, Severity.ERROR, text)


def warning(field: str, code: str, text: Text) -> Problem:
    return Problem(field, code, Severity.WARNING, text)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]


def prefixed(prefix: str, problems: Iterable[Problem]) -> list[Problem]:
    """Re-root problems of a sub-record under ``prefix`` (``business`` + ``name``)."""
    return [
        Problem(f"{prefix}.{p.field}" if p.field else prefix, p.code, p.severity, p.text)
        for p in problems
    ]

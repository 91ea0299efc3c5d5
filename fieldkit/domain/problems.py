"""Validation problems: what is wrong with which field, how bad it is, and how to fix it."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Severity(enum.StrEnum):
    """An error blocks "ready"; a warning must be acknowledged by the officer."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of a validation rule.

    ``field`` is a dotted path into the application (``applicant.nik``,
    ``business.activities.0.kbli``); ``code`` is stable and machine-readable
    (``nik.length``); ``message`` is Indonesian and says how to fix it.
    """

    field: str
    code: str
    severity: Severity
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def key(self) -> str:
        """Identifies a warning for acknowledgement: the same finding on the same field."""
        return f"{self.field}:{self.code}"


def error(field: str, code: str, message: str) -> Problem:
    return Problem(field, code, Severity.ERROR, message)


def warning(field: str, code: str, message: str) -> Problem:
    return Problem(field, code, Severity.WARNING, message)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]


def prefixed(prefix: str, problems: Iterable[Problem]) -> list[Problem]:
    """Re-root problems of a sub-record under ``prefix`` (``business`` + ``name``)."""
    return [
        Problem(f"{prefix}.{p.field}" if p.field else prefix, p.code, p.severity, p.message)
        for p in problems
    ]

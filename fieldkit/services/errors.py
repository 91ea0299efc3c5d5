"""Errors the services raise; each carries an Indonesian message a person can act on."""

from __future__ import annotations

from collections.abc import Sequence

from fieldkit.domain.problems import Problem


class ServiceError(Exception):
    """Base class: ``message`` is Indonesian and says how to fix the problem."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(ServiceError):
    pass


class PermissionDeniedError(ServiceError):
    pass


class StaleRevisionError(ServiceError):
    """Someone (or another window) saved a newer revision since this one was loaded."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(
            f"Data ini sudah diubah (revisi {actual}) sejak Anda membukanya (revisi {expected}). "
            "Buka ulang permohonan untuk melihat perubahan terbaru, lalu ulangi perubahan Anda."
        )
        self.expected = expected
        self.actual = actual


class RuleViolationError(ServiceError):
    """The change breaks rules; ``problems`` lists every one with its field."""

    def __init__(self, problems: Sequence[Problem], summary: str) -> None:
        super().__init__(summary)
        self.problems = tuple(problems)


class DocumentRejectedError(ServiceError):
    """An uploaded file was refused; nothing was stored."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

"""Errors the services raise; each carries a message a person can act on, in their language.

A message is a :class:`~fieldkit.domain.messages.Text`: write it with ``msg()`` and an
Indonesian string literal (``raise ServiceError(msg("Kunjungan tidak ditemukan."))``), so
the UI can show it in English too (see ``fieldkit/domain/messages.py``). ``message`` is the
Indonesian text, for logs and the command line; the UI renders ``text``.
"""

from __future__ import annotations

from collections.abc import Sequence

from fieldkit.domain.messages import Text, msg, verbatim
from fieldkit.domain.problems import Problem


class ServiceError(Exception):
    """Base class: ``text`` says what is wrong and how to fix it; ``message`` in Indonesian."""

    def __init__(self, text: Text) -> None:
        if isinstance(text, str):  # a caller not converted yet: shown as is, untranslated
            text = verbatim(text)
        super().__init__(str(text))
        self.text = text
        self.message = str(text)


class NotFoundError(ServiceError):
    pass


class PermissionDeniedError(ServiceError):
    pass


class StaleRevisionError(ServiceError):
    """Someone (or another window) saved a newer revision since this one was loaded."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(
            msg(
                "Data ini sudah diubah (revisi {actual}) sejak Anda membukanya (revisi "
                "{expected}). Buka ulang permohonan untuk melihat perubahan terbaru, lalu ulangi "
                "perubahan Anda.",
                actual=actual,
                expected=expected,
            )
        )
        self.expected = expected
        self.actual = actual


class RuleViolationError(ServiceError):
    """The change breaks rules; ``problems`` lists every one with its field."""

    def __init__(self, problems: Sequence[Problem], summary: Text) -> None:
        super().__init__(summary)
        self.problems = tuple(problems)


class DocumentRejectedError(ServiceError):
    """An uploaded file was refused; nothing was stored."""

    def __init__(self, code: str, text: Text) -> None:
        super().__init__(text)
        self.code = code


def about_file(name: str, reason: Text) -> Text:
    """``Berkas 'scan.jpg': <reason>`` (or ``Berkas: <reason>`` when the name is unknown)."""
    if name:
        return msg("Berkas '{name}': {reason}", name=name, reason=reason)
    return msg("Berkas: {reason}", reason=reason)


def needs_image(document: Text) -> Text:
    """Why a PDF was refused for a kind of document that must be a photo."""
    return msg(
        "{document} harus berupa gambar (JPEG atau PNG), tetapi isi berkas ini PDF. "
        "Pilih foto yang benar.",
        document=document,
    )

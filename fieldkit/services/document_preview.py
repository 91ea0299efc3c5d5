"""Checking a file before it is attached to an application that is not saved yet.

It runs in a background job (``fieldkit.ui.tasks``): decoding a 12 MP photo takes
far longer than the UI may freeze. The check is the same preparation the document
store applies on save, so a file that would be refused at save time is refused
the moment the officer adds it, with the same message.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.domain.messages import label
from fieldkit.domain.policy import DOCUMENT_LABELS, DocumentPolicy
from fieldkit.domain.records import DocumentKind
from fieldkit.services.applications import IMAGE_ONLY_KINDS
from fieldkit.services.errors import DocumentRejectedError, about_file, needs_image
from fieldkit.store.media import MediaError, prepare_media


@dataclass(frozen=True, slots=True)
class CheckedDocument:
    """A file that will be accepted on save: what will be stored, for the preview."""

    data: bytes  # as stored: shrunk, upright, without metadata
    media_type: str
    page_count: int


def check_document(
    kind: DocumentKind, data: bytes, *, policy: DocumentPolicy, name: str = ""
) -> CheckedDocument:
    """Prepare ``data`` as the store would; DocumentRejectedError says why it cannot be used."""
    try:
        media = prepare_media(data, max_bytes=policy.max_bytes)
    except MediaError as exc:
        raise DocumentRejectedError(exc.code, about_file(name, exc.text)) from exc
    if kind in IMAGE_ONLY_KINDS and not media.media_type.startswith("image/"):
        raise DocumentRejectedError(
            "document.needs_image", about_file(name, needs_image(label(DOCUMENT_LABELS[kind])))
        )
    return CheckedDocument(media.data, media.media_type, media.page_count)

"""The office's document policy as stored on this laptop (a setting the supervisor changes)."""

from __future__ import annotations

from typing import Final

from sqlalchemy.orm import Session

from fieldkit.domain.policy import DEFAULT_MAX_DOCUMENT_BYTES, DocumentPolicy
from fieldkit.domain.records import DocumentKind
from fieldkit.store import repositories as repo

POLICY_KEY: Final = "document_policy"


def stored_document_policy(session: Session) -> DocumentPolicy:
    """The office's document policy as its supervisor set it (the default when never set)."""
    stored = repo.get_setting(session, POLICY_KEY)
    if not isinstance(stored, dict):
        return DocumentPolicy()
    return DocumentPolicy(
        required=frozenset(DocumentKind(k) for k in stored.get("required", [])),
        max_bytes=int(stored.get("max_bytes", DEFAULT_MAX_DOCUMENT_BYTES)),
    )

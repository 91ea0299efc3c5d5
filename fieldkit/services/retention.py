"""Retention: the laptop keeps document files only as long as it needs them (UU 27/2022).

Once the server has confirmed it holds a document (verified by its hash) and the
applications that list it are on the server and not being worked on here, the laptop
keeps its copy for ``days`` more days (a setting, 30 by default), then removes the file.
The database record stays, with its hash, size and type, so the application still lists
the document ("sudah dihapus dari laptop, tersimpan di server") and the back office can
match it. A document the server has not confirmed is never removed.

Runs at start and after every sync pass; safe to run at any time and from any thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Final

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import AuditAction, AuditRecord
from fieldkit.domain.messages import msg
from fieldkit.domain.records import Officer
from fieldkit.domain.roles import Permission, refusal
from fieldkit.services.clock import Clock
from fieldkit.services.errors import PermissionDeniedError, ServiceError
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo
from fieldkit.store.documents import DocumentStore

log = logging.getLogger(__name__)

DAYS_SETTING: Final = "retention.document_days"
DEFAULT_DAYS: Final = 30
MAX_DAYS: Final = 3650
REMOVED_NOTE: Final = "dokumen sudah dihapus dari laptop (tersimpan di server)"


@dataclass(frozen=True, slots=True)
class RetentionReport:
    removed: int  # files removed in this run
    bytes_freed: int


class RetentionService:
    def __init__(
        self, sessions: sessionmaker[Session], documents: DocumentStore, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._documents = documents
        self._clock = clock

    def days(self) -> int:
        with self._sessions() as session:
            value = repo.get_setting(session, DAYS_SETTING)
        return value if isinstance(value, int) and 0 <= value <= MAX_DAYS else DEFAULT_DAYS

    def set_days(self, days: int, *, actor: Officer) -> None:
        """How long confirmed documents stay on the laptop: the supervisor's decision."""
        refused = refusal(actor, Permission.CHANGE_SETTINGS)
        if refused:
            raise PermissionDeniedError(refused)
        if not 0 <= days <= MAX_DAYS:
            raise ServiceError(
                msg(
                    "Lama penyimpanan dokumen harus 0 sampai {max} hari (0: dihapus segera "
                    "setelah server menyimpannya).",
                    max=MAX_DAYS,
                )
            )
        with self._sessions.begin() as session:
            audit_log.append(
                session,
                AuditRecord(AuditAction.SETTINGS_CHANGE, actor.id, DAYS_SETTING, {"days": days}),
                now=self._clock.now(),
            )
            repo.put_setting(session, DAYS_SETTING, days)

    def run(self) -> RetentionReport:
        """Remove the files whose time is up; the records stay."""
        cutoff = self._clock.now() - dt.timedelta(days=self.days())
        with self._sessions() as session:
            candidates = repo.retention_candidates(session, cutoff)
        removed = freed = 0
        for sha256 in candidates:
            path = self._documents.path(sha256)
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                continue  # removed earlier
            self._documents.delete(sha256)
            removed += 1
            freed += size
        if removed:
            log.info("retention: removed %d document file(s), %d bytes", removed, freed)
        return RetentionReport(removed, freed)

    def is_removed(self, sha256: str) -> bool:
        """True when the file is gone from the laptop because the server holds it."""
        if self._documents.exists(sha256):
            return False
        with self._sessions() as session:
            return repo.is_document_confirmed(session, sha256)

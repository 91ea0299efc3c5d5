"""The audit log for people: verify the chain, list recent entries (supervisors only).

Recording happens inside each service's own write transaction (``fieldkit.store.audit.append``),
so an action is never stored without its entry, nor an entry without its action.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import (
    UNKNOWN_ACTOR,
    AuditAction,
    AuditEntry,
    AuditRecord,
    ChainVerdict,
    format_time,
    verify_chain,
)
from fieldkit.domain.records import Officer
from fieldkit.domain.roles import Permission, refusal
from fieldkit.services.clock import Clock
from fieldkit.services.errors import PermissionDeniedError
from fieldkit.store import audit as audit_store
from fieldkit.store.keys import write_atomic

PENDING_FAILURES_FILE = "fieldkit.signin-failures.json"
MAX_PENDING_FAILURES = 1000


@dataclass(frozen=True, slots=True)
class AuditOverview:
    verdict: ChainVerdict
    recent: tuple[AuditEntry, ...]  # newest first
    synced_through: int  # entries up to this sequence are held by the server


def verify_log(sessions: sessionmaker[Session]) -> ChainVerdict:
    """Check the whole chain as stored (for the command line: no officer signed in)."""
    with sessions() as session:
        return verify_chain(
            audit_store.entries(session), highest_issued=audit_store.highest_issued(session)
        )


class AuditService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def verify(self, *, actor: Officer, recent: int = 200) -> AuditOverview:
        """Check the chain and record that ``actor`` checked it (with the outcome)."""
        refused = refusal(actor, Permission.VERIFY_AUDIT)
        if refused:
            raise PermissionDeniedError(refused)
        verdict = verify_log(self._sessions)
        with self._sessions.begin() as session:
            audit_store.append(
                session,
                AuditRecord(
                    AuditAction.AUDIT_VERIFY,
                    actor.id,
                    details={
                        "intact": verdict.is_intact,
                        "checked": verdict.checked,
                        "first_bad": verdict.first_bad,
                    },
                ),
                now=self._clock.now(),
            )
        with self._sessions() as session:
            latest = audit_store.entries(session, newest_first=True, limit=recent)
            synced = audit_store.synced_through(session)
        return AuditOverview(verdict, tuple(latest), synced)


class PendingSignInFailures:
    """Failed sign-ins on the lock screen, before the (encrypted) database can be written.

    Kept beside the database as officer ids and times only (never what was typed), until
    the next successful sign-in writes them into the audit log (:meth:`flush`). Someone who
    deletes the file hides those attempts; the throttle's own file is just as exposed, and
    the entries written after it are chained.
    """

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / PENDING_FAILURES_FILE

    def _load(self) -> list[tuple[str, str]]:
        try:
            body = json.loads(self._path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return []
        except ValueError:
            return [(UNKNOWN_ACTOR, "")]  # a damaged file still says that something failed
        if not isinstance(body, list):
            return [(UNKNOWN_ACTOR, "")]
        return [(str(item[0])[:64], str(item[1])[:32]) for item in body if len(item) == 2]

    def add(self, officer_id: str, at: dt.datetime) -> None:
        items = [*self._load(), (officer_id[:64], format_time(at))][-MAX_PENDING_FAILURES:]
        write_atomic(self._path, json.dumps(items).encode("utf-8"))

    def pending(self) -> list[tuple[str, str]]:
        return self._load()

    def flush(self, session: Session, now: dt.datetime) -> int:
        """Write every pending failure into the log (in ``session``'s transaction); the file
        is removed by :meth:`clear` once that transaction committed."""
        items = self._load()
        for officer_id, attempted_at in items:
            audit_store.append(
                session,
                AuditRecord(
                    AuditAction.SIGN_IN_FAILED,
                    UNKNOWN_ACTOR,
                    officer_id,
                    {"reason": "password", "lock_screen": True, "attempted_at": attempted_at},
                ),
                now=now,
            )
        return len(items)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path.unlink()

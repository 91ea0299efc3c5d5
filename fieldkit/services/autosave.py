"""Autosave of the registration form in progress, so nothing typed is lost, even on a crash.

The form hands over a plain JSON-able snapshot of its widgets every few seconds
after a change; it is kept in the ``setting`` table under ``autosave:<officer_id>``,
one entry per form (the new-applicant form, or an application being edited), so
editing one application never overwrites the unsaved text of another. An entry is
cleared once the form is saved for real.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.messages import msg
from fieldkit.services.clock import Clock
from fieldkit.services.errors import ServiceError
from fieldkit.store import repositories as repo

KEY_PREFIX = "autosave:"
NEW_FORM = "new"  # the entry of a form for an applicant not yet saved
FORMAT_VERSION = 1
MAX_SNAPSHOT_CHARS = 256 * 1024  # far above any real form; guards the settings table
MAX_ENTRIES = 50


@dataclass(frozen=True, slots=True)
class FormSnapshot:
    """The widgets' contents of one form, as typed (not validated, not normalised)."""

    application_id: str | None  # None: a new applicant not yet saved
    visit_id: str | None
    revision: int | None  # the revision the edit started from
    values: Mapping[str, Any] = field(default_factory=dict)
    saved_at: dt.datetime | None = None


def _entry_key(application_id: str | None) -> str:
    return application_id or NEW_FORM


class FormAutosave:
    """Keeps and returns form snapshots per officer."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def save(self, officer_id: str, snapshot: FormSnapshot) -> None:
        """Store ``snapshot`` as the officer's unsaved form (replacing the same form's)."""
        entry = {
            "version": FORMAT_VERSION,
            "application_id": snapshot.application_id,
            "visit_id": snapshot.visit_id,
            "revision": snapshot.revision,
            "values": dict(snapshot.values),
            "saved_at": self._clock.now().isoformat(),
        }
        try:
            encoded = json.dumps(entry, ensure_ascii=False)
        except (TypeError, ValueError) as exc:
            raise ServiceError(
                msg("Formulir tidak bisa disimpan sementara (isi tidak dikenal).")
            ) from exc
        if len(encoded) > MAX_SNAPSHOT_CHARS:
            raise ServiceError(msg("Isian formulir terlalu panjang untuk disimpan sementara."))
        with self._sessions.begin() as session:
            entries = self._entries(session, officer_id)
            entries.pop(_entry_key(snapshot.application_id), None)
            entries[_entry_key(snapshot.application_id)] = entry  # newest last
            while len(entries) > MAX_ENTRIES:
                entries.pop(next(iter(entries)))
            repo.put_setting(session, KEY_PREFIX + officer_id, {"entries": entries})

    def load(self, officer_id: str, application_id: str | None) -> FormSnapshot | None:
        """The officer's unsaved form for this application (None: the new-applicant form)."""
        with self._sessions() as session:
            entry = self._entries(session, officer_id).get(_entry_key(application_id))
        return None if entry is None else _snapshot(entry)

    def pending(self, officer_id: str) -> list[FormSnapshot]:
        """Every unsaved form of the officer, oldest first."""
        with self._sessions() as session:
            entries = self._entries(session, officer_id)
        found = (_snapshot(e) for e in entries.values())
        return [s for s in found if s is not None]

    def clear(self, officer_id: str, application_id: str | None) -> None:
        """Forget the unsaved form once it was saved (or the officer discarded it)."""
        with self._sessions.begin() as session:
            entries = self._entries(session, officer_id)
            if entries.pop(_entry_key(application_id), None) is not None:
                repo.put_setting(session, KEY_PREFIX + officer_id, {"entries": entries})

    @staticmethod
    def _entries(session: Session, officer_id: str) -> dict[str, Any]:
        stored = repo.get_setting(session, KEY_PREFIX + officer_id)
        if not isinstance(stored, dict) or not isinstance(stored.get("entries"), dict):
            return {}
        return dict(stored["entries"])


def _snapshot(entry: Any) -> FormSnapshot | None:
    """The snapshot in a stored entry; None when it is damaged or of an unknown format."""
    if not isinstance(entry, dict) or entry.get("version") != FORMAT_VERSION:
        return None
    values = entry.get("values")
    app_id, visit_id, revision = (entry.get(k) for k in ("application_id", "visit_id", "revision"))
    if not isinstance(values, dict):
        return None
    if not (app_id is None or isinstance(app_id, str)):
        return None
    if not (visit_id is None or isinstance(visit_id, str)):
        return None
    if not (revision is None or isinstance(revision, int)):
        return None
    try:
        saved_at = dt.datetime.fromisoformat(str(entry.get("saved_at")))
    except ValueError:
        saved_at = None
    return FormSnapshot(app_id, visit_id, revision, values, saved_at)

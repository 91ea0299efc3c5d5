"""Use cases of a village visit: open it, count its applicants, close the day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import AuditAction, AuditRecord
from fieldkit.domain.ids import new_id
from fieldkit.domain.messages import msg
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import Officer, Visit, VisitState
from fieldkit.domain.reference import RegionLookup
from fieldkit.domain.roles import Permission, refusal
from fieldkit.domain.status import ApplicationStatus
from fieldkit.domain.target import reaches_target, still_needed
from fieldkit.protocol.snapshots import visit_payload
from fieldkit.services.clock import Clock, local_date
from fieldkit.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from fieldkit.services.policy import stored_document_policy
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo

VILLAGE_LEVELS = frozenset({"desa", "kelurahan", "desa_adat"})


@dataclass(frozen=True, slots=True)
class VisitProgress:
    """The live counter: "N of 15 applicants", with ready / draft / needs-fix counts."""

    visit: Visit
    total: int
    by_status: dict[ApplicationStatus, int]

    @property
    def reached_target(self) -> bool:
        return reaches_target(self.total, self.visit.target)

    @property
    def still_needed(self) -> int:
        return still_needed(self.total, self.visit.target)

    def count(self, *statuses: ApplicationStatus) -> int:
        return sum(self.by_status.get(s, 0) for s in statuses)


def _payload(session: Session, visit: Visit) -> dict[str, object]:
    """The outbox payload of ``visit``: with the names of this laptop's officers (who was
    there, who confirmed a warning) and the office's required documents, so the office's
    reports on the server match this laptop's."""
    officers = repo.list_officers(session, visit.office_id)  # deactivated ones too
    return visit_payload(visit, officers, visit_policy(session, visit.id))


def visit_policy(session: Session, visit_id: str) -> DocumentPolicy:
    """The documents required for ``visit_id``: frozen when its day was closed, else the
    office's current policy."""
    current = stored_document_policy(session)
    frozen = repo.frozen_required_documents(session, [visit_id]).get(visit_id)
    return current if frozen is None else replace(current, required=frozen)


def resend_open_visits(session: Session, now: dt.datetime) -> int:
    """The office changed its required documents: open visits go to the server again with
    them (a closed day keeps its own). In the caller's transaction; returns how many."""
    in_sync = {v.id for v in repo.visits_in_sync(session)}
    return _send_again(session, [v for v in repo.open_visits(session) if v.id in in_sync], now)


def _send_again(session: Session, visits: Sequence[Visit], now: dt.datetime) -> int:
    """Queue ``visits`` once more, each with its next revision and today's payload."""
    for visit in visits:
        repo.append_outbox(
            session,
            kind="visit.upsert",
            entity_id=visit.id,
            revision=repo.next_revision(session, visit.id),
            payload=_payload(session, visit),
            now=now,
        )
    return len(visits)


class VisitService:
    def __init__(
        self, sessions: sessionmaker[Session], regions: RegionLookup, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._regions = regions
        self._clock = clock

    def open_visit(
        self,
        *,
        office_id: str,
        village_code: str,
        date: dt.date,
        officer_ids: Sequence[str],
        actor: Officer,
        target: int = 15,
    ) -> Visit:
        refused = refusal(actor, Permission.OPEN_VISIT)
        if refused:
            raise PermissionDeniedError(refused)
        region = self._regions.region(village_code)
        if region is None or region.level not in VILLAGE_LEVELS:
            raise ServiceError(
                msg("Desa/kelurahan tidak dikenal. Pilih desa dari daftar dengan mengetik namanya.")
            )
        if not 1 <= target <= 500:
            raise ServiceError(msg("Target harus antara 1 dan 500 pemohon."))
        members = list(dict.fromkeys([actor.id, *officer_ids]))
        visit = Visit(
            id=new_id(),
            office_id=office_id,
            village_code=village_code,
            date=date,
            officer_ids=tuple(members),
            target=target,
            state=VisitState.OPEN,
        )
        now = self._clock.now()
        with self._sessions.begin() as session:
            for officer_id in members:
                officer = repo.get_officer(session, officer_id)
                if officer is None or officer.office_id != office_id:
                    raise ServiceError(msg("Petugas yang dipilih bukan petugas kantor ini."))
            repo.add_visit(session, visit, created_by=actor.id, now=now)
            audit_log.append(
                session,
                AuditRecord(
                    AuditAction.VISIT_OPEN,
                    actor.id,
                    visit.id,
                    {"village": village_code, "officers": len(members), "target": target},
                ),
                now=now,
            )
            repo.append_outbox(
                session,
                kind="visit.upsert",
                entity_id=visit.id,
                revision=1,
                payload=_payload(session, visit),
                now=now,
            )
        return visit

    def today(self, timezone: str) -> dt.date:
        """Today's date in the office's zone (WIB, WITA or WIT), by this service's clock."""
        return local_date(self._clock, timezone)

    def visit(self, visit_id: str) -> Visit:
        with self._sessions() as session:
            visit = repo.get_visit(session, visit_id)
        if visit is None:
            raise NotFoundError(msg("Kunjungan tidak ditemukan."))
        return visit

    def visits(self, office_id: str) -> list[Visit]:
        with self._sessions() as session:
            return repo.list_visits(session, office_id)

    def progress(self, visit_id: str) -> VisitProgress:
        with self._sessions() as session:
            visit = repo.get_visit(session, visit_id)
            if visit is None:
                raise NotFoundError(msg("Kunjungan tidak ditemukan."))
            counts = repo.visit_status_counts(session, visit_id)
        return VisitProgress(visit, sum(counts.values()), counts)

    def close_visit(self, visit_id: str, *, actor: Officer) -> Visit:
        """Close the day: a supervisor's decision (fieldkit.domain.roles)."""
        refused = refusal(actor, Permission.CLOSE_VISIT)
        if refused:
            raise PermissionDeniedError(refused)
        now = self._clock.now()
        with self._sessions.begin() as session:
            visit = repo.get_visit(session, visit_id)
            if visit is None:
                raise NotFoundError(msg("Kunjungan tidak ditemukan."))
            if visit.state is VisitState.CLOSED:
                raise ServiceError(msg("Kunjungan ini sudah ditutup."))
            repo.set_visit_state(session, visit_id, VisitState.CLOSED, now)
            # The day's report is signed: later policy changes leave it as it was closed.
            repo.freeze_required_documents(
                session, visit_id, stored_document_policy(session).required
            )
            counts = repo.visit_status_counts(session, visit_id)
            audit_log.append(
                session,
                AuditRecord(
                    AuditAction.VISIT_CLOSE,
                    actor.id,
                    visit_id,
                    {"applicants": sum(counts.values()), "target": visit.target},
                ),
                now=now,
            )
            closed = repo.get_visit(session, visit_id)
            assert closed is not None
            repo.append_outbox(
                session,
                kind="visit.upsert",
                entity_id=visit_id,
                revision=repo.next_revision(session, visit_id),
                payload=_payload(session, closed),
                now=now,
            )
        return closed


def visits_to_name(session: Session) -> list[str]:
    """Visits on their way to the server or already there that no waiting entry names the
    officers of: sent before protocol v3 (or to a v2 server), or written by an older fieldkit."""
    named = {
        e.entity_id
        for e in repo.outbox_entries(session)
        if e.kind == "visit.upsert" and "officers" in e.payload
    }
    return [v.id for v in repo.visits_in_sync(session) if v.id not in named]


def send_officer_names(session: Session, visit_ids: Sequence[str], now: dt.datetime) -> int:
    """The server now speaks protocol v3: ``visit_ids`` (from :func:`visits_to_name`, taken
    before the pass that found out) go again, once, with their officers' names and required
    documents, so the office's reports name them. Waiting entries stay as they were (an
    outbox payload never changes); the new one follows them."""
    visits = [v for i in visit_ids if (v := repo.get_visit(session, i)) is not None]
    return _send_again(session, visits, now)

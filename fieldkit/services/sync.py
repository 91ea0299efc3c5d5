"""SyncService: the sync engine as the UI and ``fieldkit sync`` use it (SyncFacade).

Every method is safe to call from any thread: each opens its own Session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.records import Application, Officer, Role, StatusEvent
from fieldkit.domain.snapshot import application_snapshot
from fieldkit.domain.status import REASON_LABELS, STATUS_LABELS, check_transition
from fieldkit.domain.validation import business_scale
from fieldkit.protocol.messages import EnrolRequest
from fieldkit.protocol.snapshots import ApplicationSnapshot
from fieldkit.services.clock import Clock
from fieldkit.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from fieldkit.store import repositories as repo
from fieldkit.store.documents import DocumentStore
from fieldkit.sync import config
from fieldkit.sync.engine import SyncEngine, TransportFactory
from fieldkit.sync.outbox import REFUSED_OUTCOMES
from fieldkit.sync.state import (
    CallbackEntry,
    Cancel,
    Conflict,
    Connectivity,
    ErrorKind,
    PendingItem,
    ProgressSink,
    SyncReport,
    SyncStatus,
    TimelineEvent,
)
from fieldkit.sync.transport import HttpSyncTransport, SyncError, normalize_server_url

_HISTORY_LABELS = {
    "applied": "Diterima server",
    "duplicate": "Sudah ada di server (kiriman ulang)",
    "conflict": "Ditolak server: bentrok dengan versi server",
    "invalid": "Ditolak server",
    "pulled": "Kabar dari kantor",
    "duplicate_flag": "Kemungkinan NIK ganda",
    "resolved": "Bentrok diselesaikan",
}
_DIFF_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Status", ("status",)),
    ("NIK", ("applicant", "nik")),
    ("Nama", ("applicant", "full_name")),
    ("Tempat lahir", ("applicant", "birth_place")),
    ("Tanggal lahir", ("applicant", "birth_date")),
    ("No. HP", ("applicant", "mobile")),
    ("Email", ("applicant", "email")),
    ("NPWP", ("applicant", "npwp")),
    ("Alamat", ("applicant", "address", "street")),
    ("Nama usaha", ("business", "name")),
    ("Alamat usaha", ("business", "address", "street")),
    ("Modal usaha", ("business", "capital")),
    ("Kegiatan usaha", ("business", "activities")),
    ("Dokumen", ("documents",)),
)


def _dig(data: object, path: tuple[str, ...]) -> str:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    if isinstance(data, list):
        return str(len(data)) + " item" if data else "-"
    return "" if data is None else str(data)


class SyncService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        documents: DocumentStore,
        clock: Clock,
        *,
        data_dir: Path | None = None,
        transport_factory: TransportFactory | None = None,
        upload_workers: int = 6,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._data_dir = data_dir
        kwargs = {} if transport_factory is None else {"transport_factory": transport_factory}
        self.engine = SyncEngine(
            sessions, documents, clock, upload_workers=upload_workers, **kwargs
        )

    # --- enrolment ---------------------------------------------------------------------------

    def is_enrolled(self) -> bool:
        with self._sessions() as session:
            return config.load_config(session).is_enrolled

    def enrol(self, server_url: str, code: str, *, device_name: str) -> None:
        try:
            url = normalize_server_url(server_url)
        except ValueError:
            raise ServiceError(
                "Alamat server tidak valid. Tulis seperti https://server.kantor.go.id"
            ) from None
        code = code.strip()
        if code.startswith("fieldkit-enrol:"):  # pasted from a QR scanner
            parts = code.split(":", 3)
            code = parts[2] if len(parts) > 2 else ""
        if not code:
            raise ServiceError("Kode pendaftaran wajib diisi (lihat kertas/QR dari admin).")
        with self._sessions() as session:
            prefix = repo.device_prefix(session)
        transport = HttpSyncTransport(url)
        try:
            answer = transport.enrol(
                EnrolRequest(
                    code=code[:40],
                    device_name=(device_name.strip() or "Laptop")[:100],
                    tracking_prefix=prefix,
                )
            )
        except SyncError as exc:
            if exc.kind is ErrorKind.NETWORK:
                raise ServiceError(
                    "Server tidak bisa dihubungi. Periksa alamat server dan koneksi internet."
                ) from None
            raise ServiceError(exc.message) from None
        finally:
            transport.close()
        with self._sessions.begin() as session:
            config.save_enrolment(
                session,
                server_url=url,
                device_id=answer.device_id,
                token=answer.token,
                office=answer.office.model_dump(),
            )

    # --- running -----------------------------------------------------------------------------

    def probe(self, timeout: float = 3.0) -> bool:
        transport = self.engine.transport()
        if transport is None:
            return False
        try:
            transport.info(timeout=timeout)
        except SyncError:
            return False
        return True

    def run(
        self, progress: ProgressSink, cancel: Cancel, *, deadline: float | None = None
    ) -> SyncReport:
        return self.engine.run(progress, cancel, deadline=deadline)

    def run_until_done(
        self, progress: ProgressSink, cancel: Cancel, *, deadline: float | None = None
    ) -> SyncReport:
        return self.engine.run_until_done(progress, cancel, deadline=deadline)

    # --- local views -------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._sessions() as session:
            cfg = config.load_config(session)
            if not cfg.is_enrolled:
                return SyncStatus(Connectivity.NOT_ENROLLED)
            documents = self.engine.documents_to_upload(session)
            pending = repo.outbox_count(session)
            last_success = config.parse_iso(repo.get_setting(session, config.LAST_SUCCESS))
            last_error = repo.get_setting(session, config.LAST_ERROR)
            clock = repo.get_setting(session, config.CLOCK)
        error = last_error if isinstance(last_error, dict) else {}
        offset = clock.get("offset") if isinstance(clock, dict) else None
        kind = str(error.get("kind", ""))
        connectivity = Connectivity.ONLINE
        if cfg.revoked:
            connectivity = Connectivity.REVOKED
        elif kind in {ErrorKind.NETWORK.value, ErrorKind.SERVER.value}:
            connectivity = Connectivity.OFFLINE
        return SyncStatus(
            connectivity=connectivity,
            server_url=cfg.server_url,
            pending_entries=pending,
            pending_documents=len(documents),
            bytes_left=sum(size for _, size in documents),
            last_success=last_success,
            last_error=cfg.revoked or str(error.get("message", "")),
            last_error_kind=ErrorKind.AUTH if cfg.revoked else (ErrorKind(kind) if kind else None),
            clock_offset_seconds=float(offset) if isinstance(offset, int | float) else None,
        )

    def is_revoked(self) -> bool:
        with self._sessions() as session:
            return bool(config.load_config(session).revoked)

    def pending(self) -> list[PendingItem]:
        items: list[PendingItem] = []
        with self._sessions() as session:
            for entry in repo.outbox_entries(session):
                kind = None
                if entry.last_outcome in REFUSED_OUTCOMES:
                    kind = ErrorKind.REFUSED
                elif entry.last_outcome:
                    kind = ErrorKind.SERVER
                code = str(entry.payload.get("tracking_code", ""))
                items.append(
                    PendingItem(
                        entity_id=entry.entity_id,
                        tracking_code=code,
                        kind=entry.kind,
                        revision=entry.revision,
                        attempts=entry.attempts,
                        last_error=entry.last_error,
                        error_kind=kind,
                    )
                )
            for sha, _size in self.engine.documents_to_upload(session):
                items.append(PendingItem(sha, "", "document", 1, 0, "", None))
        return items

    def refused_count(self) -> int:
        with self._sessions() as session:
            return sum(
                1 for e in repo.outbox_entries(session) if e.last_outcome in REFUSED_OUTCOMES
            )

    def retry(self, entity_id: str) -> None:
        with self._sessions.begin() as session:
            repo.reset_outbox_entity(session, entity_id)

    def timeline(self, application_id: str) -> list[TimelineEvent]:
        events: list[TimelineEvent] = []
        with self._sessions() as session:
            for ev in repo.status_history(session, application_id):
                if ev.from_status is None:
                    label = "Dibuat di laptop"
                elif ev.officer_id == "server":
                    label = f"Status dari kantor: {STATUS_LABELS[ev.to_status]}"
                else:
                    label = f"Status: {STATUS_LABELS[ev.to_status]}"
                detail = REASON_LABELS[ev.reason_code] if ev.reason_code else ""
                if ev.reason_text:
                    detail = f"{detail}: {ev.reason_text}" if detail else ev.reason_text
                events.append(TimelineEvent(ev.at, label, detail))
            for at, event, revision, detail in repo.sync_history(session, application_id):
                label = _HISTORY_LABELS.get(event, event)
                if revision is not None and event in {
                    "applied",
                    "duplicate",
                    "conflict",
                    "invalid",
                }:
                    label = f"{label} (revisi {revision})"
                events.append(TimelineEvent(at, label, detail))
            flag = repo.clock_flag(session, application_id)
        if flag:
            events.append(
                TimelineEvent(
                    self._clock.now(),
                    "Jam laptop tidak masuk akal",
                    "Waktu yang tercatat di laptop untuk permohonan ini tidak mungkin "
                    f"({'terlalu lampau' if flag == 'past' else 'di masa depan'}); "
                    "periksa jam laptop.",
                )
            )
        return sorted(events, key=lambda e: e.at)

    def error_log(self) -> str:
        with self._sessions() as session:
            rows = repo.sync_errors(session)
            cfg = config.load_config(session)
            clock = repo.get_setting(session, config.CLOCK)
        lines = [f"server: {cfg.server_url or '-'}", f"perangkat: {cfg.device_id or '-'}"]
        if isinstance(clock, dict):
            lines.append(f"selisih jam server-laptop: {clock.get('offset')} detik")
        lines.extend(f"{at.isoformat()} [{kind}] {message}" for at, kind, message in rows)
        return "\n".join(lines)

    def callback_list(self) -> list[CallbackEntry]:
        with self._sessions() as session:
            apps = repo.callback_rows(session)
        return [
            CallbackEntry(
                application_id=a.id,
                tracking_code=a.tracking_code,
                full_name=a.applicant.full_name,
                mobile=a.applicant.mobile,
                status_label=STATUS_LABELS[a.status],
                nib=a.nib,
                reason=(
                    (REASON_LABELS[a.reason_code] if a.reason_code else "")
                    + (f": {a.reason_text}" if a.reason_text else "")
                ),
            )
            for a in apps
        ]

    def conflicts(self) -> list[Conflict]:
        found: list[Conflict] = []
        with self._sessions() as session:
            for c in repo.open_conflicts(session):
                app = repo.get_application(session, c.application_id)
                if app is None:
                    continue
                local = application_snapshot(app)
                differences = tuple(
                    (label, _dig(local, path), _dig(c.server_snapshot, path))
                    for label, path in _DIFF_FIELDS
                    if _dig(local, path) != _dig(c.server_snapshot, path)
                )
                found.append(
                    Conflict(
                        application_id=app.id,
                        tracking_code=app.tracking_code,
                        local_revision=app.revision,
                        server_revision=c.server_revision,
                        differences=differences,
                        at=c.at,
                    )
                )
        return found

    def resolve_conflict(self, application_id: str, *, keep: str, actor: Officer) -> None:
        if keep not in {"laptop", "server"}:
            raise ValueError(keep)
        if actor.role not in {Role.OPERATOR, Role.SUPERVISOR}:
            raise PermissionDeniedError("Hanya operator atau supervisor yang boleh memutuskan.")
        now = self._clock.now()
        with self._sessions.begin() as session:
            conflict = next(
                (c for c in repo.open_conflicts(session) if c.application_id == application_id),
                None,
            )
            local = repo.get_application(session, application_id)
            if conflict is None or local is None:
                raise NotFoundError("Tidak ada bentrok untuk permohonan ini.")
            server = ApplicationSnapshot.model_validate(conflict.server_snapshot).to_domain()
            # The stale entries are superseded by this decision, whichever side is kept.
            repo.remove_outbox_entity(session, application_id)
            if keep == "server":
                chosen = server
                capital = server.business.capital
                scale = None if capital is None or capital < 0 else business_scale(capital)
                repo.replace_from_server(session, server, scale=scale)
            else:
                status = local.status
                if status is not server.status and check_transition(
                    server.status, status, Role.OPERATOR
                ):
                    status = server.status  # the server decides status
                chosen = dataclasses.replace(
                    local,
                    status=status,
                    revision=server.revision + 1,
                    nib=server.nib,
                    reason_code=server.reason_code,
                    reason_text=server.reason_text,
                    updated_by=actor.id,
                    updated_at=now,
                )
                capital = chosen.business.capital
                scale = None if capital is None or capital < 0 else business_scale(capital)
                repo.replace_from_server(session, chosen, scale=scale)
                session.flush()
                stored = repo.get_application(session, application_id)
                assert stored is not None
                repo.append_outbox(
                    session,
                    kind="application.update",
                    entity_id=application_id,
                    revision=stored.revision,
                    payload=application_snapshot(stored),
                    now=now,
                )
            if chosen.status is not local.status:
                repo.append_status_event(
                    session,
                    StatusEvent(application_id, now, actor.id, local.status, chosen.status),
                )
            repo.resolve_conflict_row(session, application_id, now)
            repo.add_sync_history(
                session,
                application_id,
                event="resolved",
                at=now,
                revision=chosen.revision,
                detail="versi laptop dipakai" if keep == "laptop" else "versi server dipakai",
            )

    def duplicate_of(self, application_id: str) -> list[str]:
        with self._sessions() as session:
            return repo.duplicate_codes(session, application_id)

    def application(self, application_id: str) -> Application | None:
        with self._sessions() as session:
            return repo.get_application(session, application_id)

    def last_sync_time(self) -> dt.datetime | None:
        return self.status().last_success


__all__ = ["SyncService"]

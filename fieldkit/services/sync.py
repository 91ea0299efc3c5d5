"""SyncService: the sync engine as the UI and ``fieldkit sync`` use it (SyncFacade).

Every method is safe to call from any thread: each opens its own Session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.messages import msg, verbatim
from fieldkit.domain.records import Application, Officer, Role, StatusEvent
from fieldkit.domain.snapshot import application_snapshot
from fieldkit.domain.status import REASON_LABELS, STATUS_LABELS, check_transition
from fieldkit.domain.validation import business_scale
from fieldkit.protocol.messages import EnrolRequest
from fieldkit.protocol.snapshots import ApplicationSnapshot
from fieldkit.protocol.version import PROTOCOL_V3
from fieldkit.receipts.signing import DeviceCertificate, KeyFormatError
from fieldkit.services.clock import Clock
from fieldkit.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from fieldkit.services.receipts import REPRINT_NOTE, ReceiptKeys, is_reprint
from fieldkit.services.retention import RetentionService
from fieldkit.services.visits import send_officer_names, visits_to_name
from fieldkit.store import repositories as repo
from fieldkit.store.documents import DocumentStore
from fieldkit.store.wipe import wipe_local_data, wiped_notice
from fieldkit.sync import config
from fieldkit.sync.engine import SyncEngine, TransportFactory, TrustUpdate
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
from fieldkit.sync.tls import CaBundleError, check_ca_bundle
from fieldkit.sync.transport import HttpSyncTransport, SyncError, normalize_server_url

log = logging.getLogger(__name__)

_HISTORY_LABELS = {
    "applied": "Diterima server",
    "duplicate": "Sudah ada di server (kiriman ulang)",
    "conflict": "Ditolak server: bentrok dengan versi server",
    "invalid": "Ditolak server",
    "pulled": "Kabar dari kantor",
    "duplicate_flag": "Kemungkinan NIK ganda",
    "resolved": "Bentrok diselesaikan",
    "resent": "Dikirim ulang dengan revisi baru",
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


class _ReceiptTrust:
    """The sync engine's TrustSink: receipt trust pulled from the server is installed through
    the receipts service's key store (ReceiptKeys.install_trust), for the enrolled office."""

    def __init__(self, keys: ReceiptKeys) -> None:
        self._keys = keys

    def receipt_public_key(self) -> str | None:
        try:
            return self._keys.device_identity()[1]
        except ServiceError:  # the laptop is not set up yet: no prefix, no key
            return None

    def install(self, session: Session, update: TrustUpdate) -> None:
        office = repo.get_setting(session, config.OFFICE)
        office_id = office.get("id") if isinstance(office, dict) else None
        if not isinstance(office_id, str):
            return
        certificates = []
        for raw in update.certificates:
            try:
                certificates.append(DeviceCertificate.from_dict(raw))
            except KeyFormatError:
                log.warning("a device certificate from the server is unreadable; skipped")
        try:
            self._keys.install_trust(
                update.office_public_key,
                certificates,
                office_id=office_id,
                revoked=update.revoked,
                session=session,
            )
        except ServiceError:
            log.warning("the office key from the server is unreadable; trust not updated")


def _dig(data: object, path: tuple[str, ...]) -> str:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    if isinstance(data, list):
        return str(len(data)) + " item" if data else "-"
    return "" if data is None else str(data)


@dataclass(frozen=True, slots=True)
class _BeforePass:
    server_protocol: int  # at the last probe before this pass (0: never probed)
    unnamed_visits: list[str]  # visits that went, or wait, without their officers' names


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
        self.retention = RetentionService(sessions, documents, clock)
        self.engine = SyncEngine(
            sessions,
            documents,
            clock,
            upload_workers=upload_workers,
            transport_factory=transport_factory,
            wiper=None if data_dir is None else self._wipe,
            trust=_ReceiptTrust(ReceiptKeys(sessions)),
        )

    def _wipe(self, message: str) -> None:
        assert self._data_dir is not None
        wipe_local_data(self._data_dir, now=self._clock.now(), message=message)

    def wiped_notice(self) -> str | None:
        """The message to show when the office revoked this laptop and its data was wiped."""
        return None if self._data_dir is None else wiped_notice(self._data_dir)

    # --- TLS ---------------------------------------------------------------------------------

    def ca_bundle(self) -> str:
        with self._sessions() as session:
            return config.load_config(session).ca_bundle

    def set_ca_bundle(self, path: str) -> str:
        """Use the office's own CA certificate file (empty: the system's CAs); raises
        ServiceError with the reason when the file cannot be used. Returns the stored path."""
        try:
            checked = check_ca_bundle(path)
        except CaBundleError as exc:
            if exc.is_missing:
                raise ServiceError(
                    msg(
                        "Berkas sertifikat CA '{name}' tidak ada. Periksa lokasinya atau pilih "
                        "ulang berkas dari admin server (biasanya berakhiran .pem atau .crt).",
                        name=exc.name,
                    )
                ) from None
            raise ServiceError(
                msg(
                    "Berkas '{name}' bukan sertifikat CA yang bisa dipakai (harus format PEM, "
                    "diawali '-----BEGIN CERTIFICATE-----'). Minta berkas yang benar dari "
                    "admin server.",
                    name=exc.name,
                )
            ) from None
        with self._sessions.begin() as session:
            repo.put_setting(session, config.CA_BUNDLE, checked)
        return checked

    # --- the server's address before enrolment (first-run setup) -------------------------------

    def server_address(self) -> str:
        with self._sessions() as session:
            return config.load_config(session).server_url

    def set_server_address(self, url: str) -> str:
        """Remember the office server's address ("": offline only for now) until enrolment;
        raises ServiceError when it is not a usable address or the laptop is already enrolled
        (then the address changes only with a new enrolment). Returns the stored address."""
        text = url.strip()
        try:
            cleaned = "" if not text else normalize_server_url(text)
        except ValueError:
            cleaned = None
        if cleaned is None or any(c.isspace() for c in text):
            raise ServiceError(
                msg(
                    "Alamat server '{address}' tidak valid. Tulis seperti "
                    "https://server.kantor.go.id, atau pilih Offline saja untuk sekarang.",
                    address=text[:80],
                )
            )
        with self._sessions.begin() as session:
            current = config.load_config(session)
            if current.is_enrolled and cleaned != current.server_url:
                raise ServiceError(
                    msg(
                        "Laptop ini sudah tersambung ke {address}. Alamat lain perlu pendaftaran "
                        "ulang di Sinkronisasi → Sambungkan ke server.",
                        address=current.server_url,
                    )
                )
            repo.put_setting(session, config.SERVER_URL, cleaned)
        return cleaned

    # --- enrolment ---------------------------------------------------------------------------

    def is_enrolled(self) -> bool:
        if self.wiped_notice() is not None:
            return True  # it was, until the office revoked it; run() says so
        with self._sessions() as session:
            return config.load_config(session).is_enrolled

    def enrol(self, server_url: str, code: str, *, device_name: str) -> None:
        try:
            url = normalize_server_url(server_url)
        except ValueError:
            raise ServiceError(
                msg("Alamat server tidak valid. Tulis seperti https://server.kantor.go.id")
            ) from None
        code = code.strip()
        if code.startswith("fieldkit-enrol:"):  # pasted from a QR scanner
            parts = code.split(":", 3)
            code = parts[2] if len(parts) > 2 else ""
        if not code:
            raise ServiceError(msg("Kode pendaftaran wajib diisi (lihat kertas/QR dari admin)."))
        with self._sessions() as session:
            prefix = repo.device_prefix(session)
            ca_bundle = config.load_config(session).ca_bundle
        trust = _ReceiptTrust(ReceiptKeys(self._sessions))
        receipt_key = trust.receipt_public_key() if prefix is not None else None
        transport = HttpSyncTransport(url, ca_bundle=ca_bundle or None)
        try:
            answer = transport.enrol(
                EnrolRequest(
                    code=code[:40],
                    device_name=(device_name.strip() or "Laptop")[:100],
                    tracking_prefix=prefix,
                    receipt_public_key=receipt_key,
                )
            )
        except SyncError as exc:
            if exc.code.startswith("tls."):  # the sync layer's own Indonesian words
                raise ServiceError(verbatim(exc.message)) from None
            if exc.kind is ErrorKind.NETWORK:
                raise ServiceError(
                    msg("Server tidak bisa dihubungi. Periksa alamat server dan koneksi internet.")
                ) from None
            raise ServiceError(verbatim(exc.message)) from None
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
            if answer.office_public_key is not None and answer.certificate is not None:
                trust.install(
                    session,
                    TrustUpdate(answer.office_public_key, (answer.certificate.model_dump(),)),
                )
                repo.put_setting(session, config.RECEIPT_CERTIFIED, True)

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
        notice = self.wiped_notice()
        if notice is not None:
            return SyncReport(error=notice, error_kind=ErrorKind.AUTH)
        before = self._before_pass()
        report = self.engine.run(progress, cancel, deadline=deadline)
        self._after_pass(before)
        return report

    def run_until_done(
        self,
        progress: ProgressSink,
        cancel: Cancel,
        *,
        deadline: float | None = None,
        on_report: Callable[[SyncReport], None] = lambda _r: None,
    ) -> SyncReport:
        notice = self.wiped_notice()
        if notice is not None:
            return SyncReport(error=notice, error_kind=ErrorKind.AUTH)
        before = self._before_pass()
        report = self.engine.run_until_done(
            progress, cancel, deadline=deadline, on_report=on_report
        )
        self._after_pass(before)
        return report

    def _before_pass(self) -> _BeforePass:
        with self._sessions() as session:
            stored = repo.get_setting(session, config.SERVER_PROTOCOL)
            version = stored if isinstance(stored, int) else 0
            # Only a pass that may meet a v3 server for the first time needs the list (it
            # reads every waiting entry); once the server speaks v3 every pass skips it.
            unnamed = visits_to_name(session) if version < PROTOCOL_V3 else []
        return _BeforePass(version, unnamed)

    def _after_pass(self, before: _BeforePass) -> None:
        """The server may speak protocol v3 now; documents the server now holds may have
        reached their retention time."""
        if self.wiped_notice() is not None:
            return
        try:
            with self._sessions.begin() as session:
                version = repo.get_setting(session, config.SERVER_PROTOCOL)
                now_speaks = version if isinstance(version, int) else 0
                if before.server_protocol < PROTOCOL_V3 <= now_speaks:
                    # The first pass with a v3 server (after an update of the laptop or of
                    # the server): what went without officer names goes again, once, with them.
                    send_officer_names(session, before.unnamed_visits, self._clock.now())
            self.retention.run()
        except (OSError, SQLAlchemyError) as exc:  # never fail a sync over housekeeping
            log.warning("retention after sync failed: %s", type(exc).__name__)

    # --- local views -------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        notice = self.wiped_notice()
        if notice is not None:  # the database is gone: say why, touch nothing
            return SyncStatus(
                Connectivity.REVOKED, last_error=notice, last_error_kind=ErrorKind.AUTH
            )
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
        # Revoked with a data folder to wipe: passes go on until what is left has reached the
        # server and the laptop wiped itself (then wiped_notice above answers).
        if cfg.revoked and self._data_dir is None:
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
        if self.wiped_notice() is not None:
            return True
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
                if is_reprint(ev):
                    events.append(TimelineEvent(ev.at, REPRINT_NOTE, ""))
                    continue
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
            raise PermissionDeniedError(
                msg("Hanya operator atau supervisor yang boleh memutuskan.")
            )
        now = self._clock.now()
        with self._sessions.begin() as session:
            conflict = next(
                (c for c in repo.open_conflicts(session) if c.application_id == application_id),
                None,
            )
            local = repo.get_application(session, application_id)
            if conflict is None or local is None:
                raise NotFoundError(msg("Tidak ada bentrok untuk permohonan ini."))
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

"""Setting up a laptop: the office, its officers, this device's tracking prefix, office policy."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import UNKNOWN_ACTOR, AuditAction, AuditRecord
from fieldkit.domain.ids import new_id
from fieldkit.domain.messages import msg
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import Office, Officer, Role
from fieldkit.domain.roles import Permission, refusal
from fieldkit.domain.tracking import new_device_prefix
from fieldkit.services.clock import Clock
from fieldkit.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from fieldkit.services.policy import POLICY_KEY, stored_document_policy
from fieldkit.services.visits import resend_open_visits
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo


class OfficeService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def ensure_device(self) -> str:
        """This laptop's tracking-code prefix, created once on first use."""
        with self._sessions.begin() as session:
            prefix = repo.device_prefix(session)
            if prefix is None:
                prefix = new_device_prefix()
                repo.create_device(session, prefix, self._clock.now())
            return prefix

    def create_office(
        self, name: str, *, address: str = "", timezone: str = "Asia/Jakarta", phone: str = ""
    ) -> Office:
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ServiceError(msg("Nama kantor wajib diisi, misalnya 'DPMPTSP Kabupaten Bogor'."))
        office = Office(new_id(), cleaned, address.strip(), timezone, phone.strip())
        with self._sessions.begin() as session:
            repo.add_office(session, office)
        return office

    def offices(self) -> list[Office]:
        with self._sessions() as session:
            return repo.list_offices(session)

    def office(self, office_id: str) -> Office:
        with self._sessions() as session:
            office = repo.get_office(session, office_id)
        if office is None:
            raise NotFoundError(msg("Kantor tidak ditemukan. Jalankan pengaturan awal lagi."))
        return office

    def add_officer(
        self,
        office_id: str,
        name: str,
        role: Role,
        *,
        password_hash: str | None = None,
        added_by: str = UNKNOWN_ACTOR,
    ) -> Officer:
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ServiceError(msg("Nama petugas wajib diisi."))
        if role not in {Role.OPERATOR, Role.SUPERVISOR}:
            raise ServiceError(msg("Petugas di laptop berperan operator atau supervisor."))
        officer = Officer(new_id(), office_id, cleaned, role)
        with self._sessions.begin() as session:
            if repo.get_office(session, office_id) is None:
                raise NotFoundError(msg("Kantor tidak ditemukan. Jalankan pengaturan awal lagi."))
            repo.add_officer(session, officer, password_hash=password_hash, now=self._clock.now())
            audit_log.append(
                session,
                AuditRecord(AuditAction.OFFICER_ADD, added_by, officer.id, {"role": str(role)}),
                now=self._clock.now(),
            )
        return officer

    def officers(self, office_id: str) -> list[Officer]:
        with self._sessions() as session:
            return repo.list_officers(session, office_id)

    def document_policy(self) -> DocumentPolicy:
        with self._sessions() as session:
            return stored_document_policy(session)

    def set_document_policy(self, policy: DocumentPolicy, *, actor: Officer) -> None:
        """Office policy is the supervisor's decision."""
        refused = refusal(actor, Permission.CHANGE_SETTINGS)
        if refused:
            raise PermissionDeniedError(refused)
        if not 100_000 <= policy.max_bytes <= 100 * 1024 * 1024:
            raise ServiceError(msg("Batas ukuran berkas harus antara 0,1 MB dan 100 MB."))
        with self._sessions.begin() as session:
            audit_log.append(
                session,
                AuditRecord(
                    AuditAction.SETTINGS_CHANGE,
                    actor.id,
                    POLICY_KEY,
                    {
                        "required": ",".join(sorted(k.value for k in policy.required)),
                        "max_bytes": policy.max_bytes,
                    },
                ),
                now=self._clock.now(),
            )
            repo.put_setting(
                session,
                POLICY_KEY,
                {
                    "required": sorted(k.value for k in policy.required),
                    "max_bytes": policy.max_bytes,
                },
            )
            # The server's reports of today's open visits count missing documents by it too.
            resend_open_visits(session, self._clock.now())

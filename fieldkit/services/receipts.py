"""Use cases of receipts: print (and reprint) a signed tanda terima, verify one offline.

Printing an application's first receipt is what moves it from "ready" to "queued": the
status event READY -> QUEUED written by the state machine is the record that the receipt was
printed, and every later print of the same application is a copy marked SALINAN that carries
the original issue date (so the QR signature is the same bytes: Ed25519 is deterministic);
each copy is recorded in the status history too (status unchanged, note REPRINT_NOTE), with
the officer who printed it and when.

Receipts are signed for the server's office id once the laptop is enrolled, so every laptop of
the office checks them against the same id; the office's certificates of its devices' keys
arrive at enrolment and with every pull (ReceiptKeys.install_trust).

The laptop's signing key, the office key and the device certificates the server issues at
enrolment live in the settings table until the security issue gives them a proper home.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.audit import AuditAction, AuditRecord
from fieldkit.domain.messages import label, msg
from fieldkit.domain.policy import DOCUMENT_LABELS
from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.records import Application, Officer, Role, StatusEvent
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.roles import Permission, refusal
from fieldkit.domain.status import STATUS_LABELS, ApplicationStatus
from fieldkit.receipts.layouts import (
    Layout,
    ReceiptData,
    format_moment,
    render_receipt,
)
from fieldkit.receipts.payload import (
    ReceiptStatus,
    ReceiptVerification,
    base_url_problem,
    effective_base_url,
    make_payload,
    status_url,
    verify_receipt,
)
from fieldkit.receipts.signing import (
    DeviceCertificate,
    KeyFormatError,
    TrustedKey,
    new_private_key,
    private_key_from_text,
    private_key_to_text,
    public_key_from_text,
    public_key_to_text,
    trusted_keys,
    verify_certificate,
)
from fieldkit.services.clock import Clock
from fieldkit.services.errors import NotFoundError, PermissionDeniedError, ServiceError
from fieldkit.store import audit as audit_log
from fieldkit.store import repositories as repo
from fieldkit.store.repositories import ApplicationSummary
from fieldkit.sync import config as sync_config

STATUS_BASE_URL_KEY = "status_base_url"
COMPLAINT_CONTACT_KEY = "complaint_contact"
DEVICE_KEY_KEY = "receipt_device_key"
TRUST_KEY = "receipt_trust"
PRINT_CHOICE_KEY = "receipt_print_choice"
# The history note of a reprint (a status event whose status does not change).
REPRINT_NOTE = "Cetak ulang tanda terima (SALINAN)"
FIELD_ROLES = frozenset({Role.OPERATOR, Role.SUPERVISOR})


class StatusChanger(Protocol):
    """What moves an application through the state machine (ApplicationService)."""

    def change_status(
        self,
        application_id: str,
        target: ApplicationStatus,
        *,
        actor: Officer,
        expected_revision: int | None = None,
        extra_audit: Sequence[AuditRecord] = (),
    ) -> object: ...


@dataclass(frozen=True, slots=True)
class ReceiptSettings:
    """Office settings printed on receipts. An empty base URL means "no status page yet"."""

    status_base_url: str = ""
    complaint_contact: str = ""


@dataclass(frozen=True, slots=True)
class PrintChoice:
    """The printer and layout used last, offered first in the print dialog."""

    printer_name: str = ""
    layout: Layout = Layout.ROLL_58


@dataclass(frozen=True, slots=True)
class ReceiptCheck:
    """A verdict and the local application it names (when this laptop has it)."""

    verification: ReceiptVerification
    application: ApplicationSummary | None


@dataclass(frozen=True, slots=True)
class ReceiptPreview:
    """A receipt drawn for the screen; ``is_copy``: printing it now gives a SALINAN."""

    pdf: bytes
    is_copy: bool
    tracking_code: str


class ReceiptKeys:
    """The laptop's receipt-signing key and what it trusts: the office key, the office's
    certificates of its devices' keys, and which devices the office revoked.

    Shared by :class:`ReceiptService` (printing, verifying) and the sync service (enrolment
    sends the public key; pulls install certificates and revocations).
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # The ONE place that reads and writes the private key. It is stored in clear in the
    # settings table for now; the security issue encrypts it at rest (with the rest of the
    # personal data), and only these two functions change then.

    @staticmethod
    def _load_device_key(session: Session, prefix: str) -> Ed25519PrivateKey | None:
        stored = repo.get_setting(session, DEVICE_KEY_KEY)
        if not isinstance(stored, dict) or stored.get("device_prefix") != prefix:
            return None  # none yet, or the key of a previous identity of this laptop
        return private_key_from_text(str(stored["private_key"]))

    @staticmethod
    def _store_device_key(session: Session, prefix: str, key: Ed25519PrivateKey) -> None:
        repo.put_setting(
            session,
            DEVICE_KEY_KEY,
            {"device_prefix": prefix, "private_key": private_key_to_text(key)},
        )

    def device(self, session: Session) -> tuple[str, Ed25519PrivateKey]:
        prefix = repo.device_prefix(session)
        if prefix is None:
            raise ServiceError(msg("Laptop ini belum disiapkan. Jalankan pengaturan awal lagi."))
        key = self._load_device_key(session, prefix)
        if key is None:
            key = new_private_key()
            self._store_device_key(session, prefix, key)
        return prefix, key

    def device_identity(self) -> tuple[str, str]:
        """(tracking prefix, public key as base64url): what enrolment sends to the server."""
        with self._sessions.begin() as session:
            prefix, key = self.device(session)
        return prefix, public_key_to_text(key)

    @staticmethod
    def receipt_office_id(session: Session, local_office_id: str) -> str:
        """The office id receipts are signed for: the server's office once this laptop is
        enrolled (shared by every laptop of the office), the local office until then."""
        enrolled = repo.get_setting(session, sync_config.OFFICE)
        if isinstance(enrolled, dict) and isinstance(enrolled.get("id"), str) and enrolled["id"]:
            return str(enrolled["id"])
        return local_office_id

    def install_trust(
        self,
        office_public_key: str | None,
        certificates: Sequence[DeviceCertificate],
        *,
        office_id: str,
        revoked: Mapping[str, dt.datetime] | None = None,
        session: Session | None = None,
    ) -> int:
        """Store the office key, the certificates it signed for ``office_id`` and revocations
        (device prefix -> when), from enrolment or a pull; returns how many certificates were
        accepted (others are ignored). ``session``: write inside the caller's transaction."""
        office_key = None
        if office_public_key is not None:
            try:
                office_key = public_key_from_text(office_public_key)
            except (KeyFormatError, ValueError) as exc:
                raise ServiceError(
                    msg("Kunci kantor dari server tidak sah. Ulangi pendaftaran.")
                ) from exc
        with self._sessions.begin() if session is None else nullcontext(session) as writing:
            return self._install(
                writing,
                office_public_key=office_public_key,
                office_key=office_key,
                certificates=certificates,
                office_id=office_id,
                revoked=revoked,
            )

    @staticmethod
    def _install(
        session: Session,
        *,
        office_public_key: str | None,
        office_key: Ed25519PublicKey | None,
        certificates: Sequence[DeviceCertificate],
        office_id: str,
        revoked: Mapping[str, dt.datetime] | None,
    ) -> int:
        raw = repo.get_setting(session, TRUST_KEY)
        stored: dict[str, Any] = raw if isinstance(raw, dict) else {}
        previous_key = stored.get("office_public_key")
        key_text = office_public_key or (previous_key if isinstance(previous_key, str) else None)
        if office_key is None and key_text is not None:
            try:
                office_key = public_key_from_text(key_text)
            except (KeyFormatError, ValueError):
                key_text = None
        accepted = [
            c
            for c in certificates
            if office_key is not None
            and c.office_id == office_id
            and verify_certificate(office_key, c)
        ]
        known: dict[str, dict[str, Any]] = {}
        if previous_key == key_text and isinstance(stored.get("certificates"), list):
            known = {
                str(c["device_prefix"]): c
                for c in stored["certificates"]
                if isinstance(c, dict) and "device_prefix" in c
            }
        known.update({c.device_prefix: dict(c.as_dict()) for c in accepted})
        revocations = stored.get("revoked")
        revoked_at: dict[str, str] = (
            {str(k): str(v) for k, v in revocations.items()}
            if isinstance(revocations, dict)
            else {}
        )
        for prefix, at in (revoked or {}).items():
            revoked_at.setdefault(prefix, at.astimezone(dt.UTC).isoformat())
        updated = {
            "office_public_key": key_text,
            "certificates": list(known.values()),
            "revoked": revoked_at,
        }
        if updated != stored:
            repo.put_setting(session, TRUST_KEY, updated)
        return len(accepted)

    def trusted_keys(self, session: Session, office_id: str) -> dict[str, TrustedKey]:
        prefix, key = self.device(session)
        raw = repo.get_setting(session, TRUST_KEY)
        stored: dict[str, Any] = raw if isinstance(raw, dict) else {}
        office_key = None
        certificates: list[DeviceCertificate] = []
        try:
            if stored.get("office_public_key"):
                office_key = public_key_from_text(str(stored["office_public_key"]))
                certificates = [DeviceCertificate.from_dict(c) for c in stored["certificates"]]
        except (KeyFormatError, ValueError, KeyError, TypeError, AttributeError):
            office_key, certificates = None, []  # unreadable: trust only the local key
        zone = ZoneInfo(_office_timezone(session))
        revoked: dict[str, dt.date] = {}
        revocations = stored.get("revoked")
        for device_prefix, at in (revocations if isinstance(revocations, dict) else {}).items():
            moment = sync_config.parse_iso(at)
            if moment is not None:
                revoked[str(device_prefix)] = moment.astimezone(zone).date()
        return trusted_keys(
            office_id=office_id,
            office_public_key=office_key,
            certificates=certificates,
            local_prefix=prefix,
            local_key=key.public_key(),
            revoked=revoked,
        )

    def is_certified(self, session: Session, office_id: str) -> bool:
        prefix, _ = self.device(session)
        return self.trusted_keys(session, office_id)[prefix].is_certified


def _office_timezone(session: Session) -> str:
    enrolled = repo.get_setting(session, sync_config.OFFICE)
    zone = enrolled.get("timezone") if isinstance(enrolled, dict) else None
    return zone if isinstance(zone, str) and zone in _KNOWN_ZONES else "Asia/Jakarta"


_KNOWN_ZONES = frozenset({"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"})


class ReceiptService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        reference: ReferenceLookup,
        clock: Clock,
        *,
        applications: StatusChanger,
    ) -> None:
        self._sessions = sessions
        self._reference = reference
        self._clock = clock
        self._applications = applications
        self.keys = ReceiptKeys(sessions)

    # --- the device key and trust (see ReceiptKeys) ----------------------------------------------

    def _device(self, session: Session) -> tuple[str, Ed25519PrivateKey]:
        return self.keys.device(session)

    def device_identity(self) -> tuple[str, str]:
        """(tracking prefix, public key as base64url): what enrolment sends to the server."""
        return self.keys.device_identity()

    def install_trust(
        self,
        office_public_key: str | None,
        certificates: Sequence[DeviceCertificate],
        *,
        office_id: str,
        revoked: Mapping[str, dt.datetime] | None = None,
    ) -> int:
        """Store the office key, the certificates it signed for ``office_id`` and revocations
        (from enrolment or a pull); returns how many certificates were accepted."""
        return self.keys.install_trust(
            office_public_key, certificates, office_id=office_id, revoked=revoked
        )

    def _trusted_keys(self, session: Session, office_id: str) -> dict[str, TrustedKey]:
        return self.keys.trusted_keys(session, office_id)

    def is_device_certified(self, office_id: str) -> bool:
        """True once the office has certified this laptop's key (receipts verify as genuine)."""
        with self._sessions.begin() as session:
            return self.keys.is_certified(session, self.keys.receipt_office_id(session, office_id))

    # --- settings -------------------------------------------------------------------------------

    def settings(self) -> ReceiptSettings:
        with self._sessions() as session:
            return self._settings(session)

    @staticmethod
    def _settings(session: Session) -> ReceiptSettings:
        base = repo.get_setting(session, STATUS_BASE_URL_KEY)
        complaint = repo.get_setting(session, COMPLAINT_CONTACT_KEY)
        return ReceiptSettings(
            status_base_url=base if isinstance(base, str) else "",
            complaint_contact=complaint if isinstance(complaint, str) else "",
        )

    def update_settings(self, settings: ReceiptSettings, *, actor: Officer) -> ReceiptSettings:
        """What receipts print is the supervisor's decision."""
        if actor.role is not Role.SUPERVISOR:
            raise PermissionDeniedError(
                msg("Hanya supervisor yang boleh mengubah isi tanda terima.")
            )
        problem = base_url_problem(settings.status_base_url)
        if problem is not None:
            raise ServiceError(problem)
        cleaned = ReceiptSettings(
            status_base_url=settings.status_base_url.strip().rstrip("/"),
            complaint_contact=" ".join(settings.complaint_contact.split())[:80],
        )
        with self._sessions.begin() as session:
            repo.put_setting(session, STATUS_BASE_URL_KEY, cleaned.status_base_url)
            repo.put_setting(session, COMPLAINT_CONTACT_KEY, cleaned.complaint_contact)
            audit_log.append(
                session,
                AuditRecord(
                    AuditAction.SETTINGS_CHANGE,
                    actor.id,
                    "receipt_settings",
                    {"has_status_page": bool(cleaned.status_base_url)},
                ),
                now=self._clock.now(),
            )
        return cleaned

    def print_choice(self) -> PrintChoice:
        with self._sessions() as session:
            stored = repo.get_setting(session, PRINT_CHOICE_KEY)
        if not isinstance(stored, dict):
            return PrintChoice()
        layout = stored.get("layout")
        return PrintChoice(
            printer_name=str(stored.get("printer_name", "")),
            layout=Layout(layout) if layout in set(Layout) else Layout.ROLL_58,
        )

    def remember_print_choice(self, choice: PrintChoice) -> None:
        with self._sessions.begin() as session:
            repo.put_setting(
                session,
                PRINT_CHOICE_KEY,
                {"printer_name": choice.printer_name, "layout": choice.layout.value},
            )

    # --- receipts -------------------------------------------------------------------------------

    def receipt_for(self, application_id: str, *, officer: Officer, copy: bool) -> ReceiptData:
        """What the receipt of an application shows; ``officer`` is who prints it."""
        with self._sessions.begin() as session:
            return self._receipt_data(session, application_id, officer=officer, copy=copy)

    def _receipt_data(
        self, session: Session, application_id: str, *, officer: Officer, copy: bool
    ) -> ReceiptData:
        app = repo.get_application(session, application_id)
        if app is None:
            raise NotFoundError(msg("Permohonan tidak ditemukan."))
        visit = repo.get_visit(session, app.visit_id)
        office = repo.get_office(session, visit.office_id) if visit is not None else None
        if visit is None or office is None:
            raise NotFoundError(msg("Kunjungan atau kantor permohonan ini tidak ditemukan."))
        prefix, key = self._device(session)
        if not app.tracking_code.startswith(prefix):
            raise ServiceError(
                msg(
                    "Tanda terima hanya bisa dicetak di laptop tempat permohonan ini didaftarkan "
                    "(kode {code}, laptop ini {prefix}).",
                    code=app.tracking_code[:5],
                    prefix=prefix,
                )
            )
        now = self._clock.now()
        issued = _printed_at(session, app.id) if copy else None
        issued = issued or now
        settings = self._settings(session)
        base = effective_base_url(settings.status_base_url)
        payload = make_payload(
            tracking_code=app.tracking_code,
            issued_on=issued.astimezone(ZoneInfo(office.timezone)).date(),
            office_id=self.keys.receipt_office_id(session, office.id),
            base_url=base,
            private_key=key,
        )
        registrar = repo.get_officer(session, app.created_by)
        names = self._place_names(visit.village_code)
        return ReceiptData(
            office_name=office.name,
            office_address=office.address,
            office_phone=office.phone,
            complaint_contact=settings.complaint_contact or office.phone,
            village=names[0],
            kecamatan=names[1],
            regency=names[2],
            issued_at=format_moment(issued, office.timezone),
            officer_name=registrar.name if registrar is not None else officer.name,
            tracking_code=app.tracking_code,
            applicant_name=app.applicant.full_name,
            masked_nik=mask_nik(app.applicant.nik),
            business_name=app.business.name,
            kbli=self._kbli_lines(app),
            documents=tuple(DOCUMENT_LABELS[d.kind] for d in app.documents),
            status_url=status_url(base, app.tracking_code),
            qr_payload=payload.text,
            printed_at=format_moment(now, office.timezone) if copy else "",
            printed_by=officer.name if copy else "",
        )

    def _place_names(self, village_code: str) -> tuple[str, str, str]:
        village = self._reference.region(village_code)
        kecamatan = self._reference.region(village_code[:6])
        regency = self._reference.region(village_code[:4])
        level = {"desa": "Desa", "kelurahan": "Kelurahan", "desa_adat": "Desa Adat"}
        return (
            f"{level.get(village.level, 'Desa')} {village.name}" if village else village_code,
            f"Kecamatan {kecamatan.name}" if kecamatan else "",
            regency.name if regency else "",
        )

    def _kbli_lines(self, app: Application) -> tuple[tuple[str, str], ...]:
        lines: list[tuple[str, str]] = []
        for activity in app.business.activities:
            found = self._reference.kbli(activity.kbli)
            lines.append((activity.kbli, found.title if found else activity.product))
        return tuple(lines)

    def _printable(
        self, session: Session, application_id: str, *, actor: Officer
    ) -> tuple[ReceiptData, bool, Application]:
        """(receipt data, is the first print, the application), or the error that refuses a
        receipt."""
        refused = refusal(actor, Permission.PRINT_RECEIPT)
        if refused:
            raise PermissionDeniedError(refused)
        app = repo.get_application(session, application_id)
        if app is None:
            raise NotFoundError(msg("Permohonan tidak ditemukan."))
        is_first = app.status is ApplicationStatus.READY
        if not is_first and _printed_at(session, app.id) is None:
            raise ServiceError(
                msg(
                    "Permohonan berstatus '{status}' belum bisa diberi tanda terima: lengkapi "
                    "datanya lalu tandai Siap dulu.",
                    status=label(STATUS_LABELS[app.status]),
                )
            )
        data = self._receipt_data(session, app.id, officer=actor, copy=not is_first)
        return data, is_first, app

    def preview_receipt(
        self, application_id: str, *, actor: Officer, layout: Layout
    ) -> ReceiptPreview:
        """The PDF that :meth:`print_receipt` would print now, changing nothing.

        For the print dialog's preview: it refuses exactly what printing refuses, and says
        whether the print would be the original or a SALINAN.
        """
        with self._sessions.begin() as session:
            data, is_first, _app = self._printable(session, application_id, actor=actor)
        return ReceiptPreview(
            pdf=render_receipt(data, layout, copy=not is_first),
            is_copy=not is_first,
            tracking_code=data.tracking_code,
        )

    def print_receipt(self, application_id: str, *, actor: Officer, layout: Layout) -> bytes:
        """The receipt PDF to send to the printer.

        The first print of a "ready" application moves it to "queued"; call this once the
        officer has confirmed the print dialog, not for a preview. Every later print is a copy
        marked SALINAN. An application that is not ready and was never printed gets none.
        """
        with self._sessions.begin() as session:
            data, is_first, app = self._printable(session, application_id, actor=actor)
            pdf = render_receipt(data, layout, copy=not is_first)
            if not is_first:
                # A copy is recorded in the append-only history, with who and when; the
                # status does not change (from = to), so nothing else reads it as a move.
                repo.append_status_event(
                    session,
                    StatusEvent(
                        app.id,
                        self._clock.now(),
                        actor.id,
                        app.status,
                        app.status,
                        reason_text=REPRINT_NOTE,
                    ),
                )
                audit_log.append(
                    session,
                    AuditRecord(
                        AuditAction.RECEIPT_REPRINT, actor.id, app.id, {"layout": str(layout)}
                    ),
                    now=self._clock.now(),
                )
        if is_first:
            # The status change is the print record; the expected revision refuses the change
            # if someone edited the application since the receipt was drawn.
            self._applications.change_status(
                application_id,
                ApplicationStatus.QUEUED,
                actor=actor,
                expected_revision=app.revision,
                # the print's own entry, in the same transaction as the status change
                extra_audit=(
                    AuditRecord(
                        AuditAction.RECEIPT_PRINT, actor.id, app.id, {"layout": str(layout)}
                    ),
                ),
            )
        return pdf

    def is_printed(self, application_id: str) -> bool:
        """True once a receipt was printed (the next print is a SALINAN)."""
        with self._sessions() as session:
            return _printed_at(session, application_id) is not None

    # --- verifying ------------------------------------------------------------------------------

    def verify(self, text: str, *, office_id: str) -> ReceiptCheck:
        """Judge a scanned or typed receipt offline, with the application if this laptop has it."""
        with self._sessions.begin() as session:
            signed_for = self.keys.receipt_office_id(session, office_id)
            verdict = verify_receipt(
                text[:2000],
                trusted_keys=self._trusted_keys(session, signed_for),
                office_id=signed_for,
            )
            if verdict.status is ReceiptStatus.FORGED and signed_for != office_id:
                verdict = self._verify_before_enrolment(session, text[:2000], office_id) or verdict
            summary = None
            if verdict.tracking_code is not None:
                found = repo.search_applications(
                    session, verdict.tracking_code, tracking_code=verdict.tracking_code, limit=1
                )
                summary = found[0] if found else None
        return ReceiptCheck(verdict, summary)

    def _verify_before_enrolment(
        self, session: Session, text: str, local_office_id: str
    ) -> ReceiptVerification | None:
        """A receipt this laptop printed before it was enrolled is signed for the local office
        id: it checks out with this laptop's own key only, and only here."""
        prefix, key = self._device(session)
        own = {prefix: TrustedKey(key.public_key(), is_certified=False)}
        verdict = verify_receipt(text, trusted_keys=own, office_id=local_office_id)
        if not verdict.is_signature_valid:
            return None
        return dataclasses.replace(
            verdict,
            status=ReceiptStatus.UNVERIFIED_DEVICE,
            problem="receipt.device_unverified",
            reason=(
                "Tanda tangan cocok dengan kunci laptop ini, tetapi tanda terima ini dicetak "
                "sebelum laptop didaftarkan ke kantor: hanya laptop ini yang dapat memeriksanya. "
                "Cetak ulang (SALINAN) agar tanda terima bisa diperiksa laptop kantor lainnya."
            ),
        )


def _printed_at(session: Session, application_id: str) -> dt.datetime | None:
    """When the receipt was printed: the latest READY -> QUEUED change (an application that
    went back for a fix and became ready again gets a new original), or None."""
    events = [
        e
        for e in repo.status_history(session, application_id)
        if e.from_status is ApplicationStatus.READY and e.to_status is ApplicationStatus.QUEUED
    ]
    return events[-1].at if events else None


def is_reprint(event: StatusEvent) -> bool:
    """True for the history entry of a reprinted receipt (ReceiptService.print_receipt)."""
    return event.from_status is event.to_status and event.reason_text == REPRINT_NOTE

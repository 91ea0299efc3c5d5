"""Use cases of receipts: print (and reprint) a signed tanda terima, verify one offline.

Printing an application's first receipt is what moves it from "ready" to "queued": the
status event READY -> QUEUED written by the state machine is the record that the receipt was
printed, and every later print of the same application is a copy marked SALINAN that carries
the original issue date (so the QR signature is the same bytes: Ed25519 is deterministic).

The laptop's signing key, the office key and the device certificates the server issues at
enrolment live in the settings table until the security issue gives them a proper home.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session, sessionmaker

from fieldkit.domain.policy import DOCUMENT_LABELS
from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.records import Application, Officer, Role
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.status import STATUS_LABELS, ApplicationStatus
from fieldkit.receipts.layouts import (
    Layout,
    ReceiptData,
    format_moment,
    render_receipt,
)
from fieldkit.receipts.payload import (
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
from fieldkit.store import repositories as repo
from fieldkit.store.repositories import ApplicationSummary

STATUS_BASE_URL_KEY = "status_base_url"
COMPLAINT_CONTACT_KEY = "complaint_contact"
DEVICE_KEY_KEY = "receipt_device_key"
TRUST_KEY = "receipt_trust"
PRINT_CHOICE_KEY = "receipt_print_choice"
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

    # --- the device key ------------------------------------------------------------------------

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

    def _device(self, session: Session) -> tuple[str, Ed25519PrivateKey]:
        prefix = repo.device_prefix(session)
        if prefix is None:
            raise ServiceError("Laptop ini belum disiapkan. Jalankan pengaturan awal lagi.")
        key = self._load_device_key(session, prefix)
        if key is None:
            key = new_private_key()
            self._store_device_key(session, prefix, key)
        return prefix, key

    def device_identity(self) -> tuple[str, str]:
        """(tracking prefix, public key as base64url): what enrolment sends to the server."""
        with self._sessions.begin() as session:
            prefix, key = self._device(session)
        return prefix, public_key_to_text(key)

    # --- trust: the office key and device certificates ------------------------------------------

    def install_trust(
        self, office_public_key: str, certificates: Sequence[DeviceCertificate], *, office_id: str
    ) -> int:
        """Store the office key and the certificates it signed for ``office_id`` (from enrolment
        or a pull); returns how many certificates were accepted. Others are ignored."""
        try:
            office_key = public_key_from_text(office_public_key)
        except (KeyFormatError, ValueError) as exc:
            raise ServiceError("Kunci kantor dari server tidak sah. Ulangi pendaftaran.") from exc
        accepted = [
            c
            for c in certificates
            if c.office_id == office_id and verify_certificate(office_key, c)
        ]
        with self._sessions.begin() as session:
            stored = repo.get_setting(session, TRUST_KEY)
            known: dict[str, dict[str, Any]] = {}
            if isinstance(stored, dict) and stored.get("office_public_key") == office_public_key:
                known = {c["device_prefix"]: c for c in stored.get("certificates", [])}
            known.update({c.device_prefix: c.as_dict() for c in accepted})
            repo.put_setting(
                session,
                TRUST_KEY,
                {"office_public_key": office_public_key, "certificates": list(known.values())},
            )
        return len(accepted)

    def _trusted_keys(self, session: Session, office_id: str) -> dict[str, TrustedKey]:
        prefix, key = self._device(session)
        stored = repo.get_setting(session, TRUST_KEY)
        office_key = None
        certificates: list[DeviceCertificate] = []
        if isinstance(stored, dict):
            try:
                office_key = public_key_from_text(str(stored.get("office_public_key", "")))
                certificates = [DeviceCertificate.from_dict(c) for c in stored["certificates"]]
            except (KeyFormatError, ValueError, KeyError, TypeError):
                office_key, certificates = None, []  # unreadable: trust only the local key
        return trusted_keys(
            office_id=office_id,
            office_public_key=office_key,
            certificates=certificates,
            local_prefix=prefix,
            local_key=key.public_key(),
        )

    def is_device_certified(self, office_id: str) -> bool:
        """True once the office has certified this laptop's key (receipts verify as genuine)."""
        with self._sessions.begin() as session:
            prefix, _ = self._device(session)
            return self._trusted_keys(session, office_id)[prefix].is_certified

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
            raise PermissionDeniedError("Hanya supervisor yang boleh mengubah isi tanda terima.")
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
            raise NotFoundError("Permohonan tidak ditemukan.")
        visit = repo.get_visit(session, app.visit_id)
        office = repo.get_office(session, visit.office_id) if visit is not None else None
        if visit is None or office is None:
            raise NotFoundError("Kunjungan atau kantor permohonan ini tidak ditemukan.")
        prefix, key = self._device(session)
        if not app.tracking_code.startswith(prefix):
            raise ServiceError(
                "Tanda terima hanya bisa dicetak di laptop tempat permohonan ini didaftarkan "
                f"(kode {app.tracking_code[:5]}, laptop ini {prefix})."
            )
        now = self._clock.now()
        issued = _printed_at(session, app.id) if copy else None
        issued = issued or now
        settings = self._settings(session)
        base = effective_base_url(settings.status_base_url)
        payload = make_payload(
            tracking_code=app.tracking_code,
            issued_on=issued.astimezone(ZoneInfo(office.timezone)).date(),
            office_id=office.id,
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
    ) -> tuple[ReceiptData, bool, int]:
        """(receipt data, is the first print, revision), or the error that refuses a receipt."""
        if actor.role not in FIELD_ROLES:
            raise PermissionDeniedError("Hanya operator atau supervisor yang boleh mencetak.")
        app = repo.get_application(session, application_id)
        if app is None:
            raise NotFoundError("Permohonan tidak ditemukan.")
        is_first = app.status is ApplicationStatus.READY
        if not is_first and _printed_at(session, app.id) is None:
            raise ServiceError(
                f"Permohonan berstatus '{STATUS_LABELS[app.status]}' belum bisa diberi "
                "tanda terima: lengkapi datanya lalu tandai Siap dulu."
            )
        data = self._receipt_data(session, app.id, officer=actor, copy=not is_first)
        return data, is_first, app.revision

    def preview_receipt(
        self, application_id: str, *, actor: Officer, layout: Layout
    ) -> ReceiptPreview:
        """The PDF that :meth:`print_receipt` would print now, changing nothing.

        For the print dialog's preview: it refuses exactly what printing refuses, and says
        whether the print would be the original or a SALINAN.
        """
        with self._sessions.begin() as session:
            data, is_first, _ = self._printable(session, application_id, actor=actor)
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
            data, is_first, revision = self._printable(session, application_id, actor=actor)
        pdf = render_receipt(data, layout, copy=not is_first)
        if is_first:
            # The status change is the print record; the expected revision refuses the change
            # if someone edited the application since the receipt was drawn.
            self._applications.change_status(
                application_id,
                ApplicationStatus.QUEUED,
                actor=actor,
                expected_revision=revision,
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
            verdict = verify_receipt(
                text[:2000],
                trusted_keys=self._trusted_keys(session, office_id),
                office_id=office_id,
            )
            summary = None
            if verdict.tracking_code is not None:
                found = repo.search_applications(
                    session, verdict.tracking_code, tracking_code=verdict.tracking_code, limit=1
                )
                summary = found[0] if found else None
        return ReceiptCheck(verdict, summary)


def _printed_at(session: Session, application_id: str) -> dt.datetime | None:
    """When the receipt was printed: the latest READY -> QUEUED change (an application that
    went back for a fix and became ready again gets a new original), or None."""
    events = [
        e
        for e in repo.status_history(session, application_id)
        if e.from_status is ApplicationStatus.READY and e.to_status is ApplicationStatus.QUEUED
    ]
    return events[-1].at if events else None

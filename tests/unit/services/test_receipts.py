"""Printing, reprinting and verifying receipts on a real store, read back from the real PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from fieldkit.domain.records import Office, Officer, Role, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.receipts.layouts import Layout
from fieldkit.receipts.payload import PLACEHOLDER_BASE, ReceiptStatus
from fieldkit.receipts.signing import issue_certificate, new_private_key, public_key_to_text
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.errors import PermissionDeniedError, ServiceError
from fieldkit.services.offices import OfficeService
from fieldkit.services.receipts import (
    DEVICE_KEY_KEY,
    REPRINT_NOTE,
    PrintChoice,
    ReceiptService,
    ReceiptSettings,
    is_reprint,
)
from fieldkit.services.sync import SyncService
from fieldkit.store import repositories as repo
from fieldkit.store.local import DATABASE_NAME, LocalStore, open_local_store
from fieldkit.sync import config as sync_config
from tests import samples
from tests.fakes import FakeClock
from tests.unit.receipts.helpers import page_size_mm, pdf_text, rasterise, scan_qr


@pytest.fixture
def receipts(
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    applications: ApplicationService,
) -> ReceiptService:
    return ReceiptService(store.sessions, reference, clock, applications=applications)


def _ready(applications: ApplicationService, visit: Visit, operator: Officer) -> str:
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    applications.mark_ready(app.id, actor=operator)
    return app.id


def test_the_first_print_queues_the_application_and_a_reprint_is_a_salinan(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
    office: Office,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    app_id = _ready(applications, visit, operator)
    assert not receipts.is_printed(app_id)

    first = receipts.print_receipt(app_id, actor=operator, layout=Layout.ROLL_58)

    stored = applications.get(app_id).application
    assert stored.status is ApplicationStatus.QUEUED
    last = applications.history(app_id)[-1]
    assert (last.from_status, last.to_status, last.officer_id) == (
        ApplicationStatus.READY,
        ApplicationStatus.QUEUED,
        operator.id,
    )
    assert receipts.is_printed(app_id)
    text = pdf_text(first)
    assert "SALINAN" not in text
    assert "DPMPTSP Kabupaten Bogor" in text
    assert "Kelurahan Pondok Rajeg, Kecamatan Cibinong, Kabupaten Bogor" in text
    assert "Rabu, 25 November 2026, 09.00 WIB" in text
    assert "Petugas: Budi Santoso" in text
    assert stored.tracking_code in text
    assert "Siti Rahmawati" in text
    assert "NIK: 3201••••••••0003" in text
    assert "KBLI 56102 – Rumah/Warung Makan" in text
    assert "GRATIS" in text
    nik = stored.applicant.nik
    assert nik not in text.replace(" ", "")
    qr = scan_qr(rasterise(first, tmp_path, name="first")).text
    assert nik not in qr
    assert "Siti" not in qr

    clock.advance(days=1)
    events = len(applications.history(app_id))
    again = receipts.print_receipt(app_id, actor=supervisor, layout=Layout.ROLL_58)
    assert applications.get(app_id).application.status is ApplicationStatus.QUEUED
    # The reprint leaves the status alone but is logged in the history: who, when, what.
    history = applications.history(app_id)
    assert len(history) == events + 1
    reprint = history[-1]
    assert (reprint.from_status, reprint.to_status, reprint.officer_id) == (
        ApplicationStatus.QUEUED,
        ApplicationStatus.QUEUED,
        supervisor.id,
    )
    assert reprint.at == clock.now()
    assert is_reprint(reprint)
    assert reprint.reason_text == REPRINT_NOTE
    assert [e for e in history if is_reprint(e)] == [reprint]  # the original is no reprint
    # A preview prints nothing and logs nothing.
    receipts.preview_receipt(app_id, actor=supervisor, layout=Layout.ROLL_80)
    assert len(applications.history(app_id)) == events + 1
    copy_text = pdf_text(again)
    assert "SALINAN" in copy_text
    assert "Dicetak ulang Kamis, 26 November 2026, 09.00 WIB oleh Dewi Lestari" in copy_text
    assert "Rabu, 25 November 2026, 09.00 WIB" in copy_text  # the original's date
    # Same code, date and key: Ed25519 gives the same signature, so the same QR content.
    assert scan_qr(rasterise(again, tmp_path, name="again")).text == qr

    check = receipts.verify(qr, office_id=office.id)
    assert check.verification.status is ReceiptStatus.UNVERIFIED_DEVICE  # not enrolled yet
    assert check.application is not None
    assert check.application.id == app_id
    assert check.application.masked_nik == "3201••••••••0003"


def test_an_application_that_is_not_ready_gets_no_receipt(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    with pytest.raises(ServiceError, match="belum bisa diberi tanda terima") as info:
        receipts.print_receipt(app.id, actor=operator, layout=Layout.ROLL_80)
    assert "tandai Siap" in info.value.message
    assert applications.get(app.id).application.status is ApplicationStatus.DRAFT
    assert not receipts.is_printed(app.id)


def test_only_field_officers_print(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
) -> None:
    app_id = _ready(applications, visit, operator)
    back_office = dataclasses.replace(operator, role=Role.BACK_OFFICE)
    with pytest.raises(PermissionDeniedError):
        receipts.print_receipt(app_id, actor=back_office, layout=Layout.A6)
    assert applications.get(app_id).application.status is ApplicationStatus.READY


def test_enrolment_makes_receipts_genuine_and_tampering_is_caught(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    office: Office,
) -> None:
    app_id = _ready(applications, visit, operator)
    prefix, public = receipts.device_identity()
    assert receipts.device_identity() == (prefix, public)  # created once
    office_key = new_private_key()
    cert = issue_certificate(
        office_key, device_prefix=prefix, device_public_key=public, office_id=office.id
    )
    stranger = issue_certificate(
        new_private_key(), device_prefix="ZZZZZ", device_public_key=public, office_id=office.id
    )
    assert not receipts.is_device_certified(office.id)
    accepted = receipts.install_trust(
        public_key_to_text(office_key), [cert, stranger], office_id=office.id
    )
    assert accepted == 1
    assert receipts.is_device_certified(office.id)

    data = receipts.receipt_for(app_id, officer=operator, copy=False)
    check = receipts.verify(data.qr_payload, office_id=office.id)
    assert check.verification.status is ReceiptStatus.GENUINE
    assert check.application is not None
    assert check.application.id == app_id

    forged = data.qr_payload.replace("?r=1202611", "?r=1202612")
    assert receipts.verify(forged, office_id=office.id).verification.status is (
        ReceiptStatus.FORGED
    )
    typed = receipts.verify(data.tracking_code.lower().replace("-", " "), office_id=office.id)
    assert typed.verification.status is ReceiptStatus.CODE_ONLY
    assert typed.application is not None
    assert typed.application.id == app_id


def test_another_laptop_of_the_office_verifies_offline(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    office: Office,
    migrated_template: Path,
    reference: ReferenceData,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    app_id = _ready(applications, visit, operator)
    text = receipts.receipt_for(app_id, officer=operator, copy=False).qr_payload
    prefix, public = receipts.device_identity()
    office_key = new_private_key()
    cert = issue_certificate(
        office_key, device_prefix=prefix, device_public_key=public, office_id=office.id
    )

    other_dir = tmp_path / "laptop-b"
    other_dir.mkdir()
    shutil.copy(migrated_template, other_dir / DATABASE_NAME)
    laptop_b = open_local_store(other_dir)
    try:
        OfficeService(laptop_b.sessions, clock).ensure_device()
        other_apps = ApplicationService(laptop_b.sessions, laptop_b.documents, reference, clock)
        other = ReceiptService(laptop_b.sessions, reference, clock, applications=other_apps)
        before = other.verify(text, office_id=office.id)
        assert before.verification.status is ReceiptStatus.UNKNOWN_DEVICE
        assert before.application is None  # laptop B does not hold the application
        other.install_trust(public_key_to_text(office_key), [cert], office_id=office.id)
        after = other.verify(text, office_id=office.id)
        assert after.verification.status is ReceiptStatus.GENUINE
        assert other.device_identity()[1] != public  # each laptop has its own key
    finally:
        laptop_b.close()


def test_the_device_key_is_kept_in_one_setting(
    receipts: ReceiptService,
    offices: OfficeService,
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    applications: ApplicationService,
) -> None:
    prefix, public = receipts.device_identity()
    with store.sessions() as session:
        stored = repo.get_setting(session, DEVICE_KEY_KEY)
    assert stored["device_prefix"] == prefix
    assert public not in str(stored)  # the private key only; the public key is derived
    again = ReceiptService(store.sessions, reference, clock, applications=applications)
    assert again.device_identity() == (prefix, public)


def test_the_status_address_comes_from_the_office_settings(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    supervisor: Officer,
) -> None:
    app_id = _ready(applications, visit, operator)
    placeholder = receipts.receipt_for(app_id, officer=operator, copy=False)
    assert placeholder.qr_payload.startswith(f"{PLACEHOLDER_BASE}/s/")
    assert placeholder.status_url == ""
    assert placeholder.complaint_contact == ""  # the office fixture has no phone

    with pytest.raises(PermissionDeniedError):
        receipts.update_settings(ReceiptSettings("https://izin.bogorkab.go.id"), actor=operator)
    with pytest.raises(ServiceError, match="alamat web lengkap"):
        receipts.update_settings(ReceiptSettings("izin.bogorkab.go.id"), actor=supervisor)
    with pytest.raises(ServiceError, match="terlalu panjang"):
        receipts.update_settings(
            ReceiptSettings("https://perizinan-berusaha.dpmptsp.kabupatenbogor.go.id"),
            actor=supervisor,
        )
    saved = receipts.update_settings(
        ReceiptSettings(" https://izin.bogorkab.go.id/ ", "  0812  3456 7890 "), actor=supervisor
    )
    assert saved == ReceiptSettings("https://izin.bogorkab.go.id", "0812 3456 7890")
    assert receipts.settings() == saved

    data = receipts.receipt_for(app_id, officer=operator, copy=False)
    code = data.tracking_code
    assert data.qr_payload.startswith(f"https://izin.bogorkab.go.id/s/{code.replace('-', '')}?r=")
    assert data.status_url == f"https://izin.bogorkab.go.id/s/{code}"
    assert data.complaint_contact == "0812 3456 7890"


def test_the_last_printer_and_layout_are_remembered(receipts: ReceiptService) -> None:
    assert receipts.print_choice() == PrintChoice("", Layout.ROLL_58)
    receipts.remember_print_choice(PrintChoice("EPSON TM-T82", Layout.ROLL_80))
    assert receipts.print_choice() == PrintChoice("EPSON TM-T82", Layout.ROLL_80)


def test_a_preview_changes_nothing_and_says_whether_it_would_be_a_salinan(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    tmp_path: Path,
) -> None:
    draft = applications.register(visit.id, samples.draft(7), actor=operator).application
    with pytest.raises(ServiceError, match="tandai Siap"):
        receipts.preview_receipt(draft.id, actor=operator, layout=Layout.ROLL_58)
    back_office = dataclasses.replace(operator, role=Role.BACK_OFFICE)
    with pytest.raises(PermissionDeniedError):
        receipts.preview_receipt(draft.id, actor=back_office, layout=Layout.ROLL_58)

    app_id = _ready(applications, visit, operator)
    events = len(applications.history(app_id))
    preview = receipts.preview_receipt(app_id, actor=operator, layout=Layout.ROLL_80)
    assert not preview.is_copy
    assert "SALINAN" not in pdf_text(preview.pdf)
    assert page_size_mm(preview.pdf)[0] == pytest.approx(80, abs=0.1)
    assert applications.get(app_id).application.status is ApplicationStatus.READY
    assert len(applications.history(app_id)) == events
    assert not receipts.is_printed(app_id)

    printed = receipts.print_receipt(app_id, actor=operator, layout=Layout.ROLL_80)
    # The preview shows what is printed: the same QR content.
    assert scan_qr(rasterise(preview.pdf, tmp_path, name="preview")).text == (
        scan_qr(rasterise(printed, tmp_path, name="printed")).text
    )
    again = receipts.preview_receipt(app_id, actor=operator, layout=Layout.A6)
    assert again.is_copy
    assert again.tracking_code == applications.get(app_id).application.tracking_code
    assert "SALINAN" in pdf_text(again.pdf)


def _enrolled(store: LocalStore, office_id: str) -> None:
    """What SyncService.enrol stores: the server's office (its id differs from the local one)."""
    with store.sessions.begin() as session:
        sync_config.save_enrolment(
            session,
            server_url="https://izin.bogorkab.go.id",
            device_id="device-1",
            token="fkd_token",
            office={"id": office_id, "name": "DPMPTSP", "timezone": "Asia/Makassar"},
        )


def test_revocations_are_kept_and_shown_in_the_office_zone(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    office: Office,
    store: LocalStore,
) -> None:
    server_office = "server-office-1"
    _enrolled(store, server_office)
    prefix, public = receipts.device_identity()
    office_key = new_private_key()
    office_public = public_key_to_text(office_key)
    cert = issue_certificate(
        office_key, device_prefix=prefix, device_public_key=public, office_id=server_office
    )
    assert receipts.install_trust(office_public, [cert], office_id=server_office) == 1
    app_id = _ready(applications, visit, operator)
    text = receipts.receipt_for(app_id, officer=operator, copy=False).qr_payload
    assert receipts.verify(text, office_id=office.id).verification.is_genuine

    # 16:30 UTC is already the next day in WITA (UTC+8): the office's day is what counts.
    revoked_at = dt.datetime(2026, 11, 26, 16, 30, tzinfo=dt.UTC)
    receipts.install_trust(None, [], office_id=server_office, revoked={prefix: revoked_at})
    # A later pull repeating the office key and the certificate keeps the revocation.
    receipts.install_trust(office_public, [cert], office_id=server_office)
    verdict = receipts.verify(text, office_id=office.id).verification
    assert verdict.status is ReceiptStatus.REVOKED_DEVICE
    assert verdict.revoked_on == dt.date(2026, 11, 27)
    assert "perangkat dicabut sejak 27 November 2026" in verdict.reason
    assert "sebelum pencabutan" in verdict.reason  # printed on 25 November


def test_a_certificate_for_another_office_or_from_another_key_is_ignored(
    receipts: ReceiptService, office: Office, store: LocalStore
) -> None:
    _enrolled(store, "server-office-1")
    prefix, public = receipts.device_identity()
    office_key = new_private_key()
    other_office = issue_certificate(
        office_key, device_prefix=prefix, device_public_key=public, office_id="server-office-2"
    )
    other_key = issue_certificate(
        new_private_key(),
        device_prefix=prefix,
        device_public_key=public,
        office_id="server-office-1",
    )
    accepted = receipts.install_trust(
        public_key_to_text(office_key), [other_office, other_key], office_id="server-office-1"
    )
    assert accepted == 0
    assert not receipts.is_device_certified(office.id)
    with pytest.raises(ServiceError, match="Kunci kantor"):
        receipts.install_trust("bukan-kunci", [], office_id="server-office-1")


def test_a_receipt_printed_before_enrolment_still_checks_out_on_this_laptop(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    office: Office,
    store: LocalStore,
) -> None:
    app_id = _ready(applications, visit, operator)
    before = receipts.print_receipt(app_id, actor=operator, layout=Layout.ROLL_58)
    text = receipts.receipt_for(app_id, officer=operator, copy=True).qr_payload
    _enrolled(store, "server-office-1")
    prefix, public = receipts.device_identity()
    office_key = new_private_key()
    cert = issue_certificate(
        office_key, device_prefix=prefix, device_public_key=public, office_id="server-office-1"
    )
    receipts.install_trust(public_key_to_text(office_key), [cert], office_id="server-office-1")
    old = receipts.verify(text, office_id=office.id).verification
    assert old.status is ReceiptStatus.UNVERIFIED_DEVICE
    assert "sebelum laptop didaftarkan" in old.reason
    # A reprint now is signed for the office's server id: every laptop of the office can check.
    copy = receipts.receipt_for(app_id, officer=operator, copy=True).qr_payload
    assert copy != text
    assert receipts.verify(copy, office_id=office.id).verification.is_genuine
    assert before  # the original was printed


def test_a_reprint_shows_in_the_sync_timeline(
    receipts: ReceiptService,
    applications: ApplicationService,
    visit: Visit,
    operator: Officer,
    store: LocalStore,
    clock: FakeClock,
) -> None:
    app_id = _ready(applications, visit, operator)
    receipts.print_receipt(app_id, actor=operator, layout=Layout.ROLL_58)
    clock.advance(minutes=5)
    receipts.print_receipt(app_id, actor=operator, layout=Layout.ROLL_80)
    timeline = SyncService(store.sessions, store.documents, clock).timeline(app_id)
    assert [(e.at, e.label) for e in timeline][-1] == (clock.now(), REPRINT_NOTE)

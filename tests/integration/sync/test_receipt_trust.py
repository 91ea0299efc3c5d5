"""Receipt trust end to end: real laptops (real stores, real sync engine) against a real
server process. A receipt printed on laptop A is rasterised, its QR code decoded by zxing-cpp,
and laptop B judges it offline after pulling the office's certificates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from fieldkit.domain.dates import format_date
from fieldkit.domain.records import Officer
from fieldkit.receipts.layouts import Layout
from fieldkit.receipts.payload import ReceiptStatus, make_payload
from fieldkit.receipts.signing import new_private_key
from fieldkit.services.clock import SystemClock
from fieldkit.services.receipts import ReceiptService
from fieldkit.store import repositories as repo
from fieldkit.sync import config
from tests import samples
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import never, quiet
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import Laptop, reference
from tests.unit.receipts.helpers import rasterise, scan_qr


def _receipts(laptop: Laptop) -> ReceiptService:
    return ReceiptService(
        laptop.store.sessions, reference(), SystemClock(), applications=laptop.applications
    )


def _local_office(laptop: Laptop) -> str:
    return laptop.visit.office_id


def _device_id(laptop: Laptop) -> str:
    with laptop.store.sessions() as session:
        return config.load_config(session).device_id


def _print(laptop: Laptop, serial: int, folder: Path, officer: Officer | None = None) -> str:
    """Register, mark ready and print one receipt on ``laptop``; the decoded QR content."""
    app = laptop.applications.register(
        laptop.visit.id, samples.draft(serial), actor=laptop.officer
    ).application
    laptop.applications.mark_ready(app.id, actor=laptop.officer)
    pdf = _receipts(laptop).print_receipt(
        app.id, actor=officer or laptop.officer, layout=Layout.ROLL_58
    )
    return scan_qr(rasterise(pdf, folder, name=f"receipt-{serial}")).text


def _sync(laptop: Laptop) -> None:
    report = laptop.sync.run(quiet, never)
    assert report.error == "", report


def test_a_receipt_of_another_office_laptop_verifies_offline_after_a_pull(
    make_laptop: LaptopFactory, server: ServerProcess, tmp_path: Path
) -> None:
    laptop_b = make_laptop("trust-b")
    _sync(laptop_b)  # B knows the office key and its own certificate, nothing of A yet
    laptop_a = make_laptop("trust-a")
    receipts_a, receipts_b = _receipts(laptop_a), _receipts(laptop_b)
    assert receipts_a.is_device_certified(_local_office(laptop_a))  # certified at enrolment

    text = _print(laptop_a, 701, tmp_path)
    assert text.split("/s/")[1].startswith(laptop_a.offices.ensure_device())
    own = receipts_a.verify(text, office_id=_local_office(laptop_a))
    assert own.verification.status is ReceiptStatus.GENUINE

    before = receipts_b.verify(text, office_id=_local_office(laptop_b))
    assert before.verification.status is ReceiptStatus.UNKNOWN_DEVICE

    _sync(laptop_b)  # incremental: A's certificate arrives with B's next pull
    after = receipts_b.verify(text, office_id=_local_office(laptop_b))
    assert after.verification.status is ReceiptStatus.GENUINE, after.verification.reason
    assert "sah" in after.verification.reason
    assert "perangkat kantor" in after.verification.reason
    assert after.application is None  # B does not hold A's application, and needs not

    # The same tracking code and date signed by any other key is a forgery.
    tampered = make_payload(
        tracking_code=after.verification.tracking_code or "",
        issued_on=after.verification.issued_on or dt.date.today(),
        office_id=_device_office(laptop_a),
        base_url=after.verification.base_url or "",
        private_key=new_private_key(),
    )
    forged = receipts_b.verify(tampered.text, office_id=_local_office(laptop_b))
    assert forged.verification.status is ReceiptStatus.FORGED


def _device_office(laptop: Laptop) -> str:
    with laptop.store.sessions() as session:
        office = repo.get_setting(session, config.OFFICE)
    assert isinstance(office, dict)
    return str(office["id"])


def test_a_receipt_from_a_laptop_of_another_office_is_refused(
    make_laptop: LaptopFactory, server: ServerProcess, tmp_path: Path
) -> None:
    laptop_b = make_laptop("office-b")
    other_office = server.create_office("DPMPTSP Kabupaten Sleman")
    stranger = Laptop.open(tmp_path / "stranger")
    try:
        stranger.sync.enrol(server.url, server.enrolment_code(other_office), device_name="stranger")
        _sync(stranger)
        text = _print(stranger, 702, tmp_path)
        assert (
            _receipts(stranger)
            .verify(text, office_id=_local_office(stranger))
            .verification.is_genuine
        )
    finally:
        stranger.close()
    _sync(laptop_b)
    check = _receipts(laptop_b).verify(text, office_id=_local_office(laptop_b))
    assert not check.verification.is_genuine
    assert check.verification.status is ReceiptStatus.UNKNOWN_DEVICE  # never certified here
    with laptop_b.store.sessions() as session:
        trust = repo.get_setting(session, "receipt_trust")
    assert isinstance(trust, dict)
    assert {c["office_id"] for c in trust["certificates"]} == {_device_office(laptop_b)}


def test_a_revoked_laptop_s_receipts_verify_with_the_revocation_date(
    make_laptop: LaptopFactory, server: ServerProcess, tmp_path: Path
) -> None:
    laptop_a = make_laptop("revoked-a")
    laptop_b = make_laptop("revoked-b")
    text = _print(laptop_a, 703, tmp_path)
    _sync(laptop_b)
    receipts_b = _receipts(laptop_b)
    assert receipts_b.verify(text, office_id=_local_office(laptop_b)).verification.is_genuine

    day_before = dt.datetime.now(ZoneInfo("Asia/Jakarta")).date()
    server.admin("revoke-device", _device_id(laptop_a))
    day_after = dt.datetime.now(ZoneInfo("Asia/Jakarta")).date()
    _sync(laptop_b)
    check = receipts_b.verify(text, office_id=_local_office(laptop_b)).verification
    assert check.status is ReceiptStatus.REVOKED_DEVICE
    assert check.is_signature_valid
    assert not check.is_genuine
    assert check.revoked_on in {day_before, day_after}
    assert check.revoked_on is not None
    assert f"perangkat dicabut sejak {format_date(check.revoked_on)}" in check.reason
    # B itself is untouched by A's revocation.
    assert not laptop_b.sync.is_revoked()


def test_a_laptop_enrolled_before_certificates_is_certified_on_its_next_sync(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str, tmp_path: Path
) -> None:
    old = Laptop.open(tmp_path / "old-laptop")
    try:
        # Enrolled the v1 way (no key sent), as a laptop of the previous release was.
        device = server.enrol(office_id, "old-laptop", prefix=old.offices.ensure_device())
        with old.store.sessions.begin() as session:
            config.save_enrolment(
                session,
                server_url=server.url,
                device_id=device.id,
                token=device.token,
                office={"id": office_id, "name": "DPMPTSP", "timezone": "Asia/Jakarta"},
            )
        receipts_old = _receipts(old)
        text = _print(old, 704, tmp_path)
        assert not receipts_old.is_device_certified(_local_office(old))
        _sync(old)
        assert receipts_old.is_device_certified(_local_office(old))
        with old.store.sessions() as session:
            assert repo.get_setting(session, config.RECEIPT_CERTIFIED) is True
        # Its receipts now verify on the other laptops of the office.
        laptop_b = make_laptop("after-old")
        _sync(laptop_b)
        check = _receipts(laptop_b).verify(text, office_id=_local_office(laptop_b))
        assert check.verification.status is ReceiptStatus.GENUINE, check.verification.reason
        # A second laptop with the same device token cannot replace the certified key.
        with old.store.sessions.begin() as session:
            repo.put_setting(session, config.RECEIPT_CERTIFIED, False)
            repo.put_setting(session, "receipt_device_key", None)
        report = old.sync.run(quiet, never)
        assert report.error == ""  # the sync goes on; the refusal is logged
        with old.store.sessions() as session:
            refused = repo.get_setting(session, config.RECEIPT_CERTIFIED)
        assert isinstance(refused, dict)
        assert "kunci" in str(refused["refused"])
        assert "device.key_mismatch" in old.sync.error_log()
    finally:
        old.close()


def test_a_revoked_laptop_that_was_never_certified_still_sends_its_data(
    server: ServerProcess, office_id: str, tmp_path: Path
) -> None:
    old = Laptop.open(tmp_path / "old-revoked")
    try:
        device = server.enrol(office_id, "old-revoked", prefix=old.offices.ensure_device())
        with old.store.sessions.begin() as session:
            config.save_enrolment(
                session,
                server_url=server.url,
                device_id=device.id,
                token=device.token,
                office={"id": office_id, "name": "DPMPTSP", "timezone": "Asia/Jakarta"},
            )
        app = old.applications.register(
            old.visit.id, samples.draft(705), actor=old.officer
        ).application
        server.admin("revoke-device", device.id)
        report = old.sync.run(quiet, never)
        assert report.pushed == 2  # visit and application: certification did not hold them back
        assert "dicabut" in report.error  # and, everything sent, the laptop wiped itself
        assert app.id
    finally:
        old.close()

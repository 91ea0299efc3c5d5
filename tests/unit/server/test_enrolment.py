"""The office certifies each device's receipt key once: issuing, repeating, refusing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldkit.protocol.messages import EnrolRequest
from fieldkit.receipts.signing import (
    DeviceCertificate,
    new_private_key,
    public_key_from_text,
    public_key_to_text,
    verify_certificate,
)
from fieldkit.server.db import Database
from fieldkit.server.enrolment import certify_device, enrol, office_public_key
from fieldkit.server.errors import ApiError
from fieldkit.server.migrate import upgrade
from fieldkit.server.models import DeviceRow, OfficeSigningKeyRow
from fieldkit.server.repositories import devices, feed, offices
from fieldkit.server.security import enrolment_code_hash, new_enrolment_code

NOW = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}", pool_size=2)
    upgrade(database.engine)
    yield database
    database.dispose()


def _office(db: Database, name: str = "DPMPTSP Kabupaten Bogor") -> str:
    with db.write() as session:
        return offices.add_office(session, name, "Asia/Jakarta", NOW).id


def _code(db: Database, office_id: str) -> str:
    code = new_enrolment_code()
    with db.write() as session:
        devices.add_enrolment_code(
            session,
            office_id=office_id,
            code_hash=enrolment_code_hash(code),
            label="",
            now=NOW,
            expires_at=NOW + dt.timedelta(hours=1),
        )
    return code


def _key() -> str:
    return public_key_to_text(new_private_key())


def _certificates_in_feed(db: Database, office_id: str) -> list[dict[str, object]]:
    with db.read() as session:
        rows = feed.since(session, office_id, 0, 100)
    return [r.payload for r in rows if r.kind == "device.certified"]


def test_enrolment_with_a_key_returns_the_office_key_and_a_valid_certificate(db: Database) -> None:
    office_id = _office(db)
    key = _key()
    request = EnrolRequest(
        code=_code(db, office_id), device_name="Laptop A", receipt_public_key=key
    )
    answer = enrol(db, request, NOW)

    assert answer.office_public_key is not None
    assert answer.certificate is not None
    cert = DeviceCertificate.from_dict(answer.certificate.model_dump())
    assert (cert.device_prefix, cert.office_id, cert.public_key) == (
        answer.tracking_prefix,
        office_id,
        key,
    )
    assert verify_certificate(public_key_from_text(answer.office_public_key), cert)
    with db.read() as session:
        row = session.get(DeviceRow, answer.device_id)
        assert row is not None
        assert row.receipt_public_key == key
        assert row.certificate == cert.as_dict()
        assert row.certified_at == NOW
        signing = session.get(OfficeSigningKeyRow, office_id)
        assert signing is not None
        assert signing.public_key == answer.office_public_key
        assert signing.private_key not in answer.model_dump_json()  # never leaves the server
    # Every laptop of the office learns the certificate from the change feed.
    [payload] = _certificates_in_feed(db, office_id)
    assert payload == {
        "device_id": answer.device_id,
        "device_prefix": answer.tracking_prefix,
        "certificate": cert.as_dict(),
    }


def test_enrolment_without_a_key_certifies_nothing(db: Database) -> None:
    office_id = _office(db)
    answer = enrol(db, EnrolRequest(code=_code(db, office_id), device_name="Lama"), NOW)
    assert answer.office_public_key is None
    assert answer.certificate is None
    assert _certificates_in_feed(db, office_id) == []
    with db.read() as session:
        assert office_public_key(session, office_id) is None  # made on first use only


def test_one_office_key_per_office_and_each_office_its_own(db: Database) -> None:
    bogor, sleman = _office(db), _office(db, "DPMPTSP Kabupaten Sleman")
    first = enrol(
        db, EnrolRequest(code=_code(db, bogor), device_name="A", receipt_public_key=_key()), NOW
    )
    second = enrol(
        db, EnrolRequest(code=_code(db, bogor), device_name="B", receipt_public_key=_key()), NOW
    )
    other = enrol(
        db, EnrolRequest(code=_code(db, sleman), device_name="C", receipt_public_key=_key()), NOW
    )
    assert first.office_public_key == second.office_public_key
    assert other.office_public_key != first.office_public_key
    assert first.office_public_key is not None
    assert other.certificate is not None
    # A certificate of another office does not verify under this office's key.
    foreign = DeviceCertificate.from_dict(other.certificate.model_dump())
    assert not verify_certificate(public_key_from_text(first.office_public_key), foreign)
    with db.read() as session:
        assert len(session.scalars(select(OfficeSigningKeyRow)).all()) == 2


def test_a_device_enrolled_without_a_key_is_certified_once_later(db: Database) -> None:
    office_id = _office(db)
    answer = enrol(db, EnrolRequest(code=_code(db, office_id), device_name="Lama"), NOW)
    key = _key()
    with db.write() as session:
        first = certify_device(db, session, answer.device_id, key, NOW)
    later = NOW + dt.timedelta(hours=1)
    with db.write() as session:  # the laptop lost the answer and asks again: same certificate
        again = certify_device(db, session, answer.device_id, key, later)
    assert again == first
    assert first.certificate.device_prefix == answer.tracking_prefix
    assert len(_certificates_in_feed(db, office_id)) == 1
    with db.read() as session:
        row = session.get(DeviceRow, answer.device_id)
        assert row is not None
        assert row.certified_at == NOW


def test_a_different_key_for_a_certified_device_is_refused_and_nothing_changes(
    db: Database,
) -> None:
    office_id = _office(db)
    key = _key()
    answer = enrol(
        db, EnrolRequest(code=_code(db, office_id), device_name="A", receipt_public_key=key), NOW
    )
    with pytest.raises(ApiError) as refused, db.write() as session:
        certify_device(db, session, answer.device_id, _key(), NOW)
    assert refused.value.status_code == 409
    assert refused.value.code == "device.key_mismatch"
    assert "admin server" in refused.value.detail  # says what to do
    with db.read() as session:
        row = session.get(DeviceRow, answer.device_id)
        assert row is not None
        assert row.receipt_public_key == key
    assert len(_certificates_in_feed(db, office_id)) == 1


@pytest.mark.parametrize("bad", ["", "kunci", "A" * 42, "A" * 44, "=" * 43, "é" * 43])
def test_a_malformed_key_is_refused_before_anything_is_stored(db: Database, bad: str) -> None:
    office_id = _office(db)
    answer = enrol(db, EnrolRequest(code=_code(db, office_id), device_name="Lama"), NOW)
    with pytest.raises(ApiError) as refused, db.write() as session:
        certify_device(db, session, answer.device_id, bad, NOW)
    assert (refused.value.status_code, refused.value.code) == (422, "device.key_invalid")
    with db.read() as session:
        row = session.get(DeviceRow, answer.device_id)
        assert row is not None
        assert row.receipt_public_key is None
        assert office_public_key(session, office_id) is None


def test_a_refused_certificate_at_enrolment_leaves_the_code_unused(db: Database) -> None:
    office_id = _office(db)
    code = _code(db, office_id)
    # The wire schema refuses a malformed key; the service refuses one that slips past it.
    request = EnrolRequest.model_construct(
        code=code, device_name="A", tracking_prefix=None, receipt_public_key="A" * 43 + "!"
    )
    with pytest.raises(ApiError):
        enrol(db, request, NOW)
    with db.read() as session:
        assert session.scalars(select(DeviceRow)).all() == []
    # The code was not spent: the laptop enrols with it once its key is right.
    again = enrol(db, EnrolRequest(code=code, device_name="A", receipt_public_key=_key()), NOW)
    assert again.certificate is not None

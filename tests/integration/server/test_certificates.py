"""Device certificates over HTTP against real server processes (SQLite and PostgreSQL):
enrolment certifies, an old laptop is certified once later, pull distributes certificates
and revocations to protocol v2 laptops and leaves them out for v1 laptops."""

from __future__ import annotations

from typing import Any

import requests
from sqlalchemy import select

from fieldkit.receipts.signing import (
    DeviceCertificate,
    new_private_key,
    public_key_from_text,
    public_key_to_text,
    verify_certificate,
)
from fieldkit.server.db import Database
from fieldkit.server.models import OfficeSigningKeyRow
from tests.integration.server.harness import Device, ServerProcess

V1_ENROL_FIELDS = {"device_id", "token", "tracking_prefix", "office", "protocol_version"}


def _key() -> str:
    return public_key_to_text(new_private_key())


def _enrol_v2(server: ServerProcess, office_id: str, key: str) -> dict[str, Any]:
    response = requests.post(
        server.url + "/api/v1/enrol",
        json={
            "code": server.enrolment_code(office_id),
            "device_name": "Laptop",
            "receipt_public_key": key,
        },
        headers={"Fieldkit-Protocol": "2"},
        timeout=10,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _certify(device: Device, key: str) -> requests.Response:
    return device.session.post(
        device.url + "/api/v1/device/certificate",
        json={"receipt_public_key": key},
        headers={**device.headers, "Fieldkit-Protocol": "2"},
        timeout=10,
    )


def _pull(device: Device, version: str, cursor: int = 0) -> dict[str, Any]:
    response = device.session.get(
        device.url + "/api/v1/sync/pull",
        params={"cursor": cursor, "limit": 500},
        headers={**device.headers, "Fieldkit-Protocol": version},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _office_private_key(server: ServerProcess, office_id: str) -> str:
    db = Database(server.database_url, pool_size=1)
    try:
        with db.read() as session:
            row = session.scalars(
                select(OfficeSigningKeyRow).where(OfficeSigningKeyRow.office_id == office_id)
            ).one()
            return row.private_key
    finally:
        db.dispose()


def test_enrolment_certifies_the_key_and_a_v1_laptop_gets_a_v1_answer(
    server: ServerProcess,
) -> None:
    office_id = server.create_office()
    key = _key()
    answer = _enrol_v2(server, office_id, key)
    cert = DeviceCertificate.from_dict(answer["certificate"])
    assert (cert.device_prefix, cert.office_id, cert.public_key) == (
        answer["tracking_prefix"],
        office_id,
        key,
    )
    assert verify_certificate(public_key_from_text(answer["office_public_key"]), cert)

    old = requests.post(
        server.url + "/api/v1/enrol",
        json={"code": server.enrolment_code(office_id), "device_name": "Laptop lama"},
        headers={"Fieldkit-Protocol": "1"},
        timeout=10,
    )
    assert old.status_code == 201, old.text
    assert set(old.json()) == V1_ENROL_FIELDS  # nothing a v1 laptop would refuse


def test_an_old_laptop_is_certified_once_and_cannot_swap_its_key(server: ServerProcess) -> None:
    office_id = server.create_office()
    device = server.enrol(office_id, "Laptop lama")  # enrolled under v1: no key, no certificate
    key = _key()
    first = _certify(device, key)
    assert first.status_code == 200, first.text
    cert = DeviceCertificate.from_dict(first.json()["certificate"])
    assert cert.device_prefix == device.prefix
    assert verify_certificate(public_key_from_text(first.json()["office_public_key"]), cert)
    assert _certify(device, key).json() == first.json()  # asking again is safe

    swapped = _certify(device, _key())
    assert swapped.status_code == 409
    assert swapped.json()["code"] == "device.key_mismatch"
    malformed = _certify(device, "bukan-kunci")
    assert malformed.status_code == 422
    assert _certify(device, key).json() == first.json()  # the first key stays

    server.admin("revoke-device", device.id)
    assert _certify(device, key).status_code == 403  # a revoked laptop gets nothing


def test_pull_carries_certificates_and_revocations_to_v2_laptops_only(
    server: ServerProcess,
) -> None:
    office_id = server.create_office()
    a = _enrol_v2(server, office_id, _key())
    b = _enrol_v2(server, office_id, _key())
    laptop_b = Device(server.url, b["device_id"], b["token"], b["tracking_prefix"], office_id)
    other_office = server.create_office("DPMPTSP Kabupaten Sleman")
    _enrol_v2(server, other_office, _key())

    page = _pull(laptop_b, "2")
    assert page["office_public_key"] == a["office_public_key"]
    certified = [c for c in page["changes"] if c["kind"] == "device.certified"]
    assert [c["certificate"] for c in certified] == [a["certificate"], b["certificate"]]
    assert [c["device_prefix"] for c in certified] == [a["tracking_prefix"], b["tracking_prefix"]]

    server.admin("revoke-device", a["device_id"])
    later = _pull(laptop_b, "2", page["cursor"])
    [revoked] = later["changes"]
    assert revoked["kind"] == "device.revoked"
    assert (revoked["device_id"], revoked["device_prefix"]) == (
        a["device_id"],
        a["tracking_prefix"],
    )

    old = _pull(laptop_b, "1")
    assert "office_public_key" not in old
    assert [c["kind"] for c in old["changes"]] == ["device.revoked"]
    assert all("device_prefix" not in c and "certificate" not in c for c in old["changes"])
    assert old["cursor"] == later["cursor"]  # the v1 laptop moves past what it cannot read

    private = _office_private_key(server, office_id)
    for body in (a, b, page, later, old):
        assert private not in str(body)
    assert private not in server.log()

"""Who may do what: devices only in their own office, revoked devices and strangers refused."""

from __future__ import annotations

import dataclasses
import hashlib

import requests

from fieldkit.domain.status import ApplicationStatus
from tests.factories import make_jpeg
from tests.integration.server.harness import ServerProcess, edited, entry

S = ApplicationStatus


def test_a_device_cannot_read_or_write_another_offices_data(server: ServerProcess) -> None:
    office_a, office_b = server.create_office("Kantor A"), server.create_office("Kantor B")
    device_a, device_b = server.enrol(office_a), server.enrol(office_b)
    token_a = server.sign_in(server.create_user(office_a))
    app_b = device_b.new_application()
    device_b.push([entry("application.create", app_b)])
    # Writing: A cannot update B's application, even with B's tracking prefix removed.
    hijack = dataclasses.replace(
        edited(app_b, status=S.RECEIVED), tracking_code=device_a.new_application().tracking_code
    )
    result = device_a.push([entry("application.update", hijack)]).json()["results"][0]
    assert result["outcome"] == "invalid"
    assert result.get("current") is None  # nothing of office B is revealed
    create_again = device_a.push(
        [
            entry(
                "application.create", dataclasses.replace(app_b, tracking_code=hijack.tracking_code)
            )
        ]
    )
    assert create_again.json()["results"][0]["outcome"] == "invalid"
    # Reading: A's feed holds nothing of B; A's back office cannot see B's application.
    assert all(c.get("application_id") != app_b.id for c in device_a.pull().json()["changes"])
    assert any(c.get("application_id") == app_b.id for c in device_b.pull().json()["changes"])
    response = requests.get(
        f"{server.url}/api/v1/backoffice/applications/{app_b.id}",
        headers={"Authorization": f"Bearer {token_a}"},
        timeout=10,
    )
    assert (response.status_code, response.json()["code"]) == (404, "application.not_found")
    listing = requests.get(
        f"{server.url}/api/v1/backoffice/applications",
        headers={"Authorization": f"Bearer {token_a}"},
        timeout=10,
    ).json()
    assert app_b.id not in {item["id"] for item in listing["items"]}
    # A document only B's application lists is not served to A's back office.
    data = make_jpeg(300, 200, seed=3)
    sha256 = hashlib.sha256(data).hexdigest()
    device_b.session.post(
        server.url + "/api/v1/uploads",
        json={"sha256": sha256, "size": len(data)},
        headers=device_b.headers,
    )
    device_b.session.put(
        f"{server.url}/api/v1/uploads/{sha256}",
        data=data,
        headers={**device_b.headers, "Upload-Offset": "0"},
    )
    denied = requests.get(
        f"{server.url}/api/v1/backoffice/documents/{sha256}",
        headers={"Authorization": f"Bearer {token_a}"},
        timeout=10,
    )
    assert denied.status_code == 404


def test_revoked_device_sends_what_it_has_then_is_refused_with_a_clear_error(
    server: ServerProcess,
) -> None:
    office = server.create_office()
    device, other = server.enrol(office, "Hilang"), server.enrol(office, "Tetap")
    assert device.pull().status_code == 200
    assert "Fieldkit-Device-State" not in device.pull().headers
    server.admin("revoke-device", device.id)
    # Lost laptop: it may still send what it has, and every answer tells it to wipe itself.
    for response in (
        device.pull(),
        device.push([entry("application.create", device.new_application())]),
    ):
        assert response.status_code == 200, response.text
        assert response.headers["Fieldkit-Device-State"] == "wipe"
    assert (
        device.session.post(
            server.url + "/api/v1/sync/wiped", headers=device.headers, timeout=10
        ).status_code
        == 200
    )
    for response in (
        device.pull(),
        device.push([entry("application.create", device.new_application())]),
    ):
        assert response.status_code == 403
        body = response.json()
        assert body["code"] == "device.wiped"
        assert "dicabut" in body["detail"]
    revoked = [c for c in other.pull().json()["changes"] if c["kind"] == "device.revoked"]
    assert [c["device_id"] for c in revoked] == [device.id]
    listing = server.admin("devices", "--office", office)
    assert "DICABUT" in listing
    assert "aktif" in listing


def test_unauthenticated_and_wrong_tokens_are_refused(server: ServerProcess) -> None:
    office = server.create_office()
    device = server.enrol(office)
    session_token = server.sign_in(server.create_user(office))
    calls: list[tuple[str, str, dict[str, list[str]] | None]] = [
        ("GET", "/api/v1/sync/pull", None),
        ("POST", "/api/v1/sync/push", {"entries": []}),
        ("POST", "/api/v1/documents/missing", {"sha256": []}),
        ("GET", "/api/v1/backoffice/applications", None),
    ]
    for method, path, body in calls:
        for headers, status, code in (
            ({}, 401, "auth.missing"),
            ({"Authorization": "Bearer not-a-real-token"}, 401, "auth.invalid"),
            ({"Authorization": "Basic dXNlcjpwYXNz"}, 401, "auth.missing"),
        ):
            response = requests.request(
                method, server.url + path, json=body, headers=headers, timeout=10
            )
            assert (response.status_code, response.json()["code"]) == (status, code), (
                path,
                headers,
            )
    # Back-office endpoints refuse device tokens; sync endpoints refuse session tokens.
    refused = requests.get(
        server.url + "/api/v1/backoffice/applications", headers=device.headers, timeout=10
    )
    assert (refused.status_code, refused.json()["code"]) == (403, "auth.device_token")
    refused = requests.get(
        server.url + "/api/v1/sync/pull",
        headers={"Authorization": f"Bearer {session_token}"},
        timeout=10,
    )
    assert (refused.status_code, refused.json()["code"]) == (403, "auth.wrong_token_kind")
    # A supervisor may look but not decide: the state machine gives status to back office.
    supervisor = server.sign_in(server.create_user(office, role="supervisor"))
    app = device.new_application()
    device.push([entry("application.create", app)])
    response = requests.post(
        f"{server.url}/api/v1/backoffice/applications/{app.id}/status",
        json={"status": "in_process"},
        headers={"Authorization": f"Bearer {supervisor}"},
        timeout=10,
    )
    assert (response.status_code, response.json()["code"]) == (403, "status.role")
    signed_out = requests.delete(
        server.url + "/api/v1/backoffice/session",
        headers={"Authorization": f"Bearer {supervisor}"},
        timeout=10,
    )
    assert signed_out.status_code == 204
    after = requests.get(
        server.url + "/api/v1/backoffice/applications",
        headers={"Authorization": f"Bearer {supervisor}"},
        timeout=10,
    )
    assert after.status_code == 401


def test_enrolment_codes_are_single_use_and_prefixes_unique(server: ServerProcess) -> None:
    office = server.create_office()
    code = server.enrolment_code(office)
    first = requests.post(
        server.url + "/api/v1/enrol",
        json={
            "code": code.lower().replace("-", " "),
            "device_name": "A",
            "tracking_prefix": "ZZZ23",
        },
        timeout=10,
    )
    assert first.status_code == 201, first.text
    assert first.json()["tracking_prefix"] == "ZZZ23"
    again = requests.post(
        server.url + "/api/v1/enrol", json={"code": code, "device_name": "B"}, timeout=10
    )
    assert (again.status_code, again.json()["code"]) == (410, "enrol.code_used")
    taken = requests.post(
        server.url + "/api/v1/enrol",
        json={
            "code": server.enrolment_code(office),
            "device_name": "C",
            "tracking_prefix": "ZZZ23",
        },
        timeout=10,
    )
    assert (taken.status_code, taken.json()["code"]) == (409, "enrol.prefix_taken")
    unknown = requests.post(
        server.url + "/api/v1/enrol",
        json={"code": "AAAA-BBBB-CCCC", "device_name": "D"},
        timeout=10,
    )
    assert (unknown.status_code, unknown.json()["code"]) == (403, "enrol.code_invalid")
    wrong_protocol = requests.post(
        server.url + "/api/v1/enrol",
        json={"code": server.enrolment_code(office), "device_name": "E"},
        headers={"Fieldkit-Protocol": "99"},
        timeout=10,
    )
    assert (wrong_protocol.status_code, wrong_protocol.json()["code"]) == (
        400,
        "protocol.unsupported",
    )

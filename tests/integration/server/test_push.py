"""Push and pull against a real server process, on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
from typing import Any

import requests

from fieldkit.domain.records import Application
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from tests import samples
from tests.integration.server.harness import ServerProcess, edited, entry

S = ApplicationStatus


def _results(response: requests.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def _outcomes(response: requests.Response) -> list[str]:
    return [r["outcome"] for r in _results(response)]


def _to_queued(app: Application) -> tuple[list[dict[str, Any]], Application]:
    """create (draft) → update → ready → queued, as four outbox rows."""
    created = dataclasses.replace(app, status=S.DRAFT)
    updated = edited(created, business=dataclasses.replace(app.business, name="Warung Bu Siti"))
    ready = edited(updated, status=S.READY)
    queued = edited(ready, status=S.QUEUED)
    return [
        entry("application.create", created),
        entry("application.update", updated),
        entry("application.status", ready),
        entry("application.status", queued),
    ], queued


def _change_status(
    server: ServerProcess, token: str, app_id: str, **body: Any
) -> requests.Response:
    return requests.post(
        f"{server.url}/api/v1/backoffice/applications/{app_id}/status",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def test_queued_application_is_received_and_the_change_is_pulled(server: ServerProcess) -> None:
    office = server.create_office()
    device = server.enrol(office)
    entries, queued = _to_queued(device.new_application())
    results = _results(device.push(entries))
    assert [r["outcome"] for r in results] == ["applied"] * 4
    assert [r["revision"] for r in results] == [1, 2, 3, 5]
    assert results[-1]["status"] == "received"  # queued → received by the server at once

    pulled = device.pull().json()
    assert [(c["kind"], c["status"], c["revision"]) for c in pulled["changes"]] == [
        ("application.status", "received", 5)
    ]
    assert pulled["changes"][0]["tracking_code"] == queued.tracking_code
    assert pulled["has_more"] is False
    again = device.pull(cursor=pulled["cursor"]).json()
    assert again["changes"] == []
    assert again["cursor"] == pulled["cursor"]


def test_replayed_batch_changes_nothing_and_answers_duplicate(server: ServerProcess) -> None:
    device = server.enrol(server.create_office())
    entries, _ = _to_queued(device.new_application())
    assert _outcomes(device.push(entries)) == ["applied"] * 4
    cursor = device.pull().json()["cursor"]
    assert _outcomes(device.push(entries)) == ["duplicate"] * 4
    assert device.pull(cursor=cursor).json()["changes"] == []


def test_a_bad_entry_does_not_lose_the_good_ones(server: ServerProcess) -> None:
    device = server.enrol(server.create_office())
    good1 = device.new_application(serial=11)
    bad_nik = device.new_application(serial=12, nik="1234")  # queued: rules must pass
    good2 = device.new_application(serial=13)
    malformed = entry("application.create", device.new_application(serial=14))
    malformed["payload"] = {**malformed["payload"], "revision": "not a number"}
    unknown_kind = {**entry("application.create", device.new_application(serial=15))}
    unknown_kind["kind"] = "application.delete"
    results = _results(
        device.push(
            [
                entry("application.create", good1),
                entry("application.create", bad_nik),
                malformed,
                unknown_kind,
                entry("application.create", good2),
            ]
        )
    )
    assert [r["outcome"] for r in results] == [
        "applied",
        "invalid",
        "invalid",
        "invalid",
        "applied",
    ]
    assert any(r["field"] == "applicant.nik" for r in results[1]["reasons"])
    assert all(r["message"] for r in results[1]["reasons"])
    assert results[2]["reasons"][0]["field"].startswith("payload.revision")
    assert results[3]["reasons"][0]["code"] == "entry.kind"
    # An invalid key is not consumed: once fixed, the same key applies.
    fixed = dataclasses.replace(bad_nik, applicant=samples.applicant(12))
    assert _outcomes(
        device.push(
            [
                {
                    **entry("application.create", fixed),
                    "idempotency_key": results[1]["idempotency_key"],
                }
            ]
        )
    ) == ["applied"]


def test_stale_update_is_a_conflict_with_the_server_version(server: ServerProcess) -> None:
    device = server.enrol(server.create_office())
    app = device.new_application(status=S.DRAFT)
    first = edited(app, business=dataclasses.replace(app.business, name="Toko Satu"))
    assert _outcomes(
        device.push([entry("application.create", app), entry("application.update", first)])
    ) == ["applied", "applied"]
    stale = edited(app, business=dataclasses.replace(app.business, name="Toko Dua"))  # also rev 2
    result = _results(device.push([entry("application.update", stale)]))[0]
    assert result["outcome"] == "conflict"
    assert result["revision"] == 2
    assert result["current"]["business"]["name"] == "Toko Satu"
    assert result["current"]["revision"] == 2


def test_back_office_processing_turns_laptop_edits_into_conflicts(server: ServerProcess) -> None:
    office = server.create_office()
    device = server.enrol(office)
    token = server.sign_in(server.create_user(office))
    entries, queued = _to_queued(device.new_application())
    device.push(entries)
    response = _change_status(server, token, queued.id, status="in_process", expected_revision=5)
    assert response.status_code == 200, response.text
    assert response.json()["summary"]["revision"] == 6
    # Even based on the current revision, a field edit is too late now.
    late = dataclasses.replace(
        queued,
        revision=7,
        status=S.IN_PROCESS,
        business=dataclasses.replace(queued.business, name="X"),
    )
    result = _results(device.push([entry("application.update", late)]))[0]
    assert result["outcome"] == "conflict"
    assert result["status"] == "in_process"

    issued = _change_status(server, token, queued.id, status="nib_issued", nib="1234567890123")
    assert issued.status_code == 200, issued.text
    changes = device.pull().json()["changes"]
    assert [(c["status"], c["nib"]) for c in changes] == [
        ("received", ""),
        ("in_process", ""),
        ("nib_issued", "1234567890123"),
    ]
    bad_nib = _change_status(server, token, queued.id, status="rejected")
    assert bad_nib.status_code == 422  # nib_issued is final


def test_needs_fix_reason_reaches_the_laptop_which_takes_it_back(server: ServerProcess) -> None:
    office = server.create_office()
    device = server.enrol(office)
    token = server.sign_in(server.create_user(office))
    entries, queued = _to_queued(device.new_application())
    device.push(entries)
    missing_reason = _change_status(server, token, queued.id, status="needs_fix")
    assert missing_reason.status_code == 422
    assert missing_reason.json()["code"] == "status.reason_required"
    response = _change_status(
        server,
        token,
        queued.id,
        status="needs_fix",
        reason_code="nik_refused",
        reason_text="NIK tidak terdaftar di Dukcapil",
    )
    assert response.status_code == 200, response.text
    change = device.pull().json()["changes"][-1]
    assert (change["status"], change["reason_code"], change["reason_text"]) == (
        "needs_fix",
        "nik_refused",
        "NIK tidak terdaftar di Dukcapil",
    )
    # The laptop pulled revision 6 and takes the application back to draft.
    back = dataclasses.replace(
        queued, revision=7, status=S.DRAFT, reason_code=ReasonCode.NIK_REFUSED
    )
    result = _results(device.push([entry("application.status", back)]))[0]
    assert result["outcome"] == "applied", result
    assert (result["status"], result["revision"]) == ("draft", 7)


def test_laptop_cannot_make_office_transitions(server: ServerProcess) -> None:
    device = server.enrol(server.create_office())
    draft = device.new_application(status=S.DRAFT)
    device.push([entry("application.create", draft)])
    jump = edited(draft, status=S.IN_PROCESS)
    result = _results(device.push([entry("application.status", jump)]))[0]
    assert result["outcome"] == "invalid"
    assert result["reasons"][0]["code"] == "status.transition"
    issued = device.new_application(status=S.NIB_ISSUED)
    result = _results(device.push([entry("application.create", issued)]))[0]
    assert (result["outcome"], result["reasons"][0]["code"]) == ("invalid", "status.create")
    foreign = device.new_application()
    foreign = dataclasses.replace(foreign, tracking_code="22222-2222" + foreign.tracking_code[-1])
    result = _results(device.push([entry("application.create", foreign)]))[0]
    assert result["outcome"] == "invalid"


def test_same_nik_from_two_laptops_is_flagged_on_both(server: ServerProcess) -> None:
    office = server.create_office()
    first, second = server.enrol(office, "Laptop A"), server.enrol(office, "Laptop B")
    nik = samples.nik_for(77)
    a = first.new_application(serial=77, nik=nik)
    b = second.new_application(serial=77, nik=nik)
    assert _outcomes(first.push([entry("application.create", a)])) == ["applied"]
    assert _outcomes(second.push([entry("application.create", b)])) == ["applied"]
    flags = [
        c for c in first.pull().json()["changes"] if c["kind"] == "application.possible_duplicate"
    ]
    assert {(f["application_id"], f["other_application_id"]) for f in flags} == {
        (a.id, b.id),
        (b.id, a.id),
    }
    # The same laptop registering the NIK twice is its own business, not a cross-laptop flag.
    c = first.new_application(serial=78, nik=samples.nik_for(78))
    d = first.new_application(serial=78, nik=samples.nik_for(78))
    first.push([entry("application.create", c), entry("application.create", d)])
    flags = [
        c for c in first.pull().json()["changes"] if c["kind"] == "application.possible_duplicate"
    ]
    assert len(flags) == 2


def test_visits_are_upserted_by_revision(server: ServerProcess) -> None:
    device = server.enrol(server.create_office())
    key = "01a2f000-0000-7000-8000-000000000001" + device.id[-2:]
    visit: dict[str, Any] = {
        "id": key,
        "office_id": "laptop-local-office",
        "village_code": samples.VILLAGE,
        "date": "2026-11-25",
        "officer_ids": ["o1"],
        "target": 15,
        "state": "open",
    }
    opened = {
        "idempotency_key": key + "a",
        "kind": "visit.upsert",
        "entity_id": key,
        "revision": 1,
        "payload": visit,
    }
    closed = {
        **opened,
        "idempotency_key": key + "b",
        "revision": 2,
        "payload": {**visit, "state": "closed"},
    }
    assert _outcomes(device.push([opened, closed])) == ["applied", "applied"]
    late = {**opened, "idempotency_key": key + "c"}
    result = _results(device.push([late]))[0]
    assert (result["outcome"], result["current"]["state"]) == ("conflict", "closed")
    bad = {
        **opened,
        "idempotency_key": key + "d",
        "payload": {**visit, "village_code": "9999999999"},
    }
    assert _outcomes(device.push([bad])) == ["invalid"]

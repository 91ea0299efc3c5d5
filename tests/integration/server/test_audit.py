"""The server's audit log endpoint on SQLite and PostgreSQL: each batch must continue the chain
the server holds for that device; a retry is harmless, a gap says where to resend from, a broken
or rewritten chain is refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

import requests

from fieldkit.domain.audit import AuditAction, AuditEntry, AuditRecord, next_entry
from tests.integration.server.harness import ServerProcess


def _wire(entry: AuditEntry) -> dict[str, Any]:
    return {
        "sequence": entry.sequence,
        "at": entry.at,
        "device_id": entry.device_id,
        "actor": entry.actor,
        "action": entry.action,
        "target": entry.target,
        "details": dict(entry.details),
        "previous_hash": entry.previous_hash,
        "hash": entry.hash,
    }


def test_the_server_checks_each_batch_continues_the_chain(server: ServerProcess) -> None:
    device = server.enrol(server.create_office(), "Laptop audit")
    t0 = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)
    chain: list[AuditEntry] = []
    for i in range(6):
        record = AuditRecord(AuditAction.SIGN_IN, f"officer-{i}", f"officer-{i}")
        chain.append(
            next_entry(record, previous=chain[-1] if chain else None, device_id="dev", at=t0)
        )

    def send(entries: list[AuditEntry]) -> requests.Response:
        return requests.post(
            f"{server.url}/api/v1/audit",
            json={"entries": [_wire(e) for e in entries]},
            headers=device.headers,
            timeout=30,
        )

    first = send(chain[:3])
    assert first.status_code == 200, first.text
    assert first.json() == {"stored_through": 3, "last_hash": chain[2].hash}
    assert send(chain[:3]).json()["stored_through"] == 3  # a retry changes nothing

    gap = send(chain[4:])
    assert gap.status_code == 409
    assert (gap.json()["code"], gap.json()["offset"]) == ("audit.gap", 3)

    forged = next_entry(
        AuditRecord(AuditAction.SIGN_IN, "intruder", "intruder"),
        previous=chain[1],  # does not continue entry 3
        device_id="dev",
        at=t0,
    )
    broken = send([AuditEntry(**{**_as_dict(forged), "sequence": 4})])
    assert broken.status_code == 409
    body = broken.json()
    assert body["code"] == "audit.broken_chain"
    assert "nomor 4" in body["detail"]

    rewritten = send([AuditEntry(**{**_as_dict(chain[1]), "actor": "someone-else"})])
    assert rewritten.status_code == 409
    assert "nomor 2" in rewritten.json()["detail"]

    rest = send(chain[3:])
    assert rest.status_code == 200, rest.text
    assert rest.json()["stored_through"] == 6


def _as_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "sequence": entry.sequence,
        "at": entry.at,
        "device_id": entry.device_id,
        "actor": entry.actor,
        "action": entry.action,
        "target": entry.target,
        "details": entry.details,
        "previous_hash": entry.previous_hash,
        "hash": entry.hash,
    }

"""A laptop updated from protocol v2 sends its visits again, once, with its officers' names.

Before the update the laptop's visits reached the server without names (v2 payloads), so the
office's reports counted its officers without naming them. The first start after the update
queues every such visit again with the next revision; the server's report then names them, and
closing the day afterwards still reaches the server (its revision follows the re-sent one).
"""

from __future__ import annotations

import random

import requests
from sqlalchemy import update

from fieldkit.domain.snapshot import plain
from fieldkit.services.clock import SystemClock
from fieldkit.services.visits import VisitService, send_officer_names_once
from fieldkit.store.models import OutboxRow
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import sync_to_the_end
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import reference, small_documents

UNNAMED = "1 petugas (nama tidak tercatat di sini)"


def _officers_on_server(server: ServerProcess, cookies: dict[str, str], visit_id: str) -> str:
    page = requests.get(
        f"{server.url}/kantor/laporan/kunjungan/{visit_id}", cookies=cookies, timeout=30
    )
    assert page.status_code == 200, page.text
    text = " ".join(page.text.split())
    start = text.index("<th>Petugas hadir</th><td>") + len("<th>Petugas hadir</th><td>")
    return text[start : text.index("</td>", start)]


def test_visits_synced_before_the_update_are_named_after_it(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("updated")
    # What the laptop wrote before the update: the visit's payload without the v3 keys.
    with laptop.store.sessions.begin() as session:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.kind == "visit.upsert")
            .values(payload=plain(laptop.visit))
        )
    laptop.queue(61, small_documents(random.Random(61)))
    sync_to_the_end(laptop)
    cookies = {"fk_session": server.sign_in(server.create_user(office_id))}
    assert _officers_on_server(server, cookies, laptop.visit.id) == UNNAMED

    clock = SystemClock()
    assert send_officer_names_once(laptop.store.sessions, clock) == 1  # the first start after
    assert send_officer_names_once(laptop.store.sessions, clock) == 0  # and never again
    sync_to_the_end(laptop)
    assert _officers_on_server(server, cookies, laptop.visit.id) == (
        f"{laptop.officer.name} (Operator)"
    )

    # Closing the day later still reaches the server: its revision follows the re-sent one.
    VisitService(laptop.store.sessions, reference(), clock).close_visit(
        laptop.visit.id, actor=laptop.officer
    )
    sync_to_the_end(laptop)
    page = requests.get(
        f"{server.url}/kantor/laporan/kunjungan/{laptop.visit.id}", cookies=cookies, timeout=30
    )
    assert "<th>Status kunjungan</th><td>Ditutup</td>" in " ".join(page.text.split())


def test_sending_a_named_visit_again_is_harmless(make_laptop: LaptopFactory) -> None:
    """A laptop updated before its first sync: its visit already went with the names. The
    step cannot tell, queues it again, and the server takes the newer revision."""
    laptop = make_laptop("named")
    sync_to_the_end(laptop)
    assert send_officer_names_once(laptop.store.sessions, SystemClock()) == 1
    sync_to_the_end(laptop)
    with laptop.store.sessions() as session:
        assert session.query(OutboxRow).count() == 0  # applied, nothing refused

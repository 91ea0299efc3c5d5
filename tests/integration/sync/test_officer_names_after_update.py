"""Visits that went to the server without their officers' names go again, once, with them.

Before protocol v3 a laptop sent its visits without names (and a laptop updated before its
server still does: the v2 server refuses the new keys), so the office's reports counted those
officers without naming them. On the first pass with a v3 server, the laptop queues once more
every visit that went, or waits, without names; the next pass names them on the server. A new
laptop, whose visits carry the names from the start, sends nothing twice.

A restored older backup no longer knows the revisions the server holds: the server answers
"stale", and the laptop sends the visit again after the server's revision.
"""

from __future__ import annotations

import random

import requests
from sqlalchemy import delete, update

from fieldkit.domain.snapshot import plain
from fieldkit.services.clock import SystemClock
from fieldkit.services.visits import VisitService
from fieldkit.store import repositories as repo
from fieldkit.store.models import OutboxRow, SyncHistoryRow
from fieldkit.sync import config
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import sync_to_the_end
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import Laptop, reference, small_documents

UNNAMED = "1 petugas (nama tidak tercatat di sini)"


def _officers_on_server(server: ServerProcess, cookies: dict[str, str], visit_id: str) -> str:
    page = requests.get(
        f"{server.url}/kantor/laporan/kunjungan/{visit_id}", cookies=cookies, timeout=30
    )
    assert page.status_code == 200, page.text
    text = " ".join(page.text.split())
    start = text.index("<th>Petugas hadir</th><td>") + len("<th>Petugas hadir</th><td>")
    return text[start : text.index("</td>", start)]


def _visit_entries(laptop: Laptop) -> list[int]:
    with laptop.store.sessions() as session:
        return [e.revision for e in repo.outbox_entries(session) if e.kind == "visit.upsert"]


def test_visits_sent_without_names_are_named_on_the_first_pass_with_a_v3_server(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("updated")
    # What an older fieldkit wrote: the visit's payload without the v3 keys.
    with laptop.store.sessions.begin() as session:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.kind == "visit.upsert")
            .values(payload=plain(laptop.visit))
        )
    laptop.queue(61, small_documents(random.Random(61)))
    sync_to_the_end(laptop)  # the first pass that meets a v3 server
    cookies = {"fk_session": server.sign_in(server.create_user(office_id))}
    assert _officers_on_server(server, cookies, laptop.visit.id) == UNNAMED
    assert _visit_entries(laptop) == [2]  # queued again, once, after the unnamed one
    sync_to_the_end(laptop)
    assert _officers_on_server(server, cookies, laptop.visit.id) == (
        f"{laptop.officer.name} (Operator)"
    )
    sync_to_the_end(laptop)
    assert _visit_entries(laptop) == []  # never again

    # Closing the day later still reaches the server: its revision follows the re-sent one.
    VisitService(laptop.store.sessions, reference(), SystemClock()).close_visit(
        laptop.visit.id, actor=laptop.officer
    )
    assert _visit_entries(laptop) == [3]
    sync_to_the_end(laptop)
    page = requests.get(
        f"{server.url}/kantor/laporan/kunjungan/{laptop.visit.id}", cookies=cookies, timeout=30
    )
    assert "<th>Status kunjungan</th><td>Ditutup</td>" in " ".join(page.text.split())


def test_a_laptop_updated_before_its_server_names_its_visits_once_the_server_is_updated(
    make_laptop: LaptopFactory,
) -> None:
    laptop = make_laptop("early")
    sync_to_the_end(laptop)
    # As if the server had answered v2 so far: the visit went without names.
    with laptop.store.sessions.begin() as session:
        repo.put_setting(session, config.SERVER_PROTOCOL, 2)
    sync_to_the_end(laptop)  # the server now says v3
    assert _visit_entries(laptop) == [2]


def test_a_new_laptop_sends_its_visits_once(make_laptop: LaptopFactory) -> None:
    laptop = make_laptop("new")
    sync_to_the_end(laptop)  # its visit went with the names already
    assert _visit_entries(laptop) == []


def test_a_restored_laptop_sends_a_visit_again_after_the_servers_revision(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("restored")
    clock = SystemClock()
    visits = VisitService(laptop.store.sessions, reference(), clock)
    sync_to_the_end(laptop)
    # The state of an older backup: the laptop forgot it ever sent the visit (revision 1).
    with laptop.store.sessions.begin() as session:
        session.execute(delete(SyncHistoryRow).where(SyncHistoryRow.entity_id == laptop.visit.id))
    visits.close_visit(laptop.visit.id, actor=laptop.officer)
    assert _visit_entries(laptop) == [1]  # what the laptop believes comes next
    laptop.sync.run(lambda _p: None, lambda: False)  # "stale": sent again as revision 2
    sync_to_the_end(laptop)
    assert _visit_entries(laptop) == []
    cookies = {"fk_session": server.sign_in(server.create_user(office_id))}
    page = requests.get(
        f"{server.url}/kantor/laporan/kunjungan/{laptop.visit.id}", cookies=cookies, timeout=30
    )
    assert "<th>Status kunjungan</th><td>Ditutup</td>" in " ".join(page.text.split())

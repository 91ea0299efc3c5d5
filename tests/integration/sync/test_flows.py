"""Conflicts resolved by a person, possible duplicate NIKs on both laptops, a revoked device,
and the exit codes of headless ``fieldkit sync``."""

from __future__ import annotations

import dataclasses
import io
import random

from fieldkit import sync_cli
from fieldkit.domain.status import ApplicationStatus
from fieldkit.sync import config
from fieldkit.sync.state import Connectivity, ErrorKind
from tests import samples
from tests.integration.server.harness import Device, ServerProcess, edited, entry
from tests.integration.sync.checks import never, quiet
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import Laptop, small_documents


def _other_copy(laptop: Laptop, server: ServerProcess, office_id: str) -> Device:
    """The same device's token used elsewhere (a restored backup): it edits on the server."""
    with laptop.store.sessions() as session:
        cfg = config.load_config(session)
    prefix = laptop.offices.ensure_device()
    return Device(server.url, cfg.device_id, cfg.token, prefix, office_id)


def _make_conflict(laptop: Laptop, server: ServerProcess, office_id: str) -> str:
    app = laptop.applications.register(
        laptop.visit.id, samples.draft(41), actor=laptop.officer
    ).application
    assert laptop.sync.run(quiet, never).is_complete
    elsewhere = edited(app, business=dataclasses.replace(app.business, name="Usaha Versi Server"))
    response = _other_copy(laptop, server, office_id).push([entry("application.update", elsewhere)])
    assert response.json()["results"][0]["outcome"] == "applied"
    draft = samples.draft(41)
    local = dataclasses.replace(
        draft, business=dataclasses.replace(draft.business, name="Usaha Versi Laptop")
    )
    laptop.applications.update(app.id, local, actor=laptop.officer, expected_revision=1)
    report = laptop.sync.run(quiet, never)
    assert report.conflicts == 1
    return app.id


def test_conflict_is_kept_shown_and_resolved_keeping_the_laptop_version(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("conflict-laptop")
    app_id = _make_conflict(laptop, server, office_id)
    [conflict] = laptop.sync.conflicts()
    assert conflict.application_id == app_id
    assert ("Nama usaha", "Usaha Versi Laptop", "Usaha Versi Server") in conflict.differences
    pending = [p for p in laptop.sync.pending() if p.entity_id == app_id]
    assert pending[0].error_kind is ErrorKind.REFUSED
    assert pending[0].last_error
    refused = sync_cli.run_headless(laptop.sync, time_limit=30, out=io.StringIO(), quiet=True)
    assert refused == 4  # everything else sent; a person must decide

    # A later edit of the same application waits behind the conflict; others keep flowing.
    other = laptop.queue(42, small_documents(random.Random(42)))
    report = laptop.sync.run(quiet, never)
    assert report.pushed == 3  # the other application: create, ready, queued
    assert laptop.sync.application(other) is not None
    assert [p.entity_id for p in laptop.sync.pending()] == [app_id]

    laptop.sync.resolve_conflict(app_id, keep="laptop", actor=laptop.officer)
    assert laptop.sync.conflicts() == []
    report = laptop.sync.run(quiet, never)
    assert report.is_complete, report
    assert report.conflicts == 0
    local = laptop.sync.application(app_id)
    assert local is not None
    assert local.business.name == "Usaha Versi Laptop"
    assert local.revision == 3  # based on the server's revision 2
    labels = [e.label for e in laptop.sync.timeline(app_id)]
    assert any(label.startswith("Ditolak server: bentrok") for label in labels)
    assert "Bentrok diselesaikan" in labels


def test_conflict_resolved_keeping_the_server_version(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    laptop = make_laptop("conflict-server")
    app_id = _make_conflict(laptop, server, office_id)
    laptop.sync.resolve_conflict(app_id, keep="server", actor=laptop.officer)
    local = laptop.sync.application(app_id)
    assert local is not None
    assert local.business.name == "Usaha Versi Server"
    assert local.revision == 2
    assert laptop.sync.pending() == []
    assert laptop.sync.run(quiet, never).is_complete


def test_same_nik_on_two_laptops_is_flagged_on_both(make_laptop: LaptopFactory) -> None:
    first, second = make_laptop("dup-a"), make_laptop("dup-b")
    nik = samples.nik_for(4321)
    a = first.queue(4321, small_documents(random.Random(1)), nik=nik)
    b = second.queue(4322, small_documents(random.Random(2)), nik=nik)
    assert first.sync.run(quiet, never).is_complete
    assert second.sync.run(quiet, never).is_complete
    assert first.sync.run(quiet, never).is_complete  # pulls the flag made by b's push
    app_a, app_b = first.sync.application(a), second.sync.application(b)
    assert app_a is not None
    assert app_b is not None
    assert first.sync.duplicate_of(a) == [app_b.tracking_code]
    assert second.sync.duplicate_of(b) == [app_a.tracking_code]


def test_revoked_device_stops_and_says_why(
    make_laptop: LaptopFactory, server: ServerProcess
) -> None:
    laptop = make_laptop("revoked")
    laptop.queue(51, small_documents(random.Random(51)))
    with laptop.store.sessions() as session:
        device_id = config.load_config(session).device_id
    server.admin("revoke-device", device_id)
    report = laptop.sync.run(quiet, never)
    assert report.error_kind is ErrorKind.AUTH
    assert "dicabut" in report.error
    assert report.pushed == 4  # nothing was lost: sent before the wipe (see test_wipe.py)
    status = laptop.sync.status()
    assert status.connectivity is Connectivity.REVOKED
    assert "dicabut" in status.last_error
    out = io.StringIO()
    assert sync_cli.run_headless(laptop.sync, time_limit=5, out=out, quiet=True) == 3


def test_headless_exit_codes(make_laptop: LaptopFactory, tmp_path_factory: object) -> None:
    laptop = make_laptop("headless")
    laptop.queue(61, small_documents(random.Random(61)))
    out = io.StringIO()
    assert sync_cli.run_headless(laptop.sync, time_limit=60, out=out, quiet=False) == 0
    assert "Kode keluar 0" in out.getvalue()
    assert "[push]" in out.getvalue()
    app = laptop.applications.register(
        laptop.visit.id, samples.draft(62), actor=laptop.officer
    ).application
    assert app.status is ApplicationStatus.DRAFT
    # time limit 0: the pass stops at once with work left
    assert sync_cli.run_headless(laptop.sync, time_limit=0, out=io.StringIO(), quiet=True) == 1


def test_not_enrolled_exit_code(tmp_path_factory: object, tmp_path: object) -> None:
    from pathlib import Path  # noqa: PLC0415

    assert isinstance(tmp_path, Path)
    laptop = Laptop.open(tmp_path / "fresh")
    try:
        assert not laptop.sync.is_enrolled()
        assert laptop.sync.status().connectivity is Connectivity.NOT_ENROLLED
        assert sync_cli.run_headless(laptop.sync, time_limit=1, out=io.StringIO(), quiet=True) == 2
    finally:
        laptop.close()

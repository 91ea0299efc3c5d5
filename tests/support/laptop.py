"""A laptop for sync tests and benchmarks: a real local store with an office, an officer, a
visit and queued applications with documents, and the real SyncService on top of it."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from fieldkit.domain.records import DocumentKind, Officer, Role, Visit
from fieldkit.domain.status import ApplicationStatus
from fieldkit.refdata import ReferenceData, load_reference
from fieldkit.services.applications import ApplicationService, NewDocument
from fieldkit.services.clock import Clock, SystemClock
from fieldkit.services.offices import OfficeService
from fieldkit.services.sync import SyncService
from fieldkit.services.visits import VisitService
from fieldkit.store.local import LocalStore, open_local_store
from tests import samples
from tests.factories import make_jpeg

_REFERENCE: list[ReferenceData] = []


def reference() -> ReferenceData:
    if not _REFERENCE:
        _REFERENCE.append(load_reference())
    return _REFERENCE[0]


@dataclass
class Laptop:
    store: LocalStore
    offices: OfficeService
    applications: ApplicationService
    officer: Officer
    visit: Visit
    sync: SyncService

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock | None = None, upload_workers: int = 6) -> Laptop:
        clock = clock or SystemClock()
        store = open_local_store(data_dir)
        offices = OfficeService(store.sessions, clock)
        offices.ensure_device()
        office = next(iter(offices.offices()), None) or offices.create_office("DPMPTSP Uji")
        officer = next(iter(offices.officers(office.id)), None) or offices.add_officer(
            office.id, "Petugas Uji", Role.OPERATOR
        )
        visits = VisitService(store.sessions, reference(), clock)
        visit = next(iter(visits.visits(office.id)), None) or visits.open_visit(
            office_id=office.id,
            village_code=samples.VILLAGE,
            date=dt.date(2026, 11, 25),
            officer_ids=[],
            actor=officer,
        )
        applications = ApplicationService(store.sessions, store.documents, reference(), clock)
        sync = SyncService(
            store.sessions,
            store.documents,
            clock,
            data_dir=store.data_dir,
            upload_workers=upload_workers,
        )
        return cls(store, offices, applications, officer, visit, sync)

    def close(self) -> None:
        self.sync.engine.close()
        self.store.close()

    def queue(self, serial: int, documents: list[NewDocument], *, nik: str | None = None) -> str:
        """Register, mark ready and queue one application; its id."""
        draft = samples.draft(serial) if nik is None else samples.draft(serial, nik=nik)
        app = self.applications.register(
            self.visit.id, draft, actor=self.officer, documents=documents
        ).application
        self.applications.mark_ready(app.id, actor=self.officer)
        self.applications.change_status(app.id, ApplicationStatus.QUEUED, actor=self.officer)
        return app.id


def small_documents(rng: random.Random) -> list[NewDocument]:
    """Three small documents (a few KB each), all different."""
    return [
        NewDocument(DocumentKind.KTP, make_jpeg(96, 64, seed=rng.randrange(1 << 30))),
        NewDocument(DocumentKind.PHOTO, make_jpeg(64, 80, seed=rng.randrange(1 << 30))),
        NewDocument(DocumentKind.OTHER, make_jpeg(80, 60, seed=rng.randrange(1 << 30))),
    ]

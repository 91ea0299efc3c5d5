"""The same visit reported on the laptop and on the server after sync gives the same numbers.

Two real laptops (local stores, the real sync engine) sync to a real server process; the back
office decides some applications; the laptops pull the outcomes. Then each laptop's visit
report PDF and the server's PDF of the same visit are read back with pypdf and compared
section by section, and the server's day report (CSV) must hold exactly the rows of both
laptops. Laptop B registered one application while its clock said 2023 (issue 5): both sides
must flag it and leave its time out.

The header (village, kecamatan, kabupaten, date, officers present by name: each laptop names
them with its visit, protocol v3) and the signature block (the team leader's name) must agree
too. What may differ, and is left out: the office's name and address as each side knows it
(the laptop's from its setup, the server's from its own office record), and the page footer
(office name, time the report was made).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
from typing import Any

import requests
from pypdf import PdfReader

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import DocumentKind, Role
from fieldkit.domain.status import ApplicationStatus
from fieldkit.reports.daily import VisitReportData
from fieldkit.reports.exports import rows_to_csv
from fieldkit.services.clock import SystemClock
from fieldkit.services.reports import ReportFormat, ReportService
from fieldkit.services.visits import VisitService
from tests import samples
from tests.integration.server.harness import ServerProcess
from tests.integration.sync.checks import sync_to_the_end
from tests.integration.sync.conftest import LaptopFactory
from tests.support.laptop import Laptop, reference, small_documents

S = ApplicationStatus
RESET_CLOCK = dt.datetime(2023, 6, 1, 2, tzinfo=dt.UTC)
NIB = "9120301234567"


class SettableClock:
    """The system clock, or a fixed wrong time while ``wrong`` is set (a reset CMOS battery)."""

    def __init__(self) -> None:
        self.wrong: dt.datetime | None = None

    def now(self) -> dt.datetime:
        return self.wrong or dt.datetime.now(dt.UTC)


def _set_status(server: ServerProcess, token: str, app_id: str, **body: Any) -> None:
    response = requests.post(
        f"{server.url}/api/v1/backoffice/applications/{app_id}/status",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text


def _laptop_report(laptop: Laptop) -> VisitReportData:
    supervisor = laptop.offices.add_officer(
        laptop.visit.office_id, f"Supervisor {laptop.officer.id[-4:]}", Role.SUPERVISOR
    )
    service = ReportService(
        laptop.store.sessions,
        reference(),
        SystemClock(),
        policy=laptop.offices.document_policy,
    )
    return service.visit_report(laptop.visit.id, actor=supervisor)


_FOOTER = re.compile(r"^(.* · dibuat \d{1,2} \w+ \d{4} \d\d\.\d\d WI[BT]A?|Halaman \d+ dari \d+)$")
_RUNNING = re.compile(r"^Laporan kunjungan · .+$")


def _lines(pdf: bytes) -> list[str]:
    """Every text line of every page, without the page furniture (footer, running header)."""
    lines: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for raw in page.extract_text().splitlines():
            line = " ".join(raw.split())
            if line and not _FOOTER.match(line) and not _RUNNING.match(line):
                lines.append(line)
    return lines


def _comparable(pdf: bytes) -> dict[str, str]:
    """The report's sections that both sides must show word for word."""
    text = " ".join(_lines(pdf))
    header = text[text.index("Desa/Kelurahan") : text.index("1. Capaian target")]
    body = text[text.index("1. Capaian target") : text.index("8. Pengesahan")]
    signatures = text[text.index("8. Pengesahan") : text.index("Lampiran: Daftar pemohon")]
    listing = text[text.index("Lampiran: Daftar pemohon") :]
    return {"kepala": header, "ringkasan": body, "pengesahan": signatures, "lampiran": listing}


def _csv_rows(raw: bytes) -> list[dict[str, str]]:
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";")
    return [{k: v for k, v in row.items() if k != "No"} for row in rows]


def test_laptop_and_server_reports_agree(
    make_laptop: LaptopFactory, server: ServerProcess, office_id: str
) -> None:
    rng = random.Random(7)
    laptop_a = make_laptop("laptop-a")
    clock_b = SettableClock()
    laptop_b = make_laptop("laptop-b", clock=clock_b)

    # Laptop A's office requires a location photo no application has: both sides must list
    # every one of them as incomplete (the server reads the policy the laptop sent with the
    # visit, on closing the day).
    boss = laptop_a.offices.add_officer(laptop_a.visit.office_id, "Kepala Seksi", Role.SUPERVISOR)
    laptop_a.offices.set_document_policy(
        DocumentPolicy(required=frozenset({DocumentKind.KTP, DocumentKind.LOCATION_PHOTO})),
        actor=boss,
    )
    a_ids = [laptop_a.queue(serial, small_documents(rng)) for serial in range(21, 27)]
    # One left as a draft: drafts sync too and count as served on both sides.
    draft = laptop_a.applications.register(
        laptop_a.visit.id, samples.draft(27), actor=laptop_a.officer, documents=[]
    ).application
    VisitService(laptop_a.store.sessions, reference(), SystemClock()).close_visit(
        laptop_a.visit.id, actor=boss
    )
    b_ids = [laptop_b.queue(serial, small_documents(rng)) for serial in range(31, 33)]
    clock_b.wrong = RESET_CLOCK
    b_ids.append(laptop_b.queue(33, small_documents(rng)))  # stamped 2023: impossible
    clock_b.wrong = None
    b_ids.append(laptop_b.queue(34, small_documents(rng)))
    sync_to_the_end(laptop_a)
    sync_to_the_end(laptop_b)

    token = server.sign_in(server.create_user(office_id))
    for app_id in a_ids[:2]:
        _set_status(server, token, app_id, status="in_process")
        _set_status(server, token, app_id, status="nib_issued", nib=NIB)
    _set_status(
        server,
        token,
        a_ids[2],
        status="needs_fix",
        reason_code="data_correction",
        reason_text="Alamat usaha kurang lengkap",
    )
    _set_status(server, token, a_ids[3], status="rejected", reason_code="has_nib")
    _set_status(server, token, b_ids[0], status="needs_fix", reason_code="nik_refused")
    sync_to_the_end(laptop_a)
    sync_to_the_end(laptop_b)
    local = laptop_a.sync.application(a_ids[0])
    assert local is not None
    assert local.status is S.NIB_ISSUED  # the outcome reached the laptop

    # After the day was closed, the office also requires the NPWP card: the closed day's report
    # (signed on paper) keeps what was required when it was closed, on both sides.
    laptop_a.offices.set_document_policy(
        DocumentPolicy(
            required=frozenset({DocumentKind.KTP, DocumentKind.LOCATION_PHOTO, DocumentKind.NPWP})
        ),
        actor=boss,
    )
    sync_to_the_end(laptop_a)
    cookies = {"fk_session": token}
    laptop_rows: list[dict[str, str]] = []
    for laptop, served, flagged in ((laptop_a, 7, 0), (laptop_b, 4, 1)):
        data = _laptop_report(laptop)
        # Known answers first, so two equally wrong reports cannot agree.
        assert data.served == served
        assert len(data.problems.impossible_times) == flagged
        assert data.problems.sync_pending == ()
        laptop_pdf = ReportService.render(data, ReportFormat.PDF)
        response = requests.get(
            f"{server.url}/kantor/laporan/kunjungan/{laptop.visit.id}",
            params={"unduh": "pdf"},
            cookies=cookies,
            timeout=30,
        )
        assert response.status_code == 200, response.text
        ours, theirs = _comparable(laptop_pdf), _comparable(response.content)
        assert ours == theirs
        assert f"Petugas hadir {laptop.officer.name} (Operator)" in ours["kepala"]
        assert laptop.officer.name in ours["pengesahan"]  # the team leader signs
        page = requests.get(
            f"{server.url}/kantor/laporan/kunjungan/{laptop.visit.id}", cookies=cookies, timeout=30
        )
        assert f"<th>Petugas hadir</th><td>{laptop.officer.name} (Operator)</td>" in page.text
        assert f"Dilayani {served} pemohon dari target > 15" in ours["ringkasan"]
        laptop_rows += _csv_rows(rows_to_csv(data))

    a_text = " ".join(_lines(ReportService.render(_laptop_report(laptop_a), ReportFormat.PDF)))
    assert "NIB terbit 2 28,6%" in a_text
    assert "Perlu perbaikan 1 14,3%" in a_text
    assert "Ditolak 1 14,3%" in a_text
    assert "Draf 1 14,3%" in a_text
    assert draft.tracking_code in a_text
    assert "Status kunjungan Ditutup" in a_text
    assert "Dokumen belum lengkap: 7 pemohon" in a_text
    assert "Draf Foto lokasi usaha, Foto KTP" in a_text  # the draft has no document at all
    b_text = " ".join(_lines(ReportService.render(_laptop_report(laptop_b), ReportFormat.PDF)))
    assert "Jam laptop tidak wajar: 1 pemohon" in b_text
    assert "Tidak dihitung (jam laptop tidak wajar) 1 pemohon" in b_text
    assert "Dirujuk ke Dukcapil (NIK ditolak) 1 25,0%" in b_text

    # The server's day report is both laptops together, row for row.
    day = requests.get(
        f"{server.url}/kantor/laporan/hari",
        params={"tanggal": laptop_a.visit.date.isoformat(), "unduh": "csv"},
        cookies=cookies,
        timeout=30,
    )
    assert day.status_code == 200, day.text
    server_rows = _csv_rows(day.content)
    key = "Kode pelacakan"
    assert sorted(server_rows, key=lambda r: r[key]) == sorted(laptop_rows, key=lambda r: r[key])
    assert len(server_rows) == 11

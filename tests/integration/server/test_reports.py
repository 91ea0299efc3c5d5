"""The office's reports in the back office, over real HTTP, on SQLite and on PostgreSQL.

Seeded through the sync API with answers known by design (office "Kabupaten Bogor"):

========  ==========  ==============  ======  =====================================
visit     date        village         target  applications
========  ==========  ==============  ======  =====================================
big       2026-11-25  Pondok Rajeg    15      16 from laptop A; 2 NIB issued
small     2026-11-25  Wanaherang      15      3 from laptop B; 1 needs fix (NIK refused)
early     2026-11-03  Pondok Rajeg    10      5 from laptop A; 1 made on a clock set to 2023
========  ==========  ==============  ======  =====================================

Laptop A speaks protocol v2: its visits name no officers and carry no document policy.
Laptop B speaks v3: its visit names Dewi Anggraini (operator, the team leader) and Hendra
Wijaya (supervisor, not on the visit), and its office requires a KTP photo, which none of its
three applications has.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from pypdf import PdfReader

from fieldkit.domain.ids import new_id
from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.records import Application, DocumentKind, Officer, Role, Visit, VisitState
from fieldkit.domain.snapshot import plain
from fieldkit.protocol.snapshots import visit_payload
from tests import samples
from tests.integration.server.harness import ROOT, Device, ServerProcess, entry
from tests.integration.server.test_pages import _chromium_args

NOV_25 = dt.date(2026, 11, 25)
NOV_03 = dt.date(2026, 11, 3)
# 09.00 WIB on each visit day; applications 10 minutes apart.
START = {
    NOV_25: dt.datetime(2026, 11, 25, 2, tzinfo=dt.UTC),
    NOV_03: dt.datetime(2026, 11, 3, 2, tzinfo=dt.UTC),
}
RESET_CLOCK = dt.datetime(2023, 6, 1, 2, tzinfo=dt.UTC)


@dataclass
class Seeded:
    office_id: str
    big: Visit
    small: Visit
    early: Visit
    apps: dict[str, list[Application]]
    cookies: dict[str, str]
    flagged_code: str


LAPTOP_B_OFFICERS = (
    Officer("o2", "laptop-office", "Dewi Anggraini", Role.OPERATOR),
    Officer("o9", "laptop-office", "Hendra Wijaya", Role.SUPERVISOR),
)
LAPTOP_B_POLICY = DocumentPolicy(required=frozenset({DocumentKind.KTP}))


def _visit_entry(visit: Visit) -> dict[str, Any]:
    v3 = visit.officer_ids == ("o2",)  # laptop B's visit
    return {
        "idempotency_key": new_id(),
        "kind": "visit.upsert",
        "entity_id": visit.id,
        "revision": 1,
        "payload": visit_payload(visit, LAPTOP_B_OFFICERS, LAPTOP_B_POLICY) if v3 else plain(visit),
    }


def _push_visit(
    device: Device, visit: Visit, count: int, serial: int, *, reset_clock_at: int = -1
) -> list[Application]:
    apps = []
    for i in range(count):
        app = device.new_application(serial=serial + i)
        at = START[visit.date] + dt.timedelta(minutes=10 * i)
        if i == reset_clock_at:
            at = RESET_CLOCK
        apps.append(dataclasses.replace(app, visit_id=visit.id, created_at=at, updated_at=at))
    response = device.push([_visit_entry(visit)] + [entry("application.create", a) for a in apps])
    assert response.status_code == 200, response.text
    assert {r["outcome"] for r in response.json()["results"]} == {"applied"}, response.text
    return apps


def _set_status(server: ServerProcess, token: str, app_id: str, **body: Any) -> None:
    response = requests.post(
        f"{server.url}/api/v1/backoffice/applications/{app_id}/status",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text


@pytest.fixture(scope="module")
def seeded(server: ServerProcess) -> Seeded:
    return _seed(server)


@pytest.fixture(scope="module")
def seeded_sqlite(sqlite_server: ServerProcess) -> Seeded:
    """The same office on the engine-independent server, for the browser test."""
    return _seed(sqlite_server)


def _seed(server: ServerProcess) -> Seeded:
    office_id = server.create_office("DPMPTSP Kabupaten Bogor")
    laptop_a, laptop_b = server.enrol(office_id, "Laptop A"), server.enrol(office_id, "Laptop B")
    big = Visit(new_id(), "laptop-office", samples.VILLAGE, NOV_25, ("o1",), 15, VisitState.OPEN)
    small = Visit(
        new_id(), "laptop-office", samples.OTHER_VILLAGE, NOV_25, ("o2",), 15, VisitState.OPEN
    )
    early = Visit(
        new_id(), "laptop-office", samples.VILLAGE, NOV_03, ("o1",), 10, VisitState.CLOSED
    )
    apps = {
        "big": _push_visit(laptop_a, big, 16, 100),
        "small": _push_visit(laptop_b, small, 3, 200),
        "early": _push_visit(laptop_a, early, 5, 300, reset_clock_at=4),
    }
    token = server.sign_in(server.create_user(office_id))
    for app in apps["big"][:2]:
        _set_status(server, token, app.id, status="in_process")
        _set_status(server, token, app.id, status="nib_issued", nib="9120301234567")
    _set_status(server, token, apps["small"][0].id, status="needs_fix", reason_code="nik_refused")
    return Seeded(
        office_id,
        big,
        small,
        early,
        apps,
        {"fk_session": token},
        apps["early"][4].tracking_code,
    )


def _get(server: ServerProcess, seeded: Seeded, path: str, **params: str) -> requests.Response:
    return requests.get(
        server.url + path, params=params, cookies=seeded.cookies, timeout=30, allow_redirects=False
    )


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_visit_report_page_and_pdf_show_the_visits_numbers(
    server: ServerProcess, seeded: Seeded
) -> None:
    page = _get(server, seeded, f"/kantor/laporan/kunjungan/{seeded.big.id}")
    assert page.status_code == 200, page.text
    html = " ".join(page.text.split())
    assert (
        "Dilayani <strong>16</strong> pemohon dari target <strong>&gt; 15</strong> "
        "(<strong>106,7%</strong>): target tercapai." in html
    )
    assert '<td>NIB terbit</td><td class="n">2</td><td class="n">12,5%</td>' in html
    assert '<td>Diterima kantor</td><td class="n">14</td><td class="n">87,5%</td>' in html
    for app in seeded.apps["big"]:
        assert mask_nik(app.applicant.nik) in html
        assert app.applicant.nik not in html
    assert "Kelurahan Pondok Rajeg" in html
    assert "<th>Pendaftaran pertama</th><td>09.00 WIB</td>" in html
    assert "<th>Pendaftaran terakhir</th><td>11.30 WIB</td>" in html

    pdf = _get(server, seeded, f"/kantor/laporan/kunjungan/{seeded.big.id}", unduh="pdf")
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"].startswith(
        'attachment; filename="laporan-kunjungan-2026-11-25-'
    )
    text = _pdf_text(pdf.content)
    assert text.startswith("LAPORAN HARIAN KUNJUNGAN JEMPUT BOLA")
    assert "Dilayani 16 pemohon dari target > 15 (106,7%): target tercapai." in text
    assert "NIB terbit 2 12,5%" in text
    assert "Rata-rata per pemohon¹ 10,0 menit" in text
    assert "Jam laptop tidak wajar: 0 pemohon" in text
    # A visit from a protocol v2 laptop names no officers: the server counts them.
    assert "Petugas hadir 1 petugas (nama tidak tercatat di sini)" in text
    assert "<th>Petugas hadir</th><td>1 petugas (nama tidak tercatat di sini)</td>" in html
    assert "Dokumen belum lengkap: 0 pemohon" in text  # no policy sent: nothing required


def test_a_v3_visit_names_its_officers_and_applies_its_document_policy(
    server: ServerProcess, seeded: Seeded
) -> None:
    page = _get(server, seeded, f"/kantor/laporan/kunjungan/{seeded.small.id}")
    assert page.status_code == 200, page.text
    assert "<th>Petugas hadir</th><td>Dewi Anggraini (Operator)</td>" in page.text
    pdf = _get(server, seeded, f"/kantor/laporan/kunjungan/{seeded.small.id}", unduh="pdf")
    text = _pdf_text(pdf.content)
    assert "Petugas hadir Dewi Anggraini (Operator) Status kunjungan" in text
    assert "Dewi Anggraini" in text[text.index("8. Pengesahan") :]  # the team leader signs
    assert "Hendra Wijaya" not in text  # named by the laptop, but not on this visit
    assert "Dokumen belum lengkap: 3 pemohon" in text
    codes = ", ".join(a.tracking_code for a in seeded.apps["small"])
    assert f"Foto KTP (3): {codes}" in text
    assert all(app.applicant.nik not in text for app in seeded.apps["big"])


def test_day_report_adds_up_every_laptop_of_the_office(
    server: ServerProcess, seeded: Seeded
) -> None:
    page = _get(server, seeded, "/kantor/laporan/hari", tanggal="2026-11-25")
    assert page.status_code == 200, page.text
    html = " ".join(page.text.split())
    assert (
        "Dilayani <strong>19</strong> pemohon dari target <strong>&gt; 30</strong> "
        "(<strong>63,3%</strong>): target belum tercapai." in html
    )
    assert "2 desa/kelurahan: Kelurahan Pondok Rajeg, Desa Wanaherang" in html

    rows = list(
        csv.DictReader(
            io.StringIO(
                _get(
                    server, seeded, "/kantor/laporan/hari", tanggal="2026-11-25", unduh="csv"
                ).content.decode("utf-8-sig")
            ),
            delimiter=";",
        )
    )
    expected = {a.tracking_code for key in ("big", "small") for a in seeded.apps[key]}
    assert {r["Kode pelacakan"] for r in rows} == expected
    assert [r["Status"] for r in rows].count("NIB terbit") == 2
    assert [r["Alasan"] for r in rows].count("NIK ditolak Dukcapil") == 1

    xlsx = _get(server, seeded, "/kantor/laporan/hari", tanggal="2026-11-25", unduh="xlsx")
    assert xlsx.status_code == 200
    assert xlsx.content[:2] == b"PK"


def test_month_report_flags_the_application_made_on_a_reset_clock(
    server: ServerProcess, seeded: Seeded
) -> None:
    page = _get(server, seeded, "/kantor/laporan/bulan", bulan="2026-11")
    assert page.status_code == 200, page.text
    html = " ".join(page.text.split())
    assert (
        "Dilayani <strong>24</strong> pemohon dari target <strong>&gt; 40</strong> "
        "(<strong>60,0%</strong>)" in html
    )
    assert "<strong>Jam laptop tidak wajar:</strong> 1 pemohon" in html
    assert f"{seeded.flagged_code} · Siti Rahmawati: jam laptop mundur" in html
    assert "Tidak dihitung (jam laptop tidak wajar)</th><td>1 pemohon" in html

    text = _pdf_text(
        _get(server, seeded, "/kantor/laporan/bulan", bulan="2026-11", unduh="pdf").content
    )
    assert text.startswith("LAPORAN KUNJUNGAN JEMPUT BOLA")
    assert "1 November 2026 s.d. 30 November 2026" in text
    assert "Jam laptop tidak wajar: 1 pemohon" in text
    assert "Dilayani 24 pemohon dari target > 40 (60,0%)" in text
    # The 2023 time is not trusted: the first registration is the early visit's 09.00.
    assert "Pendaftaran pertama 3 November 2026, 09.00 WIB" in text
    assert "2023" not in text


def test_monthly_summary_per_village(server: ServerProcess, seeded: Seeded) -> None:
    page = _get(server, seeded, "/kantor/laporan/desa", bulan="2026-11")
    assert page.status_code == 200, page.text
    html = " ".join(page.text.split())
    assert (
        "<strong>3</strong> kunjungan di <strong>2</strong> desa/kelurahan, <strong>24</strong> "
        "pemohon, <strong>2</strong> NIB terbit (8,3%); <strong>1</strong> kunjungan mencapai "
        "target (33,3%)."
    ) in html
    rows = list(
        csv.reader(
            io.StringIO(
                _get(
                    server, seeded, "/kantor/laporan/desa", bulan="2026-11", unduh="csv"
                ).content.decode("utf-8-sig")
            ),
            delimiter=";",
        )
    )
    assert rows[1:] == [
        ["1", "Kelurahan Pondok Rajeg", "Cibinong", "2", "21", "10,5", "2", "9,5%", "1", "50,0%"],
        ["2", "Desa Wanaherang", "Gunungputri", "1", "3", "3,0", "0", "0,0%", "0", "0,0%"],
        ["", "Jumlah (2 desa/kelurahan)", "", "3", "24", "8,0", "2", "8,3%", "1", "33,3%"],
    ]
    text = _pdf_text(
        _get(server, seeded, "/kantor/laporan/desa", bulan="2026-11", unduh="pdf").content
    )
    assert "RINGKASAN BULANAN PER DESA/KELURAHAN" in text
    assert "1 Kelurahan Pondok Rajeg Cibinong 2 21 10,5 2 9,5% 1 50,0%" in text
    assert "Jumlah (2 desa/kelurahan) 3 24 8,0 2 8,3% 1 33,3%" in text
    assert "Jam laptop tidak wajar: 1 pemohon" in text

    empty = _get(server, seeded, "/kantor/laporan/desa", bulan="2026-10")
    assert "<strong>0</strong> kunjungan" in empty.text


def test_index_lists_visits_and_reports_are_office_only(
    server: ServerProcess, seeded: Seeded
) -> None:
    index = _get(server, seeded, "/kantor/laporan")
    assert index.status_code == 200, index.text
    html = " ".join(index.text.split())
    assert "Per kunjungan (3 kunjungan terakhir)" in html
    # Newest first, each with its number of applications and its target.
    order = [html.index(f"/kantor/laporan/kunjungan/{v.id}") for v in (seeded.big, seeded.early)]
    assert order == sorted(order)
    assert (
        "<td>25 November 2026</td><td>Kelurahan Pondok Rajeg</td><td>Cibinong</td> "
        "<td>16</td><td>&gt; 15</td>"
    ) in html
    assert (
        "<td>3 November 2026</td><td>Kelurahan Pondok Rajeg</td><td>Cibinong</td> "
        "<td>5</td><td>&gt; 10</td>" in html
    )
    # Not signed in: to the sign-in page, never a report.
    anonymous = requests.get(
        f"{server.url}/kantor/laporan/kunjungan/{seeded.big.id}?unduh=pdf",
        timeout=10,
        allow_redirects=False,
    )
    assert anonymous.status_code == 303
    assert anonymous.headers["location"] == "/kantor/masuk"
    # Another office's user sees none of this office's visits.
    other = server.create_office("DPMPTSP Kota Bogor")
    other_cookies = {"fk_session": server.sign_in(server.create_user(other))}
    response = requests.get(
        f"{server.url}/kantor/laporan/kunjungan/{seeded.big.id}",
        cookies=other_cookies,
        timeout=10,
    )
    assert response.status_code == 404
    assert "Kunjungan tidak ditemukan di kantor Anda." in response.text
    summary = requests.get(
        f"{server.url}/kantor/laporan/desa?bulan=2026-11", cookies=other_cookies, timeout=10
    )
    assert "<strong>0</strong> kunjungan" in summary.text


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/kantor/laporan/hari", {"tanggal": "25-11-2026"}, "Tulis seperti 2026-11-25"),
        ("/kantor/laporan/bulan", {"bulan": "2026-13"}, "Tulis seperti 2026-11"),
        ("/kantor/laporan/desa", {"bulan": "2026-11", "unduh": "docx"}, "Pilih pdf, csv atau xlsx"),
    ],
)
def test_bad_input_gets_an_indonesian_message(
    server: ServerProcess, seeded: Seeded, path: str, params: dict[str, str], message: str
) -> None:
    response = _get(server, seeded, path, **params)
    assert response.status_code == 422
    assert message in response.text


def test_report_pages_render_in_headless_chromium(
    sqlite_server: ServerProcess, seeded_sqlite: Seeded
) -> None:
    """The pages as a browser draws them (once: the HTML does not depend on the engine).
    Chromium cannot carry the session cookie from the command line, so the page fetched with
    it is saved and opened from a file: it has no outside resources (inline style only), so it
    draws the same."""
    server, seeded = sqlite_server, seeded_sqlite
    pages = {
        "report-office-month.png": ("/kantor/laporan/bulan", {"bulan": "2026-11"}),
        "report-office-villages.png": ("/kantor/laporan/desa", {"bulan": "2026-11"}),
    }
    update = os.environ.get("FIELDKIT_UPDATE_SCREENSHOT") == "1"
    with tempfile.TemporaryDirectory() as work:
        for name, (path, params) in pages.items():
            html = _get(server, seeded, path, **params).text
            assert "<script" not in html
            saved = Path(work) / f"{name}.html"
            saved.write_text(html, encoding="utf-8")
            screenshot = ROOT / "docs" / name if update else Path(work) / name
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run(
                    [
                        *_chromium_args(profile),
                        f"--screenshot={screenshot}",
                        "--window-size=1000,1400",
                        saved.as_uri(),
                    ],
                    capture_output=True,
                    timeout=60,
                    check=True,
                )
            assert screenshot.stat().st_size > 10_000
            assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

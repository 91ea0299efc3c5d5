"""The public status page and the back-office HTML pages, over real HTTP (and in Chromium)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import requests

from fieldkit.domain.privacy import mask_nik
from fieldkit.domain.tracking import make_tracking_code
from tests.integration.server.harness import ROOT, Device, ServerProcess, entry

NIB = "9120301234567"


def _issued(server: ServerProcess) -> tuple[Device, str, str]:
    """An application pushed by a laptop and given a NIB by the back office."""
    office = server.create_office("DPMPTSP Kabupaten Bogor")
    device = server.enrol(office)
    app = device.new_application(serial=5)
    device.push([entry("application.create", app)])
    token = server.sign_in(server.create_user(office))
    for body in ({"status": "in_process"}, {"status": "nib_issued", "nib": NIB}):
        response = requests.post(
            f"{server.url}/api/v1/backoffice/applications/{app.id}/status",
            json=body,
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert response.status_code == 200, response.text
    return device, app.tracking_code, app.applicant.nik


def test_status_page_shows_status_and_nib_with_masked_personal_data(
    sqlite_server: ServerProcess,
) -> None:
    _, code, nik = _issued(sqlite_server)
    response = requests.get(f"{sqlite_server.url}/s/{code.lower()}", timeout=10)
    assert response.status_code == 200
    html = response.text
    assert "NIB terbit" in html
    assert NIB in html
    assert "S*** R********" in html  # Siti Rahmawati
    assert mask_nik(nik) in html
    assert nik not in html
    assert "Rahmawati" not in html
    assert "Warung" not in html  # no business details either
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script" not in html


def test_unknown_and_mistyped_codes_get_a_friendly_page(sqlite_server: ServerProcess) -> None:
    unknown = requests.get(f"{sqlite_server.url}/s/{make_tracking_code('22222', 7)}", timeout=10)
    typo = requests.get(f"{sqlite_server.url}/s/ABCDE-FGHJ0", timeout=10)
    traversal = requests.get(f"{sqlite_server.url}/s/..%2F..%2Fetc%2Fpasswd", timeout=10)
    assert traversal.status_code == 404
    assert "root:" not in traversal.text
    for response in (unknown, typo):
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "Cek status" in response.text
    assert "belum ditemukan" in unknown.text
    assert "tidak valid" in typo.text
    typed = make_tracking_code("22222", 7).lower().replace("-", " ")
    lookup = requests.get(
        f"{sqlite_server.url}/s", params={"kode": typed}, allow_redirects=False, timeout=10
    )
    assert (lookup.status_code, lookup.headers["location"]) == (
        303,
        f"/s/{make_tracking_code('22222', 7)}",
    )


def test_back_office_pages_sign_in_list_and_change_status_with_csrf(
    sqlite_server: ServerProcess,
) -> None:
    server = sqlite_server
    office = server.create_office("DPMPTSP Kota Bogor")
    device = server.enrol(office)
    app = device.new_application(serial=9)
    device.push([entry("application.create", app)])
    username = server.create_user(office)
    browser = requests.Session()
    first = browser.get(f"{server.url}/kantor", allow_redirects=False, timeout=10)
    assert (first.status_code, first.headers["location"]) == (303, "/kantor/masuk")
    wrong = browser.post(
        f"{server.url}/kantor/masuk", data={"username": username, "password": "salah"}, timeout=10
    )
    assert wrong.status_code == 401
    assert "salah" in wrong.text
    signed = browser.post(
        f"{server.url}/kantor/masuk",
        data={"username": username, "password": "kata-sandi-uji-123"},
        allow_redirects=False,
        timeout=10,
    )
    assert signed.status_code == 303
    cookie = signed.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "SameSite=Strict" in cookie
    listing = browser.get(f"{server.url}/kantor", params={"q": "siti"}, timeout=10)
    assert listing.status_code == 200
    assert app.tracking_code in listing.text
    assert mask_nik(app.applicant.nik) in listing.text
    detail = browser.get(f"{server.url}/kantor/permohonan/{app.id}", timeout=10)
    assert app.applicant.nik in detail.text  # the back office enters it into OSS
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', detail.text)
    assert csrf is not None
    form = {
        "status": "in_process",
        "revision": "2",
        "nib": "",
        "reason_code": "",
        "reason_text": "",
    }
    forged = browser.post(
        f"{server.url}/kantor/permohonan/{app.id}/status",
        data={**form, "csrf_token": "forged"},
        timeout=10,
    )
    assert forged.status_code == 403
    done = browser.post(
        f"{server.url}/kantor/permohonan/{app.id}/status",
        data={**form, "csrf_token": csrf.group(1)},
        timeout=10,
    )
    assert done.status_code == 200
    assert "Status tersimpan" in done.text
    assert "Diproses di OSS" in done.text
    refused = browser.post(
        f"{server.url}/kantor/permohonan/{app.id}/status",
        data={
            **form,
            "status": "nib_issued",
            "nib": "123",
            "csrf_token": csrf.group(1),
            "revision": "3",
        },
        timeout=10,
    )
    assert refused.status_code == 422
    assert "NIB harus 13 digit" in refused.text
    assert browser.get(f"{server.url}/kantor/dokumen/{'a' * 64}", timeout=10).status_code == 404


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("Chromium not found: install the Debian package 'chromium' (./test.sh does).")
    return path


def _chromium_args(profile: str) -> list[str]:
    return [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ]


def test_status_page_renders_in_headless_chromium(sqlite_server: ServerProcess) -> None:
    _, code, nik = _issued(sqlite_server)
    url = f"{sqlite_server.url}/s/{code}"
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            [*_chromium_args(profile), "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    text = re.sub(r"<[^>]+>", " ", dom)
    assert "Status Permohonan NIB" in text
    assert "NIB terbit" in text
    assert NIB in text
    assert "S*** R********" in text
    assert mask_nik(nik) in text
    assert nik not in text
    # docs/status-page.png is refreshed on request only, so a test run leaves the tree clean.
    if os.environ.get("FIELDKIT_UPDATE_SCREENSHOT") == "1":
        screenshot = ROOT / "docs" / "status-page.png"
    else:
        screenshot = Path(tempfile.mkdtemp()) / "status-page.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [*_chromium_args(profile), f"--screenshot={screenshot}", "--window-size=412,915", url],
            capture_output=True,
            timeout=60,
            check=True,
        )
    assert screenshot.stat().st_size > 5000
    assert Path(screenshot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

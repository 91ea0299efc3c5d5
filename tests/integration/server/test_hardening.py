"""Server hardening over real HTTP: guessing limits with Retry-After, and security headers."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from fieldkit.server.api.deps import SESSION_COOKIE
from tests.integration.server.harness import PASSWORD, ServerProcess

WINDOW = 4
LIMITS = {
    "FIELDKIT_SERVER_RATE_WINDOW_SECONDS": str(WINDOW),
    "FIELDKIT_SERVER_SIGN_IN_FAILURES_PER_ACCOUNT": "3",
    "FIELDKIT_SERVER_SIGN_IN_FAILURES_PER_ADDRESS": "6",
    "FIELDKIT_SERVER_ENROL_FAILURES_PER_ADDRESS": "3",
    "FIELDKIT_SERVER_DEVICE_AUTH_FAILURES_PER_ADDRESS": "4",
}


@pytest.fixture
def limited(tmp_path: Path) -> Iterator[ServerProcess]:
    """A server of its own per test: the counts live in the server process's memory."""
    server = ServerProcess.start("sqlite", tmp_path / "limited", extra_env=LIMITS)
    try:
        yield server
    finally:
        server.stop()


def _sign_in(server: ServerProcess, username: str, password: str) -> requests.Response:
    return requests.post(
        server.url + "/api/v1/backoffice/session",
        json={"username": username, "password": password},
        timeout=30,
    )


def _assert_limited(response: requests.Response) -> int:
    assert response.status_code == 429, response.text
    return int(response.headers["Retry-After"])


def _retry_after_holds(
    blocked: requests.Response, attempt: Callable[[], requests.Response], allowed: int
) -> None:
    """``blocked``'s Retry-After is the truth (its exact value is tested with a fake clock in
    tests/unit/server/test_ratelimit.py): an attempt 1.5 s before it runs out is still
    refused, and one just after it is let in."""
    received = time.monotonic()
    wait = _assert_limited(blocked)
    time.sleep(max(0.0, received + wait - 1.5 - time.monotonic()))
    assert attempt().status_code == 429
    time.sleep(max(0.0, received + wait + 0.5 - time.monotonic()))
    response = attempt()
    assert response.status_code == allowed, response.text


def test_sign_in_is_limited_per_account_then_allowed_again(limited: ServerProcess) -> None:
    office = limited.create_office()
    kasi, rina = limited.create_user(office), limited.create_user(office)
    for _ in range(3):
        assert _sign_in(limited, kasi, "salah-sekali-123").status_code == 401
    # Even the right password waits now: the guesser cannot tell it was right.
    blocked = _sign_in(limited, kasi, PASSWORD)
    _assert_limited(blocked)
    body = blocked.json()
    assert body["code"] == "rate.limited"
    assert "Terlalu banyak percobaan masuk" in body["detail"]
    assert "Tunggu" in body["detail"]
    # Another account from the same address is not blocked by it.
    assert _sign_in(limited, rina, PASSWORD).status_code == 201
    # The HTML sign-in says the same, in the page, with Retry-After.
    page = requests.post(
        limited.url + "/kantor/masuk",
        data={"username": kasi, "password": PASSWORD},
        allow_redirects=False,
        timeout=30,
    )
    assert "Terlalu banyak percobaan masuk" in page.text
    assert SESSION_COOKIE not in page.cookies
    _retry_after_holds(page, lambda: _sign_in(limited, kasi, PASSWORD), 201)


def test_sign_in_is_limited_per_address_across_accounts(limited: ServerProcess) -> None:
    office = limited.create_office()
    real = limited.create_user(office)
    for i in range(6):  # two guesses each at three names that do not exist
        assert _sign_in(limited, f"tebakan-{i % 3}", "salah-sekali-123").status_code == 401
    _assert_limited(_sign_in(limited, real, PASSWORD))
    _assert_limited(_sign_in(limited, "tebakan-baru", "apa-saja-123"))


def test_enrolment_codes_cannot_be_guessed(limited: ServerProcess) -> None:
    office = limited.create_office()
    for guess in ("AAAA-BBBB-CCCC", "AAAA-BBBB-CCCD", "AAAA-BBBB-CCCE"):
        response = requests.post(
            limited.url + "/api/v1/enrol", json={"code": guess, "device_name": "X"}, timeout=10
        )
        assert (response.status_code, response.json()["code"]) == (403, "enrol.code_invalid")
    real = limited.enrolment_code(office)
    blocked = requests.post(
        limited.url + "/api/v1/enrol", json={"code": real, "device_name": "X"}, timeout=10
    )
    assert "pendaftaran perangkat" in blocked.json()["detail"]
    _retry_after_holds(
        blocked,
        lambda: requests.post(
            limited.url + "/api/v1/enrol", json={"code": real, "device_name": "X"}, timeout=10
        ),
        201,
    )


def test_device_tokens_cannot_be_guessed(limited: ServerProcess) -> None:
    device = limited.enrol(limited.create_office())
    assert device.pull().status_code == 200
    for i in range(4):
        response = requests.get(
            limited.url + "/api/v1/sync/pull",
            headers={"Authorization": f"Bearer fkd_tebakan{i}"},
            timeout=10,
        )
        assert response.status_code == 401
    blocked = requests.get(limited.url + "/api/v1/sync/pull", headers=device.headers, timeout=10)
    _assert_limited(blocked)
    assert blocked.json()["code"] == "rate.limited"


def test_every_html_page_carries_the_security_headers(sqlite_server: ServerProcess) -> None:
    office = sqlite_server.create_office()
    user = sqlite_server.create_user(office)
    browser = requests.Session()
    signed_in = browser.post(
        sqlite_server.url + "/kantor/masuk",
        data={"username": user, "password": PASSWORD},
        allow_redirects=False,
        timeout=30,
    )
    assert signed_in.status_code == 303
    for path in ("/s", "/s/ABCDE-12345", "/kantor/masuk", "/kantor", "/kantor/permohonan/x"):
        response = browser.get(sqlite_server.url + path, timeout=10)
        assert response.headers["Content-Type"].startswith("text/html"), path
        headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert "script-src" not in csp or "'unsafe-inline'" not in csp
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"
        # Personal data may be on any of them: never kept in a cache.
        assert headers["Cache-Control"] == "no-store", path
        # Plain HTTP: no HSTS (browsers ignore it there; see test_tls.py for HTTPS).
        assert "Strict-Transport-Security" not in headers

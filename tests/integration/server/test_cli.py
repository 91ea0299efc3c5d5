"""The admin CLI against a real database file."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from fieldkit.protocol import PROTOCOL_VERSION
from fieldkit.server import cli
from fieldkit.server.migrate import head_revision
from tests.integration.server.harness import ROOT


def _run(tmp_path: Path, *args: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    status = cli.main([*args, "--data-dir", str(tmp_path)], out=out, stdin=io.StringIO(stdin))
    return status, out.getvalue()


def test_admin_commands_set_up_an_office_from_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "init")[0] == 0
    assert (tmp_path / "fieldkit-server.sqlite3").is_file()
    status, office = _run(tmp_path, "create-office", "DPMPTSP Kabupaten Sleman", "--quiet")
    office = office.strip()
    assert status == 0
    assert _run(tmp_path, "create-office", "X", "--timezone", "Mars/Base")[0] == 2
    assert "Zona waktu" in capsys.readouterr().err
    args = ("create-user", "--office", office, "--username", "dewi", "--role", "supervisor")
    assert _run(tmp_path, *args, "--password-stdin", stdin="pendek\n")[0] == 2
    assert "terlalu pendek" in capsys.readouterr().err
    assert _run(tmp_path, *args, "--password-stdin", stdin="cukup-panjang-sekali\n")[0] == 0
    assert _run(tmp_path, *args, "--password-stdin", stdin="cukup-panjang-sekali\n")[0] == 2
    assert "sudah dipakai" in capsys.readouterr().err

    png = tmp_path / "qr" / "enrol.png"
    status, text = _run(
        tmp_path,
        "issue-enrolment",
        "--office",
        office,
        "--png",
        str(png),
        "--server-url",
        "http://10.0.0.5:8000",
    )
    assert status == 0
    code = text.splitlines()[1].strip()
    assert "█" in text  # the terminal QR code
    decoded = zxingcpp.read_barcodes(Image.open(png))
    assert [d.text for d in decoded] == [
        f"fieldkit-enrol:v{PROTOCOL_VERSION}:{code}:http://10.0.0.5:8000"
    ]

    assert _run(tmp_path, "devices")[1].startswith("Belum ada perangkat")
    assert _run(tmp_path, "revoke-device", "nope")[0] == 2
    assert _run(tmp_path, "upgrade")[1].startswith(f"Skema basis data: {head_revision()}")


def test_commands_refuse_a_database_that_is_not_migrated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "create-office", "Kantor")[0] == 2
    assert "fieldkit-server upgrade" in capsys.readouterr().err


def test_bad_configuration_names_the_setting() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fieldkit.server.cli", "devices"],
        env={"FIELDKIT_SERVER_SESSION_HOURS": "lama", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "session_hours" in result.stderr
    assert "FIELDKIT_SERVER_SESSION_HOURS" in result.stderr

"""The frozen desktop build: PyInstaller builds build_installer.spec, the result self-tests.

Slow (75 s to build on an idle 2-core machine, up to 4 minutes under load, 2 s to run): marked
``frozen`` and left out of ``./test.sh`` so the whole suite stays under ten minutes. Run it with
``scripts/frozen_smoke.sh``; its latest result is in the README.
The frozen program runs from a folder outside the checkout with a bare environment, so it
can only use what the build put into it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldkit import __version__

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "build_installer.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(SPEC),
        ],
        check=True,
        cwd=out,
        timeout=900,
    )
    print(f"frozen build took {time.monotonic() - started:.0f} s")
    return out


def bundled_modules(build: Path) -> set[str]:
    """The Python modules PyInstaller packed into the build (from its archive's table)."""
    toc = (build / "build" / "build_installer" / "PYZ-00.toc").read_text()
    return set(re.findall(r"\(\s*'([\w.]+)',", toc))


def bare_env(home: Path) -> dict[str, str]:
    """No virtual environment, no PYTHONPATH, no FIELDKIT_* settings: only the build."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    for name in ("SYSTEMROOT", "TEMP", "TMP", "LANG"):  # Windows needs these to start at all
        if name in os.environ:
            env[name] = os.environ[name]
    return env


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_frozen_app_passes_its_self_test(frozen: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(frozen / "dist" / "fieldkit" / f"fieldkit-cli{EXE_SUFFIX}"), "--self-test"],
        cwd=tmp_path,
        env=bare_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "terpasang (frozen)" in done.stdout
    assert "Semua 6 pemeriksaan lulus." in done.stdout


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_build_holds_the_resources_and_leaves_out_server_and_test_tools(
    frozen: Path,
) -> None:
    app = frozen / "dist" / "fieldkit"
    assert (app / f"fieldkit{EXE_SUFFIX}").is_file()
    resources = app / "_internal" / "resources"
    assert (resources / "fonts" / "LICENSE").is_file()
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "i18n" / "fieldkit_en.qm").is_file()
    assert (resources / "data" / "wilayah_desa_kelurahan.csv").is_file()
    versions = "fieldkit/store/migrations/versions"
    shipped = sorted(p.name for p in (app / "_internal" / versions).glob("*.py"))
    assert shipped == sorted(p.name for p in (ROOT / versions).glob("*.py"))
    modules = bundled_modules(frozen)
    assert {"fieldkit.app", "fieldkit.selftest", "fieldkit.ui.selftest", "sqlcipher3"} <= modules
    top_level = {name.split(".")[0] for name in modules}
    assert not {"zxingcpp", "pytest", "hypothesis", "fastapi", "uvicorn"} & top_level
    assert not any(name.startswith("fieldkit.server") for name in modules)


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_frozen_app_answers_version(frozen: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(frozen / "dist" / "fieldkit" / f"fieldkit-cli{EXE_SUFFIX}"), "--version"],
        cwd=tmp_path,
        env=bare_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == f"fieldkit {__version__}"

"""The server deployment files (packaging/server) and docs/deploy.md, checked for real.

systemd verifies the unit, the CLI parses every command the guide tells an IT person to type,
the settings file loads, and the backup script's backups restore: SQLite always, PostgreSQL
with the real cluster of the server tests.
"""

from __future__ import annotations

import configparser
import io
import re
import shlex
import shutil
import sqlite3
import subprocess
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from fieldkit.server import cli
from fieldkit.server.config import Settings, load_settings
from tests.integration.server.harness import PostgresCluster

ROOT = Path(__file__).resolve().parents[3]
SERVER = ROOT / "packaging" / "server"
GUIDE = ROOT / "docs" / "deploy.md"
BACKUP = SERVER / "fieldkit-backup.sh"


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep systemd's case
    parser.read(SERVER / name)
    return parser


def exec_start() -> list[str]:
    return shlex.split(unit("fieldkit-server.service")["Service"]["ExecStart"])


def run_cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(args), out=out, stdin=io.StringIO("kata-sandi-panjang\n")), out.getvalue()


# --- the unit and the proxy --------------------------------------------------------------------


def test_the_unit_runs_the_installed_console_script_with_options_the_cli_accepts() -> None:
    program, *args = exec_start()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert Path(program).name in scripts
    assert scripts[Path(program).name] == "fieldkit.server.cli:main"
    parsed = cli.build_parser().parse_args(args)
    assert (parsed.command, parsed.host, parsed.proxy_headers) == ("run", "127.0.0.1", True)
    service = unit("fieldkit-server.service")["Service"]
    assert service["Environment"] == "FIELDKIT_SERVER_CONFIG=/etc/fieldkit/server.toml"
    assert service["User"] == "fieldkit"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze missing")
@pytest.mark.parametrize("name", ["fieldkit-server.service", "fieldkit-backup.service"])
def test_systemd_verifies_the_units_with_the_programs_in_place(name: str, tmp_path: Path) -> None:
    # The installed paths, pointed at this checkout's programs; the user at one that exists.
    text = (SERVER / name).read_text()
    text = text.replace("/opt/fieldkit/venv/bin/", f"{ROOT / '.venv' / 'bin'}/")
    text = text.replace("/opt/fieldkit/fieldkit-backup.sh", str(BACKUP))
    text = re.sub(r"^(User|Group)=fieldkit$", r"\1=root", text, flags=re.MULTILINE)
    (tmp_path / name).write_text(text)
    shutil.copy(SERVER / "fieldkit-backup.timer", tmp_path)
    done = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / name)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_both_proxies_reach_the_unit_port_and_allow_the_servers_largest_bodies() -> None:
    port = cli.build_parser().parse_args(exec_start()[1:]).port
    caddy = (SERVER / "Caddyfile").read_text()
    nginx = (SERVER / "nginx.conf").read_text()
    assert f"reverse_proxy 127.0.0.1:{port}" in caddy
    assert f"proxy_pass http://127.0.0.1:{port};" in nginx
    largest = max(Settings().max_chunk_bytes, Settings().max_push_bytes)
    caddy_max = re.search(r"max_size (\d+)MB", caddy)
    nginx_max = re.search(r"client_max_body_size (\d+)m;", nginx)
    assert caddy_max is not None
    assert nginx_max is not None
    assert int(caddy_max.group(1)) * 1000**2 >= largest
    assert int(nginx_max.group(1)) * 1024**2 >= largest
    assert "X-Forwarded-Proto" in nginx


def test_the_settings_file_loads_as_the_server_would() -> None:
    settings = load_settings(config_file=SERVER / "server.toml", env={})
    assert settings.resolved_database_url.startswith("postgresql:///fieldkit")
    assert settings.secure_cookies
    assert settings.resolved_document_dir == Path("/var/lib/fieldkit-server/documents")


# --- the guide ---------------------------------------------------------------------------------


def guide_commands() -> list[list[str]]:
    """Every ``.../bin/fieldkit-server ...`` line in the guide's shell blocks, as arguments."""
    blocks = re.findall(r"```sh\n(.*?)```", GUIDE.read_text(), flags=re.DOTALL)
    found = []
    for line in "\n".join(blocks).splitlines():
        match = re.search(r"/bin/fieldkit-server (.+)$", line.split("  #")[0])
        if match:
            found.append(shlex.split(match.group(1)))
    return found


def test_every_server_command_in_the_guide_exists_with_those_options() -> None:
    commands = guide_commands()
    used = {args[0] for args in commands}
    assert {"init", "create-office", "create-user", "issue-enrolment", "upgrade"} <= used
    parser = cli.build_parser()
    for args in commands:
        parser.parse_args(args)  # argparse exits (SystemExit) on an unknown command or option


def test_the_guide_names_only_files_that_exist() -> None:
    named = set(re.findall(r"packaging/server/([\w.-]+)", GUIDE.read_text()))
    assert named
    assert all((SERVER / name).is_file() for name in named), named


# --- backups -----------------------------------------------------------------------------------


def make_documents(folder: Path, *contents: bytes) -> None:
    for content in contents:
        path = folder / "ab" / f"{len(content):04d}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def backup(url: str, documents: Path, dest: Path) -> None:
    subprocess.run(["sh", str(BACKUP), url, str(documents), str(dest), "14"], check=True)


def test_the_sqlite_backup_restores_the_office_and_links_unchanged_documents(
    tmp_path: Path,
) -> None:
    data = tmp_path / "server"
    assert run_cli("init", "--data-dir", str(data))[0] == 0
    status, office = run_cli("create-office", "DPMPTSP Uji", "--quiet", "--data-dir", str(data))
    assert status == 0
    documents = data / "documents"
    make_documents(documents, b"pertama")
    url = f"sqlite:///{data / 'fieldkit-server.sqlite3'}"
    dest = tmp_path / "backups"
    backup(url, documents, dest)
    make_documents(documents, b"kedua, lebih panjang")
    time.sleep(1.05)  # backups are named by the second
    backup(url, documents, dest)

    dumps = sorted(dest.glob("db-*.sqlite3"))
    first, second = sorted(p for p in dest.glob("documents-*") if p.is_dir())
    assert len(dumps) == 2
    # The unchanged document is the same file in both days' copies (a hard link).
    assert (first / "ab" / "0007").stat().st_ino == (second / "ab" / "0007").stat().st_ino
    assert not (first / "ab" / "0020").exists()
    assert (second / "ab" / "0020").read_bytes() == b"kedua, lebih panjang"
    assert not list(dest.glob("*.partial"))

    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(dumps[-1], restored / "fieldkit-server.sqlite3")
    assert run_cli("upgrade", "--data-dir", str(restored))[0] == 0
    conn = sqlite3.connect(restored / "fieldkit-server.sqlite3")
    try:
        rows = conn.execute("SELECT id, name FROM office").fetchall()
    finally:
        conn.close()
    assert rows == [(office.strip(), "DPMPTSP Uji")]


def test_the_backup_script_refuses_an_unknown_database_url(tmp_path: Path) -> None:
    done = subprocess.run(
        ["sh", str(BACKUP), "mysql://x", str(tmp_path), str(tmp_path / "b")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "postgresql://" in done.stderr
    assert not list((tmp_path / "b").glob("db-*"))


@pytest.fixture(scope="module")
def cluster() -> Iterator[PostgresCluster]:
    started = PostgresCluster.start()
    try:
        yield started
    finally:
        started.stop()


def test_the_postgresql_backup_restores_into_a_new_database(
    cluster: PostgresCluster, tmp_path: Path
) -> None:
    url = cluster.create_database()
    assert run_cli("init", "--database-url", url, "--data-dir", str(tmp_path / "s"))[0] == 0
    status, office = run_cli("create-office", "DPMPTSP Uji PG", "--quiet", "--database-url", url)
    assert status == 0
    dest = tmp_path / "backups"
    backup(url, tmp_path / "s" / "documents", dest)
    (dump,) = dest.glob("db-*.dump")

    target = cluster.create_database()
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", "--dbname", target, str(dump)],
        check=True,
        capture_output=True,
    )
    status, text = run_cli("upgrade", "--database-url", target)
    assert status == 0, text
    with psycopg.connect(target) as conn:
        rows = conn.execute("SELECT id, name FROM office").fetchall()
    assert [(str(i), n) for i, n in rows] == [(office.strip(), "DPMPTSP Uji PG")]

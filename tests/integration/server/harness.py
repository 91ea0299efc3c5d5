"""Real server processes for tests and benchmarks: PostgreSQL clusters, server subprocesses,
enrolled devices, and application snapshots as a laptop's outbox freezes them."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import glob
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from fieldkit.domain.ids import new_id
from fieldkit.domain.records import Application
from fieldkit.domain.snapshot import application_snapshot
from fieldkit.domain.status import ApplicationStatus
from fieldkit.domain.tracking import make_tracking_code
from fieldkit.server import cli
from tests import samples

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "kata-sandi-uji-123"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


# --- PostgreSQL -----------------------------------------------------------------------------


class PostgresMissingError(RuntimeError):
    pass


def postgres_bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise PostgresMissingError(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install the "
            "Debian package 'postgresql' (./test.sh does: apt-get install postgresql)."
        )
    return Path(found[-1]).parent


def _as_postgres(*cmd: str) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return list(cmd)


@dataclass
class PostgresCluster:
    """A throw-away cluster in a temporary folder, listening on 127.0.0.1 only."""

    directory: Path
    port: int
    bin_dir: Path
    created: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, *, durable: bool = False) -> PostgresCluster:
        bin_dir = postgres_bin_dir()
        directory = Path(tempfile.mkdtemp(prefix="fieldkit-pg-"))
        if os.geteuid() == 0:
            shutil.chown(directory, "postgres", "postgres")
        directory.chmod(0o700)
        data = directory / "data"
        subprocess.run(
            _as_postgres(
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
        )
        port = free_port()
        options = f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            _as_postgres(
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(directory / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ),
            check=True,
            capture_output=True,
        )
        return cls(directory, port, bin_dir)

    def create_database(self) -> str:
        import psycopg  # noqa: PLC0415

        name = f"fk_{new_id().replace('-', '')[:20]}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run(
            _as_postgres(
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.directory / "data"),
                "-m",
                "fast",
                "stop",
            ),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


# --- server processes -----------------------------------------------------------------------


@dataclass
class ServerProcess:
    """``fieldkit-server run`` as a subprocess on 127.0.0.1, plus its admin commands."""

    backend: str
    url: str
    data_dir: Path
    database_url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    @classmethod
    def start(
        cls,
        backend: str,
        data_dir: Path,
        database_url: str = "",
        *,
        extra_env: dict[str, str] | None = None,
    ) -> ServerProcess:
        data_dir.mkdir(parents=True, exist_ok=True)
        port = free_port()
        database_url = database_url or f"sqlite:///{data_dir / 'server.sqlite3'}"
        log_path = data_dir / "server.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_SERVER_")}
        env.update(extra_env or {})
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "fieldkit.server.cli",
                    "run",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--data-dir",
                    str(data_dir),
                    "--database-url",
                    database_url,
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        server = cls(backend, f"http://127.0.0.1:{port}", data_dir, database_url, process, log_path)
        server.wait_ready()
        return server

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/api/v1/info", timeout=2).status_code == 200:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"server did not start in {timeout} s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)

    # --- admin through the real CLI, in this process ----------------------------------------

    def admin(self, *args: str, stdin: str = "") -> str:
        out = io.StringIO()
        status = cli.main(
            [*args, "--data-dir", str(self.data_dir), "--database-url", self.database_url],
            out=out,
            stdin=io.StringIO(stdin),
        )
        if status != 0:
            raise RuntimeError(f"fieldkit-server {' '.join(args)} failed with {status}")
        return out.getvalue()

    def create_office(self, name: str = "DPMPTSP Kabupaten Bogor") -> str:
        return self.admin("create-office", name, "--quiet").strip()

    def create_user(self, office_id: str, role: str = "back_office") -> str:
        username = f"{role}-{new_id()[-12:]}"
        self.admin(
            "create-user",
            "--office",
            office_id,
            "--username",
            username,
            "--name",
            "Rina Back Office",
            "--role",
            role,
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )
        return username

    def enrolment_code(self, office_id: str, *, hours: int = 72) -> str:
        text = self.admin(
            "issue-enrolment", "--office", office_id, "--no-qr", "--hours", str(hours)
        )
        return text.splitlines()[1].strip()

    def enrol(self, office_id: str, name: str = "Laptop", prefix: str | None = None) -> Device:
        body: dict[str, Any] = {"code": self.enrolment_code(office_id), "device_name": name}
        if prefix is not None:
            body["tracking_prefix"] = prefix
        response = requests.post(self.url + "/api/v1/enrol", json=body, timeout=10)
        assert response.status_code == 201, response.text
        data = response.json()
        return Device(
            self.url, data["device_id"], data["token"], data["tracking_prefix"], office_id
        )

    def sign_in(self, username: str) -> str:
        response = requests.post(
            self.url + "/api/v1/backoffice/session",
            json={"username": username, "password": PASSWORD},
            timeout=10,
        )
        assert response.status_code == 201, response.text
        token: str = response.json()["token"]
        return token


@dataclass
class Device:
    """An enrolled laptop as the server knows it; builds outbox entries like the laptop's."""

    url: str
    id: str
    token: str
    prefix: str
    office_id: str
    sequence: int = 0
    session: requests.Session = field(default_factory=requests.Session)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Fieldkit-Protocol": "1"}

    def push(self, entries: list[dict[str, Any]], **kwargs: Any) -> requests.Response:
        return self.session.post(
            self.url + "/api/v1/sync/push",
            json={"entries": entries},
            headers=self.headers,
            timeout=kwargs.pop("timeout", 60),
            **kwargs,
        )

    def pull(self, cursor: int = 0, limit: int = 500) -> requests.Response:
        return self.session.get(
            self.url + "/api/v1/sync/pull",
            params={"cursor": cursor, "limit": limit},
            headers=self.headers,
            timeout=30,
        )

    def new_application(
        self,
        *,
        serial: int = 3,
        status: ApplicationStatus = ApplicationStatus.QUEUED,
        nik: str | None = None,
    ) -> Application:
        code = make_tracking_code(self.prefix, self.sequence)
        self.sequence += 1
        draft = samples.draft(serial) if nik is None else samples.draft(serial, nik=nik)
        now = dt.datetime.now(dt.UTC)
        return Application(
            id=new_id(),
            tracking_code=code,
            visit_id=new_id(),
            status=status,
            revision=1,
            applicant=draft.applicant,
            business=draft.business,
            documents=(),
            acknowledgements=(),
            created_by="officer-1",
            created_at=now,
            updated_by="officer-1",
            updated_at=now,
        )


def entry(kind: str, app: Application, *, key: str | None = None) -> dict[str, Any]:
    """One outbox row as the laptop's ApplicationService appends it."""
    return {
        "idempotency_key": key or new_id(),
        "kind": kind,
        "entity_id": app.id,
        "revision": app.revision,
        "payload": application_snapshot(app),
    }


def edited(app: Application, **changes: Any) -> Application:
    """The next revision of ``app`` with ``changes``, as the laptop would save it."""
    return dataclasses.replace(
        app, revision=app.revision + 1, updated_at=dt.datetime.now(dt.UTC), **changes
    )


@contextlib.contextmanager
def running_server(
    backend: str, root: Path, cluster: PostgresCluster | None
) -> Iterator[ServerProcess]:
    database_url = cluster.create_database() if backend == "postgresql" and cluster else ""
    server = ServerProcess.start(backend, root / backend, database_url)
    try:
        yield server
    finally:
        server.stop()

"""TLS on the client against a real HTTPS server process: a CA and a server certificate made
here, certificates always verified, the office's own CA file as a setting."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fieldkit.services.errors import ServiceError
from fieldkit.sync.state import ErrorKind
from tests.integration.server.harness import ROOT, ServerProcess, free_port
from tests.integration.sync.checks import never, quiet
from tests.support.laptop import Laptop, small_documents


@dataclass
class Pki:
    ca: Path
    cert: Path
    key: Path
    other_ca: Path  # a CA that did not sign the server's certificate


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca_key, ca_cert = _ca("CA DPMPTSP Uji")
    _, other_cert = _ca("CA Lain")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(folder / "ca.pem", folder / "server.pem", folder / "server.key", folder / "lain.pem")
    pki.ca.write_bytes(_pem(ca_cert))
    pki.other_ca.write_bytes(_pem(other_cert))
    pki.cert.write_bytes(_pem(cert))
    pki.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return pki


@pytest.fixture(scope="module")
def https_server(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """``fieldkit-server``'s app under uvicorn with TLS, as an office would deploy it."""
    data_dir = tmp_path_factory.mktemp("https-server")
    database_url = f"sqlite:///{data_dir / 'server.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDKIT_SERVER_")}
    env.update(
        {"FIELDKIT_SERVER_DATA_DIR": str(data_dir), "FIELDKIT_SERVER_DATABASE_URL": database_url}
    )
    subprocess.run(
        [sys.executable, "-m", "fieldkit.server.cli", "init"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    log_path = data_dir / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "fieldkit.server.app:create_app_from_env",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--ssl-certfile",
                str(pki.cert),
                "--ssl-keyfile",
                str(pki.key),
                "--no-access-log",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = ServerProcess(
        "sqlite", f"https://127.0.0.1:{port}", data_dir, database_url, process, log_path
    )
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, server.log()
        try:
            if requests.get(server.url + "/api/v1/info", verify=str(pki.ca), timeout=2).ok:
                break
        except requests.RequestException:
            pass
        assert time.monotonic() < deadline, server.log()
        time.sleep(0.1)
    yield server
    server.stop()


UNTRUSTED = "Sertifikat server tidak dapat diverifikasi"


def test_sync_verifies_the_certificate_and_trusts_the_office_ca_when_set(
    https_server: ServerProcess, pki: Pki, tmp_path: Path
) -> None:
    office_id = https_server.create_office()
    laptop = Laptop.open(tmp_path / "laptop")
    try:
        # Verification is on by default: an office CA the system does not know is refused.
        with pytest.raises(ServiceError, match=UNTRUSTED):
            laptop.sync.enrol(
                https_server.url, https_server.enrolment_code(office_id), device_name="TLS"
            )
        assert not laptop.sync.is_enrolled()
        # A file that is missing or is not a CA certificate is refused when it is chosen.
        with pytest.raises(ServiceError, match="tidak ada"):
            laptop.sync.set_ca_bundle(str(tmp_path / "hilang.pem"))
        not_pem = tmp_path / "bukan.pem"
        not_pem.write_text("ini bukan sertifikat\n")
        with pytest.raises(ServiceError, match="bukan sertifikat CA"):
            laptop.sync.set_ca_bundle(str(not_pem))
        assert laptop.sync.ca_bundle() == ""
        # The office's own CA: enrolment and sync work.
        assert laptop.sync.set_ca_bundle(str(pki.ca)) == str(pki.ca.resolve())
        laptop.sync.enrol(
            https_server.url, https_server.enrolment_code(office_id), device_name="TLS"
        )
        laptop.queue(700, small_documents(random.Random(7)))
        report = laptop.sync.run(quiet, never)
        assert report.is_complete, report.error
        assert report.uploaded_documents == 3
        # Another CA (or none): nothing is sent, and the officer is told why.
        laptop.queue(701, small_documents(random.Random(8)))
        for bundle in (str(pki.other_ca), ""):
            laptop.sync.set_ca_bundle(bundle)
            refused = laptop.sync.run(quiet, never)
            assert not refused.is_complete
            assert refused.error_kind is ErrorKind.NETWORK
            assert UNTRUSTED in refused.error
            assert laptop.sync.status().pending_entries > 0
            assert UNTRUSTED in laptop.sync.status().last_error
        # The chosen file disappears later: a clear message, not a crash.
        copy = tmp_path / "ca-salinan.pem"
        copy.write_bytes(pki.ca.read_bytes())
        laptop.sync.set_ca_bundle(str(copy))
        copy.unlink()
        gone = laptop.sync.run(quiet, never)
        assert "Berkas sertifikat CA kantor tidak ada" in gone.error
        laptop.sync.set_ca_bundle(str(pki.ca))
        assert laptop.sync.run(quiet, never).is_complete
    finally:
        laptop.close()


def test_pages_over_https_carry_hsts(https_server: ServerProcess, pki: Pki) -> None:
    response = requests.get(https_server.url + "/kantor/masuk", verify=str(pki.ca), timeout=10)
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"
    assert response.headers["Cache-Control"] == "no-store"

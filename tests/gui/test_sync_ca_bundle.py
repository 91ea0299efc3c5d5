"""The office's own CA certificate in the enrolment dialog: checked when chosen, with help."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldkit.ui.main_window import MainWindow
from tests.fakes import FakeSyncService
from tests.gui.test_sync_enrol import URL, open_enrol


def _ca_file(path: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA DPMPTSP Uji")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_a_bad_ca_file_is_refused_under_its_field_and_a_good_one_is_used(
    qtbot: QtBot, signed_in: MainWindow, fake_sync: FakeSyncService, tmp_path: Path
) -> None:
    dialog = open_enrol(qtbot, signed_in)
    help_label = dialog.findChild(QLabel, "ca_bundle_help")
    assert help_label is not None
    assert help_label.text().startswith("Opsional. Isi hanya bila admin kantor")
    assert dialog.ca_bundle.text() == ""
    QTest.keyClicks(dialog.server_url, URL)
    QTest.keyClicks(dialog.code, "K7Q2-9XJ4")
    QTest.keyClicks(dialog.ca_bundle, str(tmp_path / "tidak-ada.pem"))
    with qtbot.wait_signal(dialog.enrolment_did_fail):
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.ca_bundle_message.isVisible()
    assert "tidak ada" in dialog.ca_bundle_message.text()
    assert dialog.ca_bundle.hasFocus()
    assert fake_sync.calls == []  # nothing sent to a server the laptop cannot check
    assert help_label.isVisible()  # the help stays while the error is shown

    good = _ca_file(tmp_path / "ca-kantor.pem")
    dialog.ca_bundle.setText(str(good))
    with qtbot.wait_signal(dialog.enrolment_did_succeed):
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert fake_sync.calls[0] == ("set_ca_bundle", str(good.resolve()))
    assert fake_sync.calls[1][:3] == ("enrol", URL, "K7Q2-9XJ4")
    assert fake_sync.ca_bundle() == str(good.resolve())

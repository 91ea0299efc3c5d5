"""Verifying a receipt offline: typed or scanned content, the verdict, the application."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from fieldkit.domain.records import Office, Officer, Visit
from fieldkit.domain.tracking import make_tracking_code
from fieldkit.receipts.payload import ReceiptStatus
from fieldkit.receipts.signing import issue_certificate, new_private_key, public_key_to_text
from fieldkit.refdata import ReferenceData
from fieldkit.services.applications import ApplicationService
from fieldkit.services.receipts import ReceiptCheck, ReceiptService
from fieldkit.store.local import LocalStore
from fieldkit.ui.dialogs.verify_receipt import VerifyReceiptDialog
from fieldkit.ui.main_window import DETAIL, MainWindow
from tests import samples
from tests.fakes import FakeClock

W = TypeVar("W", bound=QObject)


def child(parent: QObject, kind: type[W], name: str) -> W:
    """The named child widget (failing the test when it is missing)."""
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


@pytest.fixture
def receipts(
    store: LocalStore,
    reference: ReferenceData,
    clock: FakeClock,
    applications: ApplicationService,
    office: Office,
) -> ReceiptService:
    service = ReceiptService(store.sessions, reference, clock, applications=applications)
    # The laptop is enrolled: the office certified its key, so its receipts can be genuine.
    prefix, public = service.device_identity()
    office_key = new_private_key()
    certificate = issue_certificate(
        office_key, device_prefix=prefix, device_public_key=public, office_id=office.id
    )
    assert service.install_trust(public_key_to_text(office_key), [certificate], office_id=office.id)
    return service


@pytest.fixture
def ready_id(applications: ApplicationService, visit: Visit, operator: Officer) -> str:
    app = applications.register(visit.id, samples.draft(), actor=operator).application
    applications.mark_ready(app.id, actor=operator)
    return app.id


@pytest.fixture
def dialog(qtbot: QtBot, signed_in: MainWindow, receipts: ReceiptService) -> VerifyReceiptDialog:
    shown = VerifyReceiptDialog(signed_in.context, receipts, signed_in)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.wait_exposed(shown)
    return shown


def _scan(qtbot: QtBot, dialog: VerifyReceiptDialog, text: str) -> ReceiptCheck:
    """Type ``text`` as a keyboard-wedge scanner does, then Enter."""
    field = child(dialog, QLineEdit, "receipt_input")
    field.setFocus()
    field.selectAll()  # what the dialog leaves after a check: the next scan replaces it
    QTest.keyClicks(field, text)
    with qtbot.wait_signal(dialog.receipt_did_check, timeout=10_000) as checked:
        QTest.keyClick(field, Qt.Key.Key_Return)
    check = checked.args[0]
    assert isinstance(check, ReceiptCheck)
    return check


def _text(dialog: VerifyReceiptDialog, name: str) -> str:
    return child(dialog, QLabel, name).text()


def test_a_genuine_receipt_shows_asli_and_its_application(
    qtbot: QtBot,
    dialog: VerifyReceiptDialog,
    receipts: ReceiptService,
    applications: ApplicationService,
    operator: Officer,
    ready_id: str,
) -> None:
    data = receipts.receipt_for(ready_id, officer=operator, copy=False)

    check = _scan(qtbot, dialog, data.qr_payload)

    assert check.verification.status is ReceiptStatus.GENUINE
    assert "ASLI" in _text(dialog, "verdict")
    assert "disahkan kantor" in _text(dialog, "verdict_reason")
    assert "25 November 2026" in _text(dialog, "verdict_reason")  # the issue date
    assert child(dialog, QGroupBox, "application_box").isVisible()
    assert _text(dialog, "application_code") == data.tracking_code
    assert _text(dialog, "application_nik") == "3201••••••••0003"  # masked, never the full NIK
    assert _text(dialog, "application_name") == "Siti Rahmawati"
    assert _text(dialog, "application_business") == "Warung Makan Bu Siti"
    assert _text(dialog, "application_status") == "Siap"
    assert child(dialog, QLineEdit, "receipt_input").selectedText() == data.qr_payload


def test_a_changed_signature_digit_is_caught(
    qtbot: QtBot,
    dialog: VerifyReceiptDialog,
    receipts: ReceiptService,
    operator: Officer,
    ready_id: str,
) -> None:
    payload = receipts.receipt_for(ready_id, officer=operator, copy=False).qr_payload
    last = payload[-1]
    tampered = payload[:-1] + str((int(last) + 1) % 10)

    check = _scan(qtbot, dialog, tampered)

    assert check.verification.status is ReceiptStatus.FORGED
    assert "PALSU" in _text(dialog, "verdict")
    assert "tidak sah" in _text(dialog, "verdict_reason")
    assert child(dialog, QLabel, "verdict").property("status") == "forged"


def test_a_typed_tracking_code_finds_the_application_and_opens_it(
    qtbot: QtBot,
    signed_in: MainWindow,
    dialog: VerifyReceiptDialog,
    applications: ApplicationService,
    ready_id: str,
) -> None:
    code = applications.get(ready_id).application.tracking_code  # ABCDE-23456
    typed = code.lower().replace("-", " ")

    check = _scan(qtbot, dialog, typed)

    assert check.verification.status is ReceiptStatus.CODE_ONLY
    assert "tanpa tanda tangan" in _text(dialog, "verdict")
    assert _text(dialog, "application_code") == code
    with qtbot.wait_signal(dialog.finished, timeout=5_000):
        QTest.mouseClick(child(dialog, QPushButton, "open_application"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert signed_in.current_page_key() == DETAIL


def test_garbage_and_unknown_codes_say_what_to_do(
    qtbot: QtBot, dialog: VerifyReceiptDialog, ready_id: str
) -> None:
    check = _scan(qtbot, dialog, "halo dunia!")
    assert check.verification.status is ReceiptStatus.MALFORMED
    assert "Tidak dapat dibaca" in _text(dialog, "verdict")
    assert _text(dialog, "verdict_reason")  # the domain's reason, in Indonesian
    assert not child(dialog, QGroupBox, "application_box").isVisible()

    # A well-formed status address of another laptop's application: valid, but not here.
    code = make_tracking_code("ZZZZZ", 7)
    other = _scan(qtbot, dialog, f"https://izin.bogorkab.go.id/s/{code}")
    assert other.verification.status is ReceiptStatus.CODE_ONLY
    assert other.application is None
    assert not child(dialog, QGroupBox, "application_box").isVisible()
    assert code in _text(dialog, "not_on_this_laptop")

    field = child(dialog, QLineEdit, "receipt_input")
    field.clear()
    with qtbot.wait_signal(dialog.check_did_fail, timeout=5_000) as failed:
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert "Pindai kode QR" in failed.args[0]


def test_a_receipt_of_a_revoked_laptop_shows_the_revocation(
    qtbot: QtBot,
    dialog: VerifyReceiptDialog,
    receipts: ReceiptService,
    operator: Officer,
    office: Office,
    ready_id: str,
) -> None:
    payload = receipts.receipt_for(ready_id, officer=operator, copy=False).qr_payload
    prefix, _ = receipts.device_identity()
    revoked_at = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)  # as a pull brings it
    receipts.install_trust(None, [], office_id=office.id, revoked={prefix: revoked_at})

    check = _scan(qtbot, dialog, payload)

    assert check.verification.status is ReceiptStatus.REVOKED_DEVICE
    assert "dicabut" in _text(dialog, "verdict")
    reason = _text(dialog, "verdict_reason")
    assert "perangkat dicabut sejak 20 November 2026" in reason
    assert "anggap tidak sah" in reason  # issued on 25 November, after the revocation
    assert child(dialog, QLabel, "verdict").property("status") == "revoked_device"

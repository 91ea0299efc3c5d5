"""The Qt binding itself must be sound: a leak here aborts the app in the field."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_steal_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 released None once per void call (e.g. setText),
    so a day of typing ended in "Fatal Python error: none_dealloc"."""
    assert QApplication.instance() is not None
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("x")
    assert sys.getrefcount(None) - before > -100  # small drift from other threads is fine

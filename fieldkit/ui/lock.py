"""Session lock: after N minutes without input, after the laptop slept, the window locks.

``SessionGuard`` watches the officer's input (an application-wide event filter) and two clocks.
It asks for a lock when

- no key or mouse input came for ``idle_seconds`` (the officer's setting, default 10 minutes);
- the laptop slept: between two ticks the wall clock jumped ahead of the monotonic clock
  (Linux and macOS stop the monotonic clock in sleep), or the monotonic clock itself jumped far
  past the tick interval (Windows counts sleep in it, but no timer fires while asleep);
- Qt reports the application suspended.

``LockView`` covers the whole main window (menus included) and every action of the window is
disabled while it shows, so nothing behind it can be seen or triggered. The form in progress
is autosaved before the cover goes up; unlocking needs the officer's password again (through
``AuthService.sign_in``: throttled and locked out like any sign-in). "Ganti petugas" signs out.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from fieldkit.ui.widgets.error_label import ErrorLabel

DEFAULT_IDLE_MINUTES = 10
SLEEP_JUMP_SECONDS = 30.0
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SessionGuard(QObject):
    """Signals: ``lock_was_requested(str)`` with the reason ("idle", "sleep", "suspended")."""

    lock_was_requested = Signal(str)

    def __init__(
        self,
        idle_seconds: float,
        *,
        tick_ms: int = 5000,
        wall: Callable[[], float] = time.time,
        mono: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self._tick_s = tick_ms / 1000
        self._wall = wall
        self._mono = mono
        self._last_input = mono()
        self._last_wall = wall()
        self._last_mono = self._last_input
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._on_application_state_changed)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._mono()
        return False

    def note_input(self) -> None:
        self._last_input = self._mono()

    def check(self) -> None:
        """One tick: compare the clocks and the last input (the timer calls this)."""
        wall, mono = self._wall(), self._mono()
        wall_gap, mono_gap = wall - self._last_wall, mono - self._last_mono
        self._last_wall, self._last_mono = wall, mono
        if not self.enabled:
            return
        slept = (wall_gap - mono_gap > SLEEP_JUMP_SECONDS) or (
            mono_gap > self._tick_s + SLEEP_JUMP_SECONDS
        )
        if slept:
            self._last_input = mono
            self.lock_was_requested.emit("sleep")
        elif self.idle_seconds > 0 and mono - self._last_input >= self.idle_seconds:
            self._last_input = mono
            self.lock_was_requested.emit("idle")

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if self.enabled and state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_was_requested.emit("suspended")


class LockView(QFrame):
    """The cover over a locked window. Signals: ``unlock_was_requested(str)`` (the password),
    ``switch_was_requested()``."""

    unlock_was_requested = Signal(str)
    switch_was_requested = Signal()

    def __init__(self, officer_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_view")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        title = QLabel(self.tr("Layar terkunci"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        who = QLabel(
            self.tr(
                "%1, ketik kata sandi Anda untuk melanjutkan. Isian yang sedang diketik "
                "sudah tersimpan."
            ).replace("%1", officer_name)
        )
        who.setObjectName("lock_who")
        who.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("lock_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.error_label = ErrorLabel("lock_error")
        self.unlock_button = QPushButton(self.tr("&Buka"))
        self.unlock_button.setObjectName("lock_unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.switch_button = QPushButton(self.tr("&Ganti petugas"))
        self.switch_button.setObjectName("lock_switch")
        self.switch_button.clicked.connect(self.switch_was_requested)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.addWidget(title)
        inner.addWidget(who)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _on_unlock_button_clicked(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.show_error(self.tr("Ketik kata sandi Anda, lalu tekan Enter."))
            return
        self.unlock_was_requested.emit(password)


class WindowLock(QObject):
    """Puts a LockView over ``window`` and disables its actions until ``release``."""

    def __init__(self, window: QWidget, officer_name: str) -> None:
        super().__init__(window)
        self._window = window
        self.view = LockView(officer_name, window)
        self._disabled: list[QAction] = []
        # Dialogs over the window (a detail's preview, the enrolment dialog) would stay on top
        # of the cover, and a modal one would even keep the cover from taking the password:
        # hide them; a dialog run with exec() ends as cancelled, the others come back.
        self._hidden: list[QWidget] = []
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and isinstance(widget, QDialog):
                widget.hide()
                self._hidden.append(widget)
        for action in window.findChildren(QAction):
            if action.isEnabled():
                action.setEnabled(False)
                self._disabled.append(action)
        window.installEventFilter(self)
        self.view.setGeometry(window.rect())
        self.view.show()
        self.view.raise_()
        self.view.password_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.view.setGeometry(self._window.rect())
            self.view.raise_()
        return False

    def release(self, *, restore: bool = True) -> None:
        """Take the cover away; ``restore`` shows the hidden dialogs again (else rejects them:
        another officer is signing in)."""
        self._window.removeEventFilter(self)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled.clear()
        for widget in self._hidden:
            if isValid(widget):
                if restore:
                    widget.show()
                elif isinstance(widget, QDialog):
                    widget.reject()
        self._hidden.clear()
        self.view.hide()
        self.view.deleteLater()
        self.deleteLater()

"""Every background thread of the UI lives here: jobs run off the Qt thread, report back on it.

Rules for a job (as in Anki's taskman): it never touches a widget, it receives
and returns immutable values only, and it opens its own database session (the
services do that for it). Jobs that write the database share one worker thread
so writes never race each other; other jobs (image processing, PDF rendering,
network) run on the shared pool.

Signals of the internal ``_Relay``: ``did_finish(object)``, ``did_fail(object)``,
``did_progress(int, int, str)``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Progress(Protocol):
    def __call__(self, done: int, total: int, label: str) -> None: ...


class _Relay(QObject):
    did_finish = Signal(object)
    did_fail = Signal(object)
    did_progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            relay = self._relay

            def progress(done: int, total: int, label: str) -> None:
                relay.did_progress.emit(done, total, label)

            result = self._fn(progress)
        except Exception as exc:
            log.debug("background job failed: %s", "".join(traceback.format_exception(exc)))
            self._relay.did_fail.emit(exc)
        else:
            self._relay.did_finish.emit(result)


class TaskRunner(QObject):
    """Runs callables in the background and calls back on the GUI thread.

    Signals: ``task_did_start()``, ``task_did_end()`` (for a busy indicator).
    """

    task_did_start = Signal()
    task_did_end = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        writes_db: bool = True,
    ) -> None:
        """Run ``fn(progress)`` in the background; callbacks run on the GUI thread."""
        relay = _Relay()
        self._relays.add(relay)  # keep it alive until the job reports back

        def finished(result: object) -> None:
            self._release(relay)
            if on_done is not None:
                on_done(result)

        def failed(exc: object) -> None:
            self._release(relay)
            if on_error is not None and isinstance(exc, Exception):
                on_error(exc)

        relay.did_finish.connect(finished)
        relay.did_fail.connect(failed)
        if on_progress is not None:
            relay.did_progress.connect(on_progress)
        self.task_did_start.emit()
        (self._db_pool if writes_db else self._pool).start(_Job(fn, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        self.task_did_end.emit()

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every queued job ran (for shutdown and tests)."""
        return self._db_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)

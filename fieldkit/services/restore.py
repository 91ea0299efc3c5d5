"""Restoring the laptop from a backup, before sign-in (the store must be closed).

A backup (``fieldkit.store.backup``) carries its own key file, so it is opened with what opened
the laptop on the day it was made: a **supervisor's** password of that day, or the laptop's
recovery key. The key is unwrapped from the backup's key file (the current one may be the
damaged part), the failures count towards the same sign-in throttle as the unlock screen, and
``restore_backup`` then checks every file before it moves the current data aside (never deleted).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.domain.messages import msg
from fieldkit.domain.records import Role
from fieldkit.services.audit import PendingSignInFailures
from fieldkit.services.auth import (
    SignInChoice,
    SignInError,
    SignInThrottle,
    failure_message,
)
from fieldkit.services.clock import Clock
from fieldkit.services.errors import ServiceError
from fieldkit.store.backup import MANIFEST, BackupError, restore_backup
from fieldkit.store.keys import (
    KEY_FILE_NAME,
    KeyFile,
    KeyStoreError,
    WrongSecretError,
    database_key,
)

_RECOVERY = "recovery"


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What the confirmation shows about a chosen backup folder."""

    path: Path
    created_at: str  # ISO 8601, UTC
    app_version: str
    documents: int
    supervisors: list[SignInChoice]
    has_recovery: bool


class RestoreService:
    def __init__(self, data_dir: Path, clock: Clock) -> None:
        self._data_dir = data_dir
        self._clock = clock
        self._throttle = SignInThrottle(data_dir, clock)
        # the audit log is inside the (closed) database: failures wait beside it, as at unlock
        self._pending = PendingSignInFailures(data_dir)

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def inspect(self, folder: Path) -> BackupSummary:
        """Read a backup's manifest and key file (not yet checked file by file)."""
        manifest = self._manifest(folder)
        keys = self._keys(folder)
        files: dict[str, Any] = manifest.get("files", {})
        return BackupSummary(
            path=folder,
            created_at=str(manifest.get("created_at", "")),
            app_version=str(manifest.get("app_version", "")),
            documents=sum(1 for rel in files if rel.startswith("documents/")),
            supervisors=[
                SignInChoice(o.officer_id, o.name, o.role)
                for o in keys.officers()
                if o.role == Role.SUPERVISOR.value
            ],
            has_recovery=keys.has_recovery,
        )

    def restore(
        self,
        folder: Path,
        *,
        officer_id: str | None = None,
        password: str = "",
        recovery_key: str | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Path:
        """Restore ``folder`` over the laptop's data; returns where the old data was put.

        Exactly one of ``officer_id`` (a supervisor in the backup, with ``password``) or
        ``recovery_key``. A wrong secret or a damaged backup changes nothing. ``progress`` is told
        the phase: ``"secret"`` (checking the password or key), then ``"copy"``.
        """
        report = progress or (lambda _label: None)
        summary = self.inspect(folder)
        keys = self._keys(folder)
        report("secret")
        if recovery_key is not None:
            data_key = self._unwrap(_RECOVERY, lambda: keys.unwrap_with_recovery(recovery_key))
        else:
            if officer_id is None or officer_id not in {s.officer_id for s in summary.supervisors}:
                raise ServiceError(
                    msg(
                        "Pemulihan hanya bisa dilakukan supervisor. Pilih nama supervisor, atau "
                        "pakai kunci pemulihan laptop."
                    )
                )
            data_key = self._unwrap(
                officer_id, lambda: keys.unwrap_with_password(officer_id, password)
            )
        report("copy")
        try:
            return restore_backup(
                folder, self._data_dir, key=database_key(data_key), now=self._clock.now()
            )
        except BackupError as exc:
            raise ServiceError(
                msg(
                    "Cadangan tidak dipulihkan, data laptop tidak diubah. {reason}", reason=exc.text
                )
            ) from None
        except OSError as exc:
            raise ServiceError(
                msg(
                    "Cadangan gagal disalin ({error}). Periksa ruang kosong laptop dan "
                    "flashdisk, lalu coba lagi. Data sebelumnya ada di folder "
                    "sebelum-pemulihan-… di folder data.",
                    error=type(exc).__name__,
                )
            ) from None

    # --- helpers ------------------------------------------------------------------------------

    def _unwrap(self, who: str, unwrap: Callable[[], bytes]) -> bytes:
        self._throttle.check(who)
        try:
            data_key = unwrap()
        except WrongSecretError as exc:
            if exc.code in {"keys.no_wrap", "keys.no_recovery"}:
                raise SignInError(exc.text) from None
            failures = self._throttle.record_failure(who)
            self._pending.add(who, self._clock.now())
            if who == _RECOVERY:
                raise SignInError(exc.text) from None
            raise SignInError(failure_message(failures)) from None
        self._throttle.reset(who)
        return data_key

    @staticmethod
    def _manifest(folder: Path) -> dict[str, Any]:
        not_backup = msg(
            "Folder '{name}' bukan cadangan fieldkit (tidak ada manifest.json yang terbaca). "
            "Pilih folder bernama fieldkit-cadangan-… di flashdisk atau di folder cadangan.",
            name=folder.name,
        )
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ServiceError(not_backup) from None
        if not isinstance(manifest, dict):
            raise ServiceError(not_backup)
        if not manifest.get("encrypted", False):
            raise ServiceError(
                msg(
                    "Cadangan ini dibuat sebelum data laptop dienkripsi dan tidak bisa "
                    "dipulihkan dari layar masuk. Hubungi petugas TI kantor."
                )
            )
        return manifest

    @staticmethod
    def _keys(folder: Path) -> KeyFile:
        try:
            return KeyFile.from_bytes((folder / KEY_FILE_NAME).read_bytes())
        except OSError:
            raise ServiceError(
                msg(
                    "Cadangan '{name}' tidak memuat berkas kunci laptop, jadi tidak bisa dibuka. "
                    "Pakai cadangan lain.",
                    name=folder.name,
                )
            ) from None
        except KeyStoreError as exc:
            raise ServiceError(exc.text) from None

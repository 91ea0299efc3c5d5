"""Where the sync engine keeps its settings: server, device, token, cursor, clock offset."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy.orm import Session

from fieldkit.store import repositories as repo

SERVER_URL: Final = "sync.server_url"
DEVICE_ID: Final = "sync.device_id"
# The device token is stored here and ONLY here (read and written by load_config and
# save_enrolment). The security issue will encrypt it at rest; this is the one place.
TOKEN: Final = "sync.token"
OFFICE: Final = "sync.office"
CURSOR: Final = "sync.cursor"
REVOKED: Final = "sync.revoked"  # the server's message, "" while the device is allowed
CLOCK: Final = "sync.clock"  # {"laptop": iso, "server": iso, "offset": seconds}
# The protocol version the server said it speaks at the last probe (absent before the first).
SERVER_PROTOCOL: Final = "sync.server_protocol"
LAST_SUCCESS: Final = "sync.last_success"
LAST_ERROR: Final = "sync.last_error"  # {"message": str, "kind": str}
# True once the office certified this laptop's receipt key (at enrolment or on a later sync);
# {"refused": message} when the server refused the key (the sync goes on without it).
RECEIPT_CERTIFIED: Final = "sync.receipt_certified"
# Path of the office's own CA certificate file (PEM); "" = the system's trusted CAs.
CA_BUNDLE: Final = "sync.ca_bundle"
# Lost laptop: the server said "wipe" and this laptop has not finished wiping yet.
WIPE_PENDING: Final = "sync.wipe_pending"


@dataclass(frozen=True, slots=True)
class SyncConfig:
    server_url: str
    device_id: str
    token: str
    cursor: int
    revoked: str
    ca_bundle: str = ""

    @property
    def is_enrolled(self) -> bool:
        return bool(self.server_url and self.token)


def load_config(session: Session) -> SyncConfig:
    cursor = repo.get_setting(session, CURSOR)
    return SyncConfig(
        server_url=str(repo.get_setting(session, SERVER_URL) or ""),
        device_id=str(repo.get_setting(session, DEVICE_ID) or ""),
        token=str(repo.get_setting(session, TOKEN) or ""),
        cursor=cursor if isinstance(cursor, int) else 0,
        revoked=str(repo.get_setting(session, REVOKED) or ""),
        ca_bundle=str(repo.get_setting(session, CA_BUNDLE) or ""),
    )


def save_enrolment(
    session: Session, *, server_url: str, device_id: str, token: str, office: dict[str, Any]
) -> None:
    repo.put_setting(session, SERVER_URL, server_url)
    repo.put_setting(session, DEVICE_ID, device_id)
    repo.put_setting(session, TOKEN, token)
    repo.put_setting(session, OFFICE, office)
    repo.put_setting(session, CURSOR, 0)
    repo.put_setting(session, REVOKED, "")
    repo.put_setting(session, RECEIPT_CERTIFIED, False)


def iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_iso(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None

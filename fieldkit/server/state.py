"""What every request may use: settings, database, reference data, stores, templates.

Built once per process by create_app; it holds no data that another process could
disagree with (sessions, codes and offsets all live in the database).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass

from fastapi.templating import Jinja2Templates

from fieldkit.domain.reference import ReferenceLookup
from fieldkit.server.config import Settings
from fieldkit.server.db import Database
from fieldkit.server.ratelimit import RateLimits
from fieldkit.server.uploads import UploadService
from fieldkit.store.documents import DocumentStore


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class ServerState:
    settings: Settings
    db: Database
    reference: ReferenceLookup
    documents: DocumentStore
    uploads: UploadService
    templates: Jinja2Templates
    push_gate: threading.BoundedSemaphore
    limits: RateLimits
    clock: Callable[[], dt.datetime] = utc_now

"""A JSON-ready snapshot of an application: what the outbox freezes for the server."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

from fieldkit.domain.records import Application


def plain(value: Any) -> Any:
    """``value`` (a record, enum, date or container of them) as JSON types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def application_snapshot(app: Application) -> dict[str, Any]:
    """Every field of ``app`` as JSON types (enums by value, dates in ISO 8601)."""
    data: dict[str, Any] = plain(dataclasses.asdict(app))
    return data

"""VisitService.today: the date the visit page defaults to, in the office's own zone."""

from __future__ import annotations

import datetime as dt

from fieldkit.services.visits import VisitService
from tests.fakes import FakeClock


def test_today_follows_the_office_zone_across_midnight(
    visits: VisitService, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 11, 25, 16, 30, tzinfo=dt.UTC))
    assert visits.today("Asia/Jakarta") == dt.date(2026, 11, 25)  # 23.30 WIB
    assert visits.today("Asia/Makassar") == dt.date(2026, 11, 26)  # 00.30 WITA
    assert visits.today("Asia/Jayapura") == dt.date(2026, 11, 26)  # 01.30 WIT

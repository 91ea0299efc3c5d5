"""Contacts shared between applications of one visit: a mistake, or an officer's phone.

Each OSS account needs its own email and mobile number. When two applicants of
the same visit share one, an officer has often typed their own number or a
relative's for both; the officer confirms it is right (a family business may
truly share a phone) or fixes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, warning


@dataclass(frozen=True, slots=True)
class PeerContact:
    """Email and mobile of another application of the same visit, both normalised."""

    application_id: str
    email: str = ""
    mobile: str = ""  # E.164


def duplicate_contacts(*, email: str, mobile: str, peers: Sequence[PeerContact]) -> list[Problem]:
    """Warnings where ``email`` or ``mobile`` (normalised) is used by another application.

    Fields are ``email`` and ``mobile``, relative to the applicant. Emails are
    compared case-insensitively: providers ignore case, OSS accounts do too.
    """
    problems: list[Problem] = []
    email_key = email.strip().casefold()
    if email_key:
        sharing = [p.application_id for p in peers if p.email.strip().casefold() == email_key]
        if sharing:
            problems.append(
                warning(
                    "email",
                    "contact.duplicate_email",
                    msg(
                        "Email ini sudah dipakai oleh {count} permohonan lain dalam kunjungan "
                        "ini. Setiap akun OSS perlu email sendiri: minta email milik pemohon, "
                        "atau konfirmasi jika memang benar.",
                        count=_count(sharing),
                    ),
                )
            )
    mobile_key = mobile.strip()
    if mobile_key:
        sharing = [p.application_id for p in peers if p.mobile.strip() == mobile_key]
        if sharing:
            problems.append(
                warning(
                    "mobile",
                    "contact.duplicate_phone",
                    msg(
                        "Nomor HP ini sudah dipakai oleh {count} permohonan lain dalam kunjungan "
                        "ini. Pastikan ini nomor HP pemohon sendiri (bukan nomor petugas), atau "
                        "konfirmasi jika memang benar.",
                        count=_count(sharing),
                    ),
                )
            )
    return problems


def _count(application_ids: Sequence[str]) -> int:
    return len(set(application_ids))

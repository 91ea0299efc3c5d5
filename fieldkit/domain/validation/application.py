"""The whole application draft: normalise it, and validate it against the reference data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from fieldkit.domain.problems import Problem, prefixed
from fieldkit.domain.records import ApplicationDraft
from fieldkit.domain.reference import ReferenceLookup
from fieldkit.domain.validation.applicant import normalize_applicant, validate_applicant
from fieldkit.domain.validation.business import normalize_business, validate_business
from fieldkit.domain.validation.contacts import PeerContact


def normalize_draft(draft: ApplicationDraft) -> ApplicationDraft:
    """The draft with normalised values wherever a value could be normalised.

    A value that cannot be read is left exactly as typed, so the officer's
    input is never lost; validation then says what is wrong with it.
    """
    return ApplicationDraft(
        applicant=normalize_applicant(draft.applicant),
        business=normalize_business(draft.business),
    )


def validate_application(
    draft: ApplicationDraft,
    *,
    ref: ReferenceLookup,
    today: dt.date,
    peers: Sequence[PeerContact] = (),
) -> list[Problem]:
    """Every problem of the draft, in form order, with paths like ``applicant.nik``.

    ``today`` is the office's local date; ``peers`` are the other applications of
    the same visit, for the duplicate-contact warnings. Typed or normalised
    values give the same problems.
    """
    return prefixed(
        "applicant", validate_applicant(draft.applicant, regions=ref, today=today, peers=peers)
    ) + prefixed("business", validate_business(draft.business, ref=ref))

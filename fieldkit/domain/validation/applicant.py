"""The applicant (business owner): every field rule in one place, and its normalised form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from fieldkit.domain.messages import msg
from fieldkit.domain.problems import Problem, error, prefixed, warning
from fieldkit.domain.records import Applicant
from fieldkit.domain.reference import RegionLookup
from fieldkit.domain.validation.address import normalize_address, validate_address
from fieldkit.domain.validation.contacts import PeerContact, duplicate_contacts
from fieldkit.domain.validation.email import normalize_email, validate_email
from fieldkit.domain.validation.names import (
    normalize_name,
    validate_birth_place,
    validate_person_name,
)
from fieldkit.domain.validation.nik import age_on, normalize_nik, validate_nik
from fieldkit.domain.validation.npwp import normalize_npwp, validate_npwp
from fieldkit.domain.validation.phone import normalize_mobile, validate_mobile

OLDEST_PLAUSIBLE_AGE = 100


def validate_birth_date(birth_date: dt.date | None, *, today: dt.date) -> list[Problem]:
    """Problems with the birth date: required, not in the future, plausible. Empty field."""
    if birth_date is None:
        return [error("", "birth_date.required", msg("Tanggal lahir wajib diisi, sesuai KTP."))]
    if birth_date > today:
        return [
            error(
                "",
                "birth_date.future",
                msg("Tanggal lahir tidak boleh setelah hari ini. Periksa tahunnya, sesuai KTP."),
            )
        ]
    if age_on(birth_date, today) > OLDEST_PLAUSIBLE_AGE:
        return [
            warning(
                "",
                "birth_date.implausible",
                msg(
                    "Menurut tanggal lahir, pemohon berusia lebih dari {age} tahun. Periksa "
                    "tahunnya (mis. 1990, bukan 1890); jika benar, konfirmasi.",
                    age=OLDEST_PLAUSIBLE_AGE,
                ),
            )
        ]
    return []


def validate_applicant(
    applicant: Applicant,
    *,
    regions: RegionLookup,
    today: dt.date,
    peers: Sequence[PeerContact] = (),
) -> list[Problem]:
    """Every problem of the applicant, with fields relative to it (``nik``, ``email``...).

    ``peers`` are the contacts of the *other* applications of the same visit.
    """
    problems = prefixed(
        "nik",
        validate_nik(
            applicant.nik,
            regions=regions,
            today=today,
            birth_date=applicant.birth_date,
            gender=applicant.gender,
        ),
    )
    problems += prefixed("full_name", validate_person_name(applicant.full_name))
    problems += prefixed("birth_place", validate_birth_place(applicant.birth_place))
    problems += prefixed("birth_date", validate_birth_date(applicant.birth_date, today=today))
    if applicant.gender is None:
        problems.append(
            error("gender", "gender.required", msg("Pilih jenis kelamin pemohon, sesuai KTP."))
        )
    problems += prefixed("address", validate_address(applicant.address, regions=regions))
    problems += prefixed("mobile", validate_mobile(applicant.mobile))
    problems += prefixed("email", validate_email(applicant.email))
    problems += prefixed(
        "npwp", validate_npwp(applicant.npwp, nik=normalize_nik(applicant.nik) or "")
    )
    problems += duplicate_contacts(
        email=normalize_email(applicant.email) or "",
        mobile=normalize_mobile(applicant.mobile) or "",
        peers=peers,
    )
    return problems


def normalize_applicant(applicant: Applicant) -> Applicant:
    """The applicant with every value that can be normalised normalised; the rest as typed."""
    return replace(
        applicant,
        nik=normalize_nik(applicant.nik) or applicant.nik,
        full_name=normalize_name(applicant.full_name),
        birth_place=normalize_name(applicant.birth_place),
        address=normalize_address(applicant.address),
        mobile=normalize_mobile(applicant.mobile) or applicant.mobile,
        email=normalize_email(applicant.email) or applicant.email,
        npwp=_normalized_npwp(applicant.npwp),
    )


def _normalized_npwp(text: str) -> str:
    npwp = normalize_npwp(text)
    return text if npwp is None else npwp

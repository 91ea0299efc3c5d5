"""Validation rules for an application: one module per concern, each returning every problem.

Rules never raise on what an officer types; each returns ``list[Problem]``
(errors block "ready", warnings need an acknowledgement) with Indonesian
messages that say how to fix the value. Leaf rules (``validate_nik``...)
return problems with an empty field; record rules root them
(``applicant.nik``, ``business.activities.0.kbli``).
"""

from fieldkit.domain.validation.address import (
    normalize_address,
    normalize_village_code,
    validate_address,
    validate_village_code,
)
from fieldkit.domain.validation.applicant import (
    normalize_applicant,
    validate_applicant,
    validate_birth_date,
)
from fieldkit.domain.validation.application import normalize_draft, validate_application
from fieldkit.domain.validation.business import (
    business_scale,
    normalize_business,
    normalize_kbli,
    validate_activities,
    validate_activity,
    validate_business,
    validate_capital,
    validate_coordinate,
    validate_land,
)
from fieldkit.domain.validation.contacts import PeerContact, duplicate_contacts
from fieldkit.domain.validation.email import normalize_email, suggest_domain, validate_email
from fieldkit.domain.validation.names import (
    normalize_name,
    validate_birth_place,
    validate_business_name,
    validate_person_name,
)
from fieldkit.domain.validation.nik import NikFacts, age_on, nik_facts, normalize_nik, validate_nik
from fieldkit.domain.validation.npwp import normalize_npwp, validate_npwp
from fieldkit.domain.validation.phone import normalize_mobile, validate_mobile

__all__ = [
    "NikFacts",
    "PeerContact",
    "age_on",
    "business_scale",
    "duplicate_contacts",
    "nik_facts",
    "normalize_address",
    "normalize_applicant",
    "normalize_business",
    "normalize_draft",
    "normalize_email",
    "normalize_kbli",
    "normalize_mobile",
    "normalize_name",
    "normalize_nik",
    "normalize_npwp",
    "normalize_village_code",
    "suggest_domain",
    "validate_activities",
    "validate_activity",
    "validate_address",
    "validate_applicant",
    "validate_application",
    "validate_birth_date",
    "validate_birth_place",
    "validate_business",
    "validate_business_name",
    "validate_capital",
    "validate_coordinate",
    "validate_email",
    "validate_land",
    "validate_mobile",
    "validate_nik",
    "validate_npwp",
    "validate_person_name",
    "validate_village_code",
]

"""Wire forms of the records a laptop pushes: exactly what ``application_snapshot`` and
``plain(visit)`` produce, parsed back into domain values.

The models check shape and types only (every value a JSON snapshot can carry); the
rules of ``fieldkit.domain`` decide whether the content is acceptable. Length caps here
are far above the domain limits: they only keep an absurd value from being parsed at
all, while ``storable_problems`` says in Indonesian what is too long.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Any, Final

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from fieldkit.domain.policy import DocumentPolicy
from fieldkit.domain.records import (
    Acknowledgement,
    Activity,
    ActivityKind,
    Address,
    Applicant,
    Application,
    Business,
    Coordinate,
    DocumentKind,
    DocumentRef,
    Gender,
    LandStatus,
    Officer,
    Role,
    Visit,
    VisitState,
)
from fieldkit.domain.snapshot import application_snapshot, plain
from fieldkit.domain.status import ApplicationStatus, ReasonCode
from fieldkit.protocol.version import PROTOCOL_V3

MAX_VISIT_OFFICERS = 50
MAX_TEXT = 1000  # a sanity cap for parsing; the domain's own limits are lower
MAX_INT = 2**63 - 1

Text = Annotated[str, Field(max_length=MAX_TEXT)]
Identifier = Annotated[str, Field(min_length=1, max_length=100)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", min_length=64, max_length=64)]
Revision = Annotated[int, Field(ge=1, le=2**31 - 1)]
Amount = Annotated[int, Field(ge=-MAX_INT, le=MAX_INT)]


class WireModel(BaseModel):
    """Base of every wire schema: unknown fields are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class AddressWire(WireModel):
    street: Text = ""
    village_code: Text = ""
    postal_code: Text = ""

    def to_domain(self) -> Address:
        return Address(self.street, self.village_code, self.postal_code)


class ApplicantWire(WireModel):
    nik: Text = ""
    full_name: Text = ""
    birth_place: Text = ""
    birth_date: dt.date | None = None
    gender: Gender | None = None
    address: AddressWire = AddressWire()
    mobile: Text = ""
    email: Text = ""
    npwp: Text = ""

    def to_domain(self) -> Applicant:
        return Applicant(
            nik=self.nik,
            full_name=self.full_name,
            birth_place=self.birth_place,
            birth_date=self.birth_date,
            gender=self.gender,
            address=self.address.to_domain(),
            mobile=self.mobile,
            email=self.email,
            npwp=self.npwp,
        )


class ActivityWire(WireModel):
    kbli: Text = ""
    kind: ActivityKind = ActivityKind.PRODUCT
    product: Text = ""
    workers: Amount = 0
    investment: Amount = 0

    def to_domain(self) -> Activity:
        return Activity(self.kbli, self.kind, self.product, self.workers, self.investment)


class CoordinateWire(WireModel):
    latitude: float
    longitude: float


class BusinessWire(WireModel):
    name: Text = ""
    address: AddressWire = AddressWire()
    land_area_m2: Amount | None = None
    land_status: LandStatus | None = None
    coordinate: CoordinateWire | None = None
    capital: Amount | None = None
    activities: list[ActivityWire] = Field(default_factory=list, max_length=100)

    def to_domain(self) -> Business:
        return Business(
            name=self.name,
            address=self.address.to_domain(),
            land_area_m2=self.land_area_m2,
            land_status=self.land_status,
            coordinate=(
                None
                if self.coordinate is None
                else Coordinate(self.coordinate.latitude, self.coordinate.longitude)
            ),
            capital=self.capital,
            activities=tuple(a.to_domain() for a in self.activities),
        )


class DocumentRefWire(WireModel):
    kind: DocumentKind
    sha256: Sha256
    media_type: Annotated[str, Field(max_length=100)]
    size: Annotated[int, Field(ge=0, le=MAX_INT)]
    page_count: Annotated[int, Field(ge=0, le=100_000)] = 1
    original_name: Text = ""

    def to_domain(self) -> DocumentRef:
        return DocumentRef(
            self.kind,
            self.sha256,
            self.media_type,
            self.size,
            self.page_count,
            self.original_name,
        )


class AcknowledgementWire(WireModel):
    problem_key: Text
    officer_id: Identifier
    at: AwareDatetime

    def to_domain(self) -> Acknowledgement:
        return Acknowledgement(self.problem_key, self.officer_id, self.at)


class ApplicationSnapshot(WireModel):
    """``fieldkit.domain.snapshot.application_snapshot(app)`` on the wire."""

    id: Identifier
    tracking_code: Annotated[str, Field(max_length=40)]
    visit_id: Identifier
    status: ApplicationStatus
    revision: Revision
    applicant: ApplicantWire
    business: BusinessWire
    documents: list[DocumentRefWire] = Field(default_factory=list, max_length=100)
    acknowledgements: list[AcknowledgementWire] = Field(default_factory=list, max_length=200)
    created_by: Identifier
    created_at: AwareDatetime
    updated_by: Identifier
    updated_at: AwareDatetime
    nib: Annotated[str, Field(max_length=40)] = ""
    reason_code: ReasonCode | None = None
    reason_text: Text = ""

    def to_domain(self) -> Application:
        return Application(
            id=self.id,
            tracking_code=self.tracking_code,
            visit_id=self.visit_id,
            status=self.status,
            revision=self.revision,
            applicant=self.applicant.to_domain(),
            business=self.business.to_domain(),
            documents=tuple(d.to_domain() for d in self.documents),
            acknowledgements=tuple(a.to_domain() for a in self.acknowledgements),
            created_by=self.created_by,
            created_at=self.created_at,
            updated_by=self.updated_by,
            updated_at=self.updated_at,
            nib=self.nib,
            reason_code=self.reason_code,
            reason_text=self.reason_text,
        )

    @classmethod
    def from_domain(cls, app: Application) -> ApplicationSnapshot:
        return cls.model_validate(application_snapshot(app))


class OfficerWire(WireModel):
    """An officer present at a visit, named as the office's reports name them (protocol v3)."""

    id: Identifier
    name: Annotated[str, Field(min_length=1, max_length=200)]
    role: Role

    def to_domain(self, office_id: str) -> Officer:
        return Officer(id=self.id, office_id=office_id, name=self.name, role=self.role)


class VisitSnapshot(WireModel):
    """``visit_payload(...)`` on the wire: ``plain(visit)`` and, from protocol v3, the names
    and roles of the laptop's officers and the documents the office required at the visit.
    A v1/v2 laptop sends neither: ``officers`` is then empty and ``required_documents`` None.
    """

    id: Identifier
    office_id: Identifier
    village_code: Annotated[str, Field(max_length=20)]
    date: dt.date
    officer_ids: list[Identifier] = Field(default_factory=list, max_length=50)
    target: Annotated[int, Field(ge=0, le=1_000_000)] = 15
    state: VisitState = VisitState.OPEN
    officers: list[OfficerWire] = Field(default_factory=list, max_length=MAX_VISIT_OFFICERS)
    required_documents: list[DocumentKind] | None = Field(default=None, max_length=20)

    def to_domain(self) -> Visit:
        return Visit(
            id=self.id,
            office_id=self.office_id,
            village_code=self.village_code,
            date=self.date,
            officer_ids=tuple(self.officer_ids),
            target=self.target,
            state=self.state,
        )

    def officers_domain(self) -> list[Officer]:
        return [o.to_domain(self.office_id) for o in self.officers]

    def policy(self) -> DocumentPolicy | None:
        """The office's required documents at the visit; None when the laptop did not say."""
        if self.required_documents is None:
            return None
        return DocumentPolicy(required=frozenset(self.required_documents))

    @classmethod
    def from_domain(cls, visit: Visit) -> VisitSnapshot:
        return cls.model_validate(plain(visit))


# The keys a visit payload gained in protocol v3; a laptop leaves them out for an older server.
VISIT_V3_KEYS: Final = ("officers", "required_documents")


def visit_payload(
    visit: Visit, officers: Iterable[Officer], policy: DocumentPolicy
) -> dict[str, Any]:
    """What a laptop freezes in its outbox for a visit: ``plain(visit)``, the names and roles
    of ``officers`` (the visit's own first, in its order, then the laptop's others, who may
    confirm a warning or sign the report) and the office's required documents."""
    by_id = {o.id: o for o in officers}
    members = [by_id[i] for i in visit.officer_ids if i in by_id]
    others = [o for o in by_id.values() if o.id not in visit.officer_ids]
    named = (members + others)[:MAX_VISIT_OFFICERS]
    return {
        **plain(visit),
        "officers": [{"id": o.id, "name": o.name, "role": o.role.value} for o in named],
        "required_documents": sorted(k.value for k in policy.required),
    }


def payload_for_protocol(kind: str, payload: dict[str, Any], version: int) -> dict[str, Any]:
    """``payload`` as a server speaking ``version`` accepts it (it refuses unknown keys)."""
    if kind == "visit.upsert" and version < PROTOCOL_V3:
        return {k: v for k, v in payload.items() if k not in VISIT_V3_KEYS}
    return payload


def snapshot_json(app: Application) -> dict[str, Any]:
    """The JSON form stored and sent: the same dict the laptop's outbox freezes."""
    return application_snapshot(app)

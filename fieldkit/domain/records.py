"""The core records of DESIGN.md as small frozen dataclasses, safe to pass between threads."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from fieldkit.domain.status import ApplicationStatus, ReasonCode


class Role(enum.StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    BACK_OFFICE = "back_office"  # server-side users; never signs in on a laptop
    SYSTEM = "system"  # the sync engine applying the server's decisions


class Gender(enum.StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class LandStatus(enum.StrEnum):
    OWNED = "milik_sendiri"
    RENTED = "sewa"
    BORROWED = "pinjam_pakai"


class BusinessScale(enum.StrEnum):
    MICRO = "mikro"
    SMALL = "kecil"
    MEDIUM = "menengah"
    LARGE = "besar"


class ActivityKind(enum.StrEnum):
    PRODUCT = "produk"
    SERVICE = "jasa"


class DocumentKind(enum.StrEnum):
    KTP = "ktp"
    NPWP = "npwp"
    PHOTO = "pas_foto"
    LOCATION_PHOTO = "foto_lokasi"
    DOMICILE_LETTER = "surat_domisili"
    OTHER = "lainnya"


class VisitState(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    name: str
    address: str = ""
    timezone: str = "Asia/Jakarta"  # WIB; WITA is Asia/Makassar, WIT Asia/Jayapura
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Officer:
    id: str
    office_id: str
    name: str
    role: Role
    is_active: bool = True


@dataclass(frozen=True, slots=True)
class Visit:
    id: str
    office_id: str
    village_code: str  # 10-digit Kemendagri code
    date: dt.date
    officer_ids: tuple[str, ...]
    target: int = 15
    state: VisitState = VisitState.OPEN


@dataclass(frozen=True, slots=True)
class Address:
    """A street address with the region it lies in (village code implies the rest)."""

    street: str = ""  # jalan, RT/RW, dusun
    village_code: str = ""  # 10 digits
    postal_code: str = ""


@dataclass(frozen=True, slots=True)
class Applicant:
    """The business owner, as typed by the officer. Normalised values after validation."""

    nik: str = ""
    full_name: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    gender: Gender | None = None
    address: Address = field(default_factory=Address)
    mobile: str = ""
    email: str = ""
    npwp: str = ""


@dataclass(frozen=True, slots=True)
class Activity:
    """One business activity: a KBLI 2020 kelompok with what is made or served there."""

    kbli: str = ""
    kind: ActivityKind = ActivityKind.PRODUCT
    product: str = ""  # produk/jasa, e.g. "nasi goreng"
    workers: int = 0
    investment: int = 0  # rencana investasi, integer Rupiah


@dataclass(frozen=True, slots=True)
class Coordinate:
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Business:
    name: str = ""
    address: Address = field(default_factory=Address)
    land_area_m2: int | None = None
    land_status: LandStatus | None = None
    coordinate: Coordinate | None = None
    capital: int | None = None  # modal usaha excluding land and buildings, integer Rupiah
    activities: tuple[Activity, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A document attached to an application; the bytes live in the document store by hash."""

    kind: DocumentKind
    sha256: str
    media_type: str
    size: int
    page_count: int = 1
    original_name: str = ""


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """An officer confirmed they saw a warning and the data is right anyway."""

    problem_key: str  # Problem.key
    officer_id: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class ApplicationDraft:
    """Everything the officer types for one application; the input of validation."""

    applicant: Applicant = field(default_factory=Applicant)
    business: Business = field(default_factory=Business)


@dataclass(frozen=True, slots=True)
class Application:
    id: str
    tracking_code: str
    visit_id: str
    status: ApplicationStatus
    revision: int
    applicant: Applicant
    business: Business
    documents: tuple[DocumentRef, ...]
    acknowledgements: tuple[Acknowledgement, ...]
    created_by: str
    created_at: dt.datetime
    updated_by: str
    updated_at: dt.datetime
    nib: str = ""
    reason_code: ReasonCode | None = None
    reason_text: str = ""

    @property
    def draft(self) -> ApplicationDraft:
        return ApplicationDraft(applicant=self.applicant, business=self.business)


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """One append-only entry of an application's status history."""

    application_id: str
    at: dt.datetime
    officer_id: str
    from_status: ApplicationStatus | None
    to_status: ApplicationStatus
    reason_code: ReasonCode | None = None
    reason_text: str = ""

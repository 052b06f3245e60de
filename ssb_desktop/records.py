"""Frozen records and enumerations passed between layers (no Qt, no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ssb_desktop.errors import N_

# --- enumerations (stored by value) ---------------------------------------------------------


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    PROCUREMENT_OFFICER = "procurement_officer"
    EVALUATOR = "evaluator"
    SUBSIDY_OFFICER = "subsidy_officer"
    READ_ONLY = "read_only"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: N_("Role", "Administrator"),
    Role.PROCUREMENT_OFFICER: N_("Role", "Procurement officer"),
    Role.EVALUATOR: N_("Role", "Evaluator"),
    Role.SUBSIDY_OFFICER: N_("Role", "Subsidy officer"),
    Role.READ_ONLY: N_("Role", "Read-only"),
}


class OrganisationKind(StrEnum):
    PROFESSIONAL = "professional"
    VOLUNTEER = "volunteer"
    OTHER = "other"


ORGANISATION_KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.PROFESSIONAL: N_("OrganisationKind", "Professional"),
    OrganisationKind.VOLUNTEER: N_("OrganisationKind", "Volunteer"),
    OrganisationKind.OTHER: N_("OrganisationKind", "Other"),
}


class ProcedureType(StrEnum):
    OPEN_EU = "open_eu"
    LIGHT_REGIME = "light_regime"
    NATIONAL = "national"
    VOLUNTARY_TRANSPARENCY = "voluntary_transparency"
    MULTIPLE_PRIVATE = "multiple_private"


class AwardMethod(StrEnum):
    WEIGHTED_POINTS = "weighted_points"
    FIXED_PRICE_QUALITY = "fixed_price_quality"
    AWARD_ON_VALUE = "award_on_value"


class PriceFormula(StrEnum):
    RELATIVE = "relative"
    ABSOLUTE = "absolute"


class DropoutRule(StrEnum):
    FREEZE = "freeze"
    RECOMPUTE = "recompute"


class BidStatus(StrEnum):
    RECEIVED = "received"
    INCOMPLETE = "incomplete"
    EXCLUDED = "excluded"
    VALID = "valid"
    WITHDRAWN = "withdrawn"


class ConsortiumRole(StrEnum):
    LEAD = "lead"
    MEMBER = "member"
    SUBCONTRACTOR = "subcontractor"


class AwardStatus(StrEnum):
    PROVISIONAL = "provisional"
    DEFINITIVE = "definitive"
    WITHDRAWN = "withdrawn"


class ObjectionKind(StrEnum):
    SUMMARY_PROCEEDINGS = "summary_proceedings"
    COMPLAINT = "complaint"
    OTHER = "other"


class ObjectionOutcome(StrEnum):
    OPEN = "open"
    UPHELD = "upheld"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    SETTLED = "settled"


class OptionStatus(StrEnum):
    OPEN = "open"
    EXERCISED = "exercised"
    DECLINED = "declined"


class DistributionRule(StrEnum):
    FIRST_COME = "first_come"
    RANKING = "ranking"
    PRO_RATA = "pro_rata"


class DecidingBody(StrEnum):
    MUNICIPALITY = "municipality"
    CONTRACT_HOLDER = "contract_holder"


class ApplicationStatus(StrEnum):
    RECEIVED = "received"
    INCOMPLETE = "incomplete"
    COMPLETE = "complete"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    ADVANCE_PAID = "advance_paid"
    SETTLED = "settled"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class SettlementReason(StrEnum):
    NOT_CARRIED_OUT = "not_carried_out"
    OBLIGATIONS_NOT_MET = "obligations_not_met"
    WRONG_INFORMATION = "wrong_information"
    WRONGLY_GRANTED = "wrongly_granted"


class PaymentKind(StrEnum):
    ADVANCE = "advance"
    SETTLEMENT = "settlement"
    RECLAIM = "reclaim"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DistrictRecord:
    id: int
    number: int
    name: str
    active: bool = True
    version: int = 1


@dataclass(frozen=True, slots=True)
class ContactRecord:
    name: str
    email: str = ""
    phone: str = ""
    role: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class OrganisationRecord:
    """An organisation as the register shows and edits it."""

    id: int | None
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    kvk: str = ""
    rsin: str = ""
    iban: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""
    archived: bool = False
    successor_id: int | None = None
    successor_name: str = ""
    district_ids: tuple[int, ...] = ()
    district_names: tuple[str, ...] = ()
    contacts: tuple[ContactRecord, ...] = ()
    version: int = 0


@dataclass(frozen=True, slots=True)
class InvolvementRecord:
    """One thing an organisation is involved in (a bid, a contract, an application)."""

    kind: str
    description: str
    when: date | None = None
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    account: str
    display_name: str
    email: str
    roles: frozenset[Role]
    active: bool = True
    version: int = 1


@dataclass(frozen=True, slots=True)
class AuditEntryRecord:
    id: int
    at: datetime
    user: str
    table: str
    record_id: str
    action: AuditAction
    changes: dict[str, Any]
    hash: str


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one cell or row of an imported workbook."""

    message: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    context: str = "Import"

    def english(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, or would do on a dry run."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: tuple[Problem, ...] = ()
    problems: tuple[Problem, ...] = ()
    dry_run: bool = False
    written: bool = False


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A form field or import column whose value breaks a rule."""

    field: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    context: str = "Errors"

    def english(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One data row of a workbook as text per field, with where it came from."""

    sheet: str
    row: int
    values: dict[str, str]

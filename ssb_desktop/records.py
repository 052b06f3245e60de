"""Frozen records and enumerations passed between layers (no Qt, no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

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
    # Enum values, translated by the view: the organisation's role and the thing's status.
    role: str = ""
    status: str = ""


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
    # Records the import removes (a criteria sheet replaces the lot's whole tree).
    deleted: int = 0
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


# --- procurements, lots, criteria and bids (issue 3) ----------------------------------------

PROCEDURE_TYPE_LABELS: dict[ProcedureType, str] = {
    ProcedureType.OPEN_EU: N_("ProcedureType", "Open European procedure"),
    ProcedureType.LIGHT_REGIME: N_("ProcedureType", "Light regime for social services"),
    ProcedureType.NATIONAL: N_("ProcedureType", "National procedure"),
    ProcedureType.VOLUNTARY_TRANSPARENCY: N_("ProcedureType", "Voluntary transparency notice"),
    ProcedureType.MULTIPLE_PRIVATE: N_("ProcedureType", "Multiple private procedure"),
}

AWARD_METHOD_LABELS: dict[AwardMethod, str] = {
    AwardMethod.WEIGHTED_POINTS: N_("AwardMethod", "Weighted points"),
    AwardMethod.FIXED_PRICE_QUALITY: N_("AwardMethod", "Fixed price, quality only"),
    AwardMethod.AWARD_ON_VALUE: N_("AwardMethod", "Award on value (fictitious deduction)"),
}

PRICE_FORMULA_LABELS: dict[PriceFormula, str] = {
    PriceFormula.RELATIVE: N_("PriceFormula", "Relative to the lowest valid price"),
    PriceFormula.ABSOLUTE: N_("PriceFormula", "Absolute between a floor and a ceiling price"),
}

DROPOUT_RULE_LABELS: dict[DropoutRule, str] = {
    DropoutRule.FREEZE: N_("DropoutRule", "Freeze the ranking"),
    DropoutRule.RECOMPUTE: N_("DropoutRule", "Recompute the ranking"),
}

BID_STATUS_LABELS: dict[BidStatus, str] = {
    BidStatus.RECEIVED: N_("BidStatus", "Received"),
    BidStatus.INCOMPLETE: N_("BidStatus", "Incomplete"),
    BidStatus.EXCLUDED: N_("BidStatus", "Excluded"),
    BidStatus.VALID: N_("BidStatus", "Valid"),
    BidStatus.WITHDRAWN: N_("BidStatus", "Withdrawn"),
}

CONSORTIUM_ROLE_LABELS: dict[ConsortiumRole, str] = {
    ConsortiumRole.LEAD: N_("ConsortiumRole", "Lead"),
    ConsortiumRole.MEMBER: N_("ConsortiumRole", "Member"),
    ConsortiumRole.SUBCONTRACTOR: N_("ConsortiumRole", "Subcontractor"),
}

# Tie-break rules a lot may list, in the order it applies them.
TIE_BREAK_RULE_LABELS: dict[str, str] = {
    "heaviest_criterion": N_("TieBreakRule", "Highest score on the heaviest criterion"),
    "lowest_price": N_("TieBreakRule", "Lowest price"),
    "lots": N_("TieBreakRule", "Drawing lots"),
}

# Categories of the dated threshold table (services/reference.py seeds them).
THRESHOLD_CATEGORY_LABELS: dict[str, str] = {
    "light_regime": N_("ThresholdCategory", "Social and other specific services (light regime)"),
    "services_local": N_("ThresholdCategory", "Services for local government"),
}


@dataclass(frozen=True, slots=True)
class ProcurementRecord:
    """A procurement as its page lists and edits it."""

    id: int | None
    reference: str
    title: str
    procedure_type: ProcedureType
    # Excluding VAT, over the whole term including all options and extensions.
    estimated_value: Decimal
    publication_date: date | None = None
    questions_deadline: date | None = None
    submission_deadline: datetime | None = None
    planned_award_date: date | None = None
    planned_contract_start: date | None = None
    allow_multiple_bids: bool = False
    notes: str = ""
    lot_count: int = 0
    version: int = 0


@dataclass(frozen=True, slots=True)
class LotRecord:
    """A lot with the procedure settings the tender documents promised."""

    id: int | None
    procurement_id: int
    procurement_reference: str = ""
    number: int = 1
    theme_id: int | None = None
    theme_name: str = ""
    title: str = ""
    description: str = ""
    budget: Decimal | None = None
    term_months: int = 24
    extension_months: tuple[int, ...] = ()
    award_method: AwardMethod = AwardMethod.WEIGHTED_POINTS
    price_formula: PriceFormula = PriceFormula.RELATIVE
    price_max_points: Decimal = Decimal(0)
    price_floor: Decimal | None = None
    price_ceiling: Decimal | None = None
    use_average: bool = False
    evaluator_count: int = 3
    prices_hidden: bool = True
    anonymised: bool = False
    motivation_required: bool = True
    dropout_rule: DropoutRule = DropoutRule.RECOMPUTE
    tie_break_rules: tuple[str, ...] = ("heaviest_criterion", "lots")
    spread_flag_steps: int = 2
    criteria_locked: bool = False
    bid_count: int = 0
    version: int = 0

    @property
    def label(self) -> str:
        """REF/N, as the command line and workbooks name a lot."""
        return f"{self.procurement_reference}/{self.number}"


@dataclass(frozen=True, slots=True)
class ScaleValueRecord:
    value: Decimal
    descriptor: str = ""


@dataclass(frozen=True, slots=True)
class ScaleRecord:
    """A reusable scoring scale with its explicit values."""

    id: int | None
    name: str
    description: str = ""
    values: tuple[ScaleValueRecord, ...] = ()
    version: int = 0


@dataclass(frozen=True, slots=True)
class CriterionRecord:
    """One award criterion of a lot's tree.

    ``key`` identifies the criterion within one list passed to save: its id, or a negative
    temporary number for a new one; ``parent_id`` refers to the parent's key.
    """

    id: int | None
    lot_id: int
    parent_id: int | None = None
    position: int = 0
    code: str = ""
    title: str = ""
    description: str = ""
    weight: Decimal = Decimal(0)
    is_price: bool = False
    scale_id: int | None = None
    scale_name: str = ""
    knockout_minimum: Decimal | None = None
    money_per_point: Decimal | None = None
    version: int = 0
    key: int = 0


@dataclass(frozen=True, slots=True)
class BidMemberRecord:
    organisation_id: int
    organisation_name: str = ""
    role: ConsortiumRole = ConsortiumRole.LEAD


@dataclass(frozen=True, slots=True)
class BidRecord:
    """A bid on one lot by one organisation or a consortium."""

    id: int | None
    lot_id: int
    lot_label: str = ""
    code: str = ""
    received_at: datetime | None = None
    late: bool = False
    late_reason: str = ""
    price_per_year: Decimal | None = None
    price_total: Decimal | None = None
    status: BidStatus = BidStatus.RECEIVED
    status_reason: str = ""
    notes: str = ""
    members: tuple[BidMemberRecord, ...] = ()
    documents: tuple[str, ...] = ()
    version: int = 0

    @property
    def lead_name(self) -> str:
        """The name of the lead (the single bidder, or the consortium's penvoerder)."""
        for member in self.members:
            if member.role is ConsortiumRole.LEAD:
                return member.organisation_name
        return ""

    @property
    def member_count(self) -> int:
        """How many organisations bid together: 1 for a single bidder."""
        return len(self.members)


@dataclass(frozen=True, slots=True)
class ThresholdRecord:
    """One row of the dated table of European thresholds."""

    id: int | None
    category: str
    valid_from: date
    valid_until: date | None
    amount: Decimal
    version: int = 0


@dataclass(frozen=True, slots=True)
class ThresholdAdvice:
    """What the threshold check says about a procedure type, a value and a date."""

    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    severity: Literal["warning", "info"] = "warning"
    context: str = "Errors"

    def english(self) -> str:
        return self.message.format(**self.params)


# --- Evaluation (committee, declarations, scores, consensus) ---


# --- Awards and contracts ---


# --- Subsidies ---

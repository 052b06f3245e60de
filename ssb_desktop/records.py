"""Frozen records and enumerations passed between layers (no Qt, no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, NamedTuple

from ssb_desktop.errors import N_, english_params

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


class ObjectionSubject(StrEnum):
    """What an objection is against: the award of the lot (a bidder's challenge) or the tender
    itself (any organisation protesting the decision to tender, its terms or procedure)."""

    AWARD = "award"
    TENDER = "tender"


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


class Assessment(StrEnum):
    """The municipality's assessment of a contractor's performance report."""

    NOT_ASSESSED = "not_assessed"
    GOOD = "good"
    SUFFICIENT = "sufficient"
    INSUFFICIENT = "insufficient"


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


class ReportTier(StrEnum):
    """What a grant must account for (DOMAIN.md section 5, tiers by granted amount)."""

    NONE = "none"  # settled at the grant, without a report
    ACTIVITY = "activity"  # an activity report
    ACTIVITY_AND_FINANCIAL = "activity_and_financial"  # a report and a financial statement


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
class ThemeRecord:
    """A theme (kernopdracht) of the municipality: reference data like the districts."""

    id: int | None
    name: str
    description: str = ""
    active: bool = True
    lot_count: int = 0
    scheme_count: int = 0
    version: int = 0

    @property
    def in_use(self) -> bool:
        return bool(self.lot_count or self.scheme_count)


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """The procurement rules a municipality may set differently (shared by the team)."""

    standstill_days: int
    notice_months: int


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
    # A legal succession (another KvK registration took over): its day and reason.
    succeeded_on: date | None = None
    successor_reason: str = ""


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
    # The entry in the user's words (services.audit_values.describe_entries); None until then.
    readable: ReadableEntry | None = None


@dataclass(frozen=True, slots=True)
class ReadableChange:
    """One changed field as a user reads it: its label and the old and new value as text."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class ReadableEntry:
    """What an audit entry is about ("2021-0027", "Stichting X"; empty when the record has no
    name) and its changes in words."""

    identity: str
    changes: tuple[ReadableChange, ...]

    def lines(self) -> list[str]:
        """ "Field: old → new", one per changed field (the screen and the export)."""
        return [f"{change.label}: {change.old} → {change.new}" for change in self.changes]


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
        return self.message.format(**english_params(self.params))


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
    # Header texts of columns that no field reads (each also a warning, or with --strict a
    # problem): nothing in a workbook is skipped silently.
    unmapped_columns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """A form field or import column whose value breaks a rule."""

    field: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    context: str = "Errors"

    def english(self) -> str:
        return self.message.format(**english_params(self.params))


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
    "heaviest_criterion": N_(
        "TieBreakRule", "Highest score on the heaviest quality criterion (price excluded)"
    ),
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
    their_reference: str = ""  # the bidder's own reference ("Uw kenmerk")
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
        return self.message.format(**english_params(self.params))


# --- Evaluation (committee, declarations, scores, consensus) ---


@dataclass(frozen=True, slots=True)
class DeclarationRecord:
    """A signed conflict-of-interest declaration of one evaluator (never replaced)."""

    id: int | None
    evaluator_id: int
    signed_at: datetime  # aware UTC
    signed_by: str  # account or name of who signed
    text_version: str
    has_conflict: bool = False
    statement: str = ""


@dataclass(frozen=True, slots=True)
class EvaluatorRecord:
    """A committee member of one lot: a user of the program or an external person."""

    id: int | None
    lot_id: int
    name: str
    email: str = ""
    user_id: int | None = None
    account: str = ""  # the linked user's account, read-only
    criterion_group_id: int | None = None  # a main criterion: scores only that group
    criterion_group_title: str = ""
    is_chair: bool = False
    sees_prices: bool = False
    submitted_at: datetime | None = None
    declaration: DeclarationRecord | None = None  # the latest one
    scored: int = 0  # scores entered
    expected: int = 0  # scores expected (active bids x criteria to score)
    version: int = 0

    @property
    def may_see_bids(self) -> bool:
        """Whether the latest declaration is signed without a conflict of interest."""
        return self.declaration is not None and not self.declaration.has_conflict


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning or remark to show, translatable: message with {params}."""

    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    context: str = "Errors"

    def english(self) -> str:
        return self.message.format(**english_params(self.params))


@dataclass(frozen=True, slots=True)
class GridBid:
    bid_id: int
    label: str  # the bid's code in anonymised mode, else "code – lead organisation name"
    price: Decimal | None  # None when hidden from this evaluator (or not given)
    withdrawn: bool = False


@dataclass(frozen=True, slots=True)
class GridCriterion:
    criterion_id: int
    code: str
    title: str
    description: str
    path: str  # "1. Quality > 1.2 Reach" style, for context
    weight: Decimal  # effective weight in points of 100
    scale: tuple[ScaleValueRecord, ...]  # allowed values with descriptors, ascending
    knockout_minimum: Decimal | None = None


@dataclass(frozen=True, slots=True)
class IndividualScoreRecord:
    id: int | None
    evaluator_id: int
    bid_id: int
    criterion_id: int
    score: Decimal | None
    motivation: str = ""
    source: str = "screen"  # "screen" or "excel:<file name>"
    version: int = 0


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    """One cell to save: score None clears it."""

    bid_id: int
    criterion_id: int
    score: Decimal | None
    motivation: str = ""
    version: int = 0  # of the existing IndividualScore; 0 for a new one


@dataclass(frozen=True, slots=True)
class ScoringGrid:
    """What one evaluator scores: bids by criteria, with his scores so far."""

    lot_id: int
    lot_label: str
    evaluator: EvaluatorRecord
    bids: tuple[GridBid, ...]
    criteria: tuple[GridCriterion, ...]  # the scored leaves this evaluator scores, tree order
    scores: tuple[IndividualScoreRecord, ...]
    motivation_required: bool
    prices_hidden: bool  # for this evaluator
    anonymised: bool
    submitted: bool


@dataclass(frozen=True, slots=True)
class ConsensusCell:
    """One bid on one criterion: the individual scores side by side and the consensus."""

    bid_id: int
    bid_label: str
    criterion_id: int
    criterion_title: str
    scale: tuple[ScaleValueRecord, ...]
    individual: tuple[tuple[str, Decimal | None, str], ...]  # (evaluator name, score, motivation)
    mean: Decimal | None
    spread_steps: int  # max-min measured in steps of the scale
    flags: tuple[Notice, ...]  # spread >= lot.spread_flag_steps; all identical
    consensus: Decimal | None
    consensus_motivation: str = ""
    consensus_version: int = 0


@dataclass(frozen=True, slots=True)
class CriterionAgreement:
    """Agreement between the evaluators on one criterion: Krippendorff's alpha (ordinal),
    rounded to three decimals, or None when undefined; ``cells`` the bids scored by at least
    two evaluators and ``scores`` the scores in them, on which the figure rests."""

    criterion_id: int
    criterion_title: str
    alpha: Decimal | None
    cells: int
    scores: int


@dataclass(frozen=True, slots=True)
class ConsensusOverview:
    lot_id: int
    lot_label: str
    cells: tuple[ConsensusCell, ...]  # sorted by disagreement (spread desc, then tree/bid order)
    # Evaluator consistently above/below (|z| >= 1.5 avg), flat-liner, identical pair.
    evaluator_flags: tuple[Notice, ...]
    missing: tuple[str, ...]  # evaluators who have not submitted (names)
    use_average: bool
    complete: bool  # every cell has a consensus score
    agreement: tuple[CriterionAgreement, ...] = ()  # per scored criterion, in tree order


@dataclass(frozen=True, slots=True)
class TieBreakRecord:
    """How a tie was broken: method, outcome, date, witness, and the bid that came first."""

    id: int
    lot_id: int
    decided_on: date
    method: str
    witness: str
    outcome: str
    first_bid_id: int | None = None


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A consensus meeting: when, who was present, what was decided."""

    id: int | None
    lot_id: int
    held_at: datetime
    present: str  # one name per line
    decisions: str
    version: int = 0


@dataclass(frozen=True, slots=True)
class MinutesRow:
    """One consensus score as the minutes list it."""

    bid_label: str
    criterion: str
    score: Decimal
    motivation: str


@dataclass(frozen=True, slots=True)
class MinutesContent:
    """What the minutes of a consensus meeting say (documents/minutes.py renders it).

    Lives here rather than in services/evaluation.py (which re-exports it) because
    documents/ may not import the database layer, not even indirectly.
    """

    procurement_reference: str
    procurement_title: str
    lot_label: str
    lot_title: str
    held_at: datetime
    present: tuple[str, ...]
    decisions: str
    rows: tuple[MinutesRow, ...]


# --- Awards and contracts ---

AWARD_STATUS_LABELS: dict[AwardStatus, str] = {
    AwardStatus.PROVISIONAL: N_("AwardStatus", "Provisional"),
    AwardStatus.DEFINITIVE: N_("AwardStatus", "Definitive"),
    AwardStatus.WITHDRAWN: N_("AwardStatus", "Withdrawn"),
}

OBJECTION_SUBJECT_LABELS: dict[ObjectionSubject, str] = {
    ObjectionSubject.AWARD: N_("ObjectionSubject", "Against the award (a bidder)"),
    ObjectionSubject.TENDER: N_("ObjectionSubject", "Against the tender itself (anyone)"),
}
OBJECTION_KIND_LABELS: dict[ObjectionKind, str] = {
    ObjectionKind.SUMMARY_PROCEEDINGS: N_("ObjectionKind", "Summary proceedings (kort geding)"),
    ObjectionKind.COMPLAINT: N_("ObjectionKind", "Complaint"),
    ObjectionKind.OTHER: N_("ObjectionKind", "Other"),
}

OBJECTION_OUTCOME_LABELS: dict[ObjectionOutcome, str] = {
    ObjectionOutcome.OPEN: N_("ObjectionOutcome", "Open"),
    ObjectionOutcome.UPHELD: N_("ObjectionOutcome", "Upheld"),
    ObjectionOutcome.REJECTED: N_("ObjectionOutcome", "Rejected"),
    ObjectionOutcome.WITHDRAWN: N_("ObjectionOutcome", "Withdrawn"),
    ObjectionOutcome.SETTLED: N_("ObjectionOutcome", "Settled"),
}

OPTION_STATUS_LABELS: dict[OptionStatus, str] = {
    OptionStatus.OPEN: N_("OptionStatus", "Open"),
    OptionStatus.EXERCISED: N_("OptionStatus", "Exercised"),
    OptionStatus.DECLINED: N_("OptionStatus", "Declined"),
}


@dataclass(frozen=True, slots=True)
class ExtraHolidayRecord:
    """A day equated with a public holiday by royal decree."""

    id: int | None
    day: date
    description: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class AwardRecord:
    """An award decision of a lot: provisional, definitive or withdrawn (kept as history)."""

    id: int
    lot_id: int
    lot_label: str
    bid_id: int
    bid_code: str
    winner_organisation_id: int
    winner_name: str  # the lead of the winning bid, as it bid
    status: AwardStatus
    sent_on: date | None
    standstill_days: int
    standstill_end: date | None  # the last day of the standstill period
    reasons: str = ""  # characteristics and relative advantages of the winning bid
    reason_not_first: str = ""
    definitive_on: date | None = None
    successor_organisation_id: int | None = None
    successor_name: str = ""
    successor_reason: str = ""
    objection_override_reason: str = ""
    withdrawn_reason: str = ""
    version: int = 0
    letters_sent_on: date | None = None  # recorded when the user confirms they went out

    @property
    def awarded_name(self) -> str:
        """Who gets the contract: the successor when the winner was replaced."""
        return self.successor_name or self.winner_name

    @property
    def first_contract_day(self) -> date | None:
        """The first day the contract may be signed: the day after the standstill period."""
        if self.standstill_end is None:
            return None
        return date.fromordinal(self.standstill_end.toordinal() + 1)


@dataclass(frozen=True, slots=True)
class ObjectionRecord:
    """A challenge of an award decision, or a protest against the tender: kort geding,
    complaint or other ("bezwaar"). It concerns one lot (``lot_id``) or, for a protest against
    the tender, the whole procurement: ``lot_id`` None and ``procurement_id`` set."""

    id: int | None
    lot_id: int | None
    organisation_id: int
    kind: ObjectionKind
    received_on: date | None
    summary: str = ""
    documents: str = ""
    outcome: ObjectionOutcome = ObjectionOutcome.OPEN
    outcome_on: date | None = None
    hearing_on: date | None = None
    award_decision_id: int | None = None
    organisation_name: str = ""
    lot_label: str = ""
    version: int = 0
    against: ObjectionSubject = ObjectionSubject.AWARD
    procurement_id: int | None = None
    # The procurement's reference, for a protest against the whole procurement.
    procurement_reference: str = ""

    @property
    def is_open(self) -> bool:
        return self.outcome is ObjectionOutcome.OPEN

    @property
    def whole_procurement(self) -> bool:
        """A protest against the tender of every lot of the procurement, not of one lot."""
        return self.lot_id is None


@dataclass(frozen=True, slots=True)
class ContractPartyRecord:
    organisation_id: int
    organisation_name: str = ""
    role: ConsortiumRole = ConsortiumRole.LEAD
    # The legal successor of the party, when it was succeeded (both names stay visible).
    successor_name: str = ""


@dataclass(frozen=True, slots=True)
class OptionRecord:
    """One extension option of a contract and the date by which it must be decided."""

    id: int
    contract_id: int
    sequence: int
    months: int
    decide_by: date
    status: OptionStatus = OptionStatus.OPEN
    decided_on: date | None = None
    reason: str = ""
    version: int = 0
    # The assessed performance the decision was taken on (JSON of a PerformanceSummary).
    performance_basis: str = ""


@dataclass(frozen=True, slots=True)
class ContractRecord:
    """A contract from a definitive award; ``end`` is the end of the base term and
    ``current_end`` includes the options exercised so far."""

    id: int | None
    lot_id: int
    reference: str
    start: date
    end: date
    value: Decimal
    notice_months: int = 6
    notes: str = ""
    award_decision_id: int | None = None
    lot_label: str = ""
    current_end: date | None = None
    parties: tuple[ContractPartyRecord, ...] = ()
    options: tuple[OptionRecord, ...] = ()
    version: int = 0
    report_months: int | None = None  # the reporting rhythm; None: no periodic reports
    report_due_days: int = 42

    @property
    def final_end(self) -> date:
        """The end after every option not declined: when the next cycle must be in place."""
        from datetime import timedelta

        from dateutil.relativedelta import relativedelta

        end = self.end
        for option in self.options:
            if option.status is OptionStatus.DECLINED:
                break
            following: date = end + timedelta(days=1) + relativedelta(months=option.months)
            end = following - timedelta(days=1)
        return end


@dataclass(frozen=True, slots=True)
class TransparencyNoticeRecord:
    """A voluntary transparency notice: a lot's intended award to a named organisation, its
    publication on TenderNed and the last day of the waiting period; the contract after it."""

    id: int
    lot_id: int
    lot_label: str
    organisation_id: int
    organisation_name: str
    published_on: date
    period_days: int
    last_day: date
    reasons: str = ""
    contract_id: int | None = None
    contract_reference: str = ""
    signed_on: date | None = None
    version: int = 0

    @property
    def first_contract_day(self) -> date:
        """The first day the contract may be signed: the day after the waiting period."""
        return date.fromordinal(self.last_day.toordinal() + 1)


@dataclass(frozen=True, slots=True)
class EndingContract:
    """A contract whose final end (after every option not declined) is near: the next
    procurement must be under way."""

    contract_id: int
    contract_reference: str
    lot_id: int
    lot_label: str
    contractor: str
    final_end: date
    days_left: int


# --- Performance agreements and reports (prestatieafspraken) ---

ASSESSMENT_LABELS: dict[Assessment, str] = {
    Assessment.NOT_ASSESSED: N_("Assessment", "Not assessed"),
    Assessment.GOOD: N_("Assessment", "Good"),
    Assessment.SUFFICIENT: N_("Assessment", "Sufficient"),
    Assessment.INSUFFICIENT: N_("Assessment", "Insufficient"),
}


@dataclass(frozen=True, slots=True)
class TargetRecord:
    """The target of an indicator for one year; ``district_id`` None: the whole municipality."""

    year: int
    target: Decimal
    district_id: int | None = None
    district_name: str = ""


@dataclass(frozen=True, slots=True)
class IndicatorRecord:
    """A performance indicator of a contract with its yearly targets."""

    id: int | None
    contract_id: int
    name: str
    unit: str = ""
    targets: tuple[TargetRecord, ...] = ()
    version: int = 0

    @property
    def district_keys(self) -> tuple[int | None, ...]:
        """Where values are reported: the districts of its targets (None: the municipality)."""
        keys: list[int | None] = []
        for target in self.targets:
            if target.district_id not in keys:
                keys.append(target.district_id)
        return tuple(keys) if keys else (None,)


@dataclass(frozen=True, slots=True)
class ReportValue:
    """A realised value of one indicator, for the municipality (no district) or one district."""

    indicator_id: int
    district_id: int | None
    value: Decimal
    indicator_name: str = ""
    district_name: str = ""


@dataclass(frozen=True, slots=True)
class DistrictOpinionRecord:
    """A district platform's opinion on its district's part of a report."""

    id: int | None
    report_id: int
    district_id: int
    received_on: date
    opinion: str
    district_name: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class PerformanceReportRecord:
    """The contractor's report over one period and the municipality's assessment of it."""

    id: int | None
    contract_id: int
    period_start: date
    period_end: date
    received_on: date
    documents: str = ""
    values: tuple[ReportValue, ...] = ()
    assessment: Assessment = Assessment.NOT_ASSESSED
    assessment_text: str = ""
    assessed_on: date | None = None
    opinions: tuple[DistrictOpinionRecord, ...] = ()
    contract_reference: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class OverdueReport:
    """A report period that has passed its due date without a report."""

    contract_id: int
    contract_reference: str
    lot_id: int
    lot_label: str
    contractor: str
    period_start: date
    period_end: date
    due_on: date
    days_overdue: int


@dataclass(frozen=True, slots=True)
class IndicatorPoint:
    """One year of an indicator: the target and what was realised (None: nothing yet)."""

    year: int
    target: Decimal | None
    realised: Decimal | None


@dataclass(frozen=True, slots=True)
class IndicatorSeries:
    indicator_id: int
    name: str
    unit: str
    points: tuple[IndicatorPoint, ...] = ()


@dataclass(frozen=True, slots=True)
class PerformanceSummary:
    """The assessed performance of a contract: how many reports, how they were assessed and
    the latest assessment; what an option decision is taken on (stored as JSON)."""

    reports: int = 0
    good: int = 0
    sufficient: int = 0
    insufficient: int = 0
    not_assessed: int = 0
    latest_period_end: date | None = None
    latest: Assessment | None = None
    overdue: int = 0

    def to_json(self) -> str:
        import json

        return json.dumps(
            {
                "reports": self.reports,
                "good": self.good,
                "sufficient": self.sufficient,
                "insufficient": self.insufficient,
                "not_assessed": self.not_assessed,
                "latest_period_end": (
                    self.latest_period_end.isoformat() if self.latest_period_end else None
                ),
                "latest": self.latest.value if self.latest else None,
                "overdue": self.overdue,
            },
            sort_keys=True,
        )

    @staticmethod
    def from_json(text: str) -> PerformanceSummary | None:
        """The summary an option decision recorded; None when it recorded none."""
        import json

        if not text:
            return None
        try:
            data = json.loads(text)
            end = data.get("latest_period_end")
            latest = data.get("latest")
            return PerformanceSummary(
                reports=int(data["reports"]),
                good=int(data["good"]),
                sufficient=int(data["sufficient"]),
                insufficient=int(data["insufficient"]),
                not_assessed=int(data["not_assessed"]),
                latest_period_end=date.fromisoformat(end) if end else None,
                latest=Assessment(latest) if latest else None,
                overdue=int(data.get("overdue", 0)),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated event in the life of a lot's award; ``message`` is translatable."""

    day: date
    kind: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    context: str = "Timeline"

    def english(self) -> str:
        return self.message.format(**english_params(self.params))


@dataclass(frozen=True, slots=True)
class StandstillClock:
    award_id: int
    lot_id: int
    lot_label: str
    winner_name: str
    last_day: date
    days_left: int


@dataclass(frozen=True, slots=True)
class OptionClock:
    option_id: int
    contract_id: int
    contract_reference: str
    lot_label: str
    sequence: int
    months: int
    decide_by: date
    days_left: int  # negative when the date has passed
    # The contract's assessed performance today: what the decision will be taken on.
    performance: PerformanceSummary | None = None


@dataclass(frozen=True, slots=True)
class AwardClocks:
    """What the Dashboard shows: running standstill periods and option decisions due soon."""

    standstill: tuple[StandstillClock, ...] = ()
    options_due: tuple[OptionClock, ...] = ()


@dataclass(frozen=True, slots=True)
class LetterScore:
    """One criterion of a letter: the addressee's and the winner's score and points.

    ``score`` and ``motivation`` are set for a scored criterion (a leaf that is not price);
    ``points`` for every criterion that gives points (a main criterion, a scored criterion,
    the price)."""

    criterion_id: int | None
    code: str
    title: str
    depth: int
    weight: Decimal | None
    is_price: bool
    addressee_score: Decimal | None
    addressee_points: Decimal | None
    addressee_motivation: str
    winner_score: Decimal | None
    winner_points: Decimal | None
    winner_motivation: str


@dataclass(frozen=True, slots=True)
class LetterContent:
    """Everything one bidder's award letter says; nothing of bidders other than the addressee
    and the winner."""

    lot_id: int
    lot_label: str
    lot_title: str
    procurement_title: str
    bid_id: int
    bid_code: str
    addressee_name: str
    addressee_street: str
    addressee_postcode: str
    addressee_city: str
    is_winner: bool
    winner_bid_code: str
    winner_name: str
    successor_name: str
    reasons: str
    reason_not_first: str
    rank: int | None
    total: Decimal | None
    ranked_count: int
    winner_rank: int | None
    winner_total: Decimal | None
    excluded_reason: str
    scores: tuple[LetterScore, ...]
    sent_on: date
    standstill_end: date
    addressee_contact: str = ""  # the contact person, for "t.a.v."
    addressee_email: str = ""
    their_reference: str = ""  # the bidder's own reference for its bid ("Uw kenmerk")


# --- Subsidies ---

DISTRIBUTION_RULE_LABELS: dict[DistributionRule, str] = {
    DistributionRule.FIRST_COME: N_("DistributionRule", "First come, first served"),
    DistributionRule.RANKING: N_("DistributionRule", "Ranking after the closing date"),
    DistributionRule.PRO_RATA: N_("DistributionRule", "Pro rata when oversubscribed"),
}

DECIDING_BODY_LABELS: dict[DecidingBody, str] = {
    DecidingBody.MUNICIPALITY: N_("DecidingBody", "Municipality"),
    DecidingBody.CONTRACT_HOLDER: N_("DecidingBody", "Contract holder of the theme"),
}

APPLICATION_STATUS_LABELS: dict[ApplicationStatus, str] = {
    ApplicationStatus.RECEIVED: N_("ApplicationStatus", "Received"),
    ApplicationStatus.INCOMPLETE: N_("ApplicationStatus", "Incomplete"),
    ApplicationStatus.COMPLETE: N_("ApplicationStatus", "Complete"),
    ApplicationStatus.GRANTED: N_("ApplicationStatus", "Granted"),
    ApplicationStatus.PARTLY_GRANTED: N_("ApplicationStatus", "Partly granted"),
    ApplicationStatus.REFUSED: N_("ApplicationStatus", "Refused"),
    ApplicationStatus.ADVANCE_PAID: N_("ApplicationStatus", "Advance paid"),
    ApplicationStatus.SETTLED: N_("ApplicationStatus", "Settled"),
    ApplicationStatus.CLOSED: N_("ApplicationStatus", "Closed"),
    ApplicationStatus.WITHDRAWN: N_("ApplicationStatus", "Withdrawn"),
}

REPORT_TIER_LABELS: dict[ReportTier, str] = {
    ReportTier.NONE: N_("ReportTier", "No report (settled at the grant)"),
    ReportTier.ACTIVITY: N_("ReportTier", "Activity report"),
    ReportTier.ACTIVITY_AND_FINANCIAL: N_("ReportTier", "Activity report and financial statement"),
}

SETTLEMENT_REASON_LABELS: dict[SettlementReason, str] = {
    SettlementReason.NOT_CARRIED_OUT: N_(
        "SettlementReason", "Activities not or only partly carried out"
    ),
    SettlementReason.OBLIGATIONS_NOT_MET: N_("SettlementReason", "Obligations not met"),
    SettlementReason.WRONG_INFORMATION: N_("SettlementReason", "Wrong or incomplete information"),
    SettlementReason.WRONGLY_GRANTED: N_(
        "SettlementReason", "Grant wrongly given and the recipient knew"
    ),
}

PAYMENT_KIND_LABELS: dict[PaymentKind, str] = {
    PaymentKind.ADVANCE: N_("PaymentKind", "Advance"),
    PaymentKind.SETTLEMENT: N_("PaymentKind", "Settlement"),
    PaymentKind.RECLAIM: N_("PaymentKind", "Reclaim"),
}


@dataclass(frozen=True, slots=True)
class CeilingChangeRecord:
    """A ceiling changed after the announcement; applications received before ``changed_on``
    keep the ceiling in force when they were received."""

    changed_on: date
    ceiling: Decimal
    reason: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SchemeRecord:
    """A subsidy scheme (subsidieregeling) of one year and theme with its ceiling and rule."""

    id: int | None
    year: int
    name: str
    ceiling: Decimal  # as announced; see ``ceiling_changes`` for later changes
    opens_on: date
    closes_on: date | None = None
    announced_on: date | None = None
    theme_id: int | None = None
    theme_name: str = ""
    distribution_rule: DistributionRule = DistributionRule.FIRST_COME
    max_per_applicant: Decimal | None = None
    amount_per_member: Decimal | None = None
    deciding_body: DecidingBody = DecidingBody.MUNICIPALITY
    # The theme's contract holder decides from this year on (None: from the scheme's year).
    contract_holder_from_year: int | None = None
    # The scheme's own decision term; None: the Awb's default of 8 weeks (Awb 4:13).
    decision_term_weeks: int | None = None
    completion_days: int = 14
    # The scheme declares the Algemene termijnenwet applicable to its own terms.
    atw_applies: bool = False
    # Accountability: no report up to the first amount, an activity report up to the second,
    # above it also a financial statement; the report is due weeks after the activity period.
    report_activity_from: Decimal = Decimal("5000.00")
    report_financial_from: Decimal = Decimal("50000.00")
    report_due_weeks: int = 13
    ceiling_changes: tuple[CeilingChangeRecord, ...] = ()  # by date, read-only here
    current_ceiling: Decimal | None = None  # the latest ceiling, read-only
    application_count: int = 0  # read-only
    version: int = 0
    # Who decides given the year (services.subsidies.rules.deciding_body), read-only.
    effective_deciding_body: DecidingBody = DecidingBody.MUNICIPALITY


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    id: int | None
    application_id: int
    kind: PaymentKind
    amount: Decimal
    paid_on: date
    reference: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class CompletenessRequestRecord:
    """A request to complete an application; suspends the decision deadline."""

    id: int | None
    application_id: int
    requested_on: date
    period_days: int = 14
    completed_on: date | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class ApplicationRecord:
    """A subsidy application (aanvraag) of a volunteer organisation under one scheme.

    On saving, ``id`` None creates; the read-only fields (names, deciding body, amounts decided
    by the status flow, deadlines) are filled by the service and ignored on input.
    """

    id: int | None
    scheme_id: int
    applicant_id: int
    activity: str
    requested: Decimal
    received_on: date
    reference: str = ""  # empty: the service assigns "<year>-<number>"
    goals: str = ""
    district_ids: tuple[int, ...] = ()
    budget_total: Decimal | None = None
    other_funders: str = ""
    members: int | None = None
    completed_at: datetime | None = None
    notes: str = ""
    their_reference: str = ""  # the applicant's own reference ("Uw kenmerk")
    # The assessment score that orders the applications of a ranking scheme (higher first).
    ranking_score: Decimal | None = None
    # read-only, filled by the service
    scheme_name: str = ""
    year: int = 0
    theme_id: int | None = None
    theme_name: str = ""
    applicant_name: str = ""
    applicant_kvk: str = ""
    deciding_body: DecidingBody = DecidingBody.MUNICIPALITY
    deciding_organisation_id: int | None = None
    deciding_organisation_name: str = ""
    district_names: tuple[str, ...] = ()
    status: ApplicationStatus = ApplicationStatus.RECEIVED
    decision_on: date | None = None
    granted: Decimal | None = None
    settled: Decimal | None = None
    settlement_reason: SettlementReason | None = None
    settlement_above_grant_reason: str = ""
    settled_on: date | None = None
    refusal_reason: str = ""  # why it was refused; quoted in the refusal letter
    advances_paid: Decimal = Decimal("0.00")
    reclaimed: Decimal = Decimal("0.00")
    decision_due: date | None = None
    objection_due: date | None = None
    version: int = 0
    # The rules that produced decision_due: (English message, parameters) in order.
    decision_due_basis: tuple[tuple[str, Mapping[str, Any]], ...] = ()
    # The end of the activity period (None: the scheme's year end); editable.
    activity_ends_on: date | None = None
    # Accountability, read-only: the tier of the grant, when the report is due, what came of it.
    report_tier: ReportTier = ReportTier.NONE
    report_due: date | None = None
    report_received_on: date | None = None
    report_reminded_on: date | None = None
    report_assessed_on: date | None = None
    report_assessed_amount: Decimal | None = None
    report_assessment: str = ""
    report_overdue: bool = False

    @property
    def balance(self) -> Decimal | None:
        """Settled minus advances (negative: to reclaim); None before settlement."""
        if self.settled is None:
            return None
        return self.settled - self.advances_paid


@dataclass(frozen=True, slots=True)
class ApplicationFilter:
    """Which applications to list; None or empty means any."""

    scheme_id: int | None = None
    theme_id: int | None = None
    district_id: int | None = None
    statuses: frozenset[ApplicationStatus] = frozenset()
    deciding_organisation_id: int | None = None
    deciding_body: DecidingBody | None = None
    year: int | None = None
    applicant_id: int | None = None
    # Only grants whose accountability report is overdue ("verantwoording te laat").
    report_overdue: bool = False


class AllocationOutcome(StrEnum):
    GRANTED = "granted"
    PARTLY = "partly"
    REFUSED = "refused"


ALLOCATION_OUTCOME_LABELS: dict[AllocationOutcome, str] = {
    AllocationOutcome.GRANTED: N_("AllocationOutcome", "Granted"),
    AllocationOutcome.PARTLY: N_("AllocationOutcome", "Partly granted"),
    AllocationOutcome.REFUSED: N_("AllocationOutcome", "Refused (no budget)"),
}


class AllocationLine(NamedTuple):
    """What one application gets in a (trial) allocation, with the reason in words.

    A named tuple rather than a frozen dataclass (the other records): a trial allocation
    makes one per application, 50,000 at a time, and a tuple is made in a tenth of the time.
    It is as immutable; ``params`` is shared between lines and must be treated as read-only.
    """

    application_id: int
    position: int  # 1-based place in the order of the scheme's rule
    requested: Decimal
    granted: Decimal
    outcome: AllocationOutcome
    reason: str  # English source text, context "Allocation", with {params}
    params: dict[str, Any] = {}  # noqa: RUF012 - read-only, see above
    reference: str = ""
    applicant_id: int | None = None
    applicant_name: str = ""
    ceiling: Decimal | None = None  # the ceiling that applied to this application
    context: str = "Allocation"

    def english(self) -> str:
        return self.reason.format(**english_params(self.params))


@dataclass(frozen=True, slots=True)
class Allocation:
    """The result of a distribution rule over one scheme's pending applications."""

    scheme_id: int | None
    rule: DistributionRule
    ceiling: Decimal  # the latest ceiling in force
    committed: Decimal  # granted by earlier decisions, before this allocation
    requested: Decimal  # total requested by the allocated applications
    granted: Decimal  # total granted by this allocation
    remaining: Decimal  # what is left of the ceiling after earlier decisions and this one
    lines: tuple[AllocationLine, ...] = ()

    @property
    def partly_granted(self) -> tuple[AllocationLine, ...]:
        return tuple(line for line in self.lines if line.outcome is AllocationOutcome.PARTLY)


@dataclass(frozen=True, slots=True)
class BudgetUse:
    """How much of one scheme's ceiling is granted (Dashboard)."""

    scheme_id: int
    scheme_name: str
    year: int
    theme_name: str
    ceiling: Decimal  # the latest ceiling
    requested: Decimal  # by applications not refused or withdrawn
    granted: Decimal
    remaining: Decimal  # ceiling - granted, never below zero
    applications: int = 0
    pending: int = 0  # applications still without a decision


@dataclass(frozen=True, slots=True)
class MoneyByThemeDistrict:
    """Money per theme and district (Dashboard). Contracts have no district: their rows have
    ``district_id`` None ("all districts"); a grant to several districts is split evenly."""

    theme_id: int | None
    theme_name: str
    district_id: int | None
    district_name: str
    contracted: Decimal
    granted: Decimal
    year: int | None = None


@dataclass(frozen=True, slots=True)
class RegisterYear:
    """One organisation's involvement in one year (``year`` None: totals over all years)."""

    year: int | None
    bids: int = 0
    bid_value: Decimal = Decimal("0.00")  # sum of price_total of the bids (where known)
    contracts: int = 0
    contracted: Decimal = Decimal("0.00")
    applications: int = 0
    applied: Decimal = Decimal("0.00")
    granted: Decimal = Decimal("0.00")
    decided_for_others: int = 0  # applications of others this organisation decided on


@dataclass(frozen=True, slots=True)
class OrganisationRegister:
    """Bids, contracts and subsidies of one organisation per year, with totals."""

    organisation_id: int
    organisation_name: str
    years: tuple[RegisterYear, ...]
    totals: RegisterYear


class SubsidyLetterKind(StrEnum):
    GRANT = "grant"
    REFUSAL = "refusal"
    SETTLEMENT = "settlement"
    # One decision that grants and settles at once: a grant of the lowest tier (DOMAIN 5).
    GRANT_SETTLED = "grant_settled"
    # Not a decision: the reminder of an overdue accountability report (no objection clause).
    REMINDER = "reminder"


@dataclass(frozen=True, slots=True)
class SubsidyLetterContent:
    """Everything one decision letter on a subsidy application says."""

    kind: SubsidyLetterKind
    application: ApplicationRecord
    scheme_name: str
    letter_date: date
    objection_due: date
    addressee_name: str
    addressee_street: str = ""
    addressee_postcode: str = ""
    addressee_city: str = ""
    decided_by: str = ""  # the deciding organisation's name; empty: the municipality
    refusal_reason: str = ""
    addressee_contact: str = ""  # the contact person, for "t.a.v."
    addressee_email: str = ""
    addressee_iban: str = ""
    sent_on: date | None = None  # the day this letter went out, once recorded


# --- Letters: house style ---


class LetterKind(StrEnum):
    """The kinds of letter the program writes; each has its own signatory."""

    AWARD_WINNER = "award_winner"
    AWARD_OTHER = "award_other"
    SUBSIDY_GRANT = "subsidy_grant"
    SUBSIDY_PARTIAL = "subsidy_partial"
    SUBSIDY_REFUSAL = "subsidy_refusal"
    SUBSIDY_SETTLEMENT = "subsidy_settlement"
    MINUTES = "minutes"
    SUBSIDY_REMINDER = "subsidy_reminder"
    SUBSIDY_GRANT_SETTLED = "subsidy_grant_settled"


LETTER_KIND_LABELS: dict[LetterKind, str] = {
    LetterKind.AWARD_WINNER: N_("LetterKind", "Award decision to the winner"),
    LetterKind.AWARD_OTHER: N_("LetterKind", "Award decision to another bidder"),
    LetterKind.SUBSIDY_GRANT: N_("LetterKind", "Subsidy grant"),
    LetterKind.SUBSIDY_PARTIAL: N_("LetterKind", "Partial subsidy grant"),
    LetterKind.SUBSIDY_REFUSAL: N_("LetterKind", "Subsidy refusal"),
    LetterKind.SUBSIDY_SETTLEMENT: N_("LetterKind", "Subsidy settlement"),
    LetterKind.MINUTES: N_("LetterKind", "Minutes of the consensus meeting"),
    LetterKind.SUBSIDY_REMINDER: N_("LetterKind", "Reminder of an overdue accountability report"),
    LetterKind.SUBSIDY_GRANT_SETTLED: N_("LetterKind", "Subsidy granted and settled at once"),
}


@dataclass(frozen=True, slots=True)
class LetterSignatory:
    """Who signs one kind of letter, in whose name ("namens het college van burgemeester en
    wethouders")."""

    kind: LetterKind
    name: str = ""
    function: str = ""
    mandate: str = ""


@dataclass(frozen=True, slots=True)
class LetterTemplateRecord:
    """A letter text edited by staff; ``version`` as loaded, for the stale-save check."""

    kind: LetterKind
    text: str
    version: int


@dataclass(frozen=True, slots=True)
class HouseStyleRecord:
    """The municipality's letterhead and signatories, shared by everyone on one database.
    ``version`` is None until it was first saved."""

    municipality: str = ""
    logo: bytes = b""
    visiting_address: str = ""
    postal_address: str = ""
    website: str = ""
    phone: str = ""
    email: str = ""
    iban: str = ""
    signatories: tuple[LetterSignatory, ...] = ()
    version: int | None = None
    # The templates staff edited (letter_templates.py has the defaults for the others).
    templates: tuple[LetterTemplateRecord, ...] = ()

    def signatory(self, kind: LetterKind) -> LetterSignatory:
        """The signatory of ``kind``; an empty one when none was set."""
        return next((s for s in self.signatories if s.kind is kind), LetterSignatory(kind))

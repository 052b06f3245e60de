"""All tables, one module per area; importing this package registers them on Base.metadata."""

from ssb_desktop.db.tables.audit import AuditEntry
from ssb_desktop.db.tables.awards import (
    AwardDecision,
    Contract,
    ContractParty,
    ExtensionOption,
    Objection,
    TransparencyNotice,
)
from ssb_desktop.db.tables.evaluation import (
    ConsensusMeeting,
    ConsensusScore,
    Declaration,
    Evaluator,
    IndividualScore,
    ResultRecord,
    TieBreak,
)
from ssb_desktop.db.tables.letters import HouseStyle, LetterSignature, LetterTemplate
from ssb_desktop.db.tables.organisations import Contact, Organisation, organisation_districts
from ssb_desktop.db.tables.performance import (
    DistrictOpinion,
    PerformanceIndicator,
    PerformanceReport,
    PerformanceTarget,
    PerformanceValue,
)
from ssb_desktop.db.tables.procurement import (
    Bid,
    BidDocument,
    BidMember,
    Criterion,
    Lot,
    LotExtensionOption,
    Procurement,
    Scale,
    ScaleValue,
)
from ssb_desktop.db.tables.reference import District, ExtraHoliday, Setting, Theme, Threshold
from ssb_desktop.db.tables.subsidies import (
    Application,
    CeilingChange,
    CompletenessRequest,
    Payment,
    SubsidyScheme,
    application_districts,
)
from ssb_desktop.db.tables.users import User, UserRole

__all__ = [
    "Application",
    "AuditEntry",
    "AwardDecision",
    "Bid",
    "BidDocument",
    "BidMember",
    "CeilingChange",
    "CompletenessRequest",
    "ConsensusMeeting",
    "ConsensusScore",
    "Contact",
    "Contract",
    "ContractParty",
    "Criterion",
    "Declaration",
    "District",
    "DistrictOpinion",
    "Evaluator",
    "ExtensionOption",
    "ExtraHoliday",
    "HouseStyle",
    "IndividualScore",
    "LetterSignature",
    "LetterTemplate",
    "Lot",
    "LotExtensionOption",
    "Objection",
    "Organisation",
    "Payment",
    "PerformanceIndicator",
    "PerformanceReport",
    "PerformanceTarget",
    "PerformanceValue",
    "Procurement",
    "ResultRecord",
    "Scale",
    "ScaleValue",
    "Setting",
    "SubsidyScheme",
    "Theme",
    "Threshold",
    "TieBreak",
    "TransparencyNotice",
    "User",
    "UserRole",
    "application_districts",
    "organisation_districts",
]

"""Open data: a procurement as an OCDS 1.1 release package (Open Contracting Data Standard).

One compiled release per procurement: the buyer and every party with its KvK number, the
tender with its lots (lots extension), the bids of lots whose award is definitive (bid
extension; as the acting user may see them), the awards, and the contracts with their
extension options as approval milestones (decided options also as amendments). Names of
evaluators and individual or consensus scores are never part of it: nothing here reads
them. ``validate_package`` checks a package against the official release-package schema
when the caller has that file (the schema is not shipped with the program).
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from ssb_desktop.db.tables import Organisation
from ssb_desktop.errors import N_, AppError, ValidationError
from ssb_desktop.formatting import local_today
from ssb_desktop.records import (
    AwardRecord,
    AwardStatus,
    BidRecord,
    BidStatus,
    ContractRecord,
    LotRecord,
    OptionStatus,
    ProcedureType,
    ProcurementRecord,
)
from ssb_desktop.services.awards import list_awards, list_contracts
from ssb_desktop.services.bids import list_bids
from ssb_desktop.services.house_style import get_house_style
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.procurement import get_procurement, list_lots

OCDS_VERSION = "1.1"
# A placeholder until the municipality registers its own prefix with the OCDS helpdesk.
DEFAULT_OCID_PREFIX = "ocds-000000"
CURRENCY = "EUR"
EXTENSIONS = (
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/"
    "v1.1.5/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/"
    "v1.1.5/extension.json",
)
# OCDS procurementMethod codes (open, selective, limited, direct) per procedure.
_METHOD = {
    ProcedureType.OPEN_EU: "open",
    ProcedureType.LIGHT_REGIME: "open",
    ProcedureType.NATIONAL: "open",
    ProcedureType.MULTIPLE_PRIVATE: "limited",
    ProcedureType.VOLUNTARY_TRANSPARENCY: "direct",
}
_AWARD_STATUS = {
    AwardStatus.PROVISIONAL: "pending",
    AwardStatus.DEFINITIVE: "active",
    AwardStatus.WITHDRAWN: "cancelled",
}
_BID_STATUS = {
    BidStatus.RECEIVED: "pending",
    BidStatus.INCOMPLETE: "pending",
    BidStatus.VALID: "valid",
    BidStatus.EXCLUDED: "disqualified",
    BidStatus.WITHDRAWN: "withdrawn",
}
_MILESTONE_STATUS = {
    OptionStatus.OPEN: "scheduled",
    OptionStatus.EXERCISED: "met",
    OptionStatus.DECLINED: "met",
}


def _moment(day: date | datetime | None) -> str | None:
    """An OCDS date-time (RFC 3339); a calendar day is taken at midnight UTC."""
    if day is None:
        return None
    if not isinstance(day, datetime):
        day = datetime.combine(day, time(0, 0), tzinfo=UTC)
    return day.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _value(amount: Decimal | None) -> dict[str, Any] | None:
    # JSON numbers: OCDS amounts are numbers, not strings; cents survive as two decimals.
    return None if amount is None else {"amount": float(amount), "currency": CURRENCY}


def _compact(document: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty fields: OCDS wants a field absent rather than null or empty."""
    return {key: value for key, value in document.items() if value not in (None, "", [], {})}


class _Parties:
    """The parties of the release, each once, with the roles it plays."""

    def __init__(self, session: Session, buyer: str) -> None:
        self._session = session
        self._buyer = buyer
        self._parties: dict[str, dict[str, Any]] = {
            "buyer": {"id": "buyer", "name": buyer, "roles": ["buyer", "procuringEntity"]}
        }

    def reference(self, organisation_id: int, name: str, role: str) -> dict[str, str]:
        key = f"org-{organisation_id}"
        party = self._parties.get(key)
        if party is None:
            row = self._session.get(Organisation, organisation_id)
            party = _compact(
                {
                    "id": key,
                    "name": name or (row.name if row else ""),
                    "identifier": {"scheme": "NL-KVK", "id": row.kvk, "legalName": row.name}
                    if row is not None and row.kvk
                    else None,
                    "address": _compact(
                        {
                            "streetAddress": row.street,
                            "locality": row.city,
                            "postalCode": row.postcode,
                            "countryName": "Nederland",
                        }
                    )
                    if row is not None
                    else None,
                    "roles": [],
                }
            )
            party.setdefault("roles", [])
            self._parties[key] = party
        if role not in party["roles"]:
            party["roles"].append(role)
        return {"id": key, "name": party["name"]}

    def all(self) -> list[dict[str, Any]]:
        return list(self._parties.values())


def _lot(lot: LotRecord) -> dict[str, Any]:
    return _compact(
        {
            "id": str(lot.number),
            "title": lot.title,
            "description": lot.description,
            "value": _value(lot.budget),
            "status": "active",
        }
    )


def _bids(lot: LotRecord, bids: Sequence[BidRecord], parties: _Parties) -> list[dict[str, Any]]:
    details = []
    for bid in bids:
        tenderers = [
            parties.reference(member.organisation_id, member.organisation_name, "tenderer")
            for member in bid.members
        ]
        details.append(
            _compact(
                {
                    "id": f"{lot.number}-{bid.code}",
                    "date": _moment(bid.received_at),
                    "status": _BID_STATUS[bid.status],
                    "tenderers": tenderers,
                    "value": _value(bid.price_total),
                    "relatedLots": [str(lot.number)],
                }
            )
        )
    return details


def _award(
    lot: LotRecord, award: AwardRecord, bids: dict[int, BidRecord], parties: _Parties
) -> dict[str, Any]:
    bid = bids.get(award.bid_id)
    if award.successor_organisation_id is not None:
        suppliers = [
            parties.reference(award.successor_organisation_id, award.successor_name, "supplier")
        ]
    elif bid is not None:
        suppliers = [
            parties.reference(member.organisation_id, member.organisation_name, "supplier")
            for member in bid.members
        ]
    else:
        suppliers = [parties.reference(award.winner_organisation_id, award.winner_name, "supplier")]
    return _compact(
        {
            "id": f"award-{award.id}",
            "title": lot.title,
            "description": award.reasons,
            "status": _AWARD_STATUS[award.status],
            "date": _moment(award.definitive_on or award.sent_on),
            "value": _value(bid.price_total) if bid is not None else None,
            "suppliers": suppliers,
            "relatedLots": [str(lot.number)],
        }
    )


def _contract(
    contract: ContractRecord, award_ids: dict[int, str], lot: LotRecord
) -> dict[str, Any]:
    milestones = [
        _compact(
            {
                "id": f"option-{option.sequence}",
                "title": f"Optie {option.sequence}: verlenging met {option.months} maanden",
                "type": "approval",
                "dueDate": _moment(option.decide_by),
                "dateMet": _moment(option.decided_on)
                if option.status is not OptionStatus.OPEN
                else None,
                "status": _MILESTONE_STATUS[option.status],
                "description": option.reason,
            }
        )
        for option in contract.options
    ]
    amendments = [
        _compact(
            {
                "id": f"option-{option.sequence}",
                "date": _moment(option.decided_on),
                "rationale": option.reason,
                "description": (
                    f"Optie {option.sequence} ({option.months} maanden) "
                    + ("gelicht" if option.status is OptionStatus.EXERCISED else "niet gelicht")
                ),
            }
        )
        for option in contract.options
        if option.status is not OptionStatus.OPEN
    ]
    award_id = (
        award_ids.get(contract.award_decision_id)
        if contract.award_decision_id is not None
        else None
    )
    today = local_today()
    end = contract.current_end or contract.end
    status = "pending" if contract.start > today else "terminated" if end < today else "active"
    return _compact(
        {
            "id": f"contract-{contract.id}",
            # OCDS requires awardID; a voluntary-transparency contract has no award decision,
            # so it refers to the lot's direct award made for it below.
            "awardID": award_id or f"direct-{lot.number}",
            "title": contract.reference,
            "status": status,
            "period": {"startDate": _moment(contract.start), "endDate": _moment(end)},
            "value": _value(contract.value),
            "implementation": {"milestones": milestones} if milestones else None,
            "amendments": amendments,
            "relatedLots": [str(lot.number)],
        }
    )


def release_package(
    session: Session,
    procurement_id: int,
    *,
    ocid_prefix: str = DEFAULT_OCID_PREFIX,
    published: datetime | None = None,
) -> dict[str, Any]:
    """The release package of one procurement (a Python document ready for ``json.dump``)."""
    require(session, Permission.VIEW)
    procurement = get_procurement(session, procurement_id)
    lots = list_lots(session, procurement_id)
    if not lots:
        raise ValidationError(
            N_(
                "Errors",
                "Procurement {reference} has no lots; add its lots before publishing it as "
                "open data.",
            ),
            {"reference": procurement.reference},
            field="lots",
        )
    published = (published or datetime.now(UTC)).replace(microsecond=0)
    buyer = get_house_style(session).municipality or "Gemeente"
    parties = _Parties(session, buyer)
    awards: list[dict[str, Any]] = []
    contracts: list[dict[str, Any]] = []
    bid_details: list[dict[str, Any]] = []
    tenderers: dict[str, dict[str, str]] = {}
    for lot in lots:
        assert lot.id is not None
        lot_awards = list_awards(session, lot.id)
        definitive = any(a.status is AwardStatus.DEFINITIVE for a in lot_awards)
        bids = list_bids(session, lot.id)
        by_id = {bid.id: bid for bid in bids if bid.id is not None}
        if definitive:
            # Bids are published once the lot's award is definitive, never before.
            details = _bids(lot, bids, parties)
            bid_details.extend(details)
            for detail in details:
                for tenderer in detail.get("tenderers", []):
                    tenderers[tenderer["id"]] = tenderer
        award_ids: dict[int, str] = {}
        for award in lot_awards:
            document = _award(lot, award, by_id, parties)
            award_ids[award.id] = document["id"]
            awards.append(document)
        for contract in list_contracts(session, lot_id=lot.id):
            if contract.award_decision_id is None:
                lead = contract.parties[0] if contract.parties else None
                awards.append(
                    _compact(
                        {
                            "id": f"direct-{lot.number}",
                            "title": lot.title,
                            "status": "active",
                            "date": _moment(contract.start),
                            "value": _value(contract.value),
                            "suppliers": [
                                parties.reference(
                                    lead.organisation_id, lead.organisation_name, "supplier"
                                )
                            ]
                            if lead is not None
                            else [],
                            "relatedLots": [str(lot.number)],
                        }
                    )
                )
            contracts.append(_contract(contract, award_ids, lot))
    tags = ["tender"] + (["award"] if awards else []) + (["contract"] if contracts else [])
    release = _compact(
        {
            "ocid": f"{ocid_prefix}-{procurement.reference}",
            "id": f"{procurement.reference}-{published.strftime('%Y%m%dT%H%M%SZ')}",
            "date": _moment(published),
            "tag": tags,
            "initiationType": "tender",
            "language": "nl",
            "parties": parties.all(),
            "buyer": {"id": "buyer", "name": buyer},
            "tender": _tender(procurement, lots, list(tenderers.values()), buyer),
            "bids": {"details": bid_details} if bid_details else None,
            "awards": awards,
            "contracts": contracts,
        }
    )
    return {
        "uri": f"urn:ssb-desktop:{ocid_prefix}-{procurement.reference}:"
        f"{published.strftime('%Y%m%dT%H%M%SZ')}",
        "version": OCDS_VERSION,
        "extensions": list(EXTENSIONS),
        "publishedDate": _moment(published),
        "publisher": {"name": buyer},
        "releases": [release],
    }


def _tender(
    procurement: ProcurementRecord,
    lots: Sequence[LotRecord],
    tenderers: list[dict[str, str]],
    buyer: str,
) -> dict[str, Any]:
    deadline = procurement.submission_deadline
    return _compact(
        {
            "id": procurement.reference,
            "title": procurement.title,
            "status": "complete" if tenderers else "active",
            "procuringEntity": {"id": "buyer", "name": buyer},
            "value": _value(procurement.estimated_value),
            "procurementMethod": _METHOD[procurement.procedure_type],
            "procurementMethodDetails": procurement.procedure_type.value,
            "mainProcurementCategory": "services",
            "awardCriteria": "ratedCriteria",
            "tenderPeriod": _compact(
                {
                    "startDate": _moment(procurement.publication_date),
                    "endDate": _moment(deadline),
                }
            ),
            "enquiryPeriod": _compact({"endDate": _moment(procurement.questions_deadline)}),
            "tenderers": tenderers,
            "numberOfTenderers": len(tenderers) if tenderers else None,
            "lots": [_lot(lot) for lot in lots],
        }
    )


def _format_checker(checker: Any) -> Any:
    """``checker`` that also checks the two formats OCDS uses most: jsonschema checks
    "date-time" and "uri" only with extra packages (one under the GPL), so they are checked
    here with the standard library: an RFC 3339 moment with its offset, an absolute URI."""

    @checker.checks("date-time", raises=ValueError)  # type: ignore[untyped-decorator]
    def date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if "T" not in value.upper():
            raise ValueError("no time")
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return moment.tzinfo is not None

    @checker.checks("uri")  # type: ignore[untyped-decorator]
    def uri(value: object) -> bool:
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return bool(parts.scheme) and " " not in value

    return checker


def validate_package(document: dict[str, Any], schema_file: Path) -> list[str]:
    """Problems of ``document`` against the release-package schema in ``schema_file`` (the
    official one, as published by the Open Contracting Partnership), one line each."""
    try:
        from jsonschema import Draft4Validator, FormatChecker
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4
    except ImportError as exc:
        raise AppError(
            N_("Errors", "Checking against a schema needs the jsonschema package; install it.")
        ) from exc
    try:
        package_schema = json.loads(schema_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AppError(
            N_("Errors", "{name} cannot be read as a JSON schema."), {"name": schema_file.name}
        ) from exc
    # The package schema refers to release-schema.json beside it (or by its URL).
    registry: Registry[Any] = Registry()
    release_file = schema_file.with_name("release-schema.json")
    if release_file.exists():
        release_schema = json.loads(release_file.read_text(encoding="utf-8"))
        resource = Resource.from_contents(release_schema, default_specification=DRAFT4)
        for uri in {release_schema.get("id", ""), "release-schema.json"} - {""}:
            registry = registry.with_resource(uri, resource)
    validator = Draft4Validator(
        package_schema, registry=registry, format_checker=_format_checker(FormatChecker())
    )
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(package)'}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    ]


def export_ocds(
    session: Session, procurement_id: int, target: Path, *, ocid_prefix: str = DEFAULT_OCID_PREFIX
) -> dict[str, Any]:
    """Write the release package to ``target`` (a new file replaces it whole, or nothing)."""
    document = release_package(session, procurement_id, ocid_prefix=ocid_prefix)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    partial = target.with_name(f".{target.name}-{secrets.token_hex(4)}.tmp")
    try:
        partial.write_text(text + "\n", encoding="utf-8")
        os.replace(partial, target)
    except OSError as exc:
        raise AppError(
            N_("Errors", "{name} cannot be written in {folder}; choose another place."),
            {"name": target.name, "folder": str(target.parent)},
        ) from exc
    finally:
        if partial.exists():
            partial.unlink()
    return document


__all__ = [
    "DEFAULT_OCID_PREFIX",
    "export_ocds",
    "release_package",
    "validate_package",
]

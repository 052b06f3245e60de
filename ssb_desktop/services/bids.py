"""Bids on lots by single organisations or consortia: listing, validating, saving, status."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import count
from string import ascii_uppercase
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ssb_desktop.db import limits
from ssb_desktop.db.tables import Bid, BidDocument, BidMember, Lot, Organisation, Procurement
from ssb_desktop.errors import (
    N_,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ssb_desktop.formatting import CENT, format_moment
from ssb_desktop.records import BidMemberRecord, BidRecord, BidStatus, ConsortiumRole, FieldProblem
from ssb_desktop.services.blindness import (
    FULL,
    load_hidden,
    lot_visibility,
    price_columns,
    text_columns,
    visibility_by_lot,
)
from ssb_desktop.services.common import (
    STALE,
    as_utc,
    assign,
    delete_dropped,
    raise_first,
)
from ssb_desktop.services.permissions import Permission, require

# --- reading ----------------------------------------------------------------------------------


def bid_records(session: Session, where: Any = None) -> list[BidRecord]:
    """Bids matching ``where`` with members and documents, in three set-based queries."""
    b, lot, procurement = Bid.__table__.c, Lot.__table__.c, Procurement.__table__.c
    query = (
        select(
            b.id,
            b.lot_id,
            procurement.reference,
            lot.number,
            b.code,
            b.received_at,
            procurement.submission_deadline,
            *price_columns(session),
            *text_columns(session),
            b.status,
            b.version,
        )
        .join_from(Bid.__table__, Lot.__table__, lot.id == b.lot_id)
        .join(Procurement.__table__, procurement.id == lot.procurement_id)
        .order_by(procurement.reference, lot.number, b.code)
    )
    if where is not None:
        query = query.where(where)
    rows = session.execute(query).all()
    if not rows:
        return []
    ids = [row.id for row in rows]
    member, organisation = BidMember.__table__.c, Organisation.__table__.c
    members: dict[int, list[BidMemberRecord]] = defaultdict(list)
    member_rows = session.execute(
        select(member.bid_id, member.organisation_id, organisation.name, member.role)
        .join_from(
            BidMember.__table__, Organisation.__table__, organisation.id == member.organisation_id
        )
        .where(member.bid_id.in_(ids))
        .order_by(member.bid_id, member.id)
    )
    for bid_id, organisation_id, name, role in member_rows:
        members[bid_id].append(BidMemberRecord(organisation_id, name, ConsortiumRole(role)))
    for bid_members in members.values():
        # The lead first: lists and letters name the bid after it.
        bid_members.sort(key=lambda m: m.role is not ConsortiumRole.LEAD)
    document = BidDocument.__table__.c
    documents: dict[int, list[str]] = defaultdict(list)
    for bid_id, reference in session.execute(
        select(document.bid_id, document.reference)
        .where(document.bid_id.in_(ids))
        .order_by(document.bid_id, document.id)
    ):
        documents[bid_id].append(reference)
    return [
        BidRecord(
            id=row.id,
            lot_id=row.lot_id,
            lot_label=f"{row.reference}/{row.number}",
            code=row.code,
            received_at=row.received_at,
            late=row.submission_deadline is not None and row.received_at > row.submission_deadline,
            late_reason=row.late_reason,
            price_per_year=row.price_per_year,
            price_total=row.price_total,
            status=BidStatus(row.status),
            status_reason=row.status_reason,
            notes=row.notes,
            their_reference=row.their_reference,
            members=tuple(members.get(row.id, ())),
            documents=tuple(documents.get(row.id, ())),
            version=row.version,
        )
        for row in rows
    ]


def as_seen(session: Session, records: Sequence[BidRecord]) -> list[BidRecord]:
    """``records`` as the acting user may see them (:mod:`services.blindness`): without
    prices the lot hides from him or her, and without the bidders of an anonymised lot."""
    hidden = visibility_by_lot(session)
    if not hidden:
        return list(records)
    seen: list[BidRecord] = []
    for record in records:
        visibility = hidden.get(record.lot_id)
        if visibility is not None and not visibility.prices:
            record = replace(record, price_per_year=None, price_total=None)
        if visibility is not None and not visibility.names:
            # The members, the bid's own papers and its texts name the bidder; the code stays.
            record = replace(
                record,
                members=(),
                documents=(),
                notes="",
                status_reason="",
                late_reason="",
                their_reference="",
            )
        seen.append(record)
    return seen


def list_bids(
    session: Session, lot_id: int | None = None, *, as_shown: bool = True
) -> list[BidRecord]:
    """The bids on one lot, or all bids, by lot and code, as the acting user may see them
    (``as_shown=False``: whole, for matching an import, never to show)."""
    require(session, Permission.VIEW)
    records = bid_records(session, Bid.lot_id == lot_id if lot_id is not None else None)
    return as_seen(session, records) if as_shown else records


def bids_of_organisation(session: Session, organisation_id: int) -> list[BidRecord]:
    """Every bid the organisation takes part in, as lead, member or subcontractor; not the
    bids on lots where the acting user may not know who the bidders are."""
    require(session, Permission.VIEW)
    involved = select(BidMember.bid_id).where(BidMember.organisation_id == organisation_id)
    hidden = visibility_by_lot(session)
    records = [
        record
        for record in bid_records(session, Bid.id.in_(involved))
        if hidden.get(record.lot_id, FULL).names
    ]
    return as_seen(session, records)


def get_bid(session: Session, bid_id: int) -> BidRecord:
    require(session, Permission.VIEW)
    found = as_seen(session, bid_records(session, Bid.id == bid_id))
    if not found:
        raise NotFoundError(N_("Errors", "This bid no longer exists. Reload the list."))
    return found[0]


def next_bid_code(session: Session, lot_id: int) -> str:
    """The first free code on the lot: A, B, ... Z, then AA, AB, ..."""
    require(session, Permission.VIEW)
    used = set(session.scalars(select(Bid.code).where(Bid.lot_id == lot_id)))
    for length in count(1):
        for code in _codes(length):
            if code not in used:
                return code
    raise AssertionError("unreachable")  # pragma: no cover


def _codes(length: int) -> list[str]:
    if length == 1:
        return list(ascii_uppercase)
    return [prefix + letter for prefix in _codes(length - 1) for letter in ascii_uppercase]


# --- validating and saving --------------------------------------------------------------------


def check_bid(record: BidRecord) -> list[FieldProblem]:
    """Rules of a single bid that need no database: prices, members, status."""
    found: list[FieldProblem] = []
    for price in (record.price_per_year, record.price_total):
        if price is not None and price <= 0:
            found.append(
                FieldProblem(
                    "price", N_("Errors", "A price is more than zero; leave it empty if unknown.")
                )
            )
            break
    if record.received_at is None:
        found.append(
            FieldProblem("received_at", N_("Errors", "Enter the moment the bid was received."))
        )
    if not record.members:
        found.append(
            FieldProblem(
                "members",
                N_(
                    "Errors",
                    "Add the bidder: the organisation, or the lead (penvoerder) and members of "
                    "the consortium.",
                ),
            )
        )
    else:
        leads = [m for m in record.members if m.role is ConsortiumRole.LEAD]
        if len(leads) != 1:
            found.append(
                FieldProblem(
                    "members", N_("Errors", "A consortium needs exactly one lead (penvoerder).")
                )
            )
        seen: set[int] = set()
        for member in record.members:
            if member.organisation_id in seen:
                found.append(
                    FieldProblem(
                        "members",
                        N_("Errors", "{name} appears twice in this bid; keep it once."),
                        {"name": member.organisation_name or f"#{member.organisation_id}"},
                    )
                )
            seen.add(member.organisation_id)
    if record.status is BidStatus.EXCLUDED and not record.status_reason.strip():
        found.append(
            FieldProblem("status_reason", N_("Errors", "Give the reason why the bid is excluded."))
        )
    limits.add_new(
        found,
        limits.check_record(
            "bids",
            replace(record, code=record.code.strip()),
            rename={"price_per_year": "price", "price_total": "price"},
        ),
    )
    for reference in record.documents:
        limits.add_new(
            found,
            limits.check_values(
                "bid_documents", {"reference": reference}, {"reference": "documents"}
            ),
        )
    return found


def _money(value: Decimal | None) -> Decimal | None:
    return value.quantize(CENT, rounding=ROUND_HALF_UP) if value is not None else None


def save_bid(session: Session, record: BidRecord, *, accept_late: bool = False) -> BidRecord:
    """Create (id None) or update a bid on a lot, with its members and documents.

    A bid received after the procurement's submission deadline is flagged late and is only
    accepted with a reason (``late_reason``), whether or not the caller set ``accept_late``
    (the form's "accept this late bid" confirmation).
    """
    require(session, Permission.EDIT_PROCUREMENTS)
    record = replace(
        record,
        code=record.code.strip().upper(),
        received_at=as_utc(record.received_at) if record.received_at else None,
        late_reason=record.late_reason.strip(),
        status_reason=record.status_reason.strip(),
        their_reference=record.their_reference.strip(),
        price_per_year=_money(record.price_per_year),
        price_total=_money(record.price_total),
        documents=tuple(dict.fromkeys(d.strip() for d in record.documents if d.strip())),
    )
    if lot_visibility(session, record.lot_id).restricted:
        # The form showed this user a bid without its prices or bidders; saving it would
        # overwrite them with blanks.
        raise PermissionDeniedError(
            N_(
                "Errors",
                "You are on the evaluation committee of this lot and do not see all of its "
                "bids yet, so you cannot change them. Ask a procurement officer.",
            )
        )
    lot = session.get(Lot, record.lot_id)
    if lot is None:
        raise ValidationError(
            N_("Errors", "This lot no longer exists; choose the lot of the bid again."),
            field="lot_id",
        )
    raise_first(check_bid(record))
    assert record.received_at is not None
    procurement = lot.procurement
    deadline = procurement.submission_deadline
    late = received_late(deadline, record.received_at)
    if late and not record.late_reason:
        message = (
            N_("Errors", "Give the reason why this late bid (deadline {deadline}) is accepted.")
            if accept_late
            else N_(
                "Errors",
                "The bid was received after the deadline of {deadline}; accepting it as a late "
                "bid needs a reason.",
            )
        )
        raise ValidationError(message, {"deadline": format_moment(deadline)}, field="late_reason")
    _check_members_exist(session, record)
    if not procurement.allow_multiple_bids:
        _check_one_bid_per_organisation(session, record)
    code = record.code or next_bid_code(session, record.lot_id)
    clash = session.scalar(select(Bid.id).where(Bid.lot_id == record.lot_id, Bid.code == code))
    if clash is not None and clash != record.id:
        raise ValidationError(
            N_("Errors", "This lot already has a bid with code {code}."),
            {"code": code},
            field="code",
        )
    if record.id is None:
        bid = Bid(lot_id=record.lot_id, code=code, received_at=record.received_at)
        session.add(bid)
    else:
        found = session.get(
            Bid,
            record.id,
            options=[selectinload(Bid.members), selectinload(Bid.documents)],
        )
        if found is None:
            raise NotFoundError(N_("Errors", "This bid no longer exists. Reload the list."))
        if found.version != record.version:
            raise ConflictError(STALE)
        bid = found
        load_hidden(session, bid)
    for name, value in (
        ("lot_id", record.lot_id),
        ("code", code),
        ("received_at", record.received_at),
        ("late_reason", record.late_reason if late else ""),
        ("price_per_year", record.price_per_year),
        ("price_total", record.price_total),
        ("status", record.status),
        ("status_reason", record.status_reason),
        ("notes", record.notes),
        ("their_reference", record.their_reference),
    ):
        assign(bid, name, value)
    _apply_members(session, bid, record.members, new=record.id is None)
    _apply_documents(session, bid, record.documents, new=record.id is None)
    session.flush()
    return get_bid(session, bid.id)


def _check_members_exist(session: Session, record: BidRecord) -> None:
    wanted = {m.organisation_id for m in record.members}
    known = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(wanted))))
    missing = wanted - known
    if missing:
        raise ValidationError(
            N_("Errors", "An organisation of this bid no longer exists; choose it again."),
            field="members",
            details=f"organisation ids {sorted(missing)}",
        )


def _check_one_bid_per_organisation(session: Session, record: BidRecord) -> None:
    wanted = [m.organisation_id for m in record.members]
    query = (
        select(Organisation.name, Bid.code)
        .join(BidMember, BidMember.organisation_id == Organisation.id)
        .join(Bid, Bid.id == BidMember.bid_id)
        .where(Bid.lot_id == record.lot_id, BidMember.organisation_id.in_(wanted))
        .order_by(Bid.code)
    )
    if record.id is not None:
        query = query.where(Bid.id != record.id)
    other = session.execute(query.limit(1)).first()
    if other is not None:
        raise ValidationError(
            N_(
                "Errors",
                "{name} already takes part in bid {code} on this lot; an organisation may bid "
                "only once per lot, alone or in a consortium, unless the procurement allows "
                "more.",
            ),
            {"name": other.name, "code": other.code},
            field="members",
        )


def _apply_members(
    session: Session, bid: Bid, members: Sequence[BidMemberRecord], *, new: bool
) -> None:
    current = [] if new else list(bid.members)
    existing = {m.organisation_id: m for m in current}
    kept: list[BidMember] = []
    for member in members:
        row = existing.get(member.organisation_id)
        if row is None:
            row = BidMember(organisation_id=member.organisation_id, role=member.role)
        assign(row, "role", member.role)
        kept.append(row)
    if delete_dropped(session, current, kept) or new:
        bid.members = kept


def _apply_documents(session: Session, bid: Bid, documents: Sequence[str], *, new: bool) -> None:
    current = [] if new else list(bid.documents)
    existing = {d.reference: d for d in current}
    kept = [existing.get(reference) or BidDocument(reference=reference) for reference in documents]
    if delete_dropped(session, current, kept) or new:
        bid.documents = kept


def set_bid_status(
    session: Session, bid_id: int, status: BidStatus, reason: str, version: int
) -> BidRecord:
    """Change only the status of a bid (exclusion needs a reason)."""
    require(session, Permission.EDIT_PROCUREMENTS)
    bid = session.get(Bid, bid_id)
    if bid is None:
        raise NotFoundError(N_("Errors", "This bid no longer exists. Reload the list."))
    if bid.version != version:
        raise ConflictError(STALE)
    load_hidden(session, bid)
    reason = reason.strip()
    if status is BidStatus.EXCLUDED and not reason:
        raise ValidationError(
            N_("Errors", "Give the reason why the bid is excluded."), field="status_reason"
        )
    assign(bid, "status", status)
    assign(bid, "status_reason", reason)
    session.flush()
    return get_bid(session, bid.id)


def received_late(deadline: datetime | None, received_at: datetime) -> bool:
    """Whether a bid received at ``received_at`` missed ``deadline`` (none: never late)."""
    return deadline is not None and as_utc(received_at) > as_utc(deadline)


__all__ = [
    "bids_of_organisation",
    "check_bid",
    "get_bid",
    "list_bids",
    "next_bid_code",
    "received_late",
    "save_bid",
    "set_bid_status",
]

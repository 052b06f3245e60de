"""Search everything (Ctrl+K, ``ssb-desktop search``): organisations, procurements, bids,
contracts, applications and objections by name, KvK number, reference or text.

Every word must occur somewhere in a record (ignoring case; in names also accents). Names and
KvK numbers are matched through the register's search index (``organisation_list.
text_conditions``: FTS5 trigram on SQLite, pg_trgm on PostgreSQL, migration 0012); references
and texts of the other kinds are read with ``LIKE`` from tables the domain keeps small, or
found through their unique index when typed whole. Each kind returns at most ``limit`` hits.

Blindness (``services.blindness``) holds here as everywhere: on a lot where the acting user
may not know the bidders, no bid, contract or objection is found by an organisation's name or
KvK number, and none shows one; prices are never searched or shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, String, cast, func, or_, select, true
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Application,
    Bid,
    BidMember,
    Contract,
    ContractParty,
    Lot,
    Objection,
    Organisation,
    Procurement,
    SubsidyScheme,
)
from ssb_desktop.errors import N_
from ssb_desktop.formatting import fold_for_search
from ssb_desktop.records import ConsortiumRole
from ssb_desktop.services.blindness import text_column, visibility_by_lot
from ssb_desktop.services.common import like_pattern
from ssb_desktop.services.organisation_list import text_conditions
from ssb_desktop.services.permissions import Permission, require

SEARCH_LIMIT = 10  # hits per kind
# REF/N, as the lots are named everywhere, for queries that join Lot and Procurement.
_LOT_LABEL = Procurement.reference + "/" + cast(Lot.number, String)


class SearchKind(StrEnum):
    """What a hit is, in the order the results show them."""

    ORGANISATION = "organisation"
    PROCUREMENT = "procurement"
    BID = "bid"
    CONTRACT = "contract"
    APPLICATION = "application"
    OBJECTION = "objection"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One record found: what, its reference (KvK number, REF, REF/N CODE, ...) and name.

    ``lot_id`` and ``scheme_id`` say where the record's page shows it."""

    kind: SearchKind
    record_id: int
    reference: str
    name: str
    lot_id: int | None = None
    scheme_id: int | None = None


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[SearchHit, ...] = ()
    # The kinds that had more hits than the limit (refine the search to see them).
    more: frozenset[SearchKind] = field(default_factory=frozenset)

    def of_kind(self, kind: SearchKind) -> list[SearchHit]:
        return [hit for hit in self.hits if hit.kind is kind]


def _contains(column: Any, word: str) -> ColumnElement[bool]:
    # ILIKE on PostgreSQL, lower() LIKE lower() on SQLite.
    return column.ilike(like_pattern(word), escape="\\")  # type: ignore[no-any-return]


def _organisations_matching(session: Session, word: str) -> Any:
    """The ids of organisations whose name, KvK number, city, ... contain ``word``."""
    return select(Organisation.id).where(*text_conditions(session, word))


def _lot_label(reference: str, number: int) -> str:
    return f"{reference}/{number}"


def search_everything(session: Session, text: str, limit: int = SEARCH_LIMIT) -> SearchResult:
    """Every kind of record whose fields contain every word of ``text``; ``limit`` per kind,
    as the acting user may see them."""
    require(session, Permission.VIEW)
    words = fold_for_search(text).split()
    if not words or limit <= 0:
        return SearchResult()
    hidden = visibility_by_lot(session)
    # Lots whose bidders the acting user may not know: no match or name through them.
    nameless = sorted(lot for lot, seen in hidden.items() if not seen.names)
    found: list[SearchHit] = []
    more: set[SearchKind] = set()
    for kind, finder in (
        (SearchKind.ORGANISATION, _organisations),
        (SearchKind.PROCUREMENT, _procurements),
        (SearchKind.BID, _bids),
        (SearchKind.CONTRACT, _contracts),
        (SearchKind.APPLICATION, _applications),
        (SearchKind.OBJECTION, _objections),
    ):
        hits = finder(session, text, words, nameless, limit + 1)
        if len(hits) > limit:
            more.add(kind)
        found.extend(hits[:limit])
    return SearchResult(tuple(found), frozenset(more))


def _organisations(
    session: Session, text: str, _words: Sequence[str], _nameless: Sequence[int], limit: int
) -> list[SearchHit]:
    # The register's own condition and index; only the three columns shown are read (the
    # register's whole records cost 40 ms each at 100,000 organisations). The sort key is an
    # expression so that SQLite sorts the few matches instead of walking the name index.
    rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.kvk)
        .where(*text_conditions(session, text))
        .order_by(func.lower(Organisation.sort_name), Organisation.id)
        .limit(limit)
    )
    return [SearchHit(SearchKind.ORGANISATION, row.id, row.kvk or "", row.name) for row in rows]


def _procurements(
    session: Session, _text: str, words: Sequence[str], _nameless: Sequence[int], limit: int
) -> list[SearchHit]:
    conditions = [
        or_(
            _contains(Procurement.reference, word),
            _contains(Procurement.title, word),
            _contains(Procurement.notes, word),
            Procurement.id.in_(
                select(Lot.procurement_id).where(
                    or_(_contains(Lot.title, word), _contains(Lot.description, word))
                )
            ),
        )
        for word in words
    ]
    rows = session.execute(
        select(Procurement.id, Procurement.reference, Procurement.title)
        .where(*conditions)
        .order_by(Procurement.reference.desc(), Procurement.id)
        .limit(limit)
    )
    return [SearchHit(SearchKind.PROCUREMENT, row.id, row.reference, row.title) for row in rows]


def _named(column: Any, nameless: Sequence[int]) -> ColumnElement[bool]:
    """True where the lot in ``column`` lets the acting user know the organisations."""
    return column.not_in(nameless) if nameless else true()


def _lead_names(session: Session, link: Any, owner: Any, ids: Sequence[int]) -> dict[int, str]:
    """Owner id -> the names of its lead organisations (a bid's or a contract's)."""
    names: dict[int, list[str]] = {}
    if ids:
        for owner_id, name in session.execute(
            select(owner, Organisation.name)
            .join(Organisation, Organisation.id == link.organisation_id)
            .where(owner.in_(ids), link.role == ConsortiumRole.LEAD)
            .order_by(owner, Organisation.name)
        ):
            names.setdefault(owner_id, []).append(name)
    return {key: ", ".join(value) for key, value in names.items()}


def _bids(
    session: Session, _text: str, words: Sequence[str], nameless: Sequence[int], limit: int
) -> list[SearchHit]:
    # A single letter is a bid's code ("SSB-2019/1 A"), not a part of any name.
    conditions = [
        func.lower(Bid.code) == word
        if len(word) == 1
        else or_(
            _contains(_LOT_LABEL, word),
            func.lower(Bid.code) == word,
            _contains(Lot.title, word),
            # The bidders and the bid's own notes name the bidder: not where that is hidden.
            _named(Bid.lot_id, nameless)
            & or_(
                Bid.id.in_(
                    select(BidMember.bid_id).where(
                        BidMember.organisation_id.in_(_organisations_matching(session, word))
                    )
                ),
                _contains(text_column(session, "notes"), word),
            ),
        )
        for word in words
    ]
    rows = session.execute(
        select(Bid.id, Bid.lot_id, Bid.code, Procurement.reference, Lot.number)
        .join(Lot, Lot.id == Bid.lot_id)
        .join(Procurement, Procurement.id == Lot.procurement_id)
        .where(*conditions)
        .order_by(Procurement.reference.desc(), Lot.number, Bid.code)
        .limit(limit)
    ).all()
    leads = _lead_names(session, BidMember, BidMember.bid_id, [row.id for row in rows])
    return [
        SearchHit(
            SearchKind.BID,
            row.id,
            f"{_lot_label(row.reference, row.number)} {row.code}",
            "" if row.lot_id in nameless else leads.get(row.id, ""),
            lot_id=row.lot_id,
        )
        for row in rows
    ]


def _contracts(
    session: Session, _text: str, words: Sequence[str], nameless: Sequence[int], limit: int
) -> list[SearchHit]:
    conditions = [
        or_(
            _contains(Contract.reference, word),
            _contains(_LOT_LABEL, word),
            _contains(Contract.notes, word),
            _contains(Lot.title, word),
            _named(Contract.lot_id, nameless)
            & Contract.id.in_(
                select(ContractParty.contract_id).where(
                    ContractParty.organisation_id.in_(_organisations_matching(session, word))
                )
            ),
        )
        for word in words
    ]
    rows = session.execute(
        select(Contract.id, Contract.lot_id, Contract.reference)
        .join(Lot, Lot.id == Contract.lot_id)
        .join(Procurement, Procurement.id == Lot.procurement_id)
        .where(*conditions)
        .order_by(Contract.reference.desc(), Contract.id)
        .limit(limit)
    ).all()
    parties = _lead_names(
        session, ContractParty, ContractParty.contract_id, [row.id for row in rows]
    )
    return [
        SearchHit(
            SearchKind.CONTRACT,
            row.id,
            row.reference,
            "" if row.lot_id in nameless else parties.get(row.id, ""),
            lot_id=row.lot_id,
        )
        for row in rows
    ]


def _applications(
    session: Session, _text: str, words: Sequence[str], _nameless: Sequence[int], limit: int
) -> list[SearchHit]:
    conditions = [
        or_(
            _contains(Application.reference, word),
            _contains(Application.activity, word),
            Application.applicant_id.in_(_organisations_matching(session, word)),
            Application.scheme_id.in_(
                select(SubsidyScheme.id).where(_contains(SubsidyScheme.name, word))
            ),
        )
        for word in words
    ]
    rows = session.execute(
        select(
            Application.id,
            Application.reference,
            Application.activity,
            Application.scheme_id,
            Organisation.name,
        )
        # An outer join keeps SQLite from driving the query from the whole register.
        .join(Organisation, Organisation.id == Application.applicant_id, isouter=True)
        .where(*conditions)
        .order_by(Application.reference.desc(), Application.id)
        .limit(limit)
    )
    return [
        SearchHit(
            SearchKind.APPLICATION,
            row.id,
            row.reference,
            f"{row.name or ''} — {row.activity}" if row.activity else row.name or "",
            scheme_id=row.scheme_id,
        )
        for row in rows
    ]


def _objections(
    session: Session, _text: str, words: Sequence[str], nameless: Sequence[int], limit: int
) -> list[SearchHit]:
    # A protest against a whole procurement has no lot: it is found by the procurement, shown
    # on its first lot (whose Objections tab lists it), and its objector stays hidden wherever
    # one of the procurement's lots hides its bidders.
    first_lot = (
        select(func.min(Lot.id))
        .where(Lot.procurement_id == Objection.procurement_id)
        .correlate(Objection)
        .scalar_subquery()
    )
    shown_on = func.coalesce(Objection.lot_id, first_lot)
    hiding = select(Lot.procurement_id).where(Lot.id.in_(nameless)) if nameless else None
    named = (
        or_(
            Objection.lot_id.not_in(nameless),
            Objection.lot_id.is_(None) & Objection.procurement_id.not_in(hiding),
        )
        if hiding is not None
        else true()
    )
    conditions = [
        or_(
            _contains(_LOT_LABEL, word),
            _contains(Procurement.reference, word),
            _contains(Lot.title, word),
            # The objector, and the summary that names it, stay hidden with the bidders.
            named
            & or_(
                Objection.organisation_id.in_(_organisations_matching(session, word)),
                _contains(Objection.summary, word),
            ),
        )
        for word in words
    ]
    rows = session.execute(
        select(
            Objection.id,
            shown_on.label("shown_on"),
            Objection.lot_id,
            Objection.received_on,
            Procurement.reference,
            Lot.number,
            Organisation.name,
            named.label("named"),
        )
        .join(Lot, Lot.id == Objection.lot_id, isouter=True)
        .join(
            Procurement,
            Procurement.id == func.coalesce(Objection.procurement_id, Lot.procurement_id),
        )
        .join(Organisation, Organisation.id == Objection.organisation_id, isouter=True)
        .where(*conditions)
        .order_by(Objection.received_on.desc(), Objection.id)
        .limit(limit)
    )
    return [
        SearchHit(
            SearchKind.OBJECTION,
            row.id,
            row.reference if row.lot_id is None else _lot_label(row.reference, row.number),
            row.name or "" if row.named else "",
            lot_id=row.shown_on,
        )
        for row in rows
    ]


# What each kind is called, in a sentence or a column (translated by the caller).
KIND_NAMES: dict[SearchKind, str] = {
    SearchKind.ORGANISATION: N_("Search", "organisation"),
    SearchKind.PROCUREMENT: N_("Search", "procurement"),
    SearchKind.BID: N_("Search", "bid"),
    SearchKind.CONTRACT: N_("Search", "contract"),
    SearchKind.APPLICATION: N_("Search", "application"),
    SearchKind.OBJECTION: N_("Search", "objection"),
}

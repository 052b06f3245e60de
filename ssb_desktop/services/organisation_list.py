"""Pages of the organisation register, sorted, filtered and counted in the database.

The Organisations page never loads the whole register: it asks for the number of
organisations a filter matches and for one page of them at a time (DESIGN.md section 3).
Every sort order is an index range ending in the id (migration 0012), so a page costs the
same at the start of a million organisations as anywhere else; a page past the middle is read
in the reverse order, so "jump to the end" does not walk the whole index.

Filtering by who may see what belongs here too, so that every list and export of the register
gets it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import Contact, District, Organisation, organisation_districts
from ssb_desktop.formatting import fold_for_search
from ssb_desktop.records import ContactRecord, OrganisationKind, OrganisationRecord
from ssb_desktop.services.common import LIKE_ESCAPE, like_pattern
from ssb_desktop.services.permissions import Permission, require

# Rows per query when all records of a filter are read (export).
_CHUNK = 5_000

_o = Organisation.__table__.c
_contact = Contact.__table__.c
_link = organisation_districts.c
_district = District.__table__.c


class OrganisationSort(StrEnum):
    """The orders the register can be listed in: one index each (migration 0012)."""

    NAME = "name"
    KIND = "kind"
    KVK = "kvk"
    CITY = "city"
    EMAIL = "email"
    IBAN = "iban"
    ARCHIVED = "archived"


# The sort terms of each order before the id that breaks ties: (column, may be NULL).
# NULLs (no KvK number, no IBAN) come first ascending and last descending, on every database.
_SORT_TERMS: dict[OrganisationSort, tuple[tuple[Any, bool], ...]] = {
    OrganisationSort.NAME: ((_o.sort_name, False),),
    OrganisationSort.KIND: ((_o.kind, False), (_o.sort_name, False)),
    OrganisationSort.KVK: ((_o.kvk, True),),
    OrganisationSort.CITY: ((_o.city, False),),
    OrganisationSort.EMAIL: ((_o.email, False),),
    OrganisationSort.IBAN: ((_o.iban, True),),
    OrganisationSort.ARCHIVED: ((_o.archived, False), (_o.sort_name, False)),
}


@dataclass(frozen=True, slots=True)
class OrganisationQuery:
    """Which organisations the register lists, and in which order.

    ``text``: every word must occur (ignoring case and accents) in the name, KvK number,
    city, postcode, e-mail address or IBAN, or in the name or e-mail address of a contact
    (all in ``organisations.search_text``).
    """

    text: str = ""
    kind: OrganisationKind | None = None
    district_id: int | None = None
    include_archived: bool = False
    sort: OrganisationSort = OrganisationSort.NAME
    descending: bool = False
    # Pickers (views/organisation_picker.py): ``only`` lists just these organisations, ``also``
    # lists these even when archived, ``leave_out`` never lists these.
    only: tuple[int, ...] | None = None
    also: tuple[int, ...] = ()
    leave_out: tuple[int, ...] = ()


# Per database (engine URL): whether its FTS5 trigram tables exist (db/search_index.py).
_FTS_KNOWN: dict[str, bool] = {}
# The trigram index finds words of at least this many characters.
_TRIGRAM = 3


def _uses_fts(session: Session) -> bool:
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    key = str(bind.engine.url)
    known = _FTS_KNOWN.get(key)
    if known is None:
        found = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'organisations_fts'")
        ).first()
        known = _FTS_KNOWN[key] = found is not None
    return known


def _fts_match(words: Sequence[str]) -> Any:
    """The rowids whose search text contains every word: to FTS5's trigram index a quoted
    word is a phrase of its trigrams, and all words in one MATCH are answered from the index
    alone, the rarest first."""
    phrase = " AND ".join('"' + word.replace('"', '""') + '"' for word in words)
    return (
        text("SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH :fts_words")
        .bindparams(fts_words=phrase)
        .columns(rowid=Integer)
    )


def _conditions(session: Session, query: OrganisationQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.only is not None:
        conditions.append(_o.id.in_(query.only))
    if not query.include_archived:
        active = _o.archived == false()
        conditions.append(or_(active, _o.id.in_(query.also)) if query.also else active)
    if query.leave_out:
        conditions.append(_o.id.not_in(query.leave_out))
    if query.kind is not None:
        conditions.append(_o.kind == query.kind)
    if query.district_id is not None:
        conditions.append(
            _o.id.in_(select(_link.organisation_id).where(_link.district_id == query.district_id))
        )
    conditions.extend(text_conditions(session, query.text))
    return conditions


def text_conditions(session: Session, text_value: str) -> list[ColumnElement[bool]]:
    """Conditions on ``organisations`` that every word of ``text_value`` occurs in an
    organisation's search text (see :class:`OrganisationQuery`), through the search index
    where the database has one (FTS5 trigram on SQLite, pg_trgm on PostgreSQL)."""
    conditions: list[ColumnElement[bool]] = []
    words = fold_for_search(text_value).split()
    if words and _uses_fts(session):
        # The trigram index finds words of three characters or more; shorter ones are read.
        indexed = [word for word in words if len(word) >= _TRIGRAM]
        if indexed:
            conditions.append(_o.id.in_(_fts_match(indexed)))
        words = [word for word in words if len(word) < _TRIGRAM]
    for word in words:
        conditions.append(_o.search_text.like(like_pattern(word), escape=LIKE_ESCAPE))
    return conditions


def _order_by(session: Session, query: OrganisationQuery, reverse: bool) -> list[Any]:
    descending = query.descending != reverse
    # SQLite puts NULLs first ascending and last descending, as wanted, and then uses the
    # index; PostgreSQL does the opposite unless told.
    sqlite = session.get_bind().dialect.name == "sqlite"
    # A search matches few rows: SQLite would still walk the whole sort index and test each
    # row; "+column" (SQLite's idiom) makes it sort just the matches instead.
    unindexed = sqlite and bool(query.text.strip())
    terms = []
    for column, nullable in _SORT_TERMS[query.sort]:
        sorted_by = literal_column(f"+organisations.{column.name}") if unindexed else column
        term = sorted_by.desc() if descending else sorted_by.asc()
        if nullable and not sqlite:
            term = term.nulls_last() if descending else term.nulls_first()
        terms.append(term)
    terms.append(_o.id.desc() if descending else _o.id.asc())
    return terms


def count_organisations(session: Session, query: OrganisationQuery) -> int:
    """How many organisations ``query`` lists."""
    require(session, Permission.VIEW)
    statement = select(func.count()).select_from(Organisation.__table__)
    return int(session.scalar(statement.where(*_conditions(session, query))) or 0)


def total_organisations(session: Session) -> int:
    """How many organisations the register holds, archived ones included."""
    require(session, Permission.VIEW)
    return int(session.scalar(select(func.count()).select_from(Organisation.__table__)) or 0)


def _ids_statement(session: Session, query: OrganisationQuery, reverse: bool) -> Select[Any]:
    """The ids of the list in order: a walk of one index that covers it (migration 0012)."""
    return (
        select(_o.id)
        .where(*_conditions(session, query))
        .order_by(*_order_by(session, query, reverse))
    )


def organisation_page(
    session: Session,
    query: OrganisationQuery,
    offset: int,
    limit: int,
    *,
    count: int | None = None,
) -> list[OrganisationRecord]:
    """The organisations at positions ``offset`` to ``offset + limit`` of ``query``'s list.

    Give ``count`` (from :func:`count_organisations`) and a page in the second half of the
    list is read backwards from its end, which an index walks as fast as the first page.
    The ids come first (rows skipped in the index alone), then the page's rows by id.
    """
    require(session, Permission.VIEW)
    if limit <= 0 or offset < 0:
        return []
    if count is not None and offset > count // 2:
        end = min(count, offset + limit)
        if end <= offset:
            return []
        statement = _ids_statement(session, query, reverse=True)
        ids = list(session.scalars(statement.offset(count - end).limit(end - offset)))[::-1]
    else:
        statement = _ids_statement(session, query, reverse=False)
        ids = list(session.scalars(statement.offset(offset).limit(limit)))
    return _records(session, ids)


def _records(session: Session, ids: Sequence[int]) -> list[OrganisationRecord]:
    """Records of the organisations ``ids``, in that order, with districts and contacts."""
    if not ids:
        return []
    return organisation_records(session, ids)


def organisation_records(
    session: Session, ids: Sequence[int] | None = None
) -> list[OrganisationRecord]:
    """Records of the organisations ``ids`` in that order, or of the whole register by name
    (``ids`` None: exports and import matching), with districts and contacts.

    Three set-based queries; rows are unpacked by position and only the columns a record
    needs are read: at 50,000 organisations, attribute access on result rows and decoding
    unused timestamps cost more than the queries themselves. The one place where an
    organisation row becomes a record."""
    successor = Organisation.__table__.alias("successor")
    statement = (
        select(
            _o.id,
            _o.name,
            _o.kind,
            _o.kvk,
            _o.rsin,
            _o.iban,
            _o.street,
            _o.postcode,
            _o.city,
            _o.email,
            _o.phone,
            _o.website,
            _o.notes,
            _o.archived,
            _o.successor_id,
            successor.c.name,
            _o.version,
            _o.succeeded_on,
            _o.successor_reason,
        )
        .select_from(Organisation.__table__)
        .outerjoin(successor, successor.c.id == _o.successor_id)
    )
    districts = select(_link.organisation_id, _district.id, _district.name).join_from(
        organisation_districts, District.__table__, _district.id == _link.district_id
    )
    contact_rows = select(
        _contact.organisation_id,
        _contact.name,
        _contact.email,
        _contact.phone,
        _contact.role,
        _contact.id,
    )
    if ids is None:
        rows: Sequence[Any] = session.execute(statement.order_by(_o.name)).all()
    else:
        statement = statement.where(_o.id.in_(ids))
        districts = districts.where(_link.organisation_id.in_(ids))
        contact_rows = contact_rows.where(_contact.organisation_id.in_(ids))
        place = {org_id: number for number, org_id in enumerate(ids)}
        rows = sorted(session.execute(statement).all(), key=lambda row: place[row[0]])
    district_ids: dict[int, list[int]] = defaultdict(list)
    district_names: dict[int, list[str]] = defaultdict(list)
    contacts: dict[int, list[ContactRecord]] = defaultdict(list)
    if rows:
        for org_id, district_id, district_name in session.execute(
            districts.order_by(_district.number)
        ):
            district_ids[org_id].append(district_id)
            district_names[org_id].append(district_name)
        for org_id, *fields in session.execute(contact_rows.order_by(_contact.id)):
            contacts[org_id].append(ContactRecord(*fields))
    empty: tuple[()] = ()
    return [
        OrganisationRecord(
            org_id,
            name,
            OrganisationKind(kind),
            kvk or "",
            rsin or "",
            iban or "",
            street,
            postcode,
            city,
            email,
            phone,
            website,
            notes,
            bool(archived),
            successor_id,
            successor_name or "",
            tuple(district_ids.get(org_id, empty)),
            tuple(district_names.get(org_id, empty)),
            tuple(contacts.get(org_id, empty)),
            version,
            succeeded_on,
            successor_reason or "",
        )
        for (
            org_id,
            name,
            kind,
            kvk,
            rsin,
            iban,
            street,
            postcode,
            city,
            email,
            phone,
            website,
            notes,
            archived,
            successor_id,
            successor_name,
            version,
            succeeded_on,
            successor_reason,
        ) in rows
    ]


def _before(terms: Sequence[tuple[Any, bool]], values: Sequence[Any], descending: bool) -> Any:
    """The condition "comes before the row with ``values``" in the order of ``terms``."""
    if not any(nullable for _column, nullable in terms) and None not in values:
        columns = tuple_(*(column for column, _nullable in terms))
        return columns > tuple_(*values) if descending else columns < tuple_(*values)
    alternatives = []
    equal_so_far: list[Any] = []
    for (column, nullable), value in zip(terms, values, strict=True):
        if value is None:
            # NULL is first ascending: nothing comes before it; descending everything does.
            earlier = column.is_not(None) if descending else false()
        elif descending:
            earlier = column > value
        else:
            earlier = or_(column.is_(None), column < value) if nullable else column < value
        alternatives.append(and_(*equal_so_far, earlier) if equal_so_far else earlier)
        equal_so_far.append(column.is_(None) if value is None else column == value)
    return or_(*alternatives)


def organisation_position(
    session: Session,
    query: OrganisationQuery,
    organisation_id: int,
    *,
    within: int | None = None,
) -> int | None:
    """The row of organisation ``organisation_id`` in ``query``'s list, or None when the
    list does not show it (or, with ``within``, shows it further down than that row).

    The rows before it are counted on the sort's index: at a million rows, a row near the
    end costs a walk of the whole index, which ``within`` caps."""
    require(session, Permission.VIEW)
    terms = (*_SORT_TERMS[query.sort], (_o.id, False))
    conditions = _conditions(session, query)
    values = session.execute(
        select(*(column for column, _nullable in terms)).where(
            _o.id == organisation_id, *conditions
        )
    ).first()
    if values is None:
        return None
    before = _before(terms, tuple(values), query.descending)
    if within is None:
        statement = select(func.count()).select_from(Organisation.__table__)
        return int(session.scalar(statement.where(*conditions, before)) or 0)
    earlier = select(_o.id).where(*conditions, before).limit(within + 1).subquery()
    position = int(session.scalar(select(func.count()).select_from(earlier)) or 0)
    return position if position <= within else None


def iter_organisations(session: Session, query: OrganisationQuery) -> Iterator[OrganisationRecord]:
    """Every organisation of ``query``'s list in its order, read a chunk at a time (for an
    export of the list as it is on screen)."""
    require(session, Permission.VIEW)
    statement = _ids_statement(session, query, reverse=False)
    ids = list(session.scalars(statement))
    for start in range(0, len(ids), _CHUNK):
        yield from _records(session, ids[start : start + _CHUNK])


def organisations_listed(session: Session, query: OrganisationQuery) -> list[OrganisationRecord]:
    """All of :func:`iter_organisations` in a list."""
    return list(iter_organisations(session, query))


__all__ = [
    "OrganisationQuery",
    "OrganisationSort",
    "count_organisations",
    "iter_organisations",
    "organisation_page",
    "organisation_position",
    "organisation_records",
    "organisations_listed",
    "total_organisations",
]

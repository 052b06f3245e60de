"""The organisation register: list, validate, save, archive, merge, import and involvement."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ssb_desktop.db import limits
from ssb_desktop.db.audit import insert_audited_columns
from ssb_desktop.db.bulk import bulk_write_cache, insert_columns
from ssb_desktop.db.search_index import insert_indexed_later
from ssb_desktop.db.tables import (
    Application,
    AwardDecision,
    Bid,
    BidMember,
    Contact,
    Contract,
    ContractParty,
    District,
    Lot,
    Objection,
    Organisation,
    Procurement,
    SubsidyScheme,
    organisation_districts,
)
from ssb_desktop.db.tables.organisations import organisation_search_text
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import is_ascii_digits, sort_text
from ssb_desktop.records import (
    ContactRecord,
    FieldProblem,
    ImportReport,
    ImportRow,
    InvolvementRecord,
    OrganisationKind,
    OrganisationRecord,
    Problem,
)
from ssb_desktop.services import identifiers as ids
from ssb_desktop.services.blindness import FULL, price_columns, visibility_by_lot
from ssb_desktop.services.common import STALE
from ssb_desktop.services.organisation_list import organisation_records
from ssb_desktop.services.permissions import Permission, require

# Field names used by forms, exports and imports alike.
FIELDS = (
    "id",
    "name",
    "kind",
    "kvk",
    "rsin",
    "iban",
    "street",
    "postcode",
    "city",
    "email",
    "phone",
    "website",
    "districts",
    "contact",
    "contact_email",
    "contact_phone",
    "archived",
    "notes",
)
_TEXT_FIELDS = ("name", "street", "postcode", "city", "email", "phone", "website", "notes")
KIND_WORDS: dict[str, OrganisationKind] = {
    "professioneel": OrganisationKind.PROFESSIONAL,
    "professionele organisatie": OrganisationKind.PROFESSIONAL,
    "professional": OrganisationKind.PROFESSIONAL,
    "beroeps": OrganisationKind.PROFESSIONAL,
    "vrijwilligers": OrganisationKind.VOLUNTEER,
    "vrijwilligersorganisatie": OrganisationKind.VOLUNTEER,
    "vrijwillig": OrganisationKind.VOLUNTEER,
    "volunteer": OrganisationKind.VOLUNTEER,
    "overig": OrganisationKind.OTHER,
    "overige": OrganisationKind.OTHER,
    "anders": OrganisationKind.OTHER,
    "other": OrganisationKind.OTHER,
}
_YES = {"ja", "j", "yes", "y", "true", "waar", "1", "x", "gearchiveerd"}
_NO = {"", "nee", "n", "no", "false", "onwaar", "0"}


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", stripped).strip()


# --- reading ----------------------------------------------------------------------------------


def list_organisations(session: Session) -> list[OrganisationRecord]:
    """Every organisation with districts and contacts, by name (exports, import matching;
    lists and pickers read pages through :mod:`organisation_list`)."""
    require(session, Permission.VIEW)
    return organisation_records(session)


def _record(org: Organisation) -> OrganisationRecord:
    return OrganisationRecord(
        id=org.id,
        name=org.name,
        kind=org.kind,
        kvk=org.kvk or "",
        rsin=org.rsin or "",
        iban=org.iban or "",
        street=org.street,
        postcode=org.postcode,
        city=org.city,
        email=org.email,
        phone=org.phone,
        website=org.website,
        notes=org.notes,
        archived=org.archived,
        successor_id=org.successor_id,
        successor_name=org.successor.name if org.successor else "",
        succeeded_on=org.succeeded_on,
        successor_reason=org.successor_reason,
        district_ids=tuple(d.id for d in org.districts),
        district_names=tuple(d.name for d in org.districts),
        contacts=tuple(ContactRecord(c.name, c.email, c.phone, c.role, c.id) for c in org.contacts),
        version=org.version,
    )


def _load(session: Session, organisation_id: int) -> Organisation:
    org = session.get(
        Organisation,
        organisation_id,
        options=[selectinload(Organisation.districts), selectinload(Organisation.contacts)],
    )
    if org is None:
        raise NotFoundError(N_("Errors", "This organisation no longer exists. Reload the list."))
    return org


def get_organisation(session: Session, organisation_id: int) -> OrganisationRecord:
    require(session, Permission.VIEW)
    return _record(_load(session, organisation_id))


# --- validating and saving --------------------------------------------------------------------


def normalised(record: OrganisationRecord) -> OrganisationRecord:
    """What people type, tidied: spaces, capitals, the postcode's space."""
    return replace(
        record,
        name=record.name.strip(),
        kvk=ids.normalise_kvk(record.kvk),
        rsin=ids.normalise_rsin(record.rsin),
        iban=ids.normalise_iban(record.iban),
        postcode=ids.normalise_postcode(record.postcode),
        street=record.street.strip(),
        city=record.city.strip(),
        email=record.email.strip(),
        phone=record.phone.strip(),
        website=record.website.strip(),
        contacts=tuple(
            replace(c, name=c.name.strip(), email=c.email.strip(), phone=c.phone.strip())
            for c in record.contacts
        ),
    )


def check_organisation(record: OrganisationRecord) -> list[FieldProblem]:
    """Every rule a single organisation must meet, per field; the form shows them inline."""
    found: list[FieldProblem] = []
    if not record.name.strip():
        found.append(FieldProblem("name", N_("Errors", "Enter the name of the organisation.")))
    checks = (
        ("kvk", ids.kvk_problem(record.kvk)),
        ("rsin", ids.rsin_problem(record.rsin)),
        ("iban", ids.iban_problem(record.iban)),
        ("postcode", ids.postcode_problem(record.postcode)),
        ("email", ids.email_problem(record.email)),
    )
    found.extend(FieldProblem(name, message) for name, message in checks if message)
    limits.add_new(found, limits.check_record("organisations", record, skip=("kind",)))
    for index, contact in enumerate(record.contacts):
        if not contact.name:
            found.append(
                FieldProblem(
                    f"contacts.{index}.name", N_("Errors", "A contact person needs a name.")
                )
            )
        message = ids.email_problem(contact.email)
        if message:
            found.append(FieldProblem(f"contacts.{index}.email", message))
        limits.add_new(
            found, limits.check_record("contacts", contact, template=f"contacts.{index}.{{field}}")
        )
    return found


def _kvk_owner(session: Session, kvk: str) -> tuple[int, str] | None:
    if not kvk:
        return None
    row = session.execute(
        select(Organisation.id, Organisation.name).where(Organisation.kvk == kvk)
    ).first()
    return (row.id, row.name) if row else None


def _raise_first(problems: Sequence[FieldProblem]) -> None:
    if problems:
        first = problems[0]
        raise ValidationError(first.message, first.params, field=first.field)


def save_organisation(session: Session, record: OrganisationRecord) -> OrganisationRecord:
    """Create (id None) or update an organisation; a stale version is refused, not overwritten."""
    require(session, Permission.EDIT_ORGANISATIONS)
    record = normalised(record)
    _raise_first(check_organisation(record))
    owner = _kvk_owner(session, record.kvk)
    if owner is not None and owner[0] != record.id:
        raise ValidationError(
            N_("Errors", "KvK number {kvk} already belongs to {name}."),
            {"kvk": record.kvk, "name": owner[1]},
            field="kvk",
        )
    if record.id is None:
        org = Organisation(name=record.name)
        session.add(org)
    else:
        org = _load(session, record.id)
        if org.version != record.version:
            raise ConflictError(STALE)
    _apply(session, org, record)
    session.flush()
    return _record(org)


def _apply(session: Session, org: Organisation, record: OrganisationRecord) -> None:
    for name in _TEXT_FIELDS:
        if getattr(org, name) != getattr(record, name):
            setattr(org, name, getattr(record, name))
    org.kind = record.kind
    org.kvk = record.kvk or None
    org.rsin = record.rsin or None
    org.iban = record.iban or None
    org.archived = record.archived
    if record.successor_id != org.successor_id:
        if record.successor_id is not None and record.successor_id == org.id:
            raise ValidationError(
                N_("Errors", "An organisation cannot be its own successor."), field="successor"
            )
        org.successor_id = record.successor_id
    wanted = set(record.district_ids)
    if wanted != {d.id for d in org.districts}:
        org.districts = list(
            session.scalars(
                select(District).where(District.id.in_(wanted)).order_by(District.number)
            )
        )
    existing = {c.id: c for c in org.contacts}
    kept: list[Contact] = []
    for contact in record.contacts:
        row = existing.get(contact.id) if contact.id is not None else None
        if row is None:
            row = Contact(name=contact.name)
        for name in ("name", "email", "phone", "role"):
            if getattr(row, name) != getattr(contact, name):
                setattr(row, name, getattr(contact, name))
        kept.append(row)
    if [id(c) for c in kept] != [id(c) for c in org.contacts]:
        org.contacts = kept


def set_archived(
    session: Session, organisation_id: int, archived: bool, version: int
) -> OrganisationRecord:
    require(session, Permission.EDIT_ORGANISATIONS)
    org = _load(session, organisation_id)
    if org.version != version:
        raise ConflictError(STALE)
    org.archived = archived
    session.flush()
    return _record(org)


def reference_count(session: Session, organisation_id: int) -> int:
    """How many bids, contracts, objections, awards and applications refer to it."""
    counts = (
        select(func.count())
        .select_from(BidMember)
        .where(BidMember.organisation_id == organisation_id),
        select(func.count())
        .select_from(ContractParty)
        .where(ContractParty.organisation_id == organisation_id),
        select(func.count())
        .select_from(Objection)
        .where(Objection.organisation_id == organisation_id),
        select(func.count())
        .select_from(AwardDecision)
        .where(AwardDecision.successor_organisation_id == organisation_id),
        select(func.count())
        .select_from(Application)
        .where(
            (Application.applicant_id == organisation_id)
            | (Application.deciding_organisation_id == organisation_id)
        ),
        select(func.count())
        .select_from(Organisation)
        .where(Organisation.successor_id == organisation_id),
    )
    return sum(int(session.scalar(query) or 0) for query in counts)


def delete_organisation(session: Session, organisation_id: int, version: int) -> None:
    """Delete an organisation nothing refers to; otherwise refuse and point to archiving."""
    require(session, Permission.EDIT_ORGANISATIONS)
    org = _load(session, organisation_id)
    if org.version != version:
        raise ConflictError(STALE)
    if reference_count(session, organisation_id):
        raise ValidationError(
            N_(
                "Errors",
                "{name} is referred to by bids, contracts or applications, so it cannot "
                "be deleted. Archive it instead.",
            ),
            {"name": org.name},
        )
    session.delete(org)
    session.flush()


# What a merge fills in on the kept organisation where it is empty, from the duplicate.
FILLED_ON_MERGE = ("kvk", "rsin", "iban", *_TEXT_FIELDS)


def merged(keep: OrganisationRecord, duplicate: OrganisationRecord) -> OrganisationRecord:
    """``keep`` as :func:`merge_organisations` will leave it (to show before merging)."""
    filled = {
        name: getattr(duplicate, name)
        for name in FILLED_ON_MERGE
        if not getattr(keep, name) and getattr(duplicate, name)
    }
    names = dict(zip(keep.district_ids, keep.district_names, strict=False))
    names.update(zip(duplicate.district_ids, duplicate.district_names, strict=False))
    known = {fold(c.name) for c in keep.contacts}
    contacts = keep.contacts + tuple(c for c in duplicate.contacts if fold(c.name) not in known)
    return replace(
        keep,
        **filled,
        district_ids=tuple(names),
        district_names=tuple(names.values()),
        contacts=contacts,
    )


def merge_organisations(session: Session, keep_id: int, duplicate_id: int) -> OrganisationRecord:
    """Fold a duplicate into ``keep``: references move, empty fields are filled, contacts and
    districts are joined, and the duplicate stays archived with ``keep`` as its successor."""
    require(session, Permission.EDIT_ORGANISATIONS)
    if keep_id == duplicate_id:
        raise ValidationError(N_("Errors", "Choose two different organisations to merge."))
    keep, duplicate = _load(session, keep_id), _load(session, duplicate_id)
    if keep.kvk and duplicate.kvk and keep.kvk != duplicate.kvk:
        raise ValidationError(
            N_(
                "Errors",
                "{first} and {second} have different KvK numbers, so they are not "
                "duplicates of one another.",
            ),
            {"first": keep.name, "second": duplicate.name},
        )
    moves = (
        (BidMember, BidMember.organisation_id),
        (ContractParty, ContractParty.organisation_id),
        (Objection, Objection.organisation_id),
        (Application, Application.applicant_id),
        (Application, Application.deciding_organisation_id),
        (AwardDecision, AwardDecision.successor_organisation_id),
        (Organisation, Organisation.successor_id),
    )
    for table, column in moves:
        # ORM updates (not bulk SQL) so that every moved reference is in the audit log.
        for row in session.scalars(select(table).where(column == duplicate_id)):
            if row is keep:
                continue
            setattr(row, column.key, keep_id)
    kvk = duplicate.kvk
    if kvk and not keep.kvk:
        duplicate.kvk = None
        session.flush()
        keep.kvk = kvk
    for name in FILLED_ON_MERGE[1:]:  # the KvK number just above
        if not getattr(keep, name) and getattr(duplicate, name):
            setattr(keep, name, getattr(duplicate, name))
    keep.districts = sorted(
        {d.id: d for d in [*keep.districts, *duplicate.districts]}.values(), key=lambda d: d.number
    )
    known = {fold(c.name) for c in keep.contacts}
    for contact in list(duplicate.contacts):
        if fold(contact.name) not in known:
            keep.contacts.append(
                Contact(
                    name=contact.name, email=contact.email, phone=contact.phone, role=contact.role
                )
            )
    duplicate.archived = True
    duplicate.successor_id = keep.id
    duplicate.successor_reason = f"merged into {keep.name} (#{keep.id})"
    session.flush()
    return _record(keep)


def record_succession(
    session: Session,
    predecessor_id: int,
    successor_id: int,
    *,
    on: date,
    reason: str,
    version: int,
) -> OrganisationRecord:
    """Record that ``successor_id`` (another legal entity, with its own KvK number) succeeded
    ``predecessor_id`` on ``on``. The predecessor is archived; its bids, contracts, objections
    and subsidies stay where they are, so both names remain visible in history."""
    require(session, Permission.EDIT_ORGANISATIONS)
    if predecessor_id == successor_id:
        raise ValidationError(
            N_("Errors", "An organisation cannot succeed itself; choose its successor."),
            field="successor_id",
        )
    predecessor, successor = _load(session, predecessor_id), _load(session, successor_id)
    if predecessor.version != version:
        raise ConflictError(STALE)
    if successor.archived:
        raise ValidationError(
            N_(
                "Errors",
                "{successor} is archived, so it cannot take over from {name}; restore it first "
                "or choose the organisation that carries on the work.",
            ),
            {"successor": successor.name, "name": predecessor.name},
            field="successor_id",
        )
    if predecessor.successor_id is not None:
        raise ValidationError(
            N_("Errors", "{name} already has a successor: {successor}."),
            {
                "name": predecessor.name,
                "successor": predecessor.successor.name if predecessor.successor else "",
            },
        )
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            N_("Errors", "Give the reason of the succession, e.g. a merger into a new foundation."),
            field="reason",
        )
    predecessor.archived = True
    predecessor.successor_id = successor.id
    predecessor.successor_reason = reason
    predecessor.succeeded_on = on
    session.flush()
    return _record(predecessor)


def involvement(session: Session, organisation_id: int) -> list[InvolvementRecord]:
    """What the organisation is involved in: bids, contracts, subsidy applications."""
    require(session, Permission.VIEW)
    found: list[InvolvementRecord] = []
    hidden = visibility_by_lot(session)
    bids = session.execute(
        select(
            Lot.id.label("lot_id"),
            Procurement.reference,
            Lot.number,
            Lot.title,
            Bid.code,
            Bid.status,
            Bid.received_at,
            price_columns(session)[1],
            BidMember.role,
        )
        .join(Bid, Bid.id == BidMember.bid_id)
        .join(Lot, Lot.id == Bid.lot_id)
        .join(Procurement, Procurement.id == Lot.procurement_id)
        .where(BidMember.organisation_id == organisation_id)
        .order_by(Bid.received_at)
    )
    for row in bids:
        seen = hidden.get(row.lot_id, FULL)
        if not seen.names:
            continue  # that this organisation bid on an anonymised lot is what is hidden
        # "REF/N CODE: lot title": the bid's code tells two bids on one lot apart, and the
        # description stays free of words that would need translating here.
        bid_label = f"{row.reference}/{row.number} {row.code}"
        found.append(
            InvolvementRecord(
                "bid",
                f"{bid_label}: {row.title}" if row.title else bid_label,
                row.received_at.date(),
                row.price_total if seen.prices else None,
                role=row.role.value,
                status=row.status.value,
            )
        )
    contracts = session.execute(
        select(Contract.reference, Contract.start_date, Contract.value, ContractParty.role)
        .join(ContractParty, ContractParty.contract_id == Contract.id)
        .where(ContractParty.organisation_id == organisation_id)
        .order_by(Contract.start_date)
    )
    for contract in contracts:
        found.append(
            InvolvementRecord(
                "contract",
                contract.reference,
                contract.start_date,
                contract.value,
                role=contract.role.value,
            )
        )
    applications = session.execute(
        select(
            Application.reference,
            Application.activity,
            Application.received_on,
            Application.requested,
            Application.granted,
            SubsidyScheme.year,
        )
        .join(SubsidyScheme, SubsidyScheme.id == Application.scheme_id)
        .where(Application.applicant_id == organisation_id)
        .order_by(Application.received_on)
    )
    for application in applications:
        found.append(
            InvolvementRecord(
                "application",
                f"{application.reference} {application.activity} ({application.year})",
                application.received_on,
                application.granted if application.granted is not None else application.requested,
            )
        )
    return found


# --- importing --------------------------------------------------------------------------------


_DISTRICT_SEPARATORS = re.compile(r"[,;/\n]+")
_BLANK = OrganisationRecord(id=None, name="")


def _parse_districts(
    text: str, by_name: dict[str, int], by_number: dict[str, int]
) -> tuple[list[int], list[str]]:
    found: list[int] = []
    unknown: list[str] = []
    for part in _DISTRICT_SEPARATORS.split(text):
        token = part.strip()
        if not token:
            continue
        district_id = by_name.get(fold(token)) or by_number.get(token)
        if district_id is None:
            unknown.append(token)
        elif district_id not in found:
            found.append(district_id)
    return found, unknown


def _problem(row: ImportRow, column: str, message: str, **params: object) -> Problem:
    return Problem(
        message=message,
        sheet=row.sheet,
        row=row.row,
        column=column,
        params=dict(params),
        context="Errors",
    )


def _tidied(contact: ContactRecord) -> ContactRecord:
    """``contact`` with the spaces around what was typed removed, as :func:`normalised` does."""
    name, email, phone = contact.name.strip(), contact.email.strip(), contact.phone.strip()
    if (name, email, phone) == (contact.name, contact.email, contact.phone):
        return contact
    return replace(contact, name=name, email=email, phone=phone)


class _RowReader:
    """Turns import rows into records. What repeats down a column (kinds, districts, Ja/Nee)
    is folded and looked up once per distinct text: an import of tens of thousands of rows
    has only a handful of each."""

    def __init__(
        self, by_name: dict[str, int], by_number: dict[str, int], headers: dict[str, str]
    ) -> None:
        self.by_name = by_name
        self.by_number = by_number
        self.headers = headers
        self._kinds: dict[str, OrganisationKind | None] = {}
        self._districts: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        self._flags: dict[str, bool | None] = {}

    def kind(self, text: str) -> OrganisationKind | None:
        if text not in self._kinds:
            self._kinds[text] = KIND_WORDS.get(fold(text))
        return self._kinds[text]

    def districts(self, text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """The ids of the districts ``text`` names, and the names it has that are unknown."""
        if text not in self._districts:
            found, unknown = _parse_districts(text, self.by_name, self.by_number)
            self._districts[text] = (tuple(found), tuple(unknown))
        return self._districts[text]

    def flag(self, text: str) -> bool | None:
        """Ja → True, Nee or empty → False, anything else None."""
        if text not in self._flags:
            folded = fold(text)
            self._flags[text] = True if folded in _YES else False if folded in _NO else None
        return self._flags[text]

    def record(
        self, row: ImportRow, base: OrganisationRecord | None
    ) -> tuple[OrganisationRecord | None, list[Problem]]:
        """The record ``row`` describes (over ``base`` when it updates one), normalised, or
        ``None`` with every problem of the row."""
        values = row.values
        headers = self.headers
        problems: list[Problem] = []
        start = base or _BLANK
        # Every cell's text stripped once; a field the workbook lacks keeps its current value.
        text = {name: value.strip() for name, value in values.items()}.get

        kind = start.kind
        raw_kind = values.get("kind")
        if raw_kind is not None and raw_kind.strip():
            parsed = self.kind(raw_kind)
            if parsed is None:
                problems.append(
                    _problem(
                        row,
                        headers.get("kind", "kind"),
                        N_(
                            "Errors",
                            "Unknown kind of organisation {value}; use Professioneel, "
                            "Vrijwilligers or Overig.",
                        ),
                        value=raw_kind,
                    )
                )
            else:
                kind = parsed
        district_ids = start.district_ids
        if "districts" in values:
            district_ids, unknown = self.districts(values["districts"])
            for token in unknown:
                problems.append(
                    _problem(
                        row,
                        headers.get("districts", "districts"),
                        N_(
                            "Errors",
                            "Unknown district {value}; use the names on the Administration page.",
                        ),
                        value=token,
                    )
                )
        archived = start.archived
        if "archived" in values:
            flag = self.flag(values["archived"])
            if flag is None:
                problems.append(
                    _problem(
                        row,
                        headers.get("archived", "archived"),
                        N_("Errors", "Write Ja or Nee in this column."),
                        value=values["archived"],
                    )
                )
            else:
                archived = flag
        contacts = start.contacts
        contact_name = values.get("contact", "").strip()
        if contact_name:
            contact = ContactRecord(
                name=contact_name,
                email=values.get("contact_email", "").strip(),
                phone=values.get("contact_phone", "").strip(),
            )
            match = None
            if contacts:
                folded = fold(contact_name)
                match = next((c for c in contacts if fold(c.name) == folded), None)
            if match is None:
                contacts = (*contacts, contact)
            elif ("contact_email" in values and match.email != contact.email) or (
                "contact_phone" in values and match.phone != contact.phone
            ):
                updated = replace(
                    match,
                    email=contact.email if "contact_email" in values else match.email,
                    phone=contact.phone if "contact_phone" in values else match.phone,
                )
                contacts = tuple(updated if c is match else c for c in contacts)
        # What normalised() does, applied while the record is built once: replace() on a
        # frozen dataclass costs several microseconds a call, paid for every row.
        name = text("name", start.name).strip()
        kvk = ids.normalise_kvk(text("kvk", start.kvk))
        rsin = ids.normalise_rsin(text("rsin", start.rsin))
        iban = ids.normalise_iban(text("iban", start.iban))
        postcode = ids.normalise_postcode(text("postcode", start.postcode))
        street = text("street", start.street).strip()
        city = text("city", start.city).strip()
        email = text("email", start.email).strip()
        phone = text("phone", start.phone).strip()
        website = text("website", start.website).strip()
        notes = text("notes", start.notes)
        if base is not None:
            # A new row's contact is tidied above; the stored ones may not be.
            contacts = tuple(map(_tidied, contacts))
        if base is None:
            record = OrganisationRecord(
                id=None,
                name=name,
                kind=kind,
                kvk=kvk,
                rsin=rsin,
                iban=iban,
                street=street,
                postcode=postcode,
                city=city,
                email=email,
                phone=phone,
                website=website,
                notes=notes,
                archived=archived,
                district_ids=district_ids,
                contacts=contacts,
            )
        else:
            record = replace(
                base,
                name=name,
                kind=kind,
                kvk=kvk,
                rsin=rsin,
                iban=iban,
                street=street,
                postcode=postcode,
                city=city,
                email=email,
                phone=phone,
                website=website,
                notes=notes,
                archived=archived,
                district_ids=district_ids,
                contacts=contacts,
            )
        for issue in check_organisation(record):
            column = _CONTACT_COLUMNS.get(issue.field.rpartition(".")[2], "contact")
            if not issue.field.startswith("contacts."):
                column = issue.field
            problems.append(
                _problem(row, headers.get(column, column), issue.message, **issue.params)
            )
        return (None if problems else record), problems


# The import's columns of a contact's fields (contacts.0.email -> contact_email).
_CONTACT_COLUMNS = {"name": "contact", "email": "contact_email", "phone": "contact_phone"}


def _comparable(record: OrganisationRecord) -> tuple[object, ...]:
    return (
        record.name,
        record.kind,
        record.kvk,
        record.rsin,
        record.iban,
        record.street,
        record.postcode,
        record.city,
        record.email,
        record.phone,
        record.website,
        record.notes,
        record.archived,
        tuple(sorted(record.district_ids)),
        tuple((c.name, c.email, c.phone, c.role) for c in record.contacts),
    )


def import_organisations(
    session: Session,
    rows: Iterable[ImportRow],
    *,
    headers: dict[str, str] | None = None,
    warnings: Sequence[Problem] = (),
    dry_run: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Match rows on id, KvK number or exact name; write all of them or nothing.

    Problems leave the database untouched and are all reported; a re-imported unchanged
    export counts as unchanged and writes nothing.
    """
    require(session, Permission.EDIT_ORGANISATIONS)
    headers = headers or {}
    existing = list_organisations(session)
    by_id = {record.id: record for record in existing}
    by_kvk = {record.kvk: record for record in existing if record.kvk}
    by_fold: dict[str, list[OrganisationRecord]] = defaultdict(list)
    for known in existing:
        by_fold[fold(known.name)].append(known)
    districts = session.execute(select(District.id, District.number, District.name)).all()
    by_name = {fold(name): district_id for district_id, _number, name in districts}
    by_number = {str(number): district_id for district_id, number, _name in districts}

    reader = _RowReader(by_name, by_number, headers)
    problems: list[Problem] = []
    creates: list[tuple[ImportRow, OrganisationRecord]] = []
    updates: list[tuple[ImportRow, OrganisationRecord]] = []
    unchanged = 0
    seen_kvk: dict[str, int] = {}
    seen_ids: dict[int, int] = {}
    rows = list(rows)
    total = len(rows) * 2
    report_every = 500
    for position, row in enumerate(rows):
        if on_progress is not None and position % report_every == 0:
            on_progress(position, total)
        base: OrganisationRecord | None = None
        raw_id = row.values.get("id", "").strip()
        if raw_id:
            if not is_ascii_digits(raw_id) or int(raw_id) not in by_id:
                problems.append(
                    _problem(
                        row,
                        headers.get("id", "id"),
                        N_(
                            "Errors",
                            "There is no organisation with id {value} in this database; "
                            "empty the id cell to add it as a new organisation.",
                        ),
                        value=raw_id,
                    )
                )
                continue
            base = by_id[int(raw_id)]
        kvk = ids.normalise_kvk(row.values.get("kvk", ""))
        if base is None and kvk:
            base = by_kvk.get(kvk)
        if base is None and not kvk and "name" in row.values:
            candidates = [c for c in by_fold.get(fold(row.values["name"]), []) if not c.kvk]
            base = candidates[0] if len(candidates) == 1 else None
        record, row_problems = reader.record(row, base)
        problems.extend(row_problems)
        if record is None:
            continue
        if record.kvk:
            if record.kvk in seen_kvk:
                problems.append(
                    _problem(
                        row,
                        headers.get("kvk", "kvk"),
                        N_(
                            "Errors",
                            "KvK number {kvk} also appears on row {other}; keep one of the two "
                            "rows.",
                        ),
                        kvk=record.kvk,
                        other=seen_kvk[record.kvk],
                    )
                )
                continue
            seen_kvk[record.kvk] = row.row
            owner = by_kvk.get(record.kvk)
            if owner is not None and owner.id != record.id:
                problems.append(
                    _problem(
                        row,
                        headers.get("kvk", "kvk"),
                        N_("Errors", "KvK number {kvk} already belongs to {name}."),
                        kvk=record.kvk,
                        name=owner.name,
                    )
                )
                continue
        if base is None:
            creates.append((row, record))
        else:
            assert base.id is not None
            if base.id in seen_ids:
                problems.append(
                    _problem(
                        row,
                        headers.get("name", "name"),
                        N_(
                            "Errors",
                            "This organisation also appears on row {other}; keep one of the two "
                            "rows.",
                        ),
                        other=seen_ids[base.id],
                    )
                )
                continue
            seen_ids[base.id] = row.row
            if _comparable(record) == _comparable(base):
                unchanged += 1
            else:
                updates.append((row, record))
    report = ImportReport(
        created=len(creates),
        updated=len(updates),
        unchanged=unchanged,
        warnings=tuple(warnings),
        problems=tuple(problems),
        dry_run=dry_run,
    )
    if problems or dry_run or not (creates or updates):
        return report
    with bulk_write_cache(session.connection()):
        _write_creates(session, [record for _row, record in creates])
        if on_progress is not None:
            on_progress(len(rows) + len(creates), total)
        for position, (_row, record) in enumerate(updates):
            if on_progress is not None and position % report_every == 0:
                on_progress(len(rows) + len(creates) + position, total)
            save_organisation(session, record)
    return replace(report, written=True)


def _write_creates(session: Session, records: Sequence[OrganisationRecord]) -> None:
    """Add new organisations, their districts and contacts in a few audited bulk statements."""
    new_ids = insert_indexed_later(
        session.connection(),
        "organisations",
        lambda: insert_audited_columns(
            session,
            Organisation,
            {
                "name": [r.name for r in records],
                "kind": [r.kind for r in records],
                "kvk": [r.kvk or None for r in records],
                "rsin": [r.rsin or None for r in records],
                "iban": [r.iban or None for r in records],
                "street": [r.street for r in records],
                "postcode": [r.postcode for r in records],
                "city": [r.city for r in records],
                "email": [r.email for r in records],
                "phone": [r.phone for r in records],
                "website": [r.website for r in records],
                "notes": [r.notes for r in records],
                "archived": [r.archived for r in records],
                "sort_name": [sort_text(r.name) for r in records],
                "search_text": [
                    organisation_search_text(
                        r.name,
                        r.kvk or None,
                        r.city,
                        r.postcode,
                        r.email,
                        r.iban or None,
                        [(c.name, c.email) for c in r.contacts],
                    )
                    for r in records
                ],
            },
            audit_extra={"districts": [[str(d) for d in sorted(r.district_ids)] for r in records]},
        ),
    )
    links = [
        (org_id, district_id)
        for org_id, record in zip(new_ids, records, strict=True)
        for district_id in record.district_ids
    ]
    insert_columns(
        session.connection(),
        organisation_districts,
        {
            "organisation_id": [org_id for org_id, _district_id in links],
            "district_id": [district_id for _org_id, district_id in links],
        },
    )
    contacts = [
        (org_id, contact)
        for org_id, record in zip(new_ids, records, strict=True)
        for contact in record.contacts
    ]
    if contacts:
        insert_audited_columns(
            session,
            Contact,
            {
                "organisation_id": [org_id for org_id, _contact in contacts],
                "name": [c.name for _org_id, c in contacts],
                "email": [c.email for _org_id, c in contacts],
                "phone": [c.phone for _org_id, c in contacts],
                "role": [c.role for _org_id, c in contacts],
            },
        )


__all__ = [
    "FIELDS",
    "check_organisation",
    "delete_organisation",
    "get_organisation",
    "import_organisations",
    "involvement",
    "list_organisations",
    "merge_organisations",
    "record_succession",
    "save_organisation",
    "set_archived",
]

"""The evaluation of a lot: committee, declarations, blind individual scores, consensus, results.

Who may do what
---------------
- The committee, declarations recorded for someone else, meetings and consensus scores need a
  procurement officer (``EDIT_PROCUREMENTS``) or the acting user being the lot's chair.
- Own scores need ``SCORE`` and being that evaluator; a procurement officer enters the scores
  of an external evaluator (one without an account), from paper or Excel. An administrator
  may do everything.
- Blindness: no bid is shown to an evaluator before he or she has signed the declaration
  without a conflict of interest; until an evaluator has submitted (and so locked) his or her
  scores, he or she sees nobody else's. Prices stay hidden from evaluators who do not see
  prices when the lot hides them; in anonymised mode bids appear by their codes until the
  consensus is complete.

Scores that criteria changes set aside (``invalidated``) no longer count anywhere; a new
score for the same cell reuses the row, so that the audit log shows the whole history.
"""

from __future__ import annotations

import itertools
import json
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ssb_desktop.db import limits
from ssb_desktop.db.tables import (
    Bid,
    BidMember,
    ConsensusMeeting,
    ConsensusScore,
    Contact,
    Criterion,
    Declaration,
    Evaluator,
    IndividualScore,
    Lot,
    Organisation,
    Procurement,
    ResultRecord,
    ScaleValue,
    TieBreak,
    User,
)
from ssb_desktop.errors import (
    N_,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ssb_desktop.formatting import format_number, round_half_up
from ssb_desktop.records import (
    AwardMethod,
    BidRecord,
    BidStatus,
    ConsensusCell,
    ConsensusOverview,
    ConsortiumRole,
    CriterionAgreement,
    CriterionRecord,
    DeclarationRecord,
    EvaluatorRecord,
    GridBid,
    GridCriterion,
    IndividualScoreRecord,
    MeetingRecord,
    MinutesContent,
    MinutesRow,
    Notice,
    Role,
    ScaleValueRecord,
    ScoreEntry,
    ScoringGrid,
    TieBreakRecord,
)
from ssb_desktop.services import agreement, scoring
from ssb_desktop.services.bids import list_bids
from ssb_desktop.services.blindness import LotVisibility, bid_prices, lot_visibility
from ssb_desktop.services.common import STALE, as_utc, assign
from ssb_desktop.services.criteria import list_criteria
from ssb_desktop.services.identifiers import email_problem
from ssb_desktop.services.permissions import Permission, current_actor, may, require

__all__ = [
    "DECLARATION_CONTEXT",
    "DECLARATION_VERSION",
    "LotResults",
    "MinutesContent",
    "MinutesRow",
    "adopt_averages",
    "adopt_results",
    "committee_notices",
    "consensus_overview",
    "declaration_text",
    "individual_scores",
    "list_declarations",
    "list_evaluators",
    "list_meetings",
    "lot_results",
    "my_evaluator",
    "record_tie_break",
    "remove_evaluator",
    "save_evaluator",
    "save_meeting",
    "save_scores",
    "scoring_grid",
    "set_consensus",
    "sign_declaration",
    "submit_scores",
    "write_minutes",
]

DECLARATION_VERSION = "2026-1"
# The translation context of the declaration's text.
DECLARATION_CONTEXT = "Declaration"
_DECLARATION_TEXT = N_(
    "Declaration",
    "I declare that I have no personal, financial or professional interest in any of the "
    "organisations that bid on this lot, nor in their directors or staff, and that no such "
    "interest exists through my partner, family or friends. I have not worked for any of them "
    "in the past two years and have no agreement to do so. I will score the bids independently "
    "and impartially, on the published criteria only, and keep the bids and the scores "
    "confidential. Should a conflict of interest arise during the evaluation, I will report it "
    "at once and stop scoring.",
)
# Where a consensus score adopted from the average says so, before each motivation.
AVERAGE_MOTIVATION = N_("Evaluation", "Average of the individual scores")
# An evaluator whose scores lie this many standard deviations from the others, on average
# over the bids, is flagged as consistently higher or lower.
Z_FLAG = Decimal("1.5")
# A per-bid spread below half a scale step counts as half a step, so that near-agreement of
# the others does not turn a small difference into a large z-score.
_MIN_SPREAD = 0.5
_CENT = Decimal("0.01")
_INACTIVE = (BidStatus.WITHDRAWN, BidStatus.EXCLUDED)
_MAX_LISTED = 15

_NOT_MANAGER = N_(
    "Errors",
    "Only a procurement officer or the chair of the committee of this lot may do this.",
)


# --- results of the module --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LotResults:
    """A lot's computed ranking with what a page needs to show it."""

    lot_id: int
    lot_label: str
    award_method: AwardMethod
    result: scoring.LotResult
    robustness: scoring.Robustness | None
    criteria: tuple[CriterionRecord, ...]  # tree order
    main_criteria: tuple[CriterionRecord, ...]
    bids: tuple[BidRecord, ...]
    bid_labels: Mapping[int, str]  # code – lead organisation name
    criterion_titles: Mapping[int, str]
    # The bid that came first from a recorded drawing of lots between bids tied for first.
    drawn_winner: int | None = None

    @property
    def winner(self) -> int | None:
        """The bid ranked first alone, or the one that came first from the drawing of lots."""
        winner = self.result.winner
        # The engine's keys are the bid ids here.
        return winner if isinstance(winner, int) else self.drawn_winner


def declaration_text() -> str:
    """The English source of the declaration (version ``DECLARATION_VERSION``).

    Translate it in the context ``DECLARATION_CONTEXT``.
    """
    return _DECLARATION_TEXT


# --- loading ----------------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _lot(session: Session, lot_id: int) -> Lot:
    lot = session.get(Lot, lot_id)
    if lot is None:
        raise NotFoundError(N_("Errors", "This lot no longer exists. Reload the list."))
    return lot


def _lot_label(session: Session, lot: Lot) -> str:
    reference = session.scalar(
        select(Procurement.reference).where(Procurement.id == lot.procurement_id)
    )
    return f"{reference}/{lot.number}"


def _evaluator(session: Session, evaluator_id: int) -> Evaluator:
    evaluator = session.get(Evaluator, evaluator_id)
    if evaluator is None:
        raise NotFoundError(
            N_("Errors", "This evaluator is no longer on the committee. Reload the list.")
        )
    return evaluator


def _criterion_name(criterion: Criterion) -> str:
    return " ".join(part for part in (criterion.code, criterion.title) if part) or "?"


@dataclass
class _Tree:
    """A lot's criteria in tree order with their scales, effective weights and paths."""

    criteria: list[Criterion]
    by_id: dict[int, Criterion]
    leaves: list[Criterion]  # the scored leaves (not the price), tree order
    scales: dict[int, tuple[ScaleValueRecord, ...]]  # per criterion id
    weights: dict[int, Decimal]
    paths: dict[int, str]
    main_of: dict[int, int]  # criterion id -> its main criterion's id
    order: dict[int, int]  # criterion id -> position in tree order

    def leaves_of(self, group_id: int | None) -> list[Criterion]:
        if group_id is None:
            return self.leaves
        return [leaf for leaf in self.leaves if self.main_of[leaf.id] == group_id]

    def values(self, criterion_id: int) -> tuple[Decimal, ...]:
        return tuple(value.value for value in self.scales.get(criterion_id, ()))


def _tree(session: Session, lot: Lot) -> _Tree:
    rows = list(session.scalars(select(Criterion).where(Criterion.lot_id == lot.id)))
    children: dict[int | None, list[Criterion]] = defaultdict(list)
    ids = {row.id for row in rows}
    for row in rows:
        children[row.parent_id if row.parent_id in ids else None].append(row)
    ordered: list[Criterion] = []
    weights: dict[int, Decimal] = {}
    paths: dict[int, str] = {}
    main_of: dict[int, int] = {}
    has_price = any(row.is_price for row in rows)
    root = Decimal(100)
    if lot.award_method is AwardMethod.WEIGHTED_POINTS and not has_price:
        root -= lot.price_max_points

    def visit(parent: Criterion | None) -> None:
        for row in sorted(
            children.get(parent.id if parent else None, []), key=lambda c: (c.position, c.code)
        ):
            ordered.append(row)
            base = weights[parent.id] if parent else root
            weights[row.id] = (base * row.weight / 100).quantize(Decimal("0.0001")).normalize()
            name = _criterion_name(row)
            paths[row.id] = f"{paths[parent.id]} > {name}" if parent else name
            main_of[row.id] = main_of[parent.id] if parent else row.id
            visit(row)

    visit(None)
    scale_ids = {row.scale_id for row in rows if row.scale_id is not None}
    by_scale: dict[int, list[ScaleValueRecord]] = defaultdict(list)
    if scale_ids:
        for value in session.scalars(
            select(ScaleValue).where(ScaleValue.scale_id.in_(scale_ids)).order_by(ScaleValue.value)
        ):
            by_scale[value.scale_id].append(ScaleValueRecord(value.value, value.descriptor))
    parents = {row.parent_id for row in rows if row.parent_id is not None}
    return _Tree(
        criteria=ordered,
        by_id={row.id: row for row in rows},
        leaves=[row for row in ordered if row.id not in parents and not row.is_price],
        scales={
            row.id: tuple(by_scale.get(row.scale_id, ())) if row.scale_id is not None else ()
            for row in rows
        },
        weights=weights,
        paths=paths,
        main_of=main_of,
        order={row.id: index for index, row in enumerate(ordered)},
    )


def _bids(session: Session, lot_id: int) -> list[Bid]:
    return list(session.scalars(select(Bid).where(Bid.lot_id == lot_id).order_by(Bid.code)))


def _lead_names(session: Session, bid_ids: Sequence[int]) -> dict[int, str]:
    if not bid_ids:
        return {}
    return {
        bid_id: name
        for bid_id, name in session.execute(
            select(BidMember.bid_id, Organisation.name)
            .join(Organisation, Organisation.id == BidMember.organisation_id)
            .where(BidMember.bid_id.in_(bid_ids), BidMember.role == ConsortiumRole.LEAD)
        )
    }


def _full_labels(session: Session, bids: Sequence[Bid]) -> dict[int, str]:
    leads = _lead_names(session, [bid.id for bid in bids])
    return {
        bid.id: f"{bid.code} – {leads[bid.id]}" if leads.get(bid.id) else bid.code for bid in bids
    }


def _active(bid: Bid) -> bool:
    return bid.status not in _INACTIVE


def _declaration_record(row: Declaration) -> DeclarationRecord:
    return DeclarationRecord(
        id=row.id,
        evaluator_id=row.evaluator_id,
        signed_at=row.signed_at,
        signed_by=row.signed_by,
        text_version=row.text_version,
        has_conflict=row.has_conflict,
        statement=row.statement,
    )


def _latest_declarations(session: Session, evaluator_ids: Sequence[int]) -> dict[int, Declaration]:
    latest: dict[int, Declaration] = {}
    if not evaluator_ids:
        return latest
    for row in session.scalars(
        select(Declaration)
        .where(Declaration.evaluator_id.in_(evaluator_ids))
        .order_by(Declaration.signed_at, Declaration.id)
    ):
        latest[row.evaluator_id] = row
    return latest


def _live_scores(session: Session, evaluator_ids: Sequence[int]) -> list[IndividualScore]:
    if not evaluator_ids:
        return []
    return list(
        session.scalars(
            select(IndividualScore)
            .where(
                IndividualScore.evaluator_id.in_(evaluator_ids),
                IndividualScore.invalidated.is_(False),
            )
            .order_by(IndividualScore.id)
        )
    )


def _evaluator_records(
    session: Session, lot: Lot, rows: Sequence[Evaluator], tree: _Tree | None = None
) -> list[EvaluatorRecord]:
    tree = tree or _tree(session, lot)
    ids = [row.id for row in rows]
    user_ids = [row.user_id for row in rows if row.user_id is not None]
    accounts = (
        {
            user_id: account
            for user_id, account in session.execute(
                select(User.id, User.account).where(User.id.in_(user_ids))
            )
        }
        if user_ids
        else {}
    )
    declarations = _latest_declarations(session, ids)
    active_bids = {bid.id for bid in _bids(session, lot.id) if _active(bid)}
    scored: dict[int, int] = defaultdict(int)
    leaves_by_group: dict[int | None, set[int]] = {}
    for row in rows:
        leaves_by_group.setdefault(
            row.criterion_group_id, {leaf.id for leaf in tree.leaves_of(row.criterion_group_id)}
        )
    groups = {row.id: row.criterion_group_id for row in rows}
    for score in _live_scores(session, ids):
        if score.bid_id in active_bids and (
            score.criterion_id in leaves_by_group[groups[score.evaluator_id]]
        ):
            scored[score.evaluator_id] += 1
    records = []
    for row in rows:
        group = tree.by_id.get(row.criterion_group_id) if row.criterion_group_id else None
        declaration = declarations.get(row.id)
        records.append(
            EvaluatorRecord(
                id=row.id,
                lot_id=row.lot_id,
                name=row.name,
                email=row.email,
                user_id=row.user_id,
                account=accounts.get(row.user_id, "") if row.user_id is not None else "",
                criterion_group_id=row.criterion_group_id,
                criterion_group_title=_criterion_name(group) if group else "",
                is_chair=row.is_chair,
                sees_prices=row.sees_prices,
                submitted_at=row.submitted_at,
                declaration=_declaration_record(declaration) if declaration else None,
                scored=scored[row.id],
                expected=len(active_bids) * len(leaves_by_group[row.criterion_group_id]),
                version=row.version,
            )
        )
    return records


def _committee(session: Session, lot_id: int) -> list[Evaluator]:
    return list(
        session.scalars(
            select(Evaluator).where(Evaluator.lot_id == lot_id).order_by(Evaluator.name)
        )
    )


def _evaluator_record(session: Session, row: Evaluator) -> EvaluatorRecord:
    return _evaluator_records(session, _lot(session, row.lot_id), [row])[0]


# --- who is acting ----------------------------------------------------------------------------


def _seat(session: Session, lot_id: int) -> Evaluator | None:
    """The acting user's seat on the lot's committee."""
    user_id = current_actor(session).user_id
    if user_id is None:
        return None
    return session.scalars(
        select(Evaluator).where(Evaluator.lot_id == lot_id, Evaluator.user_id == user_id)
    ).first()


def _is_manager(session: Session, lot_id: int) -> bool:
    if may(session, Permission.EDIT_PROCUREMENTS):
        return True
    seat = _seat(session, lot_id)
    return seat is not None and seat.is_chair


def _require_manager(session: Session, lot_id: int) -> None:
    require(session, Permission.VIEW)
    if not _is_manager(session, lot_id):
        raise PermissionDeniedError(_NOT_MANAGER)


def _is_self(session: Session, evaluator: Evaluator) -> bool:
    user_id = current_actor(session).user_id
    return evaluator.user_id is not None and evaluator.user_id == user_id


def _is_administrator(session: Session) -> bool:
    return Role.ADMINISTRATOR in current_actor(session).roles


def _require_scorer(session: Session, evaluator: Evaluator, *, entering: bool) -> None:
    """The evaluator himself (``SCORE`` when entering), or an officer for an external one."""
    require(session, Permission.VIEW)
    if _is_self(session, evaluator):
        if entering:
            require(session, Permission.SCORE)
        return
    if _is_administrator(session):
        return
    if evaluator.user_id is None and may(session, Permission.EDIT_PROCUREMENTS):
        return
    if evaluator.user_id is not None and may(session, Permission.EDIT_PROCUREMENTS):
        raise PermissionDeniedError(
            N_(
                "Errors",
                "{name} has an account and enters his or her own scores; only scores of "
                "external evaluators can be entered for them.",
            ),
            {"name": evaluator.name},
        )
    raise PermissionDeniedError(
        N_("Errors", "Only {name} may see and enter these scores."), {"name": evaluator.name}
    )


def _require_declaration(session: Session, evaluator: Evaluator) -> Declaration:
    declaration = _latest_declarations(session, [evaluator.id]).get(evaluator.id)
    if declaration is None:
        raise PermissionDeniedError(
            N_(
                "Errors",
                "{name} has not signed the conflict-of-interest declaration for this lot; "
                "sign it first, then the bids are shown.",
            ),
            {"name": evaluator.name},
        )
    if declaration.has_conflict:
        raise PermissionDeniedError(
            N_(
                "Errors",
                "{name} declared a conflict of interest and may not see or score the bids "
                "of this lot.",
            ),
            {"name": evaluator.name},
        )
    return declaration


def _require_not_blind(session: Session, lot_id: int) -> LotVisibility:
    """Refuse an evaluator of the lot who has not submitted: he may not see others' scores."""
    require(session, Permission.VIEW)
    visibility = lot_visibility(session, lot_id)
    if not visibility.others_scores:
        raise PermissionDeniedError(
            N_(
                "Errors",
                "You can see the other evaluators' scores only after you have submitted your own.",
            )
        )
    return visibility


def _require_results_visible(session: Session, lot_id: int) -> LotVisibility:
    """Refuse who may not see the lot's results: an evaluator who has not submitted (they are
    built from the others' scores), or one whose seat hides the prices (every result shows
    them, as prices, price points or totals)."""
    visibility = _require_not_blind(session, lot_id)
    if not visibility.prices:
        raise PermissionDeniedError(
            N_(
                "Errors",
                "The results of this lot show the prices, which your seat on its committee "
                "does not show you; the chair or the procurement officer can see them.",
            )
        )
    return visibility


# --- the committee ----------------------------------------------------------------------------


def list_evaluators(session: Session, lot_id: int) -> list[EvaluatorRecord]:
    """The lot's committee by name, each with the latest declaration and scoring progress."""
    require(session, Permission.VIEW)
    lot = _lot(session, lot_id)
    return _evaluator_records(session, lot, _committee(session, lot_id))


def my_evaluator(session: Session, lot_id: int) -> EvaluatorRecord | None:
    """The acting user's seat on the lot's committee, or None."""
    require(session, Permission.VIEW)
    seat = _seat(session, lot_id)
    return _evaluator_record(session, seat) if seat is not None else None


def _has_scores(session: Session, evaluator_id: int) -> bool:
    return bool(
        session.scalar(select(exists().where(IndividualScore.evaluator_id == evaluator_id)))
    )


def _has_declaration(session: Session, evaluator_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Declaration.evaluator_id == evaluator_id))))


def save_evaluator(session: Session, record: EvaluatorRecord) -> EvaluatorRecord:
    """Add a committee member (id None) or change one; returns it as stored.

    The name is required and unique on the lot; the e-mail address must look like one; a
    user account is linked by ``user_id`` (once per lot); ``criterion_group_id`` must be a
    main criterion of the lot (not the price). The account and the scoring group can no
    longer change once the evaluator has signed a declaration or has scores.
    """
    row: Evaluator | None = None
    if record.id is not None:
        row = _evaluator(session, record.id)
        if row.version != record.version:
            raise ConflictError(STALE)
    lot_id = row.lot_id if row is not None else record.lot_id
    _require_manager(session, lot_id)
    lot = _lot(session, lot_id)
    name = " ".join(record.name.split())
    email = record.email.strip()
    if not name:
        raise ValidationError(N_("Errors", "Give the evaluator's name."), field="name")
    problem = email_problem(email)
    if problem:
        raise ValidationError(problem, field="email")
    others = [other for other in _committee(session, lot_id) if row is None or other.id != row.id]
    if any(other.name.casefold() == name.casefold() for other in others):
        raise ValidationError(
            N_("Errors", "{name} is already on the committee of this lot."),
            {"name": name},
            field="name",
        )
    if record.user_id is not None:
        user = session.get(User, record.user_id)
        if user is None or not user.active:
            raise ValidationError(
                N_("Errors", "This user account does not exist or is no longer active."),
                field="user_id",
            )
        if any(other.user_id == record.user_id for other in others):
            raise ValidationError(
                N_("Errors", "The account {account} already has a seat on this committee."),
                {"account": user.account},
                field="user_id",
            )
    if record.criterion_group_id is not None:
        group = session.get(Criterion, record.criterion_group_id)
        if group is None or group.lot_id != lot_id or group.parent_id is not None or group.is_price:
            raise ValidationError(
                N_(
                    "Errors",
                    "An evaluator can be limited to a main criterion of this lot only, "
                    "not to the price.",
                ),
                field="criterion_group_id",
            )
    if (
        row is not None
        and (row.user_id != record.user_id or row.criterion_group_id != record.criterion_group_id)
        and (_has_declaration(session, row.id) or _has_scores(session, row.id))
    ):
        raise ValidationError(
            N_(
                "Errors",
                "{name} has already signed a declaration or scored; the account and the "
                "criteria to score can no longer change. Add a new evaluator instead.",
            ),
            {"name": row.name},
            field="user_id" if row.user_id != record.user_id else "criterion_group_id",
        )
    if row is None:
        row = Evaluator(lot_id=lot.id)
        session.add(row)
    assign(row, "name", name)
    assign(row, "email", email)
    assign(row, "user_id", record.user_id)
    assign(row, "criterion_group_id", record.criterion_group_id)
    assign(row, "is_chair", record.is_chair)
    assign(row, "sees_prices", record.sees_prices)
    session.flush()
    return _evaluator_record(session, row)


def remove_evaluator(session: Session, evaluator_id: int, version: int) -> None:
    """Take a member off the committee; refused once he or she has scores or a declaration."""
    row = _evaluator(session, evaluator_id)
    _require_manager(session, row.lot_id)
    if row.version != version:
        raise ConflictError(STALE)
    if _has_scores(session, row.id) or _has_declaration(session, row.id):
        raise ValidationError(
            N_(
                "Errors",
                "{name} has signed a declaration or scored, so must stay on record; the "
                "committee keeps the seat.",
            ),
            {"name": row.name},
        )
    session.delete(row)
    session.flush()


def _same_name(first: str, second: str) -> bool:
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def committee_notices(session: Session, lot_id: int) -> list[Notice]:
    """Warnings about the committee: its size, its chair, conflicts of interest."""
    require(session, Permission.VIEW)
    lot = _lot(session, lot_id)
    committee = _committee(session, lot_id)
    notices: list[Notice] = []
    if len(committee) != lot.evaluator_count:
        notices.append(
            Notice(
                N_(
                    "Errors",
                    "The tender documents promise {promised} evaluators, but the committee "
                    "has {count}.",
                ),
                {"promised": lot.evaluator_count, "count": len(committee)},
            )
        )
    chairs = [row for row in committee if row.is_chair]
    if committee and not chairs:
        notices.append(
            Notice(N_("Errors", "The committee has no chair; make one of the evaluators chair."))
        )
    elif len(chairs) > 1:
        notices.append(
            Notice(
                N_("Errors", "The committee has more than one chair: {names}."),
                {"names": ", ".join(row.name for row in chairs)},
            )
        )
    declarations = _latest_declarations(session, [row.id for row in committee])
    for row in committee:
        declaration = declarations.get(row.id)
        if declaration is not None and declaration.has_conflict:
            notices.append(
                Notice(
                    N_(
                        "Errors",
                        "{name} declared a conflict of interest and may not score; replace "
                        "him or her on the committee.",
                    ),
                    {"name": row.name},
                )
            )
    bidders = select(BidMember.organisation_id).join(Bid, Bid.id == BidMember.bid_id)
    contacts = session.execute(
        select(Contact.name, Contact.email, Organisation.name)
        .join(Organisation, Organisation.id == Contact.organisation_id)
        .where(Contact.organisation_id.in_(bidders.where(Bid.lot_id == lot_id)))
        .order_by(Organisation.name, Contact.name)
    ).all()
    user_emails = {
        user_id: email
        for user_id, email in session.execute(
            select(User.id, User.email).where(
                User.id.in_([row.user_id for row in committee if row.user_id is not None])
            )
        )
    }
    for row in committee:
        emails = {
            email.strip().casefold()
            for email in (row.email, user_emails.get(row.user_id, "") if row.user_id else "")
            if email and email.strip()
        }
        for contact_name, contact_email, organisation in contacts:
            if _same_name(row.name, contact_name) or (
                contact_email and contact_email.strip().casefold() in emails
            ):
                notices.append(
                    Notice(
                        N_(
                            "Errors",
                            "Evaluator {evaluator} matches contact person {contact} of "
                            "{organisation}, which bids on this lot; check for a conflict "
                            "of interest.",
                        ),
                        {
                            "evaluator": row.name,
                            "contact": contact_name,
                            "organisation": organisation,
                        },
                    )
                )
    return notices


# --- declarations -----------------------------------------------------------------------------


def sign_declaration(
    session: Session, evaluator_id: int, *, has_conflict: bool = False, statement: str = ""
) -> DeclarationRecord:
    """Record a signed declaration (a new row every time; earlier ones stay).

    The evaluator signs his or her own; the chair or a procurement officer records the
    signed paper of someone else (``signed_by`` is then the evaluator's name, and the audit
    log says who recorded it). A declared conflict needs a statement.
    """
    row = _evaluator(session, evaluator_id)
    require(session, Permission.VIEW)
    actor = current_actor(session)
    self_signed = _is_self(session, row)
    if not self_signed and not _is_manager(session, row.lot_id):
        raise PermissionDeniedError(
            N_("Errors", "Only {name} or the chair of the committee may sign this declaration."),
            {"name": row.name},
        )
    statement = statement.strip()
    if has_conflict and not statement:
        raise ValidationError(
            N_("Errors", "Describe the conflict of interest in the statement."), field="statement"
        )
    declaration = Declaration(
        evaluator_id=row.id,
        signed_at=_now(),
        signed_by=actor.account if self_signed else _paper_declaration(row.name, actor.account),
        text_version=DECLARATION_VERSION,
        has_conflict=has_conflict,
        statement=statement,
    )
    session.add(declaration)
    session.flush()
    return _declaration_record(declaration)


def _paper_declaration(name: str, recorder: str) -> str:
    """Who signed a declaration that someone else recorded from paper, as stored (in Dutch,
    like the dossier it appears in): the evaluator did not sign with his or her own login."""
    return f"{name[:100]} (papieren verklaring, vastgelegd door {recorder[:60]})"


def list_declarations(session: Session, lot_id: int) -> list[DeclarationRecord]:
    """Every declaration signed for the lot, earlier ones included, oldest first."""
    require(session, Permission.VIEW)
    return [
        _declaration_record(row)
        for row in session.scalars(
            select(Declaration)
            .join(Evaluator, Evaluator.id == Declaration.evaluator_id)
            .where(Evaluator.lot_id == lot_id)
            .order_by(Declaration.signed_at, Declaration.id)
        )
    ]


# --- individual scores ------------------------------------------------------------------------


def _score_record(row: IndividualScore) -> IndividualScoreRecord:
    return IndividualScoreRecord(
        id=row.id,
        evaluator_id=row.evaluator_id,
        bid_id=row.bid_id,
        criterion_id=row.criterion_id,
        score=row.score,
        motivation=row.motivation,
        source=row.source,
        version=row.version,
    )


def _grid_evaluator(session: Session, lot_id: int, evaluator_id: int | None) -> Evaluator:
    if evaluator_id is None:
        require(session, Permission.VIEW)
        seat = _seat(session, lot_id)
        if seat is None:
            raise PermissionDeniedError(
                N_("Errors", "You are not on the evaluation committee of this lot.")
            )
        return seat
    row = _evaluator(session, evaluator_id)
    if row.lot_id != lot_id:
        raise NotFoundError(
            N_("Errors", "This evaluator is no longer on the committee. Reload the list.")
        )
    return row


def scoring_grid(session: Session, lot_id: int, evaluator_id: int | None = None) -> ScoringGrid:
    """The bids and criteria one evaluator scores, with his or her scores so far.

    ``evaluator_id`` None means the acting user's seat. Refused without a declaration signed
    without a conflict. Someone else than the evaluator: only a procurement officer or an
    administrator, for an external evaluator (to enter paper or Excel scores).
    """
    row = _grid_evaluator(session, lot_id, evaluator_id)
    _require_scorer(session, row, entering=False)
    _require_declaration(session, row)
    lot = _lot(session, lot_id)
    tree = _tree(session, lot)
    bids = _bids(session, lot_id)
    sees_prices = row.sees_prices or not lot.prices_hidden
    prices = bid_prices(session, [bid.id for bid in bids]) if sees_prices else {}
    labels = {bid.id: bid.code for bid in bids} if lot.anonymised else _full_labels(session, bids)
    criteria = tuple(
        GridCriterion(
            criterion_id=leaf.id,
            code=leaf.code,
            title=leaf.title,
            description=leaf.description,
            path=tree.paths[leaf.id],
            weight=tree.weights[leaf.id],
            scale=tree.scales[leaf.id],
            knockout_minimum=leaf.knockout_minimum,
        )
        for leaf in tree.leaves_of(row.criterion_group_id)
    )
    return ScoringGrid(
        lot_id=lot.id,
        lot_label=_lot_label(session, lot),
        evaluator=_evaluator_records(session, lot, [row], tree)[0],
        bids=tuple(
            GridBid(
                bid_id=bid.id,
                label=labels[bid.id],
                price=prices.get(bid.id),
                withdrawn=not _active(bid),
            )
            for bid in bids
        ),
        criteria=criteria,
        scores=tuple(_score_record(score) for score in _live_scores(session, [row.id])),
        motivation_required=lot.motivation_required,
        prices_hidden=not sees_prices,
        anonymised=lot.anonymised,
        submitted=row.submitted_at is not None,
    )


def _allowed_text(values: Sequence[Decimal]) -> str:
    return ", ".join(format_number(value) for value in values)


def _check_submitted(evaluator: Evaluator) -> None:
    if evaluator.submitted_at is not None:
        raise ValidationError(
            N_(
                "Errors",
                "{name} has already submitted the scores of this lot; submitted scores are locked.",
            ),
            {"name": evaluator.name},
        )


def save_scores(
    session: Session,
    evaluator_id: int,
    entries: Sequence[ScoreEntry],
    *,
    source: str = "screen",
) -> list[IndividualScoreRecord]:
    """Save (or with score None clear) cells of an evaluator's grid: all or nothing.

    Refused: without a declaration, after submission, a value outside the criterion's scale,
    a withdrawn or excluded bid, a criterion the evaluator does not score, a stale version
    (``ConflictError``). ``source`` is "screen" or "excel:<file name>" (cut to 300 characters).
    Returns one record per entry (a cleared cell has id None and score None).
    """
    row = _evaluator(session, evaluator_id)
    _require_scorer(session, row, entering=True)
    _require_declaration(session, row)
    _check_submitted(row)
    lot = _lot(session, row.lot_id)
    tree = _tree(session, lot)
    bids = {bid.id: bid for bid in _bids(session, lot.id)}
    mine = {leaf.id for leaf in tree.leaves_of(row.criterion_group_id)}
    existing = {
        (score.bid_id, score.criterion_id): score
        for score in session.scalars(
            select(IndividualScore).where(IndividualScore.evaluator_id == row.id)
        )
    }
    for entry in entries:
        bid = bids.get(entry.bid_id)
        if bid is None:
            raise NotFoundError(N_("Errors", "This bid no longer exists. Reload the list."))
        criterion = tree.by_id.get(entry.criterion_id)
        if criterion is None or entry.criterion_id not in mine:
            raise ValidationError(
                N_("Errors", "{name} does not score criterion {criterion} of this lot."),
                {
                    "name": row.name,
                    "criterion": _criterion_name(criterion) if criterion else entry.criterion_id,
                },
            )
        name = _criterion_name(criterion)
        if not _active(bid):
            raise ValidationError(
                N_("Errors", "Bid {bid} is withdrawn or excluded and is not scored."),
                {"bid": bid.code},
            )
        values = tree.values(criterion.id)
        if entry.score is not None and entry.score not in values:
            raise ValidationError(
                N_(
                    "Errors",
                    "The score {score} of bid {bid} on {criterion} is not on its scale; "
                    "choose one of {allowed}.",
                ),
                {
                    "score": format_number(entry.score),
                    "bid": bid.code,
                    "criterion": name,
                    "allowed": _allowed_text(values),
                },
            )
        if entry.score is None and entry.motivation.strip():
            raise ValidationError(
                N_(
                    "Errors",
                    "Choose a score for bid {bid} on {criterion} before writing its motivation.",
                ),
                {"bid": bid.code, "criterion": name},
            )
        current = existing.get((entry.bid_id, entry.criterion_id))
        live_version = current.version if current is not None and not current.invalidated else 0
        if entry.version != live_version:
            raise ConflictError(STALE)
    saved: list[IndividualScoreRecord] = []
    source = source[:300]
    for entry in entries:
        current = existing.get((entry.bid_id, entry.criterion_id))
        if entry.score is None:
            if current is not None and not current.invalidated:
                session.delete(current)
                del existing[(entry.bid_id, entry.criterion_id)]
            saved.append(
                IndividualScoreRecord(None, row.id, entry.bid_id, entry.criterion_id, None)
            )
            continue
        if current is None:
            current = IndividualScore(
                evaluator_id=row.id, bid_id=entry.bid_id, criterion_id=entry.criterion_id
            )
            session.add(current)
            existing[(entry.bid_id, entry.criterion_id)] = current
        assign(current, "score", entry.score)
        assign(current, "motivation", entry.motivation.strip())
        assign(current, "source", source)
        assign(current, "invalidated", False)
        assign(current, "invalidated_reason", "")
    session.flush()
    for entry in entries:
        if entry.score is not None:
            saved.append(_score_record(existing[(entry.bid_id, entry.criterion_id)]))
    order = {(entry.bid_id, entry.criterion_id): index for index, entry in enumerate(entries)}
    saved.sort(key=lambda record: order[(record.bid_id, record.criterion_id)])
    return saved


def _listed(items: Sequence[str]) -> str:
    shown = "; ".join(items[:_MAX_LISTED])
    if len(items) > _MAX_LISTED:
        shown += f"; … (+{len(items) - _MAX_LISTED})"
    return shown


def submit_scores(session: Session, evaluator_id: int) -> EvaluatorRecord:
    """Submit and lock an evaluator's scores; refused with the list of what is missing."""
    row = _check_submission(session, evaluator_id)
    row.submitted_at = _now()
    session.flush()
    return _evaluator_record(session, row)


def check_submission(session: Session, evaluator_id: int) -> bool:
    """Whether the evaluator's scores can be submitted now: True, or refused (as
    :func:`submit_scores` would be) with the scores and motivations still missing, so that
    the screen names them before it asks "are you sure?"."""
    _check_submission(session, evaluator_id)
    return True


def _check_submission(session: Session, evaluator_id: int) -> Evaluator:
    row = _evaluator(session, evaluator_id)
    _require_scorer(session, row, entering=True)
    _require_declaration(session, row)
    _check_submitted(row)
    lot = _lot(session, row.lot_id)
    tree = _tree(session, lot)
    scores = {
        (score.bid_id, score.criterion_id): score for score in _live_scores(session, [row.id])
    }
    missing: list[str] = []
    unmotivated: list[str] = []
    for bid in _bids(session, lot.id):
        if not _active(bid):
            continue
        for leaf in tree.leaves_of(row.criterion_group_id):
            cell = f"{bid.code} × {_criterion_name(leaf)}"
            score = scores.get((bid.id, leaf.id))
            if score is None:
                missing.append(cell)
            elif lot.motivation_required and not score.motivation.strip():
                unmotivated.append(cell)
    if missing:
        raise ValidationError(
            N_(
                "Errors",
                "{count} scores are still missing, so the scores cannot be submitted yet: {cells}.",
            ),
            {"count": len(missing), "cells": _listed(missing)},
        )
    if unmotivated:
        raise ValidationError(
            N_(
                "Errors",
                "This lot requires a motivation for every score; {count} are still missing: "
                "{cells}.",
            ),
            {"count": len(unmotivated), "cells": _listed(unmotivated)},
        )
    return row


def individual_scores(session: Session, lot_id: int) -> list[IndividualScoreRecord]:
    """The lot's individual scores that count.

    An acting user who has a seat on the committee and has not submitted gets only his or
    her own (blind scoring); everyone else gets all.
    """
    require(session, Permission.VIEW)
    _lot(session, lot_id)
    visibility = lot_visibility(session, lot_id)
    ids = [row.id for row in _committee(session, lot_id) if visibility.sees_scores_of(row.id)]
    return [_score_record(score) for score in _live_scores(session, ids)]


# --- consensus --------------------------------------------------------------------------------


def _steps(values: Sequence[Decimal], low: Decimal, high: Decimal) -> int:
    """How many steps of the scale lie between two scores on it."""
    if low in values and high in values:
        return values.index(high) - values.index(low)
    step = min((b - a for a, b in itertools.pairwise(values)), default=Decimal(1))
    return int(((high - low) / (step or 1)).to_integral_value(ROUND_HALF_UP))


def _step_size(values: Sequence[Decimal]) -> float:
    gaps = [float(b - a) for a, b in itertools.pairwise(values) if b > a]
    return min(gaps) if gaps else 1.0


class _GivenScore(NamedTuple):
    """A live individual score as the consensus needs it: value and motivation only."""

    score: Decimal
    motivation: str


def _given_scores(
    session: Session, evaluator_ids: Sequence[int]
) -> dict[tuple[int, int, int], _GivenScore]:
    """The live scores of ``evaluator_ids`` by (evaluator, bid, criterion), read with one
    column query: thousands of ORM objects took seconds (issue 18)."""
    if not evaluator_ids:
        return {}
    rows = session.execute(
        select(
            IndividualScore.evaluator_id,
            IndividualScore.bid_id,
            IndividualScore.criterion_id,
            IndividualScore.score,
            IndividualScore.motivation,
        )
        .where(
            IndividualScore.evaluator_id.in_(evaluator_ids),
            IndividualScore.invalidated.is_(False),
        )
        .order_by(IndividualScore.id)
    )
    return {
        (evaluator_id, bid_id, criterion_id): _GivenScore(score, motivation)
        for evaluator_id, bid_id, criterion_id, score, motivation in rows
    }


@dataclass
class _Consensus:
    lot: Lot
    label: str
    tree: _Tree
    bids: list[Bid]
    committee: list[Evaluator]
    scores: dict[tuple[int, int, int], _GivenScore]  # (evaluator, bid, criterion)
    consensus: dict[tuple[int, int], ConsensusScore]  # live ones by (bid, criterion)

    scorers_of: dict[int, list[Evaluator]] = field(default_factory=dict, repr=False)

    def scorers(self, criterion_id: int) -> list[Evaluator]:
        found = self.scorers_of.get(criterion_id)
        if found is None:
            found = self.scorers_of[criterion_id] = [
                row
                for row in self.committee
                if row.criterion_group_id is None
                or self.tree.main_of.get(criterion_id) == row.criterion_group_id
            ]
        return found


def _consensus_data(session: Session, lot: Lot, *, consensus_rows: bool = True) -> _Consensus:
    """The lot's committee, criteria, bids and scores; ``consensus_rows`` False leaves the
    live consensus rows out (the overview reads them as columns: :func:`_agreed_scores`)."""
    committee = _committee(session, lot.id)
    tree = _tree(session, lot)
    leaves = [leaf.id for leaf in tree.leaves]
    consensus = {}
    if leaves and consensus_rows:
        for row in session.scalars(
            select(ConsensusScore).where(
                ConsensusScore.criterion_id.in_(leaves), ConsensusScore.invalidated.is_(False)
            )
        ):
            consensus[(row.bid_id, row.criterion_id)] = row
    return _Consensus(
        lot=lot,
        label=_lot_label(session, lot),
        tree=tree,
        bids=_bids(session, lot.id),
        committee=committee,
        scores=_given_scores(session, [row.id for row in committee]),
        consensus=consensus,
    )


class _Agreed(NamedTuple):
    """A live consensus score as the overview shows it."""

    score: Decimal
    motivation: str
    version: int


def _agreed_of(rows: Mapping[tuple[int, int], ConsensusScore]) -> dict[tuple[int, int], _Agreed]:
    return {key: _Agreed(row.score, row.motivation, row.version) for key, row in rows.items()}


def _agreed_scores(session: Session, data: _Consensus) -> dict[tuple[int, int], _Agreed]:
    """The live consensus scores of the lot's scored criteria by (bid, criterion), read as
    columns (960 ORM objects cost more than the rest of the overview)."""
    leaves = [leaf.id for leaf in data.tree.leaves]
    if not leaves:
        return {}
    rows = session.execute(
        select(
            ConsensusScore.bid_id,
            ConsensusScore.criterion_id,
            ConsensusScore.score,
            ConsensusScore.motivation,
            ConsensusScore.version,
        ).where(ConsensusScore.criterion_id.in_(leaves), ConsensusScore.invalidated.is_(False))
    )
    return {
        (bid_id, criterion_id): _Agreed(score, motivation, version)
        for bid_id, criterion_id, score, motivation, version in rows
    }


@dataclass(frozen=True, slots=True)
class _Leaf:
    """What every cell of one scored criterion shares, worked out once per criterion."""

    id: int
    title: str
    scale: tuple[ScaleValueRecord, ...]
    values: tuple[Decimal, ...]
    scorers: tuple[tuple[int, str, bool], ...]  # id, name, submitted


def _leaf(data: _Consensus, leaf: Criterion) -> _Leaf:
    return _Leaf(
        id=leaf.id,
        title=_criterion_name(leaf),
        scale=data.tree.scales[leaf.id],
        values=data.tree.values(leaf.id),
        scorers=tuple(
            (row.id, row.name, row.submitted_at is not None) for row in data.scorers(leaf.id)
        ),
    )


def _make_cell(
    spread_flag_steps: int,
    leaf: _Leaf,
    bid_id: int,
    label: str,
    given_by: Mapping[int, _GivenScore],
    agreed: _Agreed | None,
) -> ConsensusCell:
    """One bid on one criterion: ``given_by`` holds the live scores by evaluator id."""
    individual: list[tuple[str, Decimal | None, str]] = []
    given: list[Decimal] = []
    for evaluator_id, name, submitted in leaf.scorers:
        score = given_by.get(evaluator_id) if submitted else None
        if score is None:
            individual.append((name, None, ""))
        else:
            individual.append((name, score.score, score.motivation))
            given.append(score.score)
    spread = _steps(leaf.values, min(given), max(given)) if given else 0
    flags: list[Notice] = []
    if given and spread >= spread_flag_steps:
        flags.append(
            Notice(
                N_("Errors", "The scores lie {steps} steps of the scale apart; discuss them."),
                {"steps": spread},
            )
        )
    if len(given) >= 2 and spread == 0:
        flags.append(Notice(N_("Errors", "Every evaluator gave the same score.")))
    mean = (sum(given, Decimal(0)) / len(given)).quantize(_CENT, ROUND_HALF_UP) if given else None
    return ConsensusCell(
        bid_id=bid_id,
        bid_label=label,
        criterion_id=leaf.id,
        criterion_title=leaf.title,
        scale=leaf.scale,
        individual=tuple(individual),
        mean=mean,
        spread_steps=spread,
        flags=tuple(flags),
        consensus=agreed.score if agreed else None,
        consensus_motivation=agreed.motivation if agreed else "",
        consensus_version=agreed.version if agreed else 0,
    )


def _cell(
    data: _Consensus,
    bid: Bid,
    leaf: Criterion,
    label: str,
    agreed: Mapping[tuple[int, int], _Agreed],
) -> ConsensusCell:
    given_by = {
        row.id: score
        for row in data.committee
        if (score := data.scores.get((row.id, bid.id, leaf.id))) is not None
    }
    return _make_cell(
        data.lot.spread_flag_steps,
        _leaf(data, leaf),
        bid.id,
        label,
        given_by,
        agreed.get((bid.id, leaf.id)),
    )


def _identical_pairs(data: _Consensus, submitted: Sequence[Evaluator]) -> list[Notice]:
    """Pairs of evaluators who gave identical scores everywhere both scored (at least 4)."""
    cells_of: dict[int, dict[tuple[int, int], Decimal]] = defaultdict(dict)
    for (evaluator_id, bid_id, criterion_id), score in data.scores.items():
        cells_of[evaluator_id][(bid_id, criterion_id)] = score.score
    flags: list[Notice] = []
    for index, first in enumerate(submitted):
        for second in submitted[index + 1 :]:
            first_cells = cells_of.get(first.id, {})
            second_cells = cells_of.get(second.id, {})
            common = first_cells.keys() & second_cells.keys()
            if len(common) >= 4 and all(first_cells[key] == second_cells[key] for key in common):
                flags.append(
                    Notice(
                        N_(
                            "Errors",
                            "{first} and {second} gave identical scores everywhere; check "
                            "that they scored independently.",
                        ),
                        {"first": first.name, "second": second.name},
                    )
                )
    return flags


def _biased_flags(
    submitted: Sequence[Evaluator], steps_of: Mapping[int, Mapping[int, list[float]]]
) -> list[Notice]:
    """Evaluators consistently above or below the others. ``steps_of`` gives per bid, per
    evaluator, the scores in scale steps over the criteria scored."""
    per_bid: list[dict[int, float]] = [
        {evaluator_id: statistics.fmean(steps) for evaluator_id, steps in by_evaluator.items()}
        for by_evaluator in steps_of.values()
    ]
    # Each bid's spread once (exact, and the same for every evaluator), not once per evaluator.
    spreads = [
        max(statistics.pstdev(means.values()), _MIN_SPREAD) if len(means) >= 3 else 0.0
        for means in per_bid
    ]
    flags: list[Notice] = []
    for row in submitted:
        zs: list[float] = []
        for means, spread in zip(per_bid, spreads, strict=True):
            if row.id not in means or len(means) < 3:
                continue
            others = [value for key, value in means.items() if key != row.id]
            zs.append((means[row.id] - statistics.fmean(others)) / spread)
        if len(zs) >= 2:
            z = statistics.fmean(zs)
            if abs(z) >= float(Z_FLAG):
                message = (
                    N_(
                        "Errors",
                        "{name} scores consistently higher than the others (z-score {z} "
                        "averaged over the bids).",
                    )
                    if z > 0
                    else N_(
                        "Errors",
                        "{name} scores consistently lower than the others (z-score {z} "
                        "averaged over the bids).",
                    )
                )
                flags.append(Notice(message, {"name": row.name, "z": f"{z:.1f}".replace(".", ",")}))
    return flags


def _flat_liner_flags(
    submitted: Sequence[Evaluator],
    flat: Mapping[int, list[Criterion]],
    scored: Mapping[int, int],
) -> list[Notice]:
    """DOMAIN 4: an evaluator who gives every bid the same score on a criterion (or on every
    criterion) while the others' scores of those bids differ. ``flat`` lists per evaluator
    the criteria so scored, ``scored`` counts the criteria each scored at all."""
    flags: list[Notice] = []
    for row in submitted:
        criteria = flat.get(row.id, [])
        if not criteria:
            continue
        if len(criteria) >= 2 and len(criteria) == scored.get(row.id):
            flags.append(
                Notice(
                    N_(
                        "Errors",
                        "{name} gave every bid the same score on every criterion, while the "
                        "other evaluators' scores differ; discuss whether the bids were "
                        "really judged.",
                    ),
                    {"name": row.name},
                )
            )
            continue
        for leaf in criteria:
            flags.append(
                Notice(
                    N_(
                        "Errors",
                        "{name} gave every bid the same score on {criterion}, while the other "
                        "evaluators' scores differ.",
                    ),
                    {"name": row.name, "criterion": _criterion_name(leaf)},
                )
            )
    return flags


def _complete(data: _Consensus, agreed: Mapping[tuple[int, int], _Agreed]) -> bool:
    """Whether every active bid has a consensus score on every scored criterion."""
    active = [bid.id for bid in data.bids if _active(bid)]
    leaves = [leaf.id for leaf in data.tree.leaves]
    return (
        bool(active)
        and bool(leaves)
        and all((bid_id, leaf_id) in agreed for bid_id in active for leaf_id in leaves)
    )


def _overview(
    data: _Consensus,
    agreed: Mapping[tuple[int, int], _Agreed],
    labels: Mapping[int, str] | None = None,
) -> ConsensusOverview:
    """The cells, the evaluator flags and the agreement per criterion, from one pass over the
    scores (grouped by cell) and one walk over the cells (issue 18: the flags and the
    agreement each walked every score again). The cells name the bids by ``labels``, by their
    codes without it."""
    active = [bid for bid in data.bids if _active(bid)]
    active_ids = [bid.id for bid in active]
    submitted = [row for row in data.committee if row.submitted_at is not None]
    submitted_ids = [row.id for row in submitted]
    by_cell: dict[tuple[int, int], dict[int, _GivenScore]] = defaultdict(dict)
    for (evaluator_id, bid_id, criterion_id), score in data.scores.items():
        by_cell[(bid_id, criterion_id)][evaluator_id] = score
    nothing: dict[int, _GivenScore] = {}
    spread_flag_steps = data.lot.spread_flag_steps
    # Ids and labels read from the ORM objects once, not once per cell.
    named = [
        (bid_id, labels[bid_id] if labels is not None else bid.code)
        for bid, bid_id in zip(active, active_ids, strict=True)
    ]
    cells: list[ConsensusCell] = []
    found: list[CriterionAgreement] = []
    # Per bid, per submitted evaluator: the scores in scale steps (bias); per evaluator the
    # criteria given one score for every bid (flat-liner) and the criteria scored at all.
    steps_of: dict[int, dict[int, list[float]]] = {bid_id: {} for bid_id in active_ids}
    flat: dict[int, list[Criterion]] = {}
    scored: dict[int, int] = {}
    for leaf in data.tree.leaves:
        info = _leaf(data, leaf)
        leaf_id = leaf.id
        step = _step_size(info.values)
        on_scale = set(info.values)
        units: list[list[Decimal]] = []
        per_evaluator: dict[int, dict[int, Decimal]] = {key: {} for key in submitted_ids}
        for bid_id, label in named:
            given_by = by_cell.get((bid_id, leaf_id), nothing)
            cells.append(
                _make_cell(
                    spread_flag_steps, info, bid_id, label, given_by, agreed.get((bid_id, leaf_id))
                )
            )
            unit: list[Decimal] = []
            bid_steps = steps_of[bid_id]
            for evaluator_id in submitted_ids:
                found_score = given_by.get(evaluator_id)
                if found_score is None:
                    continue
                value = found_score.score
                if value in on_scale:
                    unit.append(value)
                per_evaluator[evaluator_id][bid_id] = value
                bid_steps.setdefault(evaluator_id, []).append(float(value) / step)
            units.append(unit)
        given = {key: scores for key, scores in per_evaluator.items() if scores}
        for evaluator_id in given:
            scored[evaluator_id] = scored.get(evaluator_id, 0) + 1
        for evaluator_id in agreement.flat_liners(given):
            flat.setdefault(evaluator_id, []).append(leaf)
        alpha = agreement.ordinal_alpha(units, sorted(info.values))
        found.append(
            CriterionAgreement(
                criterion_id=leaf_id,
                criterion_title=info.title,
                alpha=None if alpha.value is None else round_half_up(alpha.value, 3),
                cells=alpha.units,
                scores=alpha.values,
            )
        )
    complete = _complete(data, agreed)
    bid_order = {bid.id: index for index, bid in enumerate(active)}
    order = data.tree.order
    cells.sort(
        key=lambda cell: (-cell.spread_steps, order[cell.criterion_id], bid_order[cell.bid_id])
    )
    # Each evaluator's means in the committee's order, as the flags read them.
    steps_by_bid = {
        bid_id: {key: by_evaluator[key] for key in submitted_ids if key in by_evaluator}
        for bid_id, by_evaluator in steps_of.items()
    }
    flags = _biased_flags(submitted, steps_by_bid)
    flags.extend(_flat_liner_flags(submitted, flat, scored))
    flags.extend(_identical_pairs(data, submitted))
    return ConsensusOverview(
        lot_id=data.lot.id,
        lot_label=data.label,
        cells=tuple(cells),
        evaluator_flags=tuple(flags),
        missing=tuple(row.name for row in data.committee if row.submitted_at is None),
        use_average=data.lot.use_average,
        complete=complete,
        agreement=tuple(found),
    )


def consensus_overview(session: Session, lot_id: int) -> ConsensusOverview:
    """Every bid on every scored criterion, most disagreement first; for the meeting.

    Only submitted scores are shown. Refused for an evaluator who has not submitted.
    """
    _require_not_blind(session, lot_id)
    lot = _lot(session, lot_id)
    data = _consensus_data(session, lot, consensus_rows=False)
    agreed = _agreed_scores(session, data)
    # Codes only while an anonymised lot's consensus is open; names where the lot allows them.
    named = not lot.anonymised or _complete(data, agreed)
    return _overview(data, agreed, _full_labels(session, data.bids) if named else None)


def _require_scorers_submitted(data: _Consensus, leaf: Criterion) -> None:
    scorers = data.scorers(leaf.id)
    if not scorers:
        raise ValidationError(
            N_("Errors", "No evaluator scores {criterion}; add one to the committee first."),
            {"criterion": _criterion_name(leaf)},
        )
    waiting = [row.name for row in scorers if row.submitted_at is None]
    if waiting:
        raise ValidationError(
            N_(
                "Errors",
                "A consensus on {criterion} waits until every evaluator has submitted; "
                "still to submit: {names}.",
            ),
            {"criterion": _criterion_name(leaf), "names": ", ".join(waiting)},
        )


def _store_consensus(
    session: Session,
    data: _Consensus,
    bid: Bid,
    leaf: Criterion,
    score: Decimal,
    motivation: str,
    average: tuple[Decimal, int] | None = None,
) -> bool:
    """Write one consensus score, reusing a set-aside row; returns whether anything changed.
    ``average`` (sum and number of the individual scores) when the score is their mean."""
    row = data.consensus.get((bid.id, leaf.id))
    if row is None:
        row = session.scalars(
            select(ConsensusScore).where(
                ConsensusScore.bid_id == bid.id, ConsensusScore.criterion_id == leaf.id
            )
        ).first()
    total, count = average if average is not None else (None, None)
    changed = (
        row is None
        or row.invalidated
        or row.score != score
        or row.motivation != motivation
        or (row.average_sum, row.average_count) != (total, count)
    )
    if row is None:
        row = ConsensusScore(bid_id=bid.id, criterion_id=leaf.id, decided_at=_now())
        session.add(row)
    if changed:
        row.decided_at = _now()
    assign(row, "score", score)
    assign(row, "average_sum", total)
    assign(row, "average_count", count)
    assign(row, "motivation", motivation)
    assign(row, "invalidated", False)
    assign(row, "invalidated_reason", "")
    data.consensus[(bid.id, leaf.id)] = row
    return changed


def set_consensus(
    session: Session,
    bid_id: int,
    criterion_id: int,
    score: Decimal,
    motivation: str,
    version: int = 0,
) -> ConsensusCell:
    """Set the committee's score of one bid on one criterion, with its motivation.

    Refused: before every evaluator of that criterion has submitted; without a motivation;
    a score outside the scale; a withdrawn or excluded bid; a stale ``version`` (0 for a new
    one).
    """
    bid = session.get(Bid, bid_id)
    if bid is None:
        raise NotFoundError(N_("Errors", "This bid no longer exists. Reload the list."))
    _require_manager(session, bid.lot_id)
    lot = _lot(session, bid.lot_id)
    data = _consensus_data(session, lot)
    leaf = data.tree.by_id.get(criterion_id)
    if leaf is None or leaf not in data.tree.leaves:
        raise ValidationError(
            N_("Errors", "Only a scored criterion of this lot gets a consensus score.")
        )
    name = _criterion_name(leaf)
    if not _active(bid):
        raise ValidationError(
            N_("Errors", "Bid {bid} is withdrawn or excluded and is not scored."),
            {"bid": bid.code},
        )
    _require_scorers_submitted(data, leaf)
    motivation = motivation.strip()
    if not motivation:
        raise ValidationError(
            N_(
                "Errors",
                "Write the motivation of the consensus score of bid {bid} on {criterion}.",
            ),
            {"bid": bid.code, "criterion": name},
            field="motivation",
        )
    values = data.tree.values(leaf.id)
    if score not in values:
        raise ValidationError(
            N_(
                "Errors",
                "The score {score} of bid {bid} on {criterion} is not on its scale; "
                "choose one of {allowed}.",
            ),
            {
                "score": format_number(score),
                "bid": bid.code,
                "criterion": name,
                "allowed": _allowed_text(values),
            },
            field="score",
        )
    current = data.consensus.get((bid.id, leaf.id))
    if version != (current.version if current is not None else 0):
        raise ConflictError(STALE)
    _store_consensus(session, data, bid, leaf, score, motivation)
    session.flush()
    labels = {bid.id: bid.code} if lot.anonymised else _full_labels(session, [bid])
    return _cell(data, bid, leaf, labels[bid.id], _agreed_of(data.consensus))


def exact_consensus(
    score: Decimal, average_sum: Decimal | None, average_count: int | None
) -> scoring.ScoreValue:
    """The consensus score the ranking uses: the exact mean when it was adopted from the
    average (a Fraction where no decimal fraction is exact), else the score as set."""
    if average_sum is None or not average_count:
        return score
    mean = Fraction(average_sum) / average_count
    rest = mean.denominator
    for factor in (2, 5):
        while rest % factor == 0:
            rest //= factor
    if rest == 1:  # a terminating decimal fraction: exact as a Decimal
        return Decimal(mean.numerator) / Decimal(mean.denominator)
    return mean


def adopt_averages(session: Session, lot_id: int) -> int:
    """Take the mean of the individual scores (2 decimals) as every consensus score.

    Only for a lot whose procedure says so, once every evaluator has submitted. The
    motivation names the average and quotes each evaluator's motivation. Returns how many
    consensus scores were set or changed.
    """
    _require_manager(session, lot_id)
    lot = _lot(session, lot_id)
    if not lot.use_average:
        raise ValidationError(
            N_(
                "Errors",
                "This lot does not take the average as the consensus; the committee sets "
                "each consensus score with its motivation.",
            )
        )
    data = _consensus_data(session, lot)
    changed = 0
    for leaf in data.tree.leaves:
        _require_scorers_submitted(data, leaf)
        for bid in data.bids:
            if not _active(bid):
                continue
            parts: list[tuple[str, Decimal, str]] = [
                (row.name, score.score, score.motivation)
                for row in data.scorers(leaf.id)
                if (score := data.scores.get((row.id, bid.id, leaf.id))) is not None
            ]
            if not parts:
                continue
            # Stored with its sum and number: the ranking takes the exact mean, the rounded
            # one is what is shown (DOMAIN section 4).
            total = sum((part[1] for part in parts), Decimal(0))
            mean = (total / len(parts)).quantize(_CENT, ROUND_HALF_UP)
            lines = [f"{AVERAGE_MOTIVATION}: {format_number(mean)}"]
            lines += [
                f"{name} ({format_number(value)}): {text}"
                if text
                else f"{name} ({format_number(value)})"
                for name, value, text in parts
            ]
            if _store_consensus(
                session, data, bid, leaf, mean, "\n".join(lines), (total, len(parts))
            ):
                changed += 1
    session.flush()
    return changed


# --- meetings and minutes ---------------------------------------------------------------------


def _meeting_record(row: ConsensusMeeting) -> MeetingRecord:
    return MeetingRecord(
        id=row.id,
        lot_id=row.lot_id,
        held_at=row.held_at,
        present=row.present,
        decisions=row.decisions,
        version=row.version,
    )


def list_meetings(session: Session, lot_id: int) -> list[MeetingRecord]:
    """The lot's consensus meetings, earliest first."""
    require(session, Permission.VIEW)
    return [
        _meeting_record(row)
        for row in session.scalars(
            select(ConsensusMeeting)
            .where(ConsensusMeeting.lot_id == lot_id)
            .order_by(ConsensusMeeting.held_at, ConsensusMeeting.id)
        )
    ]


def save_meeting(session: Session, record: MeetingRecord) -> MeetingRecord:
    """Add (id None) or change a consensus meeting; at least one person must be present.

    A naive ``held_at`` is taken as Dutch local time.
    """
    row: ConsensusMeeting | None = None
    if record.id is not None:
        row = session.get(ConsensusMeeting, record.id)
        if row is None:
            raise NotFoundError(N_("Errors", "This meeting no longer exists. Reload the list."))
        if row.version != record.version:
            raise ConflictError(STALE)
    lot_id = row.lot_id if row is not None else record.lot_id
    _require_manager(session, lot_id)
    _lot(session, lot_id)
    present = "\n".join(line.strip() for line in record.present.splitlines() if line.strip())
    if not present:
        raise ValidationError(
            N_("Errors", "Write who was present at the meeting, one name per line."),
            field="present",
        )
    if row is None:
        row = ConsensusMeeting(lot_id=lot_id)
        session.add(row)
    assign(row, "held_at", as_utc(record.held_at))
    assign(row, "present", present)
    assign(row, "decisions", record.decisions.strip())
    session.flush()
    return _meeting_record(row)


def write_minutes(session: Session, meeting_id: int) -> MinutesContent:
    """What the minutes of a meeting say: who, when, what, and the consensus scores so far."""
    row = session.get(ConsensusMeeting, meeting_id)
    if row is None:
        raise NotFoundError(N_("Errors", "This meeting no longer exists. Reload the list."))
    _require_not_blind(session, row.lot_id)
    lot = _lot(session, row.lot_id)
    procurement = session.get(Procurement, lot.procurement_id)
    assert procurement is not None
    data = _consensus_data(session, lot)
    overview = _overview(data, _agreed_of(data.consensus))
    labels = (
        {bid.id: bid.code for bid in data.bids}
        if lot.anonymised and not overview.complete
        else _full_labels(session, data.bids)
    )
    rows = tuple(
        MinutesRow(
            bid_label=labels[bid.id],
            criterion=data.tree.paths[leaf.id],
            score=agreed.score,
            motivation=agreed.motivation,
        )
        for bid in data.bids
        for leaf in data.tree.leaves
        if (agreed := data.consensus.get((bid.id, leaf.id))) is not None
    )
    return MinutesContent(
        procurement_reference=procurement.reference,
        procurement_title=procurement.title,
        lot_label=data.label,
        lot_title=lot.title,
        held_at=row.held_at,
        present=tuple(row.present.splitlines()),
        decisions=row.decisions,
        rows=rows,
    )


# --- results ----------------------------------------------------------------------------------


def lot_results(session: Session, lot_id: int, *, with_robustness: bool = True) -> LotResults:
    """The lot's ranking by its method from the consensus scores, with the robustness analysis.

    Raises ``ValidationError`` naming every missing consensus score (bid code × criterion).
    Refused for an evaluator who has not submitted or whose seat hides prices; bidders are
    named only where the lot lets the acting user know them (:mod:`services.blindness`).
    Every view of results (the Results tab, its chart and print, the Awards page, the results
    workbook, the dossier, ``ssb-desktop results``) comes through here.
    """
    visibility = _require_results_visible(session, lot_id)
    lot = _lot(session, lot_id)
    tree = _tree(session, lot)
    bids = _bids(session, lot_id)
    # Plain rows rather than ORM objects: this runs on every recomputation.
    leaf_ids = [leaf.id for leaf in tree.leaves]
    scores: dict[tuple[int, int], scoring.ScoreValue] = {}
    if leaf_ids:
        scores = {
            (bid_id, criterion_id): exact_consensus(score, total, count)
            for bid_id, criterion_id, score, total, count in session.execute(
                select(
                    ConsensusScore.bid_id,
                    ConsensusScore.criterion_id,
                    ConsensusScore.score,
                    ConsensusScore.average_sum,
                    ConsensusScore.average_count,
                )
                .join(Bid, Bid.id == ConsensusScore.bid_id)
                .where(Bid.lot_id == lot_id, ConsensusScore.invalidated.is_(False))
            )
        }
    missing = [
        f"{bid.code} × {_criterion_name(leaf)}"
        for bid in bids
        if _active(bid)
        for leaf in tree.leaves
        if (bid.id, leaf.id) not in scores
    ]
    if missing:
        raise ValidationError(
            N_(
                "Errors",
                "The result needs a consensus score for every bid on every criterion; "
                "{count} are missing: {cells}.",
            ),
            {"count": len(missing), "cells": "; ".join(missing)},
        )
    settings = scoring.LotSettings(
        award_method=lot.award_method,
        price_formula=lot.price_formula,
        price_max_points=lot.price_max_points,
        price_floor=lot.price_floor,
        price_ceiling=lot.price_ceiling,
        budget=lot.budget,
        dropout_rule=lot.dropout_rule,
        tie_break_rules=tuple(rule for rule in lot.tie_break_rules.splitlines() if rule),
    )
    leaves = set(leaf_ids)
    inputs = [
        scoring.CriterionInput(
            key=row.id,
            parent_key=row.parent_id,
            weight=row.weight,
            scale_max=max(tree.values(row.id), default=Decimal(0)),
            knockout_minimum=row.knockout_minimum if row.id in leaves else None,
            is_price=row.is_price,
            money_per_point=row.money_per_point,
            label=_criterion_name(row),
        )
        for row in tree.criteria
    ]
    prices = bid_prices(session, [bid.id for bid in bids])
    bid_inputs = [
        scoring.BidInput(key=bid.id, label=bid.code, price=prices[bid.id], active=_active(bid))
        for bid in bids
    ]
    allowed = {leaf.id: tree.values(leaf.id) for leaf in tree.leaves}
    result = scoring.evaluate(settings, inputs, bid_inputs, scores)
    robust = (
        scoring.robustness(settings, inputs, bid_inputs, scores, allowed)
        if with_robustness
        else None
    )
    criteria = tuple(list_criteria(session, lot_id))
    return LotResults(
        drawn_winner=_drawn_winner(session, lot_id, result),
        lot_id=lot.id,
        lot_label=_lot_label(session, lot),
        award_method=lot.award_method,
        result=result,
        robustness=robust,
        criteria=criteria,
        main_criteria=tuple(item for item in criteria if item.parent_id is None),
        bids=tuple(list_bids(session, lot_id)),
        bid_labels=_full_labels(session, bids)
        if visibility.names
        else {bid.id: bid.code for bid in bids},
        criterion_titles={row.id: _criterion_name(row) for row in tree.criteria},
    )


_ROBUST = "Robustness"
_NO_SINGLE_WINNER = N_("Robustness", "No robustness analysis: there is no single winner.")
_SCORE_ONE_STEP = N_(
    "Robustness",
    "The winner changes if the score of {bid} on {criterion} goes from {old} to {new} (1 step).",
)
_SCORE_STEPS = N_(
    "Robustness",
    "The winner changes if the score of {bid} on {criterion} goes from {old} to {new} "
    "({steps} steps).",
)
_WEIGHT_SHIFT = N_(
    "Robustness",
    "The winner changes if {points} percentage points of weight move from {source} to "
    "{target} ({source_weight} % and {target_weight} %).",
)
_NOTHING_TURNS = N_("Robustness", "No single change of one score or one weight changes the winner.")


def robustness_notices(results: LotResults) -> tuple[Notice, ...]:
    """The robustness analysis as sentences, the same on the Results tab, in ``ssb-desktop
    results`` and in the dossier: the smallest score change of the winner and of the
    runner-up, and the smallest shift of weight, that change the winner."""
    robustness = results.robustness
    if robustness is None or robustness.winner is None:
        return (Notice(_NO_SINGLE_WINNER, context=_ROBUST),)

    def bid(key: object) -> str:
        return results.bid_labels.get(key, str(key)) if isinstance(key, int) else str(key)

    def criterion(key: object) -> str:
        if isinstance(key, int):
            return results.criterion_titles.get(key, str(key))
        return str(key)

    notices: list[Notice] = []
    for change in (robustness.winner_score, robustness.runner_up_score):
        if change is None:
            continue
        notices.append(
            Notice(
                _SCORE_ONE_STEP if change.steps == 1 else _SCORE_STEPS,
                {
                    "bid": bid(change.bid_key),
                    "criterion": criterion(change.criterion_key),
                    "old": format_number(change.old),
                    "new": format_number(change.new),
                    "steps": change.steps,
                },
                context=_ROBUST,
            )
        )
    weight = robustness.weight
    if weight is not None:
        notices.append(
            Notice(
                _WEIGHT_SHIFT,
                {
                    "points": format_number(weight.points),
                    "source": criterion(weight.from_key),
                    "target": criterion(weight.to_key),
                    "source_weight": format_number(weight.from_weight),
                    "target_weight": format_number(weight.to_weight),
                },
                context=_ROBUST,
            )
        )
    if not notices:
        notices.append(Notice(_NOTHING_TURNS, context=_ROBUST))
    return tuple(notices)


def robustness_document(results: LotResults) -> dict[str, Any] | None:
    """The robustness analysis for a --json report (bid and criterion names, not ids)."""
    robustness = results.robustness
    if robustness is None:
        return None

    def bid(key: object) -> str | None:
        if key is None:
            return None
        return results.bid_labels.get(key, str(key)) if isinstance(key, int) else str(key)

    def criterion(key: object) -> str:
        if isinstance(key, int):
            return results.criterion_titles.get(key, str(key))
        return str(key)

    def score(change: scoring.ScoreChange | None) -> dict[str, Any] | None:
        if change is None:
            return None
        return {
            "bid": bid(change.bid_key),
            "criterion": criterion(change.criterion_key),
            "old": str(change.old),
            "new": str(change.new),
            "steps": change.steps,
            "new_winner": bid(change.new_winner),
        }

    weight = robustness.weight
    return {
        "winner": bid(robustness.winner),
        "runner_up": bid(robustness.runner_up),
        "winner_score": score(robustness.winner_score),
        "runner_up_score": score(robustness.runner_up_score),
        "weight": None
        if weight is None
        else {
            "from": criterion(weight.from_key),
            "to": criterion(weight.to_key),
            "points": str(weight.points),
            "from_weight": str(weight.from_weight),
            "to_weight": str(weight.to_weight),
            "new_winner": bid(weight.new_winner),
        },
    }


def _figure(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def adopt_results(session: Session, lot_id: int) -> int:
    """Store the computed ranking as adopted, with the dropout rule used; returns its id."""
    _require_manager(session, lot_id)
    results = lot_results(session, lot_id, with_robustness=False)
    result = results.result
    ranking = {
        "award_method": result.award_method.value,
        "dropout_rule": result.dropout_rule.value,
        "tie_break_rules": list(result.tie_break_rules),
        "winner": result.winner,
        "bids": [
            {
                "bid_id": bid.key,
                "code": bid.label,
                "active": bid.active,
                "rank": bid.rank,
                "total": _figure(bid.total),
                "price": _figure(bid.price),
                "price_points": _figure(bid.price_points),
                "fictitious_price": _figure(bid.fictitious_price),
                "knocked_out": bid.knockout.reason.value if bid.knockout else None,
                "main_contributions": {
                    str(key): str(value) for key, value in bid.main_contributions.items()
                },
            }
            for bid in sorted(
                result.bids, key=lambda bid: (bid.rank is None, bid.rank or 0, str(bid.label))
            )
        ],
        "ties": [list(tie.bid_keys) for tie in result.ties],
        "resolved_ties": [
            {"bids": list(tie.bid_keys), "rule": tie.rule} for tie in result.resolved_ties
        ],
    }
    row = ResultRecord(
        lot_id=lot_id,
        computed_at=_now(),
        dropout_rule=result.dropout_rule,
        ranking=json.dumps(ranking, ensure_ascii=False),
    )
    session.add(row)
    session.flush()
    return row.id


def _drawn_winner(session: Session, lot_id: int, result: scoring.LotResult) -> int | None:
    """The bid that the latest recorded drawing put first among the bids tied for first."""
    if result.winner is not None:
        return None
    tied = next((set(tie.bid_keys) for tie in result.ties if tie.rank == 1), set())
    for first in session.scalars(
        select(TieBreak.first_bid_id)
        .where(TieBreak.lot_id == lot_id, TieBreak.first_bid_id.is_not(None))
        .order_by(TieBreak.id.desc())
    ):
        # A drawing between other bids (before scores changed) no longer decides anything.
        return first if first in tied else None
    return None


def list_tie_breaks(session: Session, lot_id: int) -> list[TieBreakRecord]:
    """The recorded tie breaks of the lot, earliest first."""
    require(session, Permission.VIEW)
    return [
        TieBreakRecord(
            id=row.id,
            lot_id=row.lot_id,
            decided_on=row.decided_on,
            method=row.method,
            witness=row.witness,
            outcome=row.outcome,
            first_bid_id=row.first_bid_id,
        )
        for row in session.scalars(
            select(TieBreak).where(TieBreak.lot_id == lot_id).order_by(TieBreak.id)
        )
    ]


def record_tie_break(
    session: Session,
    lot_id: int,
    *,
    method: str,
    witness: str,
    outcome: str,
    decided_on: date,
    first_bid_id: int | None = None,
) -> None:
    """Record how a tie was broken: method, outcome, date, (for drawing lots) the witness,
    and the bid that came first, which then wins a tie for first place."""
    _require_manager(session, lot_id)
    _lot(session, lot_id)
    if (
        first_bid_id is not None
        and session.scalar(select(Bid.id).where(Bid.id == first_bid_id, Bid.lot_id == lot_id))
        is None
    ):
        raise ValidationError(
            N_("Errors", "The bid that came first is not a bid of this lot."),
            field="first_bid_id",
        )
    method, witness, outcome = method.strip(), witness.strip(), outcome.strip()
    limits.raise_first(limits.check_values("tie_breaks", {"method": method, "witness": witness}))
    if not method:
        raise ValidationError(N_("Errors", "Say how the tie was broken."), field="method")
    if not outcome:
        raise ValidationError(
            N_("Errors", "Write the outcome: which bid comes first."), field="outcome"
        )
    if method == scoring.LOTS and not witness:
        raise ValidationError(
            N_("Errors", "A drawing of lots needs the name of its witness."), field="witness"
        )
    session.add(
        TieBreak(
            lot_id=lot_id,
            decided_on=decided_on,
            method=method,
            witness=witness,
            outcome=outcome,
            first_bid_id=first_bid_id,
        )
    )
    session.flush()

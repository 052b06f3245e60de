"""Evaluation committees, conflict-of-interest declarations, individual and consensus scores."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.records import DropoutRule

Score = Numeric(6, 2, asdecimal=True)


class Evaluator(Versioned, Timestamped, Base):
    """A committee member of one lot: a user of the program or an external person."""

    __tablename__ = "evaluators"
    __table_args__ = (UniqueConstraint("lot_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    # Optional: the criterion group (a top-level criterion) this evaluator scores.
    criterion_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("criteria.id", ondelete="RESTRICT")
    )
    is_chair: Mapped[bool] = mapped_column(default=False)
    sees_prices: Mapped[bool] = mapped_column(default=False)
    submitted_at: Mapped[datetime | None]


class Declaration(Versioned, Timestamped, Base):
    """A signed conflict-of-interest declaration; later ones never replace earlier ones."""

    __tablename__ = "declarations"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluator_id: Mapped[int] = mapped_column(
        ForeignKey("evaluators.id", ondelete="RESTRICT"), index=True
    )
    signed_at: Mapped[datetime]
    signed_by: Mapped[str] = mapped_column(String(200))
    text_version: Mapped[str] = mapped_column(String(50))
    has_conflict: Mapped[bool] = mapped_column(default=False)
    statement: Mapped[str] = mapped_column(Text, default="")


class IndividualScore(Versioned, Timestamped, Base):
    __tablename__ = "individual_scores"
    __table_args__ = (UniqueConstraint("evaluator_id", "bid_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluator_id: Mapped[int] = mapped_column(
        ForeignKey("evaluators.id", ondelete="RESTRICT"), index=True
    )
    bid_id: Mapped[int] = mapped_column(ForeignKey("bids.id", ondelete="RESTRICT"), index=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criteria.id", ondelete="RESTRICT"), index=True
    )
    score: Mapped[Decimal] = mapped_column(Score)
    motivation: Mapped[str] = mapped_column(Text, default="")
    # "screen", or "excel:" and the name of the workbook the score was imported from.
    source: Mapped[str] = mapped_column(String(300), default="screen")
    invalidated: Mapped[bool] = mapped_column(default=False)
    # Why the scores were set aside (criteria changed after scoring started); audited.
    invalidated_reason: Mapped[str] = mapped_column(Text, default="")


class ConsensusScore(Versioned, Timestamped, Base):
    __tablename__ = "consensus_scores"
    __table_args__ = (UniqueConstraint("bid_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bid_id: Mapped[int] = mapped_column(ForeignKey("bids.id", ondelete="RESTRICT"), index=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criteria.id", ondelete="RESTRICT"), index=True
    )
    score: Mapped[Decimal] = mapped_column(Score)
    # A consensus adopted from the average: the sum of the individual scores and their number,
    # the exact mean the ranking uses (``score`` is that mean rounded, as shown); else None.
    average_sum: Mapped[Decimal | None] = mapped_column(Numeric(9, 2))
    average_count: Mapped[int | None]
    motivation: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime]
    invalidated: Mapped[bool] = mapped_column(default=False)
    # Why the scores were set aside (criteria changed after scoring started); audited.
    invalidated_reason: Mapped[str] = mapped_column(Text, default="")


class ConsensusMeeting(Versioned, Timestamped, Base):
    __tablename__ = "consensus_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), index=True)
    held_at: Mapped[datetime]
    present: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")


class TieBreak(Versioned, Timestamped, Base):
    """The recorded outcome of a tie between bids (method, date, witness)."""

    __tablename__ = "tie_breaks"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), index=True)
    decided_on: Mapped[date]
    method: Mapped[str] = mapped_column(String(100))
    witness: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(Text)
    # The bid that came first from the drawing, when the tie was for a place that matters.
    first_bid_id: Mapped[int | None] = mapped_column(ForeignKey("bids.id", ondelete="RESTRICT"))


class ResultRecord(Versioned, Timestamped, Base):
    """A computed ranking as adopted, with the dropout rule that was applied."""

    __tablename__ = "results"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), index=True)
    computed_at: Mapped[datetime]
    dropout_rule: Mapped[DropoutRule] = mapped_column(
        enum_column(DropoutRule, "result_dropout_rule")
    )
    ranking: Mapped[str] = mapped_column(Text)

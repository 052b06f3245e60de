"""The next cycle: a new procurement made from an earlier one, with copies of its lots (their
procedure settings and themes) and of each lot's criteria tree, but no dates, bids or scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from ssb_desktop.errors import N_, ValidationError
from ssb_desktop.records import LotRecord, ProcurementRecord
from ssb_desktop.services.criteria import copy_criteria
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.procurement import (
    get_procurement,
    list_lots,
    save_lot,
    save_procurement,
)


@dataclass(frozen=True, slots=True)
class CopiedProcurement:
    """What a copy made: the new procurement, its lots and the number of criteria per lot."""

    procurement: ProcurementRecord
    lots: tuple[LotRecord, ...]
    criteria: tuple[int, ...]


def copy_procurement(
    session: Session,
    source_id: int,
    *,
    reference: str,
    title: str,
    lot_numbers: Sequence[int] | None = None,
) -> CopiedProcurement:
    """Start the next procurement from ``source_id``: its procedure, estimated value and
    lots (all, or the ``lot_numbers`` chosen) with their settings and criteria. Dates,
    bids, evaluators, scores and decisions are the new cycle's own and stay empty."""
    require(session, Permission.EDIT_PROCUREMENTS)
    source = get_procurement(session, source_id)
    lots = list_lots(session, source_id)
    if lot_numbers is not None:
        unknown = sorted(set(lot_numbers) - {lot.number for lot in lots})
        if unknown:
            raise ValidationError(
                N_("Errors", "Procurement {reference} has no lot {number}."),
                {"reference": source.reference, "number": unknown[0]},
                field="lots",
            )
        lots = [lot for lot in lots if lot.number in set(lot_numbers)]
    if not lots:
        raise ValidationError(
            N_("Errors", "Procurement {reference} has no lots to copy."),
            {"reference": source.reference},
            field="lots",
        )
    created = save_procurement(
        session,
        ProcurementRecord(
            id=None,
            reference=reference,
            title=title,
            procedure_type=source.procedure_type,
            estimated_value=source.estimated_value,
            allow_multiple_bids=source.allow_multiple_bids,
        ),
    )
    assert created.id is not None
    new_lots: list[LotRecord] = []
    counts: list[int] = []
    for lot in lots:
        assert lot.id is not None
        copy = save_lot(
            session,
            replace(
                lot,
                id=None,
                procurement_id=created.id,
                procurement_reference=created.reference,
                criteria_locked=False,
                bid_count=0,
                version=0,
            ),
        )
        assert copy.id is not None
        counts.append(len(copy_criteria(session, lot.id, copy.id)))
        new_lots.append(copy)
    return CopiedProcurement(get_procurement(session, created.id), tuple(new_lots), tuple(counts))


__all__ = ["CopiedProcurement", "copy_procurement"]

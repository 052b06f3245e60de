"""The columns of the committee table: who evaluates, what, as chair or not, declaration and
progress of the scoring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_moment
from ssb_desktop.models.record_table_model import ALIGN_CENTER, Column
from ssb_desktop.records import EvaluatorRecord


def declaration_text(record: EvaluatorRecord) -> str:
    """The state of the latest declaration in words: not signed, signed on ..., conflict."""
    declaration = record.declaration
    if declaration is None:
        return QCoreApplication.translate("Columns", "Not signed")
    if declaration.has_conflict:
        return QCoreApplication.translate("Columns", "Conflict of interest reported")
    return QCoreApplication.translate("Columns", "Signed {moment}").format(
        moment=format_moment(declaration.signed_at)
    )


def scoring_text(record: EvaluatorRecord) -> str:
    if record.submitted_at is not None:
        return QCoreApplication.translate("Columns", "Submitted {moment}").format(
            moment=format_moment(record.submitted_at)
        )
    return f"{record.scored}/{record.expected}"


def _group(record: EvaluatorRecord) -> str:
    return record.criterion_group_title or QCoreApplication.translate("Columns", "All criteria")


EVALUATOR_COLUMNS: tuple[Column[EvaluatorRecord], ...] = (
    Column(N_("Columns", "Name"), lambda r: r.name),
    Column(N_("Columns", "E-mail"), lambda r: r.email),
    Column(N_("Columns", "User"), lambda r: r.account),
    Column(N_("Columns", "Criteria"), _group),
    Column(N_("Columns", "Chair"), lambda r: r.is_chair, alignment=ALIGN_CENTER),
    Column(N_("Columns", "Sees prices"), lambda r: r.sees_prices, alignment=ALIGN_CENTER),
    Column(
        N_("Columns", "Declaration"), declaration_text, sort_key=lambda r: r.declaration is None
    ),
    Column(N_("Columns", "Scores"), scoring_text, alignment=ALIGN_CENTER),
)
EVALUATOR_COLUMN_WIDTHS = (160, 250, 90, 110, 80, 90, 200, 190)

"""Walks every form dialog, in Dutch and in English: no Alt letter is used twice within a
dialog, and every control a user can reach has a name for a screen reader and a keyboard path
(a caption whose Alt letter reaches it, a text of its own, or an accessible name)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.i18n import install_translators
from ssb_desktop.records import (
    ApplicationRecord,
    AwardRecord,
    AwardStatus,
    ContractRecord,
    EvaluatorRecord,
    ObjectionKind,
    ObjectionRecord,
    PerformanceReportRecord,
    ThresholdRecord,
    TransparencyNoticeRecord,
)
from ssb_desktop.services import evaluation, subsidies
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.organisation_list import OrganisationQuery
from ssb_desktop.services.organisations import list_organisations
from ssb_desktop.services.procurement import find_lot, find_procurement, list_lots
from ssb_desktop.services.reference import list_districts, list_themes
from ssb_desktop.views.administration_page import DistrictDialog
from ssb_desktop.views.application_dialog import (
    AdvanceDialog,
    ApplicationDialog,
    DecisionDialog,
    SettlementDialog,
)
from ssb_desktop.views.application_dialog import ReportDialog as AccountabilityDialog
from ssb_desktop.views.award_dialog import AwardDialog, DefinitiveDialog
from ssb_desktop.views.bid_dialog import BidDialog
from ssb_desktop.views.connect_server import ConnectServerDialog
from ssb_desktop.views.contract_dialog import ContractDialog
from ssb_desktop.views.copy_procurement_dialog import CopyProcurementDialog
from ssb_desktop.views.evaluation_page import DeclarationDialog
from ssb_desktop.views.evaluator_dialog import EvaluatorDialog
from ssb_desktop.views.holidays_tab import HolidayDialog
from ssb_desktop.views.letters_sent_dialog import LettersSentDialog
from ssb_desktop.views.lot_dialog import LotDialog
from ssb_desktop.views.merge_dialog import MergeDialog
from ssb_desktop.views.objection_dialog import ObjectionDialog
from ssb_desktop.views.organisation_dialog import OrganisationDialog
from ssb_desktop.views.organisation_picker import OrganisationPickerDialog
from ssb_desktop.views.performance_dialogs import (
    AssessDialog,
    IndicatorDialog,
    OpinionDialog,
    ReportDialog,
    ScheduleDialog,
)
from ssb_desktop.views.procurement_dialog import ProcurementDialog
from ssb_desktop.views.reference_tabs import EndThresholdDialog, ThemeDialog, ThresholdDialog
from ssb_desktop.views.scales_dialog import ScalesDialog
from ssb_desktop.views.scheme_dialog import CeilingDialog, SchemeDialog
from ssb_desktop.views.search_popup import SearchPopup
from ssb_desktop.views.succession_dialog import SuccessionDialog
from ssb_desktop.views.tie_break_dialog import TieBreakDialog
from ssb_desktop.views.transparency_dialogs import NoticeContractDialog, NoticeDialog
from ssb_desktop.views.user_dialog import UserDialog

MNEMONIC = re.compile(r"&([^&\s])")
LOT = "SSB-2019/3"
TODAY = date(2026, 12, 7)

Factory = Callable[[Database], QDialog]


def _lot(db: Database) -> object:
    with db.reading() as session:
        return find_lot(session, LOT)


def _organisations(db: Database) -> list:  # type: ignore[type-arg]
    with db.reading() as session:
        return list_organisations(session)


def _contract(db: Database) -> ContractRecord:
    lot = find_lot_id(db)
    return ContractRecord(
        id=1,
        lot_id=lot,
        reference=f"{LOT}-1",
        start=TODAY,
        end=TODAY + timedelta(days=730),
        value=Decimal("100000.00"),
    )


def find_lot_id(db: Database) -> int:
    with db.reading() as session:
        lot_id = find_lot(session, LOT).id
    assert lot_id is not None
    return lot_id


def _award(db: Database) -> AwardRecord:
    return AwardRecord(
        id=1,
        lot_id=find_lot_id(db),
        lot_label=LOT,
        bid_id=1,
        bid_code="A",
        winner_organisation_id=1,
        winner_name="Stichting Welzijn",
        status=AwardStatus.PROVISIONAL,
        sent_on=TODAY,
        standstill_days=20,
        standstill_end=TODAY + timedelta(days=20),
    )


def _application(db: Database) -> ApplicationRecord:
    with db.reading() as session:
        found = subsidies.list_applications(session)
    return found[0]


def _report() -> PerformanceReportRecord:
    return PerformanceReportRecord(
        id=1,
        contract_id=1,
        period_start=TODAY - timedelta(days=180),
        period_end=TODAY,
        received_on=TODAY,
    )


def _notice(db: Database) -> TransparencyNoticeRecord:
    return TransparencyNoticeRecord(
        id=1,
        lot_id=find_lot_id(db),
        lot_label=LOT,
        organisation_id=1,
        organisation_name="Stichting Welzijn",
        published_on=TODAY,
        period_days=20,
        last_day=TODAY + timedelta(days=20),
    )


def _results(db: Database) -> object:
    """The results of the first lot of the demo that has them (every consensus recorded)."""
    with db.reading() as session:
        for lot in list_lots(session):
            assert lot.id is not None
            try:
                return evaluation.lot_results(session, lot.id, with_robustness=False)
            except ValidationError:
                continue
    raise AssertionError("the demo has no lot with results")


def _schemes(db: Database) -> list:  # type: ignore[type-arg]
    with db.reading() as session:
        return subsidies.list_schemes(session)


def _districts(db: Database) -> list:  # type: ignore[type-arg]
    with db.reading() as session:
        return list_districts(session)


def _lots(db: Database) -> list:  # type: ignore[type-arg]
    with db.reading() as session:
        return list_lots(session)


def _themes(db: Database) -> list:  # type: ignore[type-arg]
    with db.reading() as session:
        return list_themes(session)


def _next_cycle(db: Database) -> CopyProcurementDialog:
    with db.reading() as session:
        source = find_procurement(session, "SSB-2019")
        lots = list_lots(session, source.id)
    return CopyProcurementDialog(db, source, lots)


DIALOGS: dict[str, Factory] = {
    "OrganisationDialog": lambda db: OrganisationDialog(db, None),
    "MergeDialog": lambda db: MergeDialog(db, *_organisations(db)[:2]),
    "SuccessionDialog": lambda db: SuccessionDialog(db, _organisations(db)[0], TODAY),
    "ProcurementDialog": lambda db: ProcurementDialog(db),
    "LotDialog": lambda db: LotDialog(db, _lot(db)),  # type: ignore[arg-type]
    "BidDialog": lambda db: BidDialog(db, _lots(db)),
    "EvaluatorDialog": lambda db: EvaluatorDialog(
        db, EvaluatorRecord(id=None, lot_id=find_lot_id(db), name=""), [], []
    ),
    "TieBreakDialog": lambda db: TieBreakDialog(db, find_lot_id(db), 1, [(1, "A"), (2, "B")]),
    "AwardDialog": lambda db: AwardDialog(db, _results(db)),  # type: ignore[arg-type]
    "DefinitiveDialog": lambda db: DefinitiveDialog(db, _award(db), [], today=TODAY),
    "LettersSentDialog": lambda db: LettersSentDialog(
        db, "Letters", "When the letters went out.", lambda _s, _d: None
    ),
    "ObjectionDialog": lambda db: ObjectionDialog(
        db,
        ObjectionRecord(
            id=None,
            lot_id=find_lot_id(db),
            organisation_id=0,
            kind=next(iter(ObjectionKind)),
            received_on=TODAY,
        ),
        [(1, "Stichting Welzijn")],
    ),
    "ContractDialog": lambda db: ContractDialog(db, _lot(db), _award(db)),  # type: ignore[arg-type]
    "NoticeDialog": lambda db: NoticeDialog(db, _lot(db), _organisations(db), TODAY),  # type: ignore[arg-type]
    "NoticeContractDialog": lambda db: NoticeContractDialog(
        db,
        _lot(db),  # type: ignore[arg-type]
        _notice(db),
        TODAY,
    ),
    "IndicatorDialog": lambda db: IndicatorDialog(db, _contract(db), _districts(db)),
    "ReportDialog": lambda db: ReportDialog(db, _contract(db), [], _report()),
    "AssessDialog": lambda db: AssessDialog(db, _report(), TODAY),
    "OpinionDialog": lambda db: OpinionDialog(db, _report(), [(1, "Noord")], TODAY),
    "ScheduleDialog": lambda db: ScheduleDialog(db, _contract(db)),
    "UserDialog": lambda db: UserDialog(db),
    "DistrictDialog": lambda db: DistrictDialog(db),
    "HolidayDialog": lambda db: HolidayDialog(db),
    "SchemeDialog": lambda db: SchemeDialog(db, _themes(db)),
    "CeilingDialog": lambda db: CeilingDialog(db, _schemes(db)[0]),
    "ApplicationDialog": lambda db: ApplicationDialog(db, _schemes(db), _districts(db)),
    "DecisionDialog": lambda db: DecisionDialog(_application(db)),
    "AdvanceDialog": lambda db: AdvanceDialog(_application(db)),
    "AccountabilityDialog": lambda db: AccountabilityDialog(_application(db)),
    "SettlementDialog": lambda db: SettlementDialog(_application(db)),
    "ThemeDialog": lambda db: ThemeDialog(db),
    "ThresholdDialog": lambda db: ThresholdDialog(db),
    "EndThresholdDialog": lambda db: EndThresholdDialog(
        db, ThresholdRecord(1, "services_local", TODAY, None, Decimal(216000))
    ),
    "CopyProcurementDialog": _next_cycle,
    "DeclarationDialog": lambda _db: DeclarationDialog("Bert", "I declare that ..."),
    "ConnectServerDialog": lambda _db: ConnectServerDialog(),
    "SearchPopup": lambda db: SearchPopup(db),
    "ScalesDialog": lambda db: ScalesDialog(db),
    "OrganisationPickerDialog": lambda db: OrganisationPickerDialog(db, OrganisationQuery()),
}


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def demo(db: Database) -> Database:
    with db.transaction() as session:
        build_demo(session)
    return db


def _reachable(dialog: QDialog) -> list[QWidget]:
    return [w for w in dialog.findChildren(QWidget) if w.isVisibleTo(dialog)]


def _mnemonics(dialog: QDialog) -> Counter[str]:
    """The Alt letters of the dialog: buttons, captions with a buddy, group boxes, tabs."""
    found: Counter[str] = Counter()
    for widget in _reachable(dialog):
        text = ""
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        found.update(m.lower() for m in MNEMONIC.findall(text))
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                found.update(m.lower() for m in MNEMONIC.findall(widget.tabText(index)))
    return found


INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _unnamed(dialog: QDialog) -> list[str]:
    """Controls with neither an accessible name nor a caption (buddy) nor a text of their own."""
    buddies: set[int] = set()
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            buddies.add(id(buddy))
            proxy = buddy.focusProxy()
            if proxy is not None:
                buddies.add(id(proxy))
    missing: list[str] = []
    for widget in _reachable(dialog):
        if not widget.isEnabled():
            continue
        if isinstance(widget, QHeaderView) or (
            isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QComboBox)
        ):
            continue  # a table's header, a combo box's own popup list
        parent = widget.parentWidget()
        if isinstance(widget, QAbstractButton) and isinstance(parent, QTableView):
            continue  # the table's corner button: part of its headers, never focused
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # the line edit inside an editable combo box or a spin box
        if isinstance(widget, INPUTS):
            named = bool(widget.accessibleName()) or id(widget) in buddies
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            named = bool(widget.text().replace("&", "").strip() or widget.accessibleName())
        elif isinstance(widget, QToolButton):
            named = bool(widget.accessibleName() or widget.text().strip() or widget.toolTip())
        else:
            continue
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''}".strip())
    return missing


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_has_unique_alt_letters_and_named_controls(
    qtbot: QtBot, demo: Database, language: str, name: str
) -> None:
    dialog = DIALOGS[name](demo)
    qtbot.addWidget(dialog)

    twice = sorted(letter for letter, count in _mnemonics(dialog).items() if count > 1)
    unnamed = _unnamed(dialog)

    assert twice == [], f"{name} ({language}): Alt+{', Alt+'.join(twice)} used twice"
    assert unnamed == [], f"{name} ({language}): no name or keyboard path: {unnamed}"

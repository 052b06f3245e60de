"""The Awards & contracts page as a procurement officer uses it: from the ranking to a
provisional award, an objection that blocks the definitive award, its outcome, the definitive
award after the standstill period, the contract with its options, and the letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import ConsensusScore
from ssb_desktop.formatting import local_today
from ssb_desktop.records import (
    AwardStatus,
    BidMemberRecord,
    BidRecord,
    BidStatus,
    ConsortiumRole,
    CriterionRecord,
    LotRecord,
    ObjectionOutcome,
    OptionStatus,
    OrganisationRecord,
    ProcedureType,
    ProcurementRecord,
    ScaleRecord,
    ScaleValueRecord,
)
from ssb_desktop.services import awards
from ssb_desktop.services.bids import save_bid
from ssb_desktop.services.criteria import save_criteria, save_scale
from ssb_desktop.services.organisation_list import OrganisationQuery, organisations_listed
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.procurement import save_lot, save_procurement
from ssb_desktop.settings import Settings
from ssb_desktop.views import award_clocks_box, awards_page, messages
from ssb_desktop.views.award_dialog import AwardDialog, DefinitiveDialog
from ssb_desktop.views.awards_page import AwardsPage
from ssb_desktop.views.contract_dialog import ContractDialog
from ssb_desktop.views.dashboard_page import DashboardPage
from ssb_desktop.views.objection_dialog import ObjectionDialog

Button = QMessageBox.StandardButton
TODAY = date(2026, 11, 22)
SENT = date(2026, 4, 24)  # DOMAIN.md: the last day of the standstill period is 18-05-2026
SCORES = {"A": (8, 8), "B": (6, 6), "C": (4, 4)}
PRICES = {"A": Decimal(100000), "B": Decimal(90000), "C": Decimal(120000)}


@dataclass(frozen=True)
class Scored:
    lot: int
    bids: dict[str, int]
    orgs: dict[str, int]


def _scored_lot(db: Database, *, motivations: bool = True) -> Scored:
    """A lot with three bids (A first) and every consensus score given."""
    with db.transaction() as session:
        procurement = save_procurement(
            session,
            ProcurementRecord(
                id=None,
                reference="SSB-2026",
                title="Sterke Sociale Basis",
                procedure_type=ProcedureType.LIGHT_REGIME,
                estimated_value=Decimal(9000000),
            ),
        )
        assert procurement.id is not None
        lot = save_lot(
            session,
            LotRecord(
                id=None,
                procurement_id=procurement.id,
                number=1,
                title="Opgroeien",
                price_max_points=Decimal(30),
                extension_months=(24,),
            ),
        )
        assert lot.id is not None
        scale = save_scale(
            session,
            ScaleRecord(
                None,
                "Nul tot tien",
                values=tuple(ScaleValueRecord(Decimal(v), f"Level {v}") for v in range(11)),
            ),
        )
        criteria = save_criteria(
            session,
            lot.id,
            [
                CriterionRecord(
                    None,
                    lot.id,
                    code="A",
                    title="Plan",
                    weight=Decimal(60),
                    scale_id=scale.id,
                    key=-1,
                ),
                CriterionRecord(
                    None,
                    lot.id,
                    None,
                    1,
                    code="B",
                    title="Network",
                    weight=Decimal(40),
                    scale_id=scale.id,
                    key=-2,
                ),
            ],
        )
        orgs: dict[str, int] = {}
        for key, name in (
            ("alfa", "Stichting Alfa"),
            ("beta", "Stichting Beta"),
            ("gamma", "Stichting Gamma"),
            ("buzz", "BuZz"),
        ):
            saved = save_organisation(
                session,
                OrganisationRecord(
                    id=None, name=name, street="Breestraat 1", postcode="2311 AA", city="Leiden"
                ),
            )
            assert saved.id is not None
            orgs[key] = saved.id
        bids: dict[str, int] = {}
        for code, org in (("A", "alfa"), ("B", "beta"), ("C", "gamma")):
            bid = save_bid(
                session,
                BidRecord(
                    id=None,
                    lot_id=lot.id,
                    code=code,
                    received_at=datetime(2026, 3, 1, tzinfo=UTC),
                    price_total=PRICES[code],
                    status=BidStatus.VALID,
                    members=(BidMemberRecord(orgs[org], role=ConsortiumRole.LEAD),),
                ),
            )
            assert bid.id is not None
            bids[code] = bid.id
        by_code = {c.code: c.id for c in criteria}
        for code, values in SCORES.items():
            for criterion, value in zip(("A", "B"), values, strict=True):
                session.add(
                    ConsensusScore(
                        bid_id=bids[code],
                        criterion_id=by_code[criterion],
                        score=Decimal(value),
                        motivation=f"Motivation {criterion} of bid {code}" if motivations else "",
                        decided_at=datetime(2026, 4, 1, tzinfo=UTC),
                    )
                )
        session.flush()
    return Scored(lot.id, bids, orgs)


class Boxes:
    """Stands in for the message boxes: records each text and answers with ``answer``."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.answer = Button.Yes

    def __call__(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.texts.append(box.text())
        if box.standardButtons() & self.answer:
            return self.answer
        return Button.Ok


class Dialogs:
    """Stands in for exec(): hands each dialog to the next step of the test."""

    def __init__(self) -> None:
        self.steps: list[Callable[[QDialog], None]] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.steps.pop(0)(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted


def _pick_buzz(
    _parent: QWidget, db: Database, query: OrganisationQuery
) -> OrganisationRecord | None:
    """Stands in for the organisation picker: the user searches and chooses BuZz."""
    with db.reading() as session:
        return organisations_listed(session, replace(query, text="BuZz"))[0]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(messages, "_exec", recorder)
    return recorder


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    stand_in = Dialogs()
    monkeypatch.setattr(awards_page, "exec_dialog", stand_in)
    monkeypatch.setattr(awards_page, "today", lambda: TODAY)
    return stand_in


@pytest.fixture
def scored(db: Database) -> Scored:
    return _scored_lot(db)


@pytest.fixture
def page(qtbot: QtBot, db: Database, scored: Scored, tmp_path: Path) -> AwardsPage:
    widget = AwardsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.reload()
    return widget


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _column(model: object, column: int) -> list[str]:
    rows = model.rowCount()  # type: ignore[attr-defined]
    return [model.index(row, column).data() for row in range(rows)]  # type: ignore[attr-defined]


def test_a_lot_goes_from_provisional_award_to_an_exercised_option(
    page: AwardsPage, dialogs: Dialogs, boxes: Boxes, db: Database, qtmodeltester: object
) -> None:
    # The ranking: A first.
    assert _column(page.ranking, 0) == ["1", "2", "3"]
    assert page.ranking.index(0, 1).data().startswith("A")
    assert page.status.text() == "No award decision yet."
    assert page.provisional_action.isEnabled()
    assert not page.definitive_action.isEnabled()

    # Provisional award: rank 1 preselected, the standstill end computed while typing.
    def award(dialog: QDialog) -> None:
        assert isinstance(dialog, AwardDialog)
        assert dialog.chosen_bid() == page.results.result.winner  # type: ignore[union-attr]
        assert not dialog.reason_not_first.isVisibleTo(dialog)
        dialog.sent_on.setDate(_qdate(SENT))
        assert "18-05-2026" in dialog.standstill.text()
        assert "19-05-2026" in dialog.standstill.text()
        dialog.bid.setCurrentIndex(1)  # not first: a reason appears
        assert dialog.reason_not_first.isVisibleTo(dialog)
        dialog.bid.setCurrentIndex(0)
        dialog.save()  # without reasons: refused inline, the dialog stays open
        assert "relative advantages" in dialog._problems.text("reasons", dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.reasons.setPlainText("Best plan for Leiden-Noord.")
        dialog.save()

    dialogs.steps.append(award)
    page.provisional_award()
    assert "Provisionally awarded to Stichting Alfa (bid A), sent on 24-04-2026." in (
        page.status.text()
    )
    assert page.definitive_action.isEnabled() and page.letters_action.isEnabled()
    assert _column(page.awards, 2) == ["Provisional"]

    # An objection of bidder B: it blocks the definitive award.
    def objection(dialog: QDialog) -> None:
        assert isinstance(dialog, ObjectionDialog)
        names = ["Stichting Alfa", "Stichting Beta", "Stichting Gamma"]
        assert dialog.organisation.names() == names
        QTest.keyClick(dialog.organisation.search, Qt.Key.Key_Down)
        dialog.received_on.setDate(_qdate(date(2026, 5, 4)))
        dialog.summary.setPlainText("Kort geding against the award.")
        assert not dialog.outcome_on.isVisibleTo(dialog)
        dialog.save()

    dialogs.steps.append(objection)
    page.new_objection()
    assert _column(page.objections, 1) == ["Stichting Beta"]
    assert "1 open objection:" in page.status.text()

    def blocked(dialog: QDialog) -> None:
        assert isinstance(dialog, DefinitiveDialog)
        assert dialog.override_reason.isVisibleTo(dialog)
        assert "Stichting Beta" in dialog.objection_notice.text()
        dialog.save()
        assert "still open" in dialog._problems.text("override_reason", dialog)
        dialog.reject()

    dialogs.steps.append(blocked)
    page.make_definitive()
    assert page.award is not None and page.award.status is AwardStatus.PROVISIONAL

    # The objection is rejected; the definitive award no longer needs an override.
    page.objections_view.setCurrentIndex(page.objections.index(0, 0))

    def rejected(dialog: QDialog) -> None:
        assert isinstance(dialog, ObjectionDialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(ObjectionOutcome.REJECTED.value))
        assert dialog.outcome_on.isVisibleTo(dialog)
        dialog.outcome_on.setDate(_qdate(date(2026, 5, 15)))
        dialog.save()

    dialogs.steps.append(rejected)
    page.edit_objection()
    assert _column(page.objections, 3) == ["Rejected"]

    def definitive(dialog: QDialog) -> None:
        assert isinstance(dialog, DefinitiveDialog)
        assert not dialog.override_reason.isVisibleTo(dialog)
        dialog.on.setDate(_qdate(date(2026, 5, 18)))  # the last day of the standstill: refused
        dialog.save()
        assert "from 19-05-2026" in dialog._problems.text("on", dialog)
        dialog.on.setDate(_qdate(date(2026, 5, 20)))
        dialog.save()

    dialogs.steps.append(definitive)
    page.make_definitive()
    assert page.status.text() == ("Definitively awarded to Stichting Alfa (bid A) on 20-05-2026.")
    assert page.new_contract_button.isEnabled()

    # The contract with one option of 24 months (the lot's promise, filled in).
    def contract(dialog: QDialog) -> None:
        assert isinstance(dialog, ContractDialog)
        assert dialog.options.text() == "24"
        dialog.reference.setText("SSB-2026-01")
        dialog.start.setDate(_qdate(date(2027, 1, 1)))
        dialog.end.setDate(_qdate(date(2028, 12, 31)))
        dialog.value.setText("€ 1.250.000,00")
        assert "decide by 30-06-2028" in dialog.schedule.text()
        dialog.save()

    dialogs.steps.append(contract)
    page.new_contract()
    assert _column(page.contracts, 0) == ["SSB-2026-01"]
    assert _column(page.contracts, 5) == ["€ 1.250.000,00"]
    assert _column(page.options, 2) == ["30-06-2028"]
    assert _column(page.options, 3) == ["Open"]
    assert page.exercise_button.isEnabled()

    # Exercising the option (before its deadline: a confirmation, no reason needed).
    page.exercise_button.click()
    assert "Exercise option 1 (24 months) of contract SSB-2026-01?" in boxes.texts[-1]
    assert _column(page.options, 3) == ["Exercised"]
    assert _column(page.contracts, 4) == ["31-12-2030"]
    assert not page.exercise_button.isEnabled()

    lines = page.timeline.lines()
    assert lines[0].startswith("24-04-2026")
    assert any("Definitive award to Stichting Alfa" in line for line in lines)
    assert any(line.startswith("Today, 22-11-2026") for line in lines)
    today_row = next(i for i, line in enumerate(lines) if line.startswith("Today"))
    assert lines[today_row + 1].startswith("01-01-2027")  # the contract starts after today
    for model in (page.ranking, page.awards, page.objections, page.contracts, page.options):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_declining_an_option_after_its_deadline_asks_a_reason(
    page: AwardsPage,
    dialogs: Dialogs,
    boxes: Boxes,
    db: Database,
    scored: Scored,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction() as session:
        award = awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
        award = awards.make_definitive(
            session, award.id, on=date(2026, 5, 20), version=award.version
        )
        awards.create_contract(
            session,
            award.id,
            reference="SSB-2026-01",
            start=date(2024, 1, 1),
            end=date(2025, 12, 31),
            value=Decimal(1000),
            options=(24,),
        )
    page.reload()
    asked: list[str] = []

    def reason(_parent: object, _title: str, label: str) -> str | None:
        asked.append(label)
        return "The service moves to the new district teams."

    monkeypatch.setattr(awards_page, "ask_reason", reason)
    page.decline_button.click()
    assert "Why is option 1 (24 months) of contract SSB-2026-01 declined?" in asked[0]
    assert _column(page.options, 3) == ["Declined"]
    with db.transaction() as session:
        option = awards.list_contracts(session, lot_id=scored.lot)[0].options[0]
    assert option.status is OptionStatus.DECLINED
    assert option.reason == "The service moves to the new district teams."


def test_the_winner_is_replaced_by_its_successor_and_an_award_withdrawn(
    page: AwardsPage,
    dialogs: Dialogs,
    boxes: Boxes,
    db: Database,
    scored: Scored,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction() as session:
        awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
    page.reload()
    monkeypatch.setattr(
        awards_page,
        "choose_successor",
        _pick_buzz,
    )
    monkeypatch.setattr(awards_page, "ask_reason", lambda *_args: "Merger on 01-05-2026.")
    page.replace_winner()
    assert _column(page.awards, 1) == ["BuZz (successor of Stichting Alfa)"]
    assert "Provisionally awarded to BuZz (bid A)" in page.status.text()

    page.withdraw_award()
    assert "stays in the history" in boxes.texts[-1]
    assert _column(page.awards, 2) == ["Withdrawn"]
    assert page.status.text() == "No award decision yet."
    assert page.provisional_action.isEnabled()
    assert any("later withdrawn" in line for line in page.timeline.lines())


def test_letters_are_written_to_the_folder_chosen(
    page: AwardsPage,
    dialogs: Dialogs,
    boxes: Boxes,
    db: Database,
    scored: Scored,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction() as session:
        awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
    page.reload()
    folder = tmp_path / "letters"
    folder.mkdir()
    opened: list[Path] = []
    monkeypatch.setattr(awards_page, "choose_folder", lambda _parent, _start: folder)
    monkeypatch.setattr(awards_page, "open_folder", opened.append)
    page.make_letters()
    written = sorted(path.name for path in folder.iterdir())
    assert len(written) == 3
    assert all(name.endswith(".pdf") for name in written)
    assert sorted(path.name for path in page.letters_written) == written
    assert "3 letters were written to" in boxes.texts[-1]
    assert opened == [folder]


def test_letters_are_refused_while_a_motivation_is_missing(
    qtbot: QtBot,
    db: Database,
    dialogs: Dialogs,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lot = _scored_lot(db, motivations=False)
    with db.transaction() as session:
        awards.provisional_award(
            session, lot.lot, lot.bids["A"], sent_on=SENT, reasons="Best plan."
        )
    page = AwardsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    monkeypatch.setattr(awards_page, "choose_folder", lambda _parent, _start: tmp_path)
    page.make_letters()
    assert "have no motivation" in boxes.texts[-1]
    assert not list(tmp_path.glob("*.pdf"))


def test_an_incomplete_evaluation_shows_why_there_is_no_ranking(
    qtbot: QtBot, db: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        session.query(ConsensusScore).filter(ConsensusScore.bid_id == lot.bids["B"]).delete()
    page = AwardsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    assert page.ranking.rowCount() == 0
    assert page.ranking_note.text().startswith("No ranking yet.")
    assert "B × " in page.ranking_note.text()
    assert not page.provisional_action.isEnabled()


def test_the_dashboard_shows_the_standstill_and_the_options_due(
    qtbot: QtBot,
    db: Database,
    scored: Scored,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: object,
) -> None:
    with db.transaction() as session:
        award = awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
    monkeypatch.setattr(award_clocks_box, "today", lambda: date(2026, 5, 8))
    dashboard = DashboardPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(dashboard)
    dashboard.reload()
    standstill = dashboard.clocks.standstill
    assert standstill.title.text() == "Standstill periods running (1)"
    assert [standstill.model.index(0, c).data() for c in range(4)] == [
        "SSB-2026/1",
        "Stichting Alfa",
        "18-05-2026",
        "10 days",
    ]
    assert dashboard.clocks.options.none_label.isVisibleTo(dashboard)
    opened: list[int] = []
    dashboard.clocks.open_lot_requested.connect(opened.append)
    standstill.view.activated.emit(standstill.model.index(0, 0))
    assert opened == [scored.lot]

    # After the standstill: definitive, and a contract whose option is due within 3 months.
    with db.transaction() as session:
        award = awards.make_definitive(
            session, award.id, on=date(2026, 5, 20), version=award.version
        )
        awards.create_contract(
            session,
            award.id,
            reference="SSB-2026-01",
            start=date(2025, 1, 1),
            end=date(2027, 6, 30),
            value=Decimal(1000),
            notice_months=6,
            options=(24,),
        )
    monkeypatch.setattr(award_clocks_box, "today", lambda: TODAY)
    dashboard.reload()
    assert standstill.none_label.isVisibleTo(dashboard)
    options = dashboard.clocks.options
    assert [options.model.index(0, c).data() for c in range(5)] == [
        "SSB-2026-01",
        "1 (24 months)",
        "39 days",
        "31-12-2026",
        "SSB-2026/1",
    ]
    for model in (standstill.model, options.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_recording_the_send_date_moves_the_standstill_and_letters_are_then_written_on_request(
    page: AwardsPage,
    dialogs: Dialogs,
    boxes: Boxes,
    db: Database,
    scored: Scored,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ssb_desktop.views.letters_sent_dialog import LettersSentDialog

    with db.transaction() as session:
        awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
    page.reload()

    def sent_on(day: date) -> Callable[[QDialog], None]:
        def fill(dialog: QDialog) -> None:
            assert isinstance(dialog, LettersSentDialog)
            dialog.on.setDate(_qdate(day))
            dialog.save()

        return fill

    # A day in the future is refused in the dialog, which stays open.
    refused: list[str] = []

    def future(dialog: QDialog) -> None:
        assert isinstance(dialog, LettersSentDialog)
        dialog.on.setDate(_qdate(local_today().replace(year=local_today().year + 1)))
        dialog.save()
        refused.append(dialog.problem())

    dialogs.steps.append(future)
    page.record_letters_sent()
    assert "in the future" in refused[0]

    dialogs.steps.append(sent_on(date(2026, 5, 4)))
    page.record_letters_sent()
    assert page.award is not None and page.award.letters_sent_on == date(2026, 5, 4)
    assert page.award.standstill_end == date(2026, 5, 26)

    folder = tmp_path / "letters"
    monkeypatch.setattr(awards_page, "choose_folder", lambda _parent, _start: folder)
    monkeypatch.setattr(awards_page, "open_folder", lambda _folder: None)
    boxes.answer = QMessageBox.StandardButton.No
    page.make_letters()
    assert "were sent on 04-05-2026" in boxes.texts[-1]
    assert not folder.exists()

    boxes.answer = QMessageBox.StandardButton.Yes
    page.make_letters()
    assert len(page.letters_written) == 3


def test_the_letters_of_a_lot_are_printed_each_from_a_new_page_with_its_own_page_numbers(
    page: AwardsPage,
    dialogs: Dialogs,
    boxes: Boxes,
    db: Database,
    scored: Scored,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess

    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ssb_desktop.views import printing

    with db.transaction() as session:
        awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
    page.reload()
    target = tmp_path / "print.pdf"

    def to_pdf(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(printing, "run_preview", to_pdf)
    page.print_letters_action.trigger()

    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [" ".join(p.split()) for p in text.split("\f") if p.strip()]
    firsts = [p for p in pages if "page 1 of" in p]
    assert len(firsts) == 3  # one letter per bidder, each numbered from its first page
    for name in ("Stichting Alfa", "Stichting Beta"):
        assert any(name in p for p in firsts)


def _pdf_text(path: Path) -> str:
    import subprocess

    return " ".join(
        subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )


def test_email_drafts_are_opened_in_the_mail_program_and_nothing_counts_as_sent(
    page: AwardsPage,
    dialogs: Dialogs,
    boxes: Boxes,
    db: Database,
    scored: Scored,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from email import message_from_bytes, policy

    from ssb_desktop.services.organisations import get_organisation
    from ssb_desktop.views import email_drafts

    with db.transaction() as session:
        alfa = get_organisation(session, scored.orgs["alfa"])
        save_organisation(session, replace(alfa, email="inkoop@alfa.nl"))
        awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
    page.reload()
    folder = tmp_path / "mail"
    opened: list[Path] = []
    monkeypatch.setattr(awards_page, "choose_folder", lambda _parent, _start: folder)

    def open_url(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(email_drafts, "open_url", open_url)

    assert page.email_action.isEnabled()
    page.email_action.trigger()

    drafts = sorted(folder.glob("*.eml"))
    assert len(drafts) == 3 and len(list(folder.glob("*.pdf"))) == 3
    assert sorted(opened) == drafts  # each draft opened in the mail program
    assert "Nothing is recorded as sent" in boxes.texts[-1]
    assert "Stichting Beta" in boxes.texts[-1]  # no e-mail address known
    to_alfa = next(d for d in drafts if "Alfa" in d.name)
    message = message_from_bytes(to_alfa.read_bytes(), policy=policy.default)
    assert message["To"] == "Stichting Alfa <inkoop@alfa.nl>"
    assert message["X-Unsent"] == "1"
    attachment = next(iter(message.iter_attachments()))
    assert attachment.get_filename() == to_alfa.with_suffix(".pdf").name
    assert attachment.get_content().startswith(b"%PDF")
    # Nothing is recorded as sent: the standstill still runs from the provisional date.
    with db.transaction() as session:
        award = awards.current_award(session, scored.lot)
    assert award is not None and award.letters_sent_on is None


def test_the_bidders_own_reference_is_quoted_as_your_reference_only_when_known(
    page: AwardsPage,
    dialogs: Dialogs,
    boxes: Boxes,
    db: Database,
    scored: Scored,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ssb_desktop.services.audit import list_entries
    from ssb_desktop.services.bids import get_bid

    with db.transaction() as session:
        bid = get_bid(session, scored.bids["B"])
        save_bid(session, replace(bid, their_reference="BETA/2026/017"))
        awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=SENT, reasons="Best plan."
        )
        logged = [
            entry
            for entry in list_entries(session)
            if entry.table == "bids" and "their_reference" in entry.changes
        ]
    assert logged, "the reference is in the audit log"
    page.reload()
    folder = tmp_path / "letters"
    monkeypatch.setattr(awards_page, "choose_folder", lambda _parent, _start: folder)
    monkeypatch.setattr(awards_page, "open_folder", lambda _folder: None)
    page.make_letters()
    beta = _pdf_text(next(folder.glob("*Beta*.pdf")))
    alfa = _pdf_text(next(folder.glob("*Alfa*.pdf")))
    assert "BETA/2026/017" in beta
    assert "Your reference" in beta or "Uw kenmerk" in beta
    assert "Your reference" not in alfa and "Uw kenmerk" not in alfa

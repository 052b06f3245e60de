"""The Evaluation page as a committee uses it: the committee and declarations, an evaluator
filling the grid by keyboard alone, submit and lock, the consensus with its flags, and the
results with the winner, the chart and the robustness in words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import EvaluatorRecord, LotRecord, ScoreEntry
from ssb_desktop.services import evaluation
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import find_lot
from ssb_desktop.settings import Settings
from ssb_desktop.views import evaluation_page
from ssb_desktop.views.evaluation_page import (
    COMMITTEE_TAB,
    CONSENSUS_TAB,
    RESULTS_TAB,
    SCORING_TAB,
    EvaluationPage,
)
from ssb_desktop.views.evaluator_dialog import EvaluatorDialog
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton
LOT = "SSB-2019/3"  # weighted points, sub-criteria, a price criterion, three bids
EXTERNALS = ("Bea Bakker", "Cor de Vries")


def _lot(db: Database) -> LotRecord:
    with db.transaction() as session:
        return find_lot(session, LOT)


def _committee(db: Database, *, declarations: bool = True) -> dict[str, int]:
    """The acting user and two external evaluators on the lot, declarations signed."""
    lot = _lot(db)
    assert lot.id is not None
    ids: dict[str, int] = {}
    with db.transaction() as session:
        # The demo's committee of this lot has not started: make room for ours.
        for seat in evaluation.list_evaluators(session, lot.id):
            assert seat.id is not None
            evaluation.remove_evaluator(session, seat.id, seat.version)
    with db.transaction() as session:
        for name, user_id, chair in (
            ("Tester", db.actor.user_id, True),
            (EXTERNALS[0], None, False),
            (EXTERNALS[1], None, False),
        ):
            saved = evaluation.save_evaluator(
                session,
                EvaluatorRecord(
                    id=None,
                    lot_id=lot.id,
                    name=name,
                    email=f"{name.split()[0].lower()}@example.nl",
                    user_id=user_id,
                    is_chair=chair,
                ),
            )
            assert saved.id is not None
            ids[name] = saved.id
    if declarations:
        with db.transaction() as session:
            for evaluator_id in ids.values():
                evaluation.sign_declaration(session, evaluator_id)
    return ids


def _fill(db: Database, evaluator_id: int, score: Callable[[int, int], int]) -> None:
    """Enter and submit every score of one evaluator, with motivations."""
    lot = _lot(db)
    assert lot.id is not None
    lot_id = lot.id
    with db.transaction() as session:
        grid = evaluation.scoring_grid(session, lot_id, evaluator_id)
        entries = [
            ScoreEntry(
                bid.bid_id,
                criterion.criterion_id,
                Decimal(score(row, column)),
                f"Motivation {row}-{column}",
            )
            for row, bid in enumerate(grid.bids)
            for column, criterion in enumerate(grid.criteria)
        ]
        evaluation.save_scores(session, evaluator_id, entries)
    with db.transaction() as session:
        evaluation.submit_scores(session, evaluator_id)


def _all_submitted(db: Database, ids: dict[str, int]) -> None:
    # Bid 0 strongest; Cor scores one cell far apart from the others (a spread flag).
    _fill(db, ids["Tester"], lambda row, column: 8 if row == 0 else 6)
    _fill(db, ids[EXTERNALS[0]], lambda row, column: 8 if row == 0 else 4)
    _fill(db, ids[EXTERNALS[1]], lambda row, column: 2 if (row, column) == (1, 0) else 6)


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[EvaluationPage]:
    with db.transaction() as session:
        build_demo(session)
    widget = EvaluationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    yield widget


def _open(page: EvaluationPage, tab: int) -> None:
    page.reload()
    lot = _lot(page.db)
    assert lot.id is not None
    page.choose_lot(lot.id)
    page.tabs.setCurrentIndex(tab)


def test_the_committee_tab_lists_evaluators_notices_and_signs_a_declaration(
    page: EvaluationPage, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _committee(db, declarations=False)
    _open(page, COMMITTEE_TAB)
    committee = page.committee
    assert committee.model.rowCount() == 3
    assert {committee.model.index(r, 6).data() for r in range(3)} == {"Not signed"}
    assert committee.notices.item(0).text() == "No remarks about the committee."
    with db.transaction() as session:
        evaluation.save_evaluator(
            session, EvaluatorRecord(id=None, lot_id=_lot(db).id or 0, name="Extra Lid")
        )
    page.reload()
    warning = committee.notices.item(0)
    assert "3" in warning.text() and "4" in warning.text()
    assert not warning.icon().isNull()

    monkeypatch.setattr(evaluation_page, "ask_declaration", lambda *_a: (False, ""))
    committee.select_id(ids[EXTERNALS[0]])
    committee.sign_action.trigger()

    row = committee.model.index_for_key(ids[EXTERNALS[0]]).row()
    assert committee.model.index(row, 6).data().startswith("Signed ")
    assert committee.declarations.count() == 1
    assert EXTERNALS[0] in committee.declarations.item(0).text()
    assert boxes.texts == []


def test_a_new_evaluator_is_added_through_the_dialog_with_inline_problems(
    page: EvaluationPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _committee(db)
    _open(page, COMMITTEE_TAB)
    seen: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, EvaluatorDialog)
        dialog.email.setText("not an address")
        dialog.save()
        seen.append(dialog.problem("name"))
        seen.append(dialog.problem("email"))
        dialog.name.setText("Dirk Jansen")
        dialog.email.setText("dirk@example.nl")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(evaluation_page, "exec_dialog", fill)
    page.committee.new_action.trigger()

    assert seen == [
        "Fill in the evaluator's name.",
        "This is not an e-mail address (name@example.nl).",
    ]
    names = [page.committee.model.index(r, 0).data() for r in range(4)]
    assert "Dirk Jansen" in names


def test_an_evaluator_fills_the_grid_by_keyboard_alone_and_saves(
    page: EvaluationPage, db: Database, boxes: Boxes
) -> None:
    ids = _committee(db)
    _open(page, SCORING_TAB)
    # The acting user's own seat; a procurement officer could choose another evaluator.
    assert page.scoring.evaluator.currentText() == "Tester"
    view = page.scoring.view
    model = page.scoring.model
    assert model.rowCount() == 3
    columns = model.columnCount() - 1
    assert columns == 6
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))

    # Down each criterion: a digit chooses the value, Enter saves the cell and moves on.
    for column in range(columns):
        for row in range(3):
            assert view.currentIndex().row() == row
            assert view.currentIndex().column() == column
            QTest.keyClick(view, Qt.Key.Key_1 if row == 0 else Qt.Key.Key_6)
            if row == 0:
                QTest.keyClick(view.focusWidget(), Qt.Key.Key_0)
            QTest.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    # The lot requires motivations: "!" marks a score without one, "*" one not saved.
    assert model.index(0, 0).data() == "10 ! *"
    assert model.index(2, columns).data() == "6/6"
    assert "18 changes not saved" in page.scoring.status.text()

    # Tab moves right to the next score cell; Delete clears it.
    view.setCurrentIndex(model.index(1, 0))
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    QTest.keyClick(view, Qt.Key.Key_8)
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    assert model.index(1, 1).data() == "8 ! *"

    # The motivation belongs to the current cell.
    view.setCurrentIndex(model.index(0, 0))
    page.scoring.motivation.setFocus()
    QTest.keyClicks(page.scoring.motivation, "Sterk plan")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert boxes.texts == []
    assert not model.is_dirty()
    with db.transaction() as session:
        grid = evaluation.scoring_grid(session, _lot(db).id or 0, ids["Tester"])
    stored = {(s.bid_id, s.criterion_id): s for s in grid.scores}
    assert len(stored) == 18
    first = stored[(grid.bids[0].bid_id, grid.criteria[0].criterion_id)]
    assert (first.score, first.motivation) == (Decimal(10), "Sterk plan")
    assert stored[(grid.bids[1].bid_id, grid.criteria[1].criterion_id)].score == Decimal(8)
    assert model.index(0, 0).data() == "10"


def test_switching_lot_with_unsaved_scores_asks_first(
    page: EvaluationPage, db: Database, boxes: Boxes
) -> None:
    _committee(db)
    _open(page, SCORING_TAB)
    model = page.scoring.model
    model.setData(model.index(0, 0), Decimal(8))
    boxes.answer = Button.No
    lot_id = page.current_lot()
    page.lot_chooser.setCurrentIndex(0)

    assert "not saved" in boxes.texts[-1]
    assert page.current_lot() == lot_id
    assert model.is_dirty()


def test_submitting_locks_the_grid(page: EvaluationPage, db: Database, boxes: Boxes) -> None:
    ids = _committee(db)
    lot = _lot(db)
    with db.transaction() as session:
        grid = evaluation.scoring_grid(session, lot.id or 0, ids["Tester"])
        evaluation.save_scores(
            session,
            ids["Tester"],
            [
                ScoreEntry(b.bid_id, c.criterion_id, Decimal(6), "Goed genoeg")
                for b in grid.bids
                for c in grid.criteria
            ],
        )
    _open(page, SCORING_TAB)
    scoring = page.scoring
    assert scoring.submit_action.isEnabled()

    scoring.submit_action.trigger()

    assert "locked" in boxes.texts[-1]
    assert scoring.model.read_only()
    assert not scoring.model.flags(scoring.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert scoring.status.text().startswith("Submitted and locked on ")
    assert not scoring.submit_action.isEnabled()
    assert not scoring.motivation.isEnabled()


def test_the_consensus_tab_shows_flags_and_saves_a_consensus(
    page: EvaluationPage, db: Database, boxes: Boxes
) -> None:
    ids = _committee(db)
    _all_submitted(db, ids)
    _open(page, CONSENSUS_TAB)
    consensus = page.consensus
    assert consensus.cells.count() == 18
    # Most disagreement first: the cell where Cor gave 2 against 6 and 4.
    first = consensus.current_cell()
    assert first is not None and first.spread_steps >= 2
    flags = [consensus.cell_flags.item(r).text() for r in range(consensus.cell_flags.count())]
    assert any("step" in text for text in flags)
    assert not consensus.cell_flags.item(0).icon().isNull()
    assert consensus.individual.rowCount() == 3
    names = {consensus.individual.model().index(r, 0).data() for r in range(3)}
    assert names == {"Tester", *EXTERNALS}

    consensus.zoom(1)
    assert consensus.font().pointSizeF() > consensus._base_size

    consensus.score.setFocus()
    QTest.keyClick(consensus.score, Qt.Key.Key_4)
    consensus.motivation.setPlainText("Na bespreking: plan mist uitwerking.")
    assert consensus.is_dirty()
    QTest.keyClick(consensus.cells, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert boxes.texts == []
    with db.transaction() as session:
        overview = evaluation.consensus_overview(session, _lot(db).id or 0)
    stored = next(
        c
        for c in overview.cells
        if (c.bid_id, c.criterion_id) == (first.bid_id, first.criterion_id)
    )
    assert stored.consensus == Decimal(4)
    assert stored.consensus_motivation == "Na bespreking: plan mist uitwerking."
    assert not consensus.is_dirty()
    # The selection went on to the next cell that has no consensus yet.
    following = consensus.current_cell()
    assert following is not None
    assert (following.bid_id, following.criterion_id) != (first.bid_id, first.criterion_id)
    assert following.consensus is None
    rows = [consensus.overview.cells[r] for r in range(consensus.cells.count())]  # type: ignore[union-attr]
    saved_row = next(
        r
        for r, c in enumerate(rows)
        if (c.bid_id, c.criterion_id) == (first.bid_id, first.criterion_id)
    )
    assert consensus.cells.currentRow() == next(
        r for r in range(saved_row + 1, len(rows)) if rows[r].consensus is None
    )


def test_the_results_tab_shows_the_winner_the_chart_and_the_robustness(
    page: EvaluationPage, db: Database, boxes: Boxes
) -> None:
    ids = _committee(db)
    _all_submitted(db, ids)
    lot = _lot(db)
    with db.transaction() as session:
        overview = evaluation.consensus_overview(session, lot.id or 0)
        for cell in overview.cells:
            scores = [s for _n, s, _m in cell.individual if s is not None]
            middle = sorted(scores)[1]
            evaluation.set_consensus(session, cell.bid_id, cell.criterion_id, middle, "Besproken")
    _open(page, RESULTS_TAB)
    results = page.results
    assert results.results is not None
    winner = results.results.result.winner
    assert winner is not None
    label = results.results.bid_labels[int(winner)]
    assert f"Winner: {label}" in results.summary.text()
    assert results.model.rowCount() == 3
    assert results.model.index(0, 0).data() == "1"
    assert results.model.index(0, 1).data() == label
    assert results.robustness.text().startswith("The winner changes if")

    description = results.chart.describe()
    assert description.splitlines()[0].startswith(label)
    image = results.chart.grab()
    assert not image.isNull() and image.width() > 100

    results.adopt_action.trigger()
    assert "has been recorded" in boxes.texts[-1]


def test_a_meeting_is_saved_and_its_minutes_written_as_pdf(
    page: EvaluationPage,
    db: Database,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ids = _committee(db)
    _all_submitted(db, ids)
    _open(page, CONSENSUS_TAB)
    consensus = page.consensus
    # The committee is proposed as present.
    assert consensus.present.toPlainText().splitlines() == sorted(["Tester", *EXTERNALS])
    consensus.decisions.setPlainText("Consensus op alle criteria bereikt.")
    assert consensus.is_dirty()
    target = tmp_path / "notulen.pdf"
    monkeypatch.setattr(evaluation_page, "choose_minutes_path", lambda *_a: str(target))

    consensus.minutes_button.click()

    assert not consensus.is_dirty()
    with db.transaction() as session:
        meetings = evaluation.list_meetings(session, _lot(db).id or 0)
    assert [m.decisions for m in meetings] == ["Consensus op alle criteria bereikt."]
    assert target.read_bytes().startswith(b"%PDF")
    assert "notulen.pdf" in boxes.texts[-1]


def test_the_minutes_are_printed_in_the_text_staff_edited(
    page: EvaluationPage,
    db: Database,
    boxes: Boxes,
    printed_pages: Callable[[], list[str]],
) -> None:
    from ssb_desktop.letter_templates import DEFAULT_TEMPLATES
    from ssb_desktop.records import LetterKind
    from ssb_desktop.services.house_style import save_template

    with db.transaction() as session:
        save_template(
            session,
            LetterKind.MINUTES,
            "Vergadering van {gehouden_op} over {perceel}.\n\n"
            + DEFAULT_TEMPLATES[LetterKind.MINUTES].split("\n\n", 1)[1],
            None,
        )
    ids = _committee(db)
    _all_submitted(db, ids)
    _open(page, CONSENSUS_TAB)
    consensus = page.consensus
    consensus.decisions.setPlainText("Consensus op alle criteria bereikt.")
    consensus.print_minutes_button.click()

    assert not consensus.is_dirty()  # the meeting was saved first
    text = " ".join(printed_pages())
    assert "Vergadering van" in text
    assert "Consensus op alle criteria bereikt." in text
    for name in EXTERNALS:
        assert name in text
    assert "page 1 of" in text or "pagina 1 van" in text


def test_a_tie_for_first_place_is_decided_by_a_recorded_drawing_of_lots(
    page: EvaluationPage, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from ssb_desktop.db.tables import Bid
    from ssb_desktop.views.tie_break_dialog import TieBreakDialog

    ids = _committee(db)
    _all_submitted(db, ids)
    lot = _lot(db)
    with db.transaction() as session:
        for bid in session.scalars(select(Bid).where(Bid.lot_id == lot.id)):
            bid.price_total = Decimal(2_500_000)
        overview = evaluation.consensus_overview(session, lot.id or 0)
        for cell in overview.cells:
            evaluation.set_consensus(session, cell.bid_id, cell.criterion_id, Decimal(6), "Gelijk")
    _open(page, RESULTS_TAB)
    results = page.results
    assert "Tied at rank 1" in results.summary.text()
    assert "There is no single winner." in results.summary.text()
    assert results.draw_action.isEnabled()
    dialogs: list[TieBreakDialog] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, TieBreakDialog)
        dialogs.append(dialog)
        dialog.first.setCurrentIndex(1)
        dialog.save()  # without a witness: refused next to the field
        assert "witness" in dialog.problem("witness")
        dialog.witness.setText("Notaris Smit")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(evaluation_page, "exec_dialog", fill)
    results.draw_action.trigger()

    chosen = dialogs[0].first.itemText(1)
    summary = results.summary.text()
    assert f"Winner: {chosen}, by the drawing of lots." in summary
    assert "witnessed by Notaris Smit" in summary
    assert results.results is not None and results.results.winner is not None


def test_printing_the_results_tab_prints_the_ranking_the_chart_and_the_robustness(
    page: EvaluationPage,
    db: Database,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess

    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ssb_desktop.views import printing

    ids = _committee(db)
    _all_submitted(db, ids)
    lot = _lot(db)
    with db.transaction() as session:
        overview = evaluation.consensus_overview(session, lot.id or 0)
        for cell in overview.cells:
            scores = [s for _n, s, _m in cell.individual if s is not None]
            evaluation.set_consensus(
                session, cell.bid_id, cell.criterion_id, sorted(scores)[1], "Besproken"
            )
    _open(page, RESULTS_TAB)
    target = tmp_path / "resultaat.pdf"
    painted: list[int] = []

    def to_pdf(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        painted.append(1)
        return 1

    monkeypatch.setattr(printing, "run_preview", to_pdf)

    assert page.print_page("Beoordeling")

    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert painted == [1]
    assert page.results.summary.text().split("\n")[0].split()[0] in text
    assert "Robustness" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) >= 3  # header lines and the chart


def test_a_tie_for_first_place_is_flagged_on_the_results_tab_and_lots_drawn_by_keyboard(
    qtbot: QtBot,
    page: EvaluationPage,
    db: Database,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import select

    from ssb_desktop.db.tables import Bid
    from ssb_desktop.views.tie_break_dialog import TieBreakDialog

    ids = _committee(db)
    _all_submitted(db, ids)
    lot = _lot(db)
    with db.transaction() as session:
        for bid in session.scalars(select(Bid).where(Bid.lot_id == lot.id)):
            bid.price_total = Decimal(2_500_000)
        overview = evaluation.consensus_overview(session, lot.id or 0)
        for cell in overview.cells:
            evaluation.set_consensus(session, cell.bid_id, cell.criterion_id, Decimal(6), "Gelijk")
    _open(page, RESULTS_TAB)
    results = page.results
    notice = results.tie_notice
    assert notice.isVisibleTo(page)
    assert notice.text().startswith("⚠ Tie for first place: ")
    assert "Record the drawing of lots" in notice.text()
    chosen: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, TieBreakDialog)
        dialog.first.setCurrentIndex(1)
        chosen.append(dialog.first.itemText(1))
        dialog.witness.setText("Notaris Smit")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(evaluation_page, "exec_dialog", fill)
    results.table.setFocus()
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        results.table,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert chosen
    assert notice.isVisibleTo(page)
    assert f"the recorded drawing of lots put {chosen[0]} first" in notice.text()


def test_the_grid_marks_scores_without_a_motivation_and_submit_names_them_before_asking(
    qtbot: QtBot, page: EvaluationPage, db: Database, boxes: Boxes
) -> None:
    from ssb_desktop.db.tables import Lot

    ids = _committee(db)
    lot = _lot(db)
    with db.transaction() as session:
        row = session.get(Lot, lot.id)
        assert row is not None
        row.motivation_required = True
        grid = evaluation.scoring_grid(session, lot.id or 0, ids["Tester"])
        evaluation.save_scores(
            session,
            ids["Tester"],
            [
                ScoreEntry(b.bid_id, c.criterion_id, Decimal(6), "" if number else "Goed")
                for number, (b, c) in enumerate((b, c) for b in grid.bids for c in grid.criteria)
            ],
        )
    _open(page, SCORING_TAB)
    scoring = page.scoring
    model = scoring.model
    assert model.index(0, 0).data() == "6"
    assert model.index(0, 1).data() == "6 !"
    assert "No motivation yet" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)

    scoring.view.setCurrentIndex(model.index(2, 2))
    scoring.view.setFocus()
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        scoring.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )

    # One message, the refusal that names what is missing; no "are you sure?" before it.
    assert len(boxes.texts) == 1
    assert "requires a motivation for every score; 17 are still missing" in boxes.texts[0]
    assert (scoring.view.currentIndex().row(), scoring.view.currentIndex().column()) == (0, 1)
    assert not model.read_only()

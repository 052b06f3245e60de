"""What the evaluators read is Dutch: the declaration they sign and the scoring grid."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssb_desktop.db.database import Database
from ssb_desktop.i18n import install_translators
from ssb_desktop.services import evaluation
from ssb_desktop.views import evaluation_page
from ssb_desktop.views.evaluation_page import COMMITTEE_TAB, SCORING_TAB, EvaluationPage
from tests.gui.conftest import Boxes
from tests.gui.test_evaluation_page import EXTERNALS, _committee, _open, page  # noqa: F401
from tests.unit.test_translations import english_in


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "nl") == "nl"
    yield
    install_translators(qapp, "en")


@pytest.mark.usefixtures("dutch")
def test_the_declaration_to_sign_is_shown_in_dutch(
    page: EvaluationPage,  # noqa: F811
    db: Database,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _committee(db, declarations=False)
    _open(page, COMMITTEE_TAB)
    shown: list[str] = []

    def ask(_parent: object, _name: str, text: str) -> tuple[bool, str]:
        shown.append(text)
        return False, ""

    monkeypatch.setattr(evaluation_page, "ask_declaration", ask)
    page.committee.select_id(ids[EXTERNALS[0]])
    page.committee.sign_action.trigger()

    assert len(shown) == 1
    assert shown[0] != evaluation.declaration_text()
    assert "belangenconflict" in shown[0].lower() or "belangen" in shown[0].lower()
    assert english_in(shown[0]) == []


@pytest.mark.usefixtures("dutch")
def test_the_scoring_grid_speaks_dutch(
    page: EvaluationPage,  # noqa: F811
    db: Database,
    boxes: Boxes,
) -> None:
    _committee(db)
    _open(page, SCORING_TAB)
    model = page.scoring.model
    last = model.columnCount() - 1
    horizontal = Qt.Orientation.Horizontal

    assert model.headerData(last, horizontal) == "Gescoord"
    tooltip = model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Gewicht:" in tooltip and "punten" in tooltip
    assert model.index(0, last).data(Qt.ItemDataRole.ToolTipRole) == "0 van 6 criteria gescoord"
    model.setData(model.index(0, 0), 8)
    assert page.scoring.status.text().count("1 wijziging niet opgeslagen") == 1
    texts = [
        model.headerData(last, horizontal),
        tooltip,
        model.index(0, last).data(Qt.ItemDataRole.ToolTipRole),
        page.scoring.status.text(),
    ]
    assert english_in(" ".join(texts)) == []

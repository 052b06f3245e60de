"""The letter texts tab: staff edit a letter's text with a live preview of the real letter;
a text that drops what the law requires is refused under the editor; back to default."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.documents.letter import long_date
from ssb_desktop.letter_templates import DEFAULT_TEMPLATES, template_text
from ssb_desktop.records import LetterKind
from ssb_desktop.services.house_style import get_house_style
from ssb_desktop.services.users import os_account
from ssb_desktop.startup import open_database
from ssb_desktop.views.letter_templates_tab import LetterTemplatesTab
from tests.gui.conftest import Boxes

OTHER = LetterKind.AWARD_OTHER


@pytest.fixture
def demo_db(tmp_path: Path) -> object:
    # Written without cli.main, which would install the Dutch catalogue for later tests.
    from ssb_desktop.cli import write_demo

    path = tmp_path / "demo.sqlite3"
    write_demo(path)
    database = open_database(path, account=os_account())
    yield database
    database.dispose()


@pytest.fixture
def tab(qtbot: QtBot, demo_db: object) -> LetterTemplatesTab:
    widget = LetterTemplatesTab(demo_db)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.reload()
    widget.kind.setCurrentIndex(widget.kind.findData(OTHER.value))
    return widget


def test_the_preview_shows_the_real_letter_and_follows_the_text(tab: LetterTemplatesTab) -> None:
    # The losing bidders of the demo's awarded lots: lot 1 of 2019 and the running tender.
    assert [tab.example.itemText(i) for i in range(tab.example.count())] == [
        "SSB-2019/1 B – Stichting Jeugdhaven",
        "SSB-2026/1 B – Stichting Jeugdhaven",
    ]
    # The last day of the standstill period, written out in the letter's language.
    assert long_date(date(2020, 3, 23)) in tab.preview.toPlainText()

    tab.text.setPlainText(
        tab.text.toPlainText().replace("De gemeente is voornemens", "Het college is voornemens")
    )
    assert tab.update_preview()

    assert "Het college is voornemens perceel SSB-2019/1" in tab.preview.toPlainText()


def test_a_text_without_the_standstill_day_is_refused_under_the_editor(
    tab: LetterTemplatesTab, demo_db: object, boxes: Boxes
) -> None:
    tab.text.setPlainText(
        DEFAULT_TEMPLATES[OTHER].replace("{laatste_dag_opschortende_termijn}", "binnenkort")
    )
    assert not tab.update_preview()
    assert "{laatste_dag_opschortende_termijn}" in tab.problem()

    assert not tab.save()

    with demo_db.transaction() as session:  # type: ignore[attr-defined]
        assert get_house_style(session).templates == ()


def test_a_saved_text_is_used_and_back_to_default_restores_it(
    tab: LetterTemplatesTab, demo_db: object, boxes: Boxes
) -> None:
    edited = DEFAULT_TEMPLATES[OTHER].replace("De gemeente is", "Het college is")
    tab.text.setPlainText(edited)
    assert tab.save()
    with demo_db.transaction() as session:  # type: ignore[attr-defined]
        assert template_text(get_house_style(session), OTHER) == edited

    boxes.answer = QMessageBox.StandardButton.Yes
    assert tab.back_to_default()

    assert tab.text.toPlainText() == DEFAULT_TEMPLATES[OTHER]
    with demo_db.transaction() as session:  # type: ignore[attr-defined]
        assert template_text(get_house_style(session), OTHER) == DEFAULT_TEMPLATES[OTHER]


def test_switching_letter_with_unsaved_changes_asks_first(
    tab: LetterTemplatesTab, boxes: Boxes
) -> None:
    tab.text.setPlainText(tab.text.toPlainText() + "\n\nNog een zin.")
    boxes.answer = QMessageBox.StandardButton.No

    tab.kind.setCurrentIndex(tab.kind.findData(LetterKind.SUBSIDY_GRANT.value))

    assert "Discard your changes" in boxes.texts[-1]
    assert tab.current_kind() is OTHER
    assert tab.text.toPlainText().endswith("Nog een zin.")

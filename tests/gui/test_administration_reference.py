"""Themes, European thresholds and the procurement rules on the Administration page, as an
administrator edits them: a new theme reaches the lot form, a theme in use cannot be deleted,
an overlapping threshold is refused under its date, the standstill length is saved for all."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import LotRecord, ProcedureType, ProcurementRecord
from ssb_desktop.services import deadlines
from ssb_desktop.services.procurement import save_lot, save_procurement, threshold_on
from ssb_desktop.services.reference import list_themes
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages, reference_tabs
from ssb_desktop.views.administration_page import AdministrationPage
from ssb_desktop.views.reference_tabs import EndThresholdDialog, ThemeDialog, ThresholdDialog

Fill = Callable[[QDialog], None]


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> AdministrationPage:
    widget = AdministrationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.reload()
    return widget


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        texts.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "_exec", answer)
    return texts


def _fill_and_save(monkeypatch: pytest.MonkeyPatch, fill: Fill) -> list[str]:
    """The next form is filled and saved; returns its problem texts while it stays open."""
    problems: list[str] = []

    def run(dialog: QDialog) -> int:
        dialog.show()
        fill(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():
            assert isinstance(dialog, ThemeDialog | ThresholdDialog | EndThresholdDialog)
            problems.extend(
                text for field in dialog._problems.labels if (text := dialog.problem(field))
            )
            dialog.done(QDialog.DialogCode.Rejected)
        return dialog.result()

    monkeypatch.setattr(reference_tabs, "run_dialog", run)
    return problems


def test_a_new_theme_is_added_and_offered_for_lots(
    page: AdministrationPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ThemeDialog)
        dialog.name.setText("Sociaal makelschap")

    _fill_and_save(monkeypatch, fill)
    saved = page.themes.add()
    assert saved is not None and saved.name == "Sociaal makelschap"
    names = [page.themes.model.index(row, 0).data() for row in range(page.themes.model.rowCount())]
    assert "Sociaal makelschap" in names
    with db.transaction() as session:
        assert "Sociaal makelschap" in dict(list_themes(session, active_only=True)).values()


def test_a_theme_in_use_can_only_be_archived(
    page: AdministrationPage, db: Database, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    with db.transaction() as session:
        theme_id = list_themes(session)[0][0]
        procurement = save_procurement(
            session,
            ProcurementRecord(None, "SSB-2031", "Ronde", ProcedureType.NATIONAL, Decimal(0)),
        )
        assert procurement.id is not None
        save_lot(session, LotRecord(id=None, procurement_id=procurement.id, theme_id=theme_id))
    page.reload()
    page.themes.select(theme_id)
    assert not page.themes.delete_button.isEnabled()

    def archive(dialog: QDialog) -> None:
        assert isinstance(dialog, ThemeDialog)
        dialog.active.setChecked(False)

    _fill_and_save(monkeypatch, archive)
    saved = page.themes.edit()
    assert saved is not None and not saved.active and saved.lot_count == 1
    with db.transaction() as session:
        assert theme_id not in dict(list_themes(session, active_only=True))


def test_an_overlapping_threshold_is_refused_under_its_date(
    page: AdministrationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ThresholdDialog)
        dialog.category.setCurrentIndex(dialog.category.findData("services_local"))
        dialog.valid_from.set_value(date(2027, 1, 1))
        dialog.amount.setText("230.000,00")

    problems = _fill_and_save(monkeypatch, fill)
    assert page.thresholds.add() is None
    assert problems == [
        "The period 01-01-2027 – … overlaps the threshold of € 216.000,00 valid "
        "01-01-2026 – 31-12-2027. End that one on 31-12-2026 first, the day before this one "
        "starts."
    ]


def test_a_threshold_period_is_ended_on_a_day_and_then_the_next_one_fits(
    page: AdministrationPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.thresholds
    current = next(
        r
        for r in tab.model.rows()
        if r.category == "services_local" and r.valid_from == date(2026, 1, 1)
    )
    tab.select(current.id)
    assert tab.end_button.isEnabled()

    def too_early(dialog: QDialog) -> None:
        assert isinstance(dialog, EndThresholdDialog)
        dialog.valid_until.set_value(date(2025, 12, 31))

    problems = _fill_and_save(monkeypatch, too_early)
    assert tab.end() is None
    assert problems == ["The period cannot end on 31-12-2025: it starts on 01-01-2026."]

    def end(dialog: QDialog) -> None:
        assert isinstance(dialog, EndThresholdDialog)
        dialog.valid_until.set_value(date(2026, 12, 31))

    _fill_and_save(monkeypatch, end)
    ended = tab.end()
    assert ended is not None and ended.valid_until == date(2026, 12, 31)
    assert tab.selected() == ended

    def add_next(dialog: QDialog) -> None:
        assert isinstance(dialog, ThresholdDialog)
        dialog.category.setCurrentIndex(dialog.category.findData("services_local"))
        dialog.valid_from.set_value(date(2027, 1, 1))
        dialog.amount.setText("230.000,00")

    _fill_and_save(monkeypatch, add_next)
    added = tab.add()
    assert added is not None and added.amount == Decimal("230000")
    with db.transaction() as session:
        assert threshold_on(session, "services_local", date(2027, 6, 1)) == added
        assert threshold_on(session, "services_local", date(2026, 6, 1)) == ended


def test_the_standstill_length_is_saved_for_everyone(
    page: AdministrationPage, db: Database, shown: list[str]
) -> None:
    tab = page.rule_settings
    assert (tab.standstill_days.value(), tab.notice_months.value()) == (20, 6)
    tab.standstill_days.setValue(25)
    saved = tab.save()
    assert saved is not None and saved.standstill_days == 25
    with db.transaction() as session:
        assert deadlines.standstill_days_of(session) == 25

"""The house style tab of the Administration page: a team fills in the letterhead and the
signatories once; a bad logo is refused under the field and the old one stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import LetterKind
from ssb_desktop.services.demo import demo_logo
from ssb_desktop.services.house_style import get_house_style
from ssb_desktop.views import house_style_tab
from ssb_desktop.views.house_style_tab import HouseStyleTab


@pytest.fixture
def tab(qtbot: QtBot, db: Database) -> HouseStyleTab:
    widget = HouseStyleTab(db)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.reload()
    return widget


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(house_style_tab, "choose_logo_file", lambda _parent: path)


def test_the_letterhead_and_a_signatory_are_saved_for_the_whole_team(
    tab: HouseStyleTab, qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = tmp_path / "wapen.png"
    logo.write_bytes(demo_logo())
    _choose(monkeypatch, logo)
    tab.municipality.setText("Gemeente Leiden")
    tab.postal_address.setPlainText("Postbus 9100\n2300 PC Leiden")
    tab.choose_logo_button.click()
    assert not tab.logo_preview.pixmap().isNull()
    row = list(LetterKind).index(LetterKind.AWARD_OTHER)
    name, mandate = tab.signatories.item(row, 0), tab.signatories.item(row, 2)
    assert name is not None and mandate is not None
    name.setText("drs. A.M. de Vries")
    mandate.setText("namens het college van burgemeester en wethouders")

    tab.save_button.click()

    with db.transaction() as session:
        style = get_house_style(session)
    assert style.municipality == "Gemeente Leiden"
    assert style.postal_address == "Postbus 9100\n2300 PC Leiden"
    assert style.logo == demo_logo()
    assert style.signatory(LetterKind.AWARD_OTHER).name == "drs. A.M. de Vries"
    assert style.signatory(LetterKind.AWARD_OTHER).mandate.startswith("namens het college")


def test_a_file_that_is_not_an_image_is_refused_under_the_logo(
    tab: HouseStyleTab, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "wapen.png"
    good.write_bytes(demo_logo())
    _choose(monkeypatch, good)
    assert tab.choose_logo()
    bad = tmp_path / "brief.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n but damaged after the signature")
    _choose(monkeypatch, bad)

    assert not tab.choose_logo()

    assert "brief.png is geen afbeelding" in tab.problem("logo") or (
        "brief.png is not an image" in tab.problem("logo")
    )
    assert tab.edited().logo == demo_logo()


def test_a_50_mb_logo_is_refused_under_the_logo(
    tab: HouseStyleTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "poster.png"
    with huge.open("wb") as file:
        file.write(demo_logo())
        file.truncate(50 * 1024 * 1024)
    _choose(monkeypatch, huge)

    assert not tab.choose_logo()

    assert "50,0 MB" in tab.problem("logo")
    assert tab.edited().logo == b""


def test_saving_without_a_municipality_is_refused_under_the_field(
    tab: HouseStyleTab, qtbot: QtBot, db: Database
) -> None:
    tab.save_button.click()

    assert tab.problem("municipality")
    with db.transaction() as session:
        assert get_house_style(session).version is None

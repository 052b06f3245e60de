"""Staff edit the text of each kind of letter; a text that drops what the law requires, or
uses a placeholder the letter does not know, is refused; "terug naar standaard" restores it."""

from __future__ import annotations

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ConflictError, ValidationError
from ssb_desktop.letter_templates import (
    DEFAULT_TEMPLATES,
    check_template,
    paragraphs,
    template_text,
)
from ssb_desktop.records import LetterKind
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.house_style import get_house_style, reset_template, save_template

OTHER = LetterKind.AWARD_OTHER


def test_every_default_template_passes_its_own_check() -> None:
    for kind, text in DEFAULT_TEMPLATES.items():
        assert check_template(kind, text) == text


def test_an_unknown_placeholder_is_refused_naming_it() -> None:
    text = DEFAULT_TEMPLATES[OTHER] + "\n\nMet dank aan {contactpersoon}."
    with pytest.raises(ValidationError) as refused:
        check_template(OTHER, text)
    assert "{contactpersoon}, which this letter does not know" in refused.value.english()
    assert "{winnaar}" in refused.value.english()  # the known ones are listed


@pytest.mark.parametrize(
    ("kind", "dropped"),
    [
        (OTHER, "{winnaar}"),
        (OTHER, "{laatste_dag_opschortende_termijn}"),
        (OTHER, "{scoretabel}"),
        (OTHER, "{motiveringen}"),
        (OTHER, "{rangorde}"),
        (OTHER, "{redenen}"),
        (LetterKind.SUBSIDY_REFUSAL, "{laatste_dag_bezwaar}"),
        (LetterKind.SUBSIDY_SETTLEMENT, "{laatste_dag_bezwaar}"),
        (LetterKind.SUBSIDY_REMINDER, "{verantwoording_uiterlijk}"),
        (LetterKind.SUBSIDY_REMINDER, "{verantwoording_stukken}"),
        (LetterKind.MINUTES, "{consensusscores}"),
        (LetterKind.MINUTES, "{aanwezigen}"),
        (LetterKind.MINUTES, "{gehouden_op}"),
    ],
)
def test_a_template_that_drops_a_legally_required_placeholder_is_refused(
    kind: LetterKind, dropped: str
) -> None:
    text = DEFAULT_TEMPLATES[kind].replace(dropped, "")
    with pytest.raises(ValidationError) as refused:
        check_template(kind, text)
    assert f"lacks {dropped}" in refused.value.english()


def test_a_table_placeholder_inside_a_sentence_and_a_stray_brace_are_refused() -> None:
    inside = DEFAULT_TEMPLATES[OTHER].replace("{scoretabel}", "Zie {scoretabel} hieronder.")
    with pytest.raises(ValidationError) as refused:
        check_template(OTHER, inside)
    assert "put it alone in a paragraph" in refused.value.english()
    with pytest.raises(ValidationError) as brace:
        check_template(OTHER, DEFAULT_TEMPLATES[OTHER] + "\n\nEen accolade { alleen")
    assert "brace" in brace.value.english()


def test_paragraphs_headings_and_blocks_are_recognised() -> None:
    found = paragraphs("# Kop\nTekst onder de kop\n\n{scoretabel}\n\nGewoon {winnaar}.")
    assert [(p.heading, p.text, p.block) for p in found] == [
        (True, "Kop", ""),
        (False, "Tekst onder de kop", ""),
        (False, "{scoretabel}", "scoretabel"),
        (False, "Gewoon {winnaar}.", ""),
    ]


def test_an_edited_template_is_shared_audited_and_restored_to_the_default(
    db: Database,
) -> None:
    edited = DEFAULT_TEMPLATES[OTHER].replace(
        "De gemeente is voornemens", "Het college van Leiden is voornemens"
    )
    with db.transaction() as session:
        saved = save_template(session, OTHER, edited, None)
    with db.transaction() as session:
        style = get_house_style(session)
    assert template_text(style, OTHER).startswith("Het college van Leiden is voornemens")
    assert (
        template_text(style, LetterKind.AWARD_WINNER) == DEFAULT_TEMPLATES[LetterKind.AWARD_WINNER]
    )
    with db.transaction() as session, pytest.raises(ConflictError):
        save_template(session, OTHER, edited + "\n\nNog iets.", None)
    with db.transaction() as session:
        reset_template(session, OTHER, saved.version)
    with db.transaction() as session:
        assert template_text(get_house_style(session), OTHER) == DEFAULT_TEMPLATES[OTHER]
        entries = list_entries(session, AuditFilter(table="letter_templates"))
    assert len(entries) == 2  # the edit and the way back, both with old and new text


def test_a_refused_template_leaves_the_stored_one_as_it_was(db: Database) -> None:
    with db.transaction() as session, pytest.raises(ValidationError):
        save_template(session, OTHER, "Alleen {winnaar}.", None)
    with db.transaction() as session:
        assert get_house_style(session).templates == ()

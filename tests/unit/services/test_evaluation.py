"""The evaluation of a lot at service level: committee, blindness, scores, consensus, results."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import select

from ssb_desktop.db.database import Actor, Database
from ssb_desktop.db.tables import (
    Bid,
    BidMember,
    ConsensusScore,
    Contact,
    Criterion,
    Lot,
    Organisation,
    Procurement,
    ResultRecord,
    Scale,
    ScaleValue,
    TieBreak,
)
from ssb_desktop.errors import ConflictError, PermissionDeniedError, ValidationError
from ssb_desktop.formatting import local_today
from ssb_desktop.records import (
    AwardMethod,
    BidStatus,
    ConsortiumRole,
    EvaluatorRecord,
    MeetingRecord,
    ProcedureType,
    Role,
    ScoreEntry,
)
from ssb_desktop.services import evaluation as ev
from ssb_desktop.services import scoring
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.users import identify, save_user

SCALE = (0, 2, 4, 6, 8, 10)
D2, D6, D8 = Decimal(2), Decimal(6), Decimal(8)


@dataclass
class Setting:
    """One lot (weighted points: 80 quality, 20 relative price) with three bids, ids only."""

    db: Database
    admin: Actor
    lot: int
    bids: dict[str, int]
    criteria: dict[str, int]
    seats: dict[str, int]

    def act(self, account: str) -> None:
        with self.db.transaction() as session:
            self.db.actor = identify(session, account)

    def as_admin(self) -> None:
        self.db.actor = self.admin


def _build(db: Database, *, use_average: bool = False, anonymised: bool = False) -> Setting:
    admin = db.actor
    with db.transaction() as session:
        for account, role in (
            ("anna", Role.EVALUATOR),
            ("bert", Role.EVALUATOR),
            ("chris", Role.EVALUATOR),
            ("olga", Role.PROCUREMENT_OFFICER),
        ):
            save_user(
                session,
                user_id=None,
                account=account,
                display_name=account.title(),
                email=f"{account}@gemeente.example",
                roles=frozenset({role}),
            )
        scale = Scale(
            name="even",
            values=[ScaleValue(value=Decimal(v), descriptor=f"level {v}") for v in SCALE],
        )
        procurement = Procurement(
            reference="EV-1",
            title="Welzijn",
            procedure_type=ProcedureType.LIGHT_REGIME,
            estimated_value=Decimal(1_000_000),
        )
        lot = Lot(
            number=1,
            title="Opgroeien",
            award_method=AwardMethod.WEIGHTED_POINTS,
            price_max_points=Decimal(20),
            budget=Decimal(1_000_000),
            evaluator_count=3,
            use_average=use_average,
            anonymised=anonymised,
        )
        procurement.lots.append(lot)
        session.add_all([scale, procurement])
        lot.criteria.extend(
            [
                Criterion(code="K1", title="Reach", weight=Decimal(60), scale=scale, position=0),
                Criterion(code="K2", title="Quality", weight=Decimal(40), scale=scale, position=1),
            ]
        )
        organisations = [
            Organisation(
                name=name,
                contacts=[Contact(name=contact, email=f"{contact.split()[0].lower()}@org.example")],
            )
            for name, contact in (
                ("Stichting Alfa", "Piet Alfa"),
                ("Stichting Beta", "Bert Jansen"),
                ("Stichting Gamma", "Gert Gamma"),
            )
        ]
        session.add_all(organisations)
        session.flush()
        for code, organisation, price, status in (
            ("A", organisations[0], Decimal(400_000), BidStatus.VALID),
            ("B", organisations[1], Decimal(800_000), BidStatus.VALID),
            ("C", organisations[2], Decimal(900_000), BidStatus.WITHDRAWN),
        ):
            lot.bids.append(
                Bid(
                    code=code,
                    received_at=datetime(2026, 3, 1, tzinfo=UTC),
                    price_total=price,
                    status=status,
                    members=[BidMember(organisation_id=organisation.id, role=ConsortiumRole.LEAD)],
                )
            )
        session.flush()
        users = {
            account: identify(session, account).user_id for account in ("anna", "bert", "chris")
        }
        seats = {}
        for name, account, chair in (
            ("Anna de Vries", "anna", True),
            ("Bert Jansen", "bert", False),
            ("Chris Bakker", "chris", False),
        ):
            seat = ev.save_evaluator(
                session,
                EvaluatorRecord(
                    id=None, lot_id=lot.id, name=name, user_id=users[account], is_chair=chair
                ),
            )
            assert seat.id is not None
            seats[account] = seat.id
        setting = Setting(
            db=db,
            admin=admin,
            lot=lot.id,
            bids={bid.code: bid.id for bid in lot.bids},
            criteria={criterion.code: criterion.id for criterion in lot.criteria},
            seats=seats,
        )
    return setting


@pytest.fixture
def setting(db: Database) -> Setting:
    return _build(db)


def _sign(setting: Setting, account: str, **kwargs: object) -> None:
    setting.act(account)
    with setting.db.transaction() as session:
        ev.sign_declaration(session, setting.seats[account], **kwargs)  # type: ignore[arg-type]


def _score(
    setting: Setting,
    account: str,
    scores: dict[tuple[str, str], int],
    *,
    submit: bool = True,
    motivation: str = "Because.",
) -> None:
    setting.act(account)
    with setting.db.transaction() as session:
        ev.save_scores(
            session,
            setting.seats[account],
            [
                ScoreEntry(setting.bids[bid], setting.criteria[code], Decimal(value), motivation)
                for (bid, code), value in scores.items()
            ],
        )
        if submit:
            ev.submit_scores(session, setting.seats[account])


def _all(a1: int, a2: int, b1: int, b2: int) -> dict[tuple[str, str], int]:
    return {("A", "K1"): a1, ("A", "K2"): a2, ("B", "K1"): b1, ("B", "K2"): b2}


def _everyone_scored(setting: Setting) -> None:
    for account, scores in (
        ("anna", _all(8, 6, 6, 6)),
        ("bert", _all(8, 6, 2, 6)),
        ("chris", _all(8, 8, 6, 6)),
    ):
        _sign(setting, account)
        _score(setting, account, scores)


# --- committee --------------------------------------------------------------------------------


def test_a_committee_member_needs_a_name_and_a_valid_email(setting: Setting) -> None:
    setting.as_admin()
    with setting.db.transaction() as session:
        with pytest.raises(ValidationError) as empty:
            ev.save_evaluator(session, EvaluatorRecord(id=None, lot_id=setting.lot, name="  "))
        assert empty.value.field == "name"
        with pytest.raises(ValidationError) as email:
            ev.save_evaluator(
                session, EvaluatorRecord(id=None, lot_id=setting.lot, name="X", email="x@")
            )
        assert email.value.field == "email"
        with pytest.raises(ValidationError, match="already on the committee"):
            ev.save_evaluator(
                session, EvaluatorRecord(id=None, lot_id=setting.lot, name="anna de vries")
            )


def test_committee_notices_count_chair_and_contacts_of_bidders(setting: Setting) -> None:
    setting.as_admin()
    with setting.db.transaction() as session:
        notices = [notice.english() for notice in ev.committee_notices(session, setting.lot)]
        # Bert Jansen is also the contact person of Stichting Beta, which bids.
        assert any("Bert Jansen" in n and "Stichting Beta" in n for n in notices)
        assert not any("promise" in n for n in notices)
        assert not any("no chair" in n for n in notices)
        extern = ev.save_evaluator(
            session,
            EvaluatorRecord(
                id=None, lot_id=setting.lot, name="Dora Extern", email="piet@org.example"
            ),
        )
        anna = next(r for r in ev.list_evaluators(session, setting.lot) if r.is_chair)
        ev.save_evaluator(session, replace(anna, is_chair=False))
        notices = [notice.english() for notice in ev.committee_notices(session, setting.lot)]
    assert any("promise 3 evaluators, but the committee has 4" in n for n in notices)
    assert any("no chair" in n for n in notices)
    # Matched by e-mail address: the contact of Stichting Alfa.
    assert any("Dora Extern" in n and "Stichting Alfa" in n for n in notices)
    assert extern.account == "" and extern.user_id is None


def test_a_member_with_a_declaration_cannot_be_removed(setting: Setting) -> None:
    _sign(setting, "chris")
    setting.as_admin()
    with setting.db.transaction() as session:
        chris = next(r for r in ev.list_evaluators(session, setting.lot) if r.name.startswith("C"))
        assert chris.id is not None
        with pytest.raises(ValidationError, match="must stay on record"):
            ev.remove_evaluator(session, chris.id, chris.version)
        extern = ev.save_evaluator(
            session, EvaluatorRecord(id=None, lot_id=setting.lot, name="Dora Extern")
        )
        assert extern.id is not None
        ev.remove_evaluator(session, extern.id, extern.version)
        assert [r.name for r in ev.list_evaluators(session, setting.lot)] == [
            "Anna de Vries",
            "Bert Jansen",
            "Chris Bakker",
        ]


def test_an_evaluator_cannot_manage_the_committee(setting: Setting) -> None:
    setting.act("bert")
    with setting.db.transaction() as session, pytest.raises(PermissionDeniedError):
        ev.save_evaluator(session, EvaluatorRecord(id=None, lot_id=setting.lot, name="Mallory"))


# --- declarations and blindness ---------------------------------------------------------------


def test_no_bid_is_shown_before_the_declaration_is_signed(setting: Setting) -> None:
    setting.act("anna")
    with setting.db.transaction() as session, pytest.raises(PermissionDeniedError) as refused:
        ev.scoring_grid(session, setting.lot)
    assert "declaration" in str(refused.value)


def test_a_declared_conflict_keeps_the_bids_hidden_and_earlier_declarations_stay(
    setting: Setting,
) -> None:
    _sign(setting, "bert")
    with pytest.raises(ValidationError, match="Describe the conflict"):
        _sign(setting, "bert", has_conflict=True)
    _sign(setting, "bert", has_conflict=True, statement="I work for Stichting Beta.")
    with setting.db.transaction() as session:
        declarations = ev.list_declarations(session, setting.lot)
        assert [d.has_conflict for d in declarations] == [False, True]
        assert {d.signed_by for d in declarations} == {"bert"}
        assert declarations[0].text_version == ev.DECLARATION_VERSION
        me = ev.my_evaluator(session, setting.lot)
        assert me is not None and not me.may_see_bids
        with pytest.raises(PermissionDeniedError, match="conflict of interest"):
            ev.scoring_grid(session, setting.lot)


def test_the_grid_hides_prices_from_quality_evaluators(setting: Setting) -> None:
    _sign(setting, "anna")
    with setting.db.transaction() as session:
        grid = ev.scoring_grid(session, setting.lot)
    assert grid.prices_hidden
    assert [b.price for b in grid.bids] == [None, None, None]
    assert [b.label for b in grid.bids] == [
        "A – Stichting Alfa",
        "B – Stichting Beta",
        "C – Stichting Gamma",
    ]
    assert [b.withdrawn for b in grid.bids] == [False, False, True]
    assert [c.code for c in grid.criteria] == ["K1", "K2"]
    # 80 quality points (20 go to price) split 60/40.
    assert [c.weight for c in grid.criteria] == [Decimal(48), Decimal(32)]
    assert [v.value for v in grid.criteria[0].scale] == [Decimal(v) for v in SCALE]
    assert grid.evaluator.expected == 4 and grid.evaluator.scored == 0
    setting.as_admin()
    with setting.db.transaction() as session:
        anna = ev.list_evaluators(session, setting.lot)[0]
        ev.save_evaluator(session, replace(anna, sees_prices=True))
    setting.act("anna")
    with setting.db.transaction() as session:
        grid = ev.scoring_grid(session, setting.lot)
    assert grid.bids[0].price == Decimal(400_000) and not grid.prices_hidden


def test_the_grid_shows_codes_only_in_anonymised_mode(db: Database) -> None:
    setting = _build(db, anonymised=True)
    _sign(setting, "anna")
    with setting.db.transaction() as session:
        grid = ev.scoring_grid(session, setting.lot)
    assert [b.label for b in grid.bids] == ["A", "B", "C"]


def test_an_evaluator_sees_only_his_own_scores_until_he_submits(setting: Setting) -> None:
    _sign(setting, "anna")
    _score(setting, "anna", _all(8, 6, 6, 6))
    _sign(setting, "bert")
    _score(setting, "bert", {("A", "K1"): 4}, submit=False)
    with setting.db.transaction() as session:
        mine = ev.individual_scores(session, setting.lot)
        assert {s.evaluator_id for s in mine} == {setting.seats["bert"]}
        with pytest.raises(PermissionDeniedError, match="after you have submitted"):
            ev.consensus_overview(session, setting.lot)
    setting.act("anna")
    with setting.db.transaction() as session:
        everyone = ev.individual_scores(session, setting.lot)
    assert {s.evaluator_id for s in everyone} == {setting.seats["anna"], setting.seats["bert"]}


def test_an_evaluator_cannot_enter_or_see_someone_elses_grid(setting: Setting) -> None:
    _sign(setting, "anna")
    setting.act("bert")
    with setting.db.transaction() as session:
        with pytest.raises(PermissionDeniedError):
            ev.scoring_grid(session, setting.lot, setting.seats["anna"])
        with pytest.raises(PermissionDeniedError):
            ev.save_scores(
                session,
                setting.seats["anna"],
                [ScoreEntry(setting.bids["A"], setting.criteria["K1"], Decimal(2))],
            )


def test_an_officer_enters_the_scores_of_an_external_evaluator_only(setting: Setting) -> None:
    setting.as_admin()
    with setting.db.transaction() as session:
        extern = ev.save_evaluator(
            session, EvaluatorRecord(id=None, lot_id=setting.lot, name="Dora Extern")
        )
    assert extern.id is not None
    setting.act("olga")
    with setting.db.transaction() as session:
        ev.sign_declaration(session, extern.id)
        saved = ev.save_scores(
            session,
            extern.id,
            [ScoreEntry(setting.bids["A"], setting.criteria["K1"], Decimal(6), "Paper form")],
            source="excel:a-very-long-file-name.xlsx",
        )
        assert saved[0].source == "excel:a-very-long-file-name.xlsx"
        with pytest.raises(PermissionDeniedError, match="has an account"):
            ev.save_scores(
                session,
                setting.seats["anna"],
                [ScoreEntry(setting.bids["A"], setting.criteria["K1"], Decimal(6))],
            )
        declarations = ev.list_declarations(session, setting.lot)
    # Recorded from paper by the officer, and stored as such.
    assert declarations[-1].signed_by == ("Dora Extern (papieren verklaring, vastgelegd door olga)")


# --- saving and submitting --------------------------------------------------------------------


def test_a_score_off_the_scale_is_refused_naming_the_allowed_values(setting: Setting) -> None:
    _sign(setting, "anna")
    with pytest.raises(ValidationError) as refused:
        _score(setting, "anna", {("A", "K1"): 6, ("A", "K2"): 5}, submit=False)
    message = str(refused.value)
    assert "5" in message and "A" in message and "K2 Quality" in message
    assert "0, 2, 4, 6, 8, 10" in message
    # All or nothing: the valid first entry was not saved either.
    with setting.db.transaction() as session:
        assert ev.individual_scores(session, setting.lot) == []


def test_a_withdrawn_bid_cannot_be_scored(setting: Setting) -> None:
    _sign(setting, "anna")
    with pytest.raises(ValidationError, match="withdrawn or excluded"):
        _score(setting, "anna", {("C", "K1"): 6}, submit=False)


def test_a_stale_score_is_a_conflict_and_a_cleared_score_disappears(setting: Setting) -> None:
    _sign(setting, "anna")
    cell = (setting.bids["A"], setting.criteria["K1"])
    with setting.db.transaction() as session:
        first = ev.save_scores(session, setting.seats["anna"], [ScoreEntry(*cell, Decimal(4))])[0]
        assert first.version == 1
        second = ev.save_scores(
            session, setting.seats["anna"], [ScoreEntry(*cell, Decimal(6), "", first.version)]
        )[0]
        assert second.version == 2 and second.score == Decimal(6)
        with pytest.raises(ConflictError):
            ev.save_scores(session, setting.seats["anna"], [ScoreEntry(*cell, Decimal(8), "", 1)])
        ev.save_scores(session, setting.seats["anna"], [ScoreEntry(*cell, None, "", 2)])
        assert ev.individual_scores(session, setting.lot) == []


def test_submitting_lists_what_is_missing_and_then_locks(setting: Setting) -> None:
    _sign(setting, "anna")
    with pytest.raises(ValidationError) as missing:
        _score(setting, "anna", {("A", "K1"): 6, ("A", "K2"): 6, ("B", "K1"): 6})
    assert "B × K2 Quality" in str(missing.value)
    assert "A × K1" not in str(missing.value)
    with pytest.raises(ValidationError) as unmotivated:
        _score(setting, "anna", _all(6, 6, 6, 6), motivation="")
    assert "motivation" in str(unmotivated.value)
    _score(setting, "anna", _all(6, 6, 6, 6))
    with setting.db.transaction() as session:
        me = ev.my_evaluator(session, setting.lot)
        assert me is not None and me.submitted_at is not None
        assert me.scored == me.expected == 4
        assert ev.scoring_grid(session, setting.lot).submitted
    with pytest.raises(ValidationError, match="already submitted"):
        _score(setting, "anna", {("A", "K1"): 8}, submit=False)


# --- consensus --------------------------------------------------------------------------------


def test_consensus_waits_for_every_evaluator_and_needs_a_motivation(setting: Setting) -> None:
    _sign(setting, "anna")
    _score(setting, "anna", _all(8, 6, 6, 6))
    with (
        setting.db.transaction() as session,
        pytest.raises(ValidationError, match="Bert Jansen, Chris Bakker"),
    ):
        ev.set_consensus(
            session, setting.bids["A"], setting.criteria["K1"], Decimal(8), "Good reach"
        )
    for account, scores in (("bert", _all(8, 6, 2, 6)), ("chris", _all(8, 8, 6, 6))):
        _sign(setting, account)
        _score(setting, account, scores)
    setting.act("anna")
    with setting.db.transaction() as session:
        with pytest.raises(ValidationError, match="Write the motivation"):
            ev.set_consensus(session, setting.bids["A"], setting.criteria["K1"], Decimal(8), " ")
        with pytest.raises(ValidationError, match="not on its scale"):
            ev.set_consensus(session, setting.bids["A"], setting.criteria["K1"], Decimal(7), "x")


def test_the_overview_sorts_by_disagreement_and_flags_it(setting: Setting) -> None:
    _everyone_scored(setting)
    setting.act("olga")
    with setting.db.transaction() as session:
        overview = ev.consensus_overview(session, setting.lot)
    first = overview.cells[0]
    # B on K1: 6, 2, 6 -> two steps apart, the most disagreement.
    assert (first.bid_label, first.criterion_title) == ("B – Stichting Beta", "K1 Reach")
    assert first.spread_steps == 2
    assert [s for _name, s, _m in first.individual] == [Decimal(6), Decimal(2), Decimal(6)]
    assert first.mean == Decimal("4.67")
    assert any("2 steps" in flag.english() for flag in first.flags)
    same = next(
        c for c in overview.cells if c.bid_label.startswith("A") and c.criterion_title == "K1 Reach"
    )
    assert any("same score" in flag.english() for flag in same.flags)
    assert [c.spread_steps for c in overview.cells] == [2, 1, 0, 0]
    assert not overview.complete and overview.missing == ()


def test_an_evaluator_consistently_higher_is_flagged(setting: Setting) -> None:
    for account, scores in (
        ("anna", _all(4, 4, 2, 4)),
        ("bert", _all(4, 2, 4, 4)),
        ("chris", _all(8, 8, 8, 8)),
    ):
        _sign(setting, account)
        _score(setting, account, scores)
    setting.act("olga")
    with setting.db.transaction() as session:
        flags = [f.english() for f in ev.consensus_overview(session, setting.lot).evaluator_flags]
    assert "Chris Bakker scores consistently higher" in flags[0]
    # 8 for every bid on both criteria while the others differ: a flat-liner as well; and
    # Anna (4 and 4 on K2) and Bert (4 and 4 on K1) each level one criterion.
    assert [flag.split(",")[0] for flag in flags[1:]] == [
        "Anna de Vries gave every bid the same score on K2 Quality",
        "Bert Jansen gave every bid the same score on K1 Reach",
        "Chris Bakker gave every bid the same score on every criterion",
    ]


def test_a_flat_liner_on_one_criterion_is_flagged_for_that_criterion(setting: Setting) -> None:
    for account, scores in (
        ("anna", _all(6, 4, 6, 8)),  # K1: 6 and 6 for A and B
        ("bert", _all(8, 6, 4, 8)),
        ("chris", _all(6, 8, 4, 4)),
    ):
        _sign(setting, account)
        _score(setting, account, scores)
    setting.act("olga")
    with setting.db.transaction() as session:
        flags = [f.english() for f in ev.consensus_overview(session, setting.lot).evaluator_flags]
    assert flags == [
        "Anna de Vries gave every bid the same score on K1 Reach, while the other evaluators' "
        "scores differ."
    ]


def test_nobody_is_a_flat_liner_when_every_evaluator_gives_the_bids_the_same_score(
    setting: Setting,
) -> None:
    for account, scores in (
        ("anna", _all(6, 4, 6, 8)),
        ("bert", _all(8, 6, 8, 4)),
        ("chris", _all(4, 8, 4, 6)),
    ):
        _sign(setting, account)
        _score(setting, account, scores)
    setting.act("olga")
    with setting.db.transaction() as session:
        flags = [f.english() for f in ev.consensus_overview(session, setting.lot).evaluator_flags]
    assert not any("same score" in flag for flag in flags)


def test_two_evaluators_identical_on_every_cell_are_flagged(setting: Setting) -> None:
    for account, scores in (
        ("anna", _all(8, 6, 4, 8)),
        ("bert", _all(8, 6, 4, 8)),
        ("chris", _all(6, 8, 4, 4)),
    ):
        _sign(setting, account)
        _score(setting, account, scores)
    setting.act("olga")
    with setting.db.transaction() as session:
        flags = [f.english() for f in ev.consensus_overview(session, setting.lot).evaluator_flags]
    assert flags == [
        "Anna de Vries and Bert Jansen gave identical scores everywhere; check that they "
        "scored independently."
    ]


def test_the_agreement_per_criterion_rests_on_the_cells_scored(setting: Setting) -> None:
    from ssb_desktop.services.agreement import ordinal_alpha

    _everyone_scored(setting)  # K1: A 8/8/8, B 6/2/6; K2: A 6/6/8, B 6/6/6
    setting.act("olga")
    with setting.db.transaction() as session:
        overview = ev.consensus_overview(session, setting.lot)
    order = [Decimal(v) for v in SCALE]
    by_title = {item.criterion_title: item for item in overview.agreement}
    reach, quality = by_title["K1 Reach"], by_title["K2 Quality"]
    assert (reach.cells, reach.scores, quality.cells, quality.scores) == (2, 6, 2, 6)
    expected = ordinal_alpha([[D8, D8, D8], [D6, D2, D6]], order).value
    assert expected is not None and reach.alpha == round(Decimal(float(expected)), 3)
    assert quality.alpha is not None and quality.alpha < reach.alpha


def test_a_consensus_score_is_audited_and_versioned(setting: Setting) -> None:
    _everyone_scored(setting)
    setting.act("anna")  # the chair
    with setting.db.transaction() as session:
        cell = ev.set_consensus(
            session, setting.bids["B"], setting.criteria["K1"], Decimal(6), "Bert agreed."
        )
        assert cell.consensus == Decimal(6) and cell.consensus_version == 1
        with pytest.raises(ConflictError):
            ev.set_consensus(
                session, setting.bids["B"], setting.criteria["K1"], Decimal(4), "Again", 0
            )
        entries = list_entries(session, AuditFilter(table="consensus_scores"))
    assert len(entries) == 1
    assert entries[0].user == "anna"
    assert "Bert agreed." in json.dumps(entries[0].changes)


def test_an_evaluator_who_is_not_chair_cannot_set_the_consensus(setting: Setting) -> None:
    _everyone_scored(setting)
    setting.act("bert")
    with setting.db.transaction() as session, pytest.raises(PermissionDeniedError):
        ev.set_consensus(session, setting.bids["B"], setting.criteria["K1"], Decimal(6), "x")


def test_averages_are_adopted_only_when_the_lot_says_so(db: Database) -> None:
    setting = _build(db, use_average=True)
    _everyone_scored(setting)
    setting.act("olga")
    with setting.db.transaction() as session:
        assert ev.adopt_averages(session, setting.lot) == 4
        assert ev.adopt_averages(session, setting.lot) == 0
        overview = ev.consensus_overview(session, setting.lot)
    cell = next(
        c for c in overview.cells if c.bid_label.startswith("B") and c.criterion_title == "K1 Reach"
    )
    assert cell.consensus == Decimal("4.67")
    assert cell.consensus_motivation.startswith("Average of the individual scores: 4,67")
    assert "Bert Jansen (2): Because." in cell.consensus_motivation
    assert overview.complete
    with setting.db.transaction() as session:
        row = session.scalars(
            select(ConsensusScore).where(
                ConsensusScore.bid_id == setting.bids["B"],
                ConsensusScore.criterion_id == setting.criteria["K1"],
            )
        ).one()
        # The exact mean is kept: 6 + 2 + 6 over 3, which the ranking uses (not 4.67).
        assert row.score == Decimal("4.67")
        assert (row.average_sum, row.average_count) == (Decimal(14), 3)
        assert ev.exact_consensus(row.score, row.average_sum, row.average_count) == Fraction(14, 3)
        results = ev.lot_results(session, setting.lot, with_robustness=False)
    # K1 gives B 4.8 points per unit of score: 4.8 x 14/3 = 22.4 exactly, where the rounded
    # 4.67 would give 22.416; the total is 51.6, not 51.616.
    assert results.result.bid(setting.bids["B"]).exact_total == Fraction(258, 5)


def test_an_average_ranks_exactly_where_its_rounded_figure_would_tie() -> None:
    # Bid A's consensus is the average of 8, 8 and 6 (22/3, shown as 7,33); the committee set
    # bid B's at 7,33. On the rounded figures they tie and lots would be drawn; exactly, A wins.
    criteria = [scoring.CriterionInput("K1", None, Decimal(100), Decimal(10))]
    settings = scoring.LotSettings(
        award_method=AwardMethod.FIXED_PRICE_QUALITY, budget=Decimal(1000)
    )
    bids = [
        scoring.BidInput("A", "A", Decimal(900)),
        scoring.BidInput("B", "B", Decimal(900)),
    ]
    shown = Decimal("7.33")
    exact = {
        ("A", "K1"): ev.exact_consensus(shown, Decimal(22), 3),
        ("B", "K1"): ev.exact_consensus(shown, None, None),
    }
    rounded = {("A", "K1"): shown, ("B", "K1"): shown}

    assert scoring.evaluate(settings, criteria, bids, rounded).ties
    result = scoring.evaluate(settings, criteria, bids, exact)
    assert (result.winner, result.ties) == ("A", ())
    assert result.bid("A").exact_total == Fraction(220, 3)  # 100 x (22/3) / 10


def test_averages_are_refused_when_the_committee_decides(setting: Setting) -> None:
    setting.as_admin()
    with setting.db.transaction() as session, pytest.raises(ValidationError, match="average"):
        ev.adopt_averages(session, setting.lot)


# --- results, meetings, minutes ---------------------------------------------------------------


def _agree(setting: Setting, scores: dict[tuple[str, str], int]) -> None:
    setting.act("olga")
    with setting.db.transaction() as session:
        for (bid, code), value in scores.items():
            ev.set_consensus(
                session, setting.bids[bid], setting.criteria[code], Decimal(value), "Agreed."
            )


def test_results_name_every_missing_consensus_score(setting: Setting) -> None:
    _everyone_scored(setting)
    _agree(setting, {("A", "K1"): 8})
    with setting.db.transaction() as session, pytest.raises(ValidationError) as missing:
        ev.lot_results(session, setting.lot)
    message = str(missing.value)
    assert "3 are missing" in message
    assert "A × K2 Quality" in message and "B × K1 Reach" in message
    assert "C ×" not in message  # withdrawn


def test_results_rank_the_bids_and_are_adopted(setting: Setting) -> None:
    _everyone_scored(setting)
    _agree(setting, {("A", "K1"): 8, ("A", "K2"): 6, ("B", "K1"): 6, ("B", "K2"): 6})
    with setting.db.transaction() as session:
        results = ev.lot_results(session, setting.lot)
        result_id = ev.adopt_results(session, setting.lot)
        stored = session.get(ResultRecord, result_id)
        assert stored is not None
        ranking = json.loads(stored.ranking)
    a, b = setting.bids["A"], setting.bids["B"]
    # A: 48 x 8/10 + 32 x 6/10 + 20 = 77.6; B: 28.8 + 19.2 + 20 x 400/800 = 58.
    assert results.result.bid(a).total == Decimal("77.60")
    assert results.result.bid(b).total == Decimal("58.0000")
    assert results.result.winner == a
    assert results.robustness is not None and results.robustness.winner == a
    assert results.bid_labels[a] == "A – Stichting Alfa"
    assert [c.code for c in results.main_criteria] == ["K1", "K2"]
    assert ranking["winner"] == a and ranking["dropout_rule"] == "recompute"
    assert [row["code"] for row in ranking["bids"]][:2] == ["A", "B"]


def test_bids_a_cent_apart_rank_apart_with_the_same_figures_on_every_path(
    setting: Setting,
) -> None:
    """DOMAIN 4: EUR 1,000,000.00 beats 1,000,000.50 with the same quality; the results, the
    adopted ranking and the results workbook show the same rounded totals and ranks."""
    from ssb_desktop.formatting import format_points
    from ssb_desktop.services import dossier

    setting.as_admin()
    with setting.db.transaction() as session:
        for code, price in (("A", "1000000.50"), ("B", "1000000.00")):
            bid = session.get(Bid, setting.bids[code])
            assert bid is not None
            bid.price_total = Decimal(price)
    _everyone_scored(setting)
    _agree(setting, {("A", "K1"): 6, ("A", "K2"): 6, ("B", "K1"): 6, ("B", "K2"): 6})
    a, b = setting.bids["A"], setting.bids["B"]
    with setting.db.transaction() as session:
        results = ev.lot_results(session, setting.lot)
        data, _same = dossier.results_data(session, setting.lot)
        stored = session.get(ResultRecord, ev.adopt_results(session, setting.lot))
        assert stored is not None
        adopted = json.loads(stored.ranking)
    result = results.result
    assert result.winner == b and result.ranking[:2] == (b, a)
    assert result.ties == () and result.resolved_ties == ()
    assert format_points(result.bid(a).total) == format_points(result.bid(b).total) == "68,00"
    assert (result.bid(b).rank, result.bid(a).rank) == (1, 2)
    program = {bid.bid_id: (bid.program_total, bid.program_rank) for bid in data.bids}
    assert program[a] == (Decimal("68.00"), 2) and program[b] == (Decimal("68.00"), 1)
    assert [(row["bid_id"], row["rank"], row["total"]) for row in adopted["bids"][:2]] == [
        (b, 1, "68.00"),
        (a, 2, "68.00"),
    ]


def test_a_meeting_gives_minutes_with_the_consensus(setting: Setting) -> None:
    _everyone_scored(setting)
    _agree(setting, {("B", "K1"): 6})
    with setting.db.transaction() as session:
        with pytest.raises(ValidationError, match="present"):
            ev.save_meeting(
                session,
                MeetingRecord(None, setting.lot, datetime(2026, 4, 1, 10), " \n ", ""),
            )
        meeting = ev.save_meeting(
            session,
            MeetingRecord(
                None,
                setting.lot,
                datetime(2026, 4, 1, 10),
                "Anna de Vries\n Bert Jansen\n\nChris Bakker",
                "B on K1: 6.",
            ),
        )
        assert meeting.id is not None
        assert meeting.held_at == datetime(2026, 4, 1, 8, tzinfo=UTC)  # 10:00 in summer time
        assert ev.list_meetings(session, setting.lot) == [meeting]
        minutes = ev.write_minutes(session, meeting.id)
    assert minutes.present == ("Anna de Vries", "Bert Jansen", "Chris Bakker")
    assert minutes.lot_label == "EV-1/1"
    assert [(r.bid_label, r.criterion, r.score) for r in minutes.rows] == [
        ("B – Stichting Beta", "K1 Reach", Decimal(6))
    ]


def test_a_drawing_of_lots_needs_a_witness(setting: Setting) -> None:
    setting.act("olga")
    with setting.db.transaction() as session:
        with pytest.raises(ValidationError, match="witness"):
            ev.record_tie_break(
                session,
                setting.lot,
                method="lots",
                witness="",
                outcome="A",
                decided_on=local_today(),
            )
        ev.record_tie_break(
            session,
            setting.lot,
            method="lots",
            witness="Notaris Smit",
            outcome="A first",
            decided_on=date(2026, 4, 2),
        )
        rows = list(session.scalars(select(TieBreak)))
    assert [(r.method, r.witness, r.decided_on) for r in rows] == [
        ("lots", "Notaris Smit", date(2026, 4, 2))
    ]


def test_an_evaluator_scores_again_after_the_scores_were_set_aside(setting: Setting) -> None:
    from ssb_desktop.services.criteria import invalidate_scores

    _sign(setting, "anna")
    _score(setting, "anna", _all(8, 6, 4, 6))
    setting.as_admin()
    with setting.db.transaction() as session:
        invalidate_scores(session, setting.lot, "Weging gecorrigeerd na nota van inlichtingen")

    _score(setting, "anna", _all(6, 6, 4, 4))

    setting.act("anna")
    with setting.db.transaction() as session:
        grid = ev.scoring_grid(session, setting.lot)
    assert grid.submitted
    assert sorted(score.score for score in grid.scores if score.score is not None) == [
        Decimal(4),
        Decimal(4),
        Decimal(6),
        Decimal(6),
    ]


def test_a_drawing_of_lots_decides_a_tie_for_first_place_and_the_award_follows_it(
    setting: Setting,
) -> None:
    from ssb_desktop.services import awards

    setting.as_admin()
    with setting.db.transaction() as session:
        bid_b = session.get(Bid, setting.bids["B"])
        assert bid_b is not None
        bid_b.price_total = Decimal(400_000)  # the same price as A
    _everyone_scored(setting)
    _agree(setting, _all(6, 6, 6, 6))
    a, b = setting.bids["A"], setting.bids["B"]
    setting.act("olga")
    with setting.db.transaction() as session:
        tied = ev.lot_results(session, setting.lot, with_robustness=False)
        assert tied.winner is None and [tie.bid_keys for tie in tied.result.ties] == [(a, b)]
        with pytest.raises(ValidationError, match="shares the first place"):
            awards.provisional_award(
                session, setting.lot, b, sent_on=date(2026, 4, 3), reasons="Sterk plan."
            )
        with pytest.raises(ValidationError, match="not a bid of this lot"):
            ev.record_tie_break(
                session,
                setting.lot,
                method="lots",
                witness="Notaris Smit",
                outcome="B eerst",
                decided_on=date(2026, 4, 2),
                first_bid_id=-1,
            )
        ev.record_tie_break(
            session,
            setting.lot,
            method="lots",
            witness="Notaris Smit",
            outcome="B eerst",
            decided_on=date(2026, 4, 2),
            first_bid_id=b,
        )

    with setting.db.transaction() as session:
        drawn = ev.lot_results(session, setting.lot, with_robustness=False)
        assert drawn.winner == b
        assert [r.first_bid_id for r in ev.list_tie_breaks(session, setting.lot)] == [b]
        with pytest.raises(ValidationError, match="not first"):
            awards.provisional_award(
                session, setting.lot, a, sent_on=date(2026, 4, 3), reasons="Sterk plan."
            )
        award = awards.provisional_award(
            session, setting.lot, b, sent_on=date(2026, 4, 3), reasons="Sterk plan."
        )
    assert award.bid_id == b

"""A fictional demo database shaped like Leiden's programme: organisations and a procurement
with three lots whose settings, criteria and bids show every rule of the work on screen."""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Bid,
    BidDocument,
    BidMember,
    ConsensusMeeting,
    ConsensusScore,
    Contact,
    Criterion,
    Declaration,
    District,
    Evaluator,
    IndividualScore,
    Lot,
    LotExtensionOption,
    Organisation,
    Procurement,
    Scale,
    ScaleValue,
    Theme,
)
from ssb_desktop.records import (
    AwardMethod,
    BidStatus,
    ConsortiumRole,
    DropoutRule,
    HouseStyleRecord,
    LetterKind,
    LetterSignatory,
    OrganisationKind,
    PriceFormula,
    ProcedureType,
)
from ssb_desktop.services.blindness import bid_prices
from ssb_desktop.services.evaluation import DECLARATION_VERSION
from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidies.rules import Step

PROFESSIONALS = (
    "Stichting Opgroeikracht Sleutelstad",
    "Stichting Wijkwerk Rijnland",
    "Coöperatie Samen Meedoen Leiden",
    "Stichting Basisnet Zuid-Holland",
    "Stichting De Brugwachter",
    "Stichting Jeugdhaven",
    "Vereniging Mantelzorgpunt Rijnstreek",
    "Stichting Taalbrug",
    "Stichting Buurtkracht Holland",
    "Stichting Meerstroom Welzijn",
)
_VOLUNTEER_KINDS = ("Buurtvereniging", "Stichting Vrienden van", "Vereniging", "Vrijwilligersgroep")
_VOLUNTEER_TOPICS = (
    "Taalcafé",
    "Repair Café",
    "Buurtmaaltijd",
    "Huiswerkklas",
    "Wandelclub",
    "Speeltuin",
    "Ouderensoos",
    "Moestuin",
    "Kledingbank",
    "Zomerspelen",
)
_STREETS = (
    "Breestraat",
    "Haarlemmerstraat",
    "Hoflaan",
    "Kooilaan",
    "Morsweg",
    "Boerhaavelaan",
    "Lammenschansweg",
    "Merenwijkselaan",
    "Stevensbloem",
    "Vijf Meilaan",
)
_PEOPLE = (
    "A. de Boer",
    "B. Yilmaz",
    "C. Janssen",
    "D. Bakker",
    "E. El Idrissi",
    "F. Visser",
    "G. Smit",
    "H. van Dijk",
    "I. Mulder",
    "J. Meijer",
)
_BANKS = ("ABNA", "INGB", "RABO", "SNSB", "TRIO")
SCALE_DESCRIPTORS = (
    (0, "Geen antwoord of volledig onvoldoende"),
    (2, "Onvoldoende: de aanpak sluit nauwelijks aan"),
    (4, "Matig: op onderdelen aannemelijk"),
    (6, "Voldoende: sluit aan, weinig onderscheidend"),
    (8, "Goed: overtuigend en concreet"),
    (10, "Uitstekend: overtuigend, concreet en vernieuwend"),
)
CRITERIA = (
    (
        "K1",
        "Visie en aanpak",
        Decimal("40"),
        "Hoe draagt het voorstel bij aan de doelen van het thema, per wijk uitgewerkt?",
    ),
    (
        "K2",
        "Samenwerking met vrijwilligers en partners",
        Decimal("30"),
        "Hoe verbindt de inschrijver zich met vrijwilligersorganisaties en het netwerk in de wijk?",
    ),
    (
        "K3",
        "Kwaliteit, monitoring en verantwoording",
        Decimal("20"),
        "Hoe worden resultaten gemeten, geborgd en verantwoord?",
    ),
    (
        "K4",
        "Continuïteit en overgang",
        Decimal("10"),
        "Hoe wordt de overgang van lopende activiteiten geregeld?",
    ),
)

# Lot 3 (weighted points) scores price as a criterion and splits K1 into sub-criteria whose
# weights sum to 100 % under it; the main criteria, price included, sum to 100 % too.
PRICE_CRITERION = ("P", "Prijs", Decimal("20"), "Relatief: laagste geldige prijs krijgt 20 punten.")
WEIGHTED_CRITERIA = (
    ("K1", Decimal("30")),
    ("K2", Decimal("25")),
    ("K3", Decimal("15")),
    ("K4", Decimal("10")),
)
SUB_CRITERIA = (
    (
        "K1.1",
        "Aanpak per district",
        Decimal("50"),
        "Hoe is de aanpak per district uitgewerkt, met doelen die te volgen zijn?",
    ),
    (
        "K1.2",
        "Bereik van kwetsbare inwoners",
        Decimal("30"),
        "Hoe bereikt de inschrijver inwoners die zelf niet om hulp vragen?",
    ),
    (
        "K1.3",
        "Vernieuwing",
        Decimal("20"),
        "Welke nieuwe werkwijzen worden beproefd, en hoe wordt ervan geleerd?",
    ),
)
# Document references (a file share of the fictional municipality) per (lot number, bid code).
_SHARE = "\\\\fileserver.example\\inkoop\\SSB-2019"
BID_DOCUMENTS = {
    (1, "A"): ("Plan van aanpak.pdf", "Begroting.xlsx"),
    (2, "B"): ("Plan van aanpak.pdf", "Begroting.xlsx", "Samenwerkingsovereenkomst.pdf"),
    (3, "A"): ("Plan van aanpak.pdf", "Samenwerkingsovereenkomst.pdf"),
}
# Bid B on lot 1 came in after the deadline and was accepted for a recorded reason.
LATE_BID = (1, "B")
LATE_RECEIVED = datetime(2019, 10, 1, 10, 7, tzinfo=UTC)
LATE_REASON = (
    "Om 12:07 ontvangen door een storing van het aanbestedingsplatform, die het platform "
    "schriftelijk heeft bevestigd; daarom aanvaard."
)


def _iban(rng: random.Random) -> str:
    bank = rng.choice(_BANKS)
    account = f"{rng.randrange(10**9, 10**10):010d}"
    digits = "".join(str(int(char, 36)) for char in f"{bank}{account}NL00")
    return f"NL{98 - int(digits) % 97:02d}{bank}{account}"


def _rsin(rng: random.Random) -> str:
    while True:
        first = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(first, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10:
            return "".join(map(str, first)) + str(last)


def _postcode(rng: random.Random) -> str:
    return f"23{rng.randrange(1, 34):02d} {rng.choice('ABCDEGHJKLMN')}{rng.choice('ABCDEGHJKLMN')}"


def build_demo(session: Session, *, next_cycle: bool = False) -> None:
    """Fill an empty, seeded database with fictional data; with ``next_cycle`` also the
    contract's performance record and the next cycle placed around today's date (what
    ``ssb-desktop demo`` and ``--demo`` write). Without it the data keep the seeds' fixed
    dates, which tests build on."""
    rng = random.Random(2019)
    districts = list(session.scalars(select(District).order_by(District.number)))
    themes = {theme.name: theme for theme in session.scalars(select(Theme))}
    used_kvk: set[str] = set()

    def kvk() -> str:
        while True:
            number = f"{rng.randrange(10**6, 10**8):08d}"
            if number not in used_kvk:
                used_kvk.add(number)
                return number

    professionals = []
    for index, name in enumerate(PROFESSIONALS):
        slug = name.split()[-1].lower().replace("ö", "o")
        org = Organisation(
            name=name,
            kind=OrganisationKind.PROFESSIONAL,
            kvk=kvk(),
            rsin=_rsin(rng),
            iban=_iban(rng),
            street=f"{rng.choice(_STREETS)} {rng.randrange(1, 250)}",
            postcode=_postcode(rng),
            city="Leiden",
            email=f"info@{slug}.example",
            phone=f"071-5{rng.randrange(100000, 999999)}",
            website=f"https://{slug}.example",
            districts=rng.sample(districts, rng.randrange(2, 6)),
            contacts=[
                Contact(name=_PEOPLE[index], email=f"contact@{slug}.example", role="Directeur")
            ],
        )
        professionals.append(org)
    volunteers = []
    for index in range(30):
        kind = _VOLUNTEER_KINDS[index % len(_VOLUNTEER_KINDS)]
        topic = _VOLUNTEER_TOPICS[index % len(_VOLUNTEER_TOPICS)]
        district = districts[index % len(districts)]
        name = f"{kind} {topic} {district.name}"
        volunteers.append(
            Organisation(
                name=name,
                kind=OrganisationKind.VOLUNTEER,
                # Some small volunteer groups are not registered: the dashboard flags them.
                kvk=None if index % 7 == 3 else kvk(),
                iban=_iban(rng),
                street=f"{rng.choice(_STREETS)} {rng.randrange(1, 250)}",
                postcode=_postcode(rng),
                city="Leiden",
                districts=[district],
                contacts=[
                    Contact(name=rng.choice(_PEOPLE), phone=f"06-{rng.randrange(10**7, 10**8)}")
                ],
            )
        )
    session.add_all([*professionals, *volunteers])

    scale = Scale(
        name="0-2-4-6-8-10",
        description="Zes stappen, even getallen",
        values=[ScaleValue(value=Decimal(v), descriptor=d) for v, d in SCALE_DESCRIPTORS],
    )
    session.add(scale)
    procurement = Procurement(
        reference="SSB-2019",
        title="Sterke Sociale Basis: drie kernopdrachten welzijn",
        procedure_type=ProcedureType.LIGHT_REGIME,
        estimated_value=Decimal("36000000.00"),
        publication_date=date(2019, 7, 8),
        questions_deadline=date(2019, 8, 30),
        submission_deadline=datetime(2019, 10, 1, 10, 0, tzinfo=UTC),
        planned_award_date=date(2020, 1, 20),
        planned_contract_start=date(2020, 4, 1),
    )
    session.add(procurement)
    # What the tender documents promised differs per lot: lot 1 scores quality only against a
    # fixed budget by consensus; lot 2 too, but anonymised and by four evaluators; lot 3 weighs
    # price (relative, at most 20 points) against quality and freezes the ranking on a drop-out.
    lot_settings: tuple[tuple[str, Decimal, dict[str, object], tuple[int, ...]], ...] = (
        ("Opgroeien", Decimal("3000000.00"), {}, (24,)),
        ("Samen Meedoen", Decimal("2500000.00"), {"evaluator_count": 4, "anonymised": True}, (24,)),
        (
            "Basiskracht",
            Decimal("3500000.00"),
            {
                "award_method": AwardMethod.WEIGHTED_POINTS,
                "price_max_points": Decimal("20"),
                "dropout_rule": DropoutRule.FREEZE,
            },
            (12, 12),
        ),
    )
    for number, (theme, budget, settings, extensions) in enumerate(lot_settings, start=1):
        lot = Lot(
            number=number,
            theme_id=themes[theme].id,
            title=f"Kernopdracht {theme}",
            description=f"Welzijnswerk binnen het thema {theme}, in alle tien districten.",
            budget=budget,
            term_months=24,
            award_method=AwardMethod.FIXED_PRICE_QUALITY,
            price_formula=PriceFormula.RELATIVE,
            price_max_points=Decimal("0"),
            evaluator_count=3,
            extension_options=[
                LotExtensionOption(sequence=sequence, months=months)
                for sequence, months in enumerate(extensions, start=1)
            ],
        )
        for name, value in settings.items():
            setattr(lot, name, value)
        procurement.lots.append(lot)
        if lot.award_method is AwardMethod.WEIGHTED_POINTS:
            _add_weighted_criteria(session, lot, scale)
        else:
            _add_criteria(lot, scale)
    session.flush()
    received = datetime(2019, 9, 30, 14, 0, tzinfo=UTC)
    bidders = (
        ((0,), (5,)),  # lot 1: two single bidders
        ((1,), (2, 7), (9,)),  # lot 2: a consortium led by index 2 with 7
        ((3, 8), (4,), (6,)),  # lot 3: a consortium led by 3 with 8
    )
    # The lot 3 consortium hires a subcontractor that bids on lot 2 on its own.
    subcontractors = {(3, "A"): 9}
    for lot, groups in zip(procurement.lots, bidders, strict=True):
        for code_index, group in enumerate(groups):
            budget = lot.budget or Decimal("1")
            total = (budget * Decimal(rng.randrange(90, 100)) / 100).quantize(Decimal("0.01"))
            code = chr(ord("A") + code_index)
            late = (lot.number, code) == LATE_BID
            members = [
                BidMember(
                    organisation_id=professionals[org_index].id,
                    role=ConsortiumRole.LEAD if position == 0 else ConsortiumRole.MEMBER,
                )
                for position, org_index in enumerate(group)
            ]
            subcontractor = subcontractors.get((lot.number, code))
            if subcontractor is not None:
                members.append(
                    BidMember(
                        organisation_id=professionals[subcontractor].id,
                        role=ConsortiumRole.SUBCONTRACTOR,
                    )
                )
            folder = f"{_SHARE}\\Perceel {lot.number}\\Inschrijving {code}"
            bid = Bid(
                code=code,
                received_at=LATE_RECEIVED if late else received,
                late_reason=LATE_REASON if late else "",
                status=BidStatus.VALID,
                price_total=total,
                price_per_year=(total / 2).quantize(Decimal("0.01")),
                members=members,
                documents=[
                    BidDocument(reference=f"{folder}\\{name}")
                    for name in BID_DOCUMENTS.get((lot.number, code), ())
                ],
            )
            lot.bids.append(bid)
    session.flush()
    _add_evaluation(session, procurement)
    _add_award(session, procurement)
    _add_subsidies(session)
    _add_house_style(session, rng)
    if next_cycle:
        _add_next_cycle(session)


def _add_next_cycle(session: Session) -> None:
    """The contract's performance record and the next cycle around today (issue 16)."""
    from ssb_desktop.services.demo_next_cycle import add_next_cycle

    add_next_cycle(session)


def _criterion(code: str, weight: Decimal, scale: Scale | None, position: int) -> Criterion:
    title, description = next((t, d) for c, t, _w, d in CRITERIA if c == code)
    return Criterion(
        position=position,
        code=code,
        title=title,
        weight=weight,
        description=description,
        scale=scale,
    )


def _add_criteria(lot: Lot, scale: Scale) -> None:
    """The four quality criteria, with a knock-out minimum on the first."""
    for position, (code, _title, weight, _description) in enumerate(CRITERIA):
        criterion = _criterion(code, weight, scale, position)
        criterion.knockout_minimum = Decimal("4") if code == "K1" else None
        lot.criteria.append(criterion)


def _add_weighted_criteria(session: Session, lot: Lot, scale: Scale) -> None:
    """Quality and price weighed together; K1 is scored through its sub-criteria."""
    main = [
        _criterion(code, weight, None if code == "K1" else scale, position)
        for position, (code, weight) in enumerate(WEIGHTED_CRITERIA)
    ]
    code, title, weight, description = PRICE_CRITERION
    main.append(
        Criterion(
            position=len(main),
            code=code,
            title=title,
            weight=weight,
            description=description,
            is_price=True,
        )
    )
    lot.criteria.extend(main)
    # The sub-criteria refer to their main criterion by id.
    session.flush()
    for position, (code, title, weight, description) in enumerate(SUB_CRITERIA):
        lot.criteria.append(
            Criterion(
                parent_id=main[0].id,
                position=position,
                code=code,
                title=title,
                weight=weight,
                description=description,
                scale=scale,
                knockout_minimum=Decimal("4") if code == "K1.1" else None,
            )
        )


# --- evaluation (issue 4) ---------------------------------------------------------------------

# Per lot: the committee, external people by name and e-mail, the chair first. On lot 3 one
# evaluator is also the contact person of a bidder, so that the committee warns.
_COMMITTEES = (
    ("Marieke van den Berg", "Youssef Amrani", "Sanne Hoekstra"),
    ("Kees Verhoeven", "Fatima Ouali", "Lotte de Graaf"),
    ("Ruud Koster", "Priya Ramdin", "E. El Idrissi"),
)
# Lot 1: per bid, each evaluator's scores on K1..K4, then the agreed consensus.
_LOT1_SCORES = {
    "A": (((8, 6, 8, 6), (8, 6, 6, 6), (6, 6, 8, 4)), (8, 6, 8, 6)),
    "B": (((6, 6, 4, 6), (4, 8, 6, 6), (6, 4, 4, 8)), (6, 6, 4, 6)),
}
_SIGNED = datetime(2019, 10, 2, 9, 0, tzinfo=UTC)
_SUBMITTED = datetime(2019, 10, 21, 16, 0, tzinfo=UTC)
_MEETING = datetime(2019, 11, 5, 13, 0, tzinfo=UTC)


def _email(name: str) -> str:
    local = name.lower().replace(". ", "").replace(" ", ".")
    return f"{local}@evaluatie.example"


def _add_evaluation(session: Session, procurement: Procurement) -> None:
    """Committees on every lot: lot 1 fully scored with a consensus and a meeting, lot 2
    scored and submitted without a consensus yet, lot 3 only the committee."""
    descriptors = {Decimal(value): text for value, text in SCALE_DESCRIPTORS}
    for lot, names in zip(procurement.lots, _COMMITTEES, strict=True):
        committee = [
            Evaluator(lot_id=lot.id, name=name, email=_email(name), is_chair=index == 0)
            for index, name in enumerate(names)
        ]
        session.add_all(committee)
        if lot.number == 3:
            continue
        session.flush()
        for evaluator in committee:
            session.add(
                Declaration(
                    evaluator_id=evaluator.id,
                    signed_at=_SIGNED,
                    signed_by=evaluator.name,
                    text_version=DECLARATION_VERSION,
                )
            )
            evaluator.submitted_at = _SUBMITTED
        leaves = [criterion for criterion in lot.criteria if criterion.scale is not None]
        for bid_index, bid in enumerate(lot.bids):
            for seat, evaluator in enumerate(committee):
                for criterion_index, criterion in enumerate(leaves):
                    if lot.number == 1:
                        value = Decimal(_LOT1_SCORES[bid.code][0][seat][criterion_index])
                    else:
                        value = Decimal(4 + 2 * ((seat + 2 * bid_index + criterion_index) % 3))
                    session.add(
                        IndividualScore(
                            evaluator_id=evaluator.id,
                            bid_id=bid.id,
                            criterion_id=criterion.id,
                            score=value,
                            motivation=f"{descriptors[value]}.",
                        )
                    )
            if lot.number == 1:
                for criterion_index, criterion in enumerate(leaves):
                    value = Decimal(_LOT1_SCORES[bid.code][1][criterion_index])
                    session.add(
                        ConsensusScore(
                            bid_id=bid.id,
                            criterion_id=criterion.id,
                            score=value,
                            motivation=f"Na bespreking in de commissie: {descriptors[value]}.",
                            decided_at=_MEETING,
                        )
                    )
        if lot.number == 1:
            session.add(
                ConsensusMeeting(
                    lot_id=lot.id,
                    held_at=_MEETING,
                    present="\n".join([*names, "J. de Wit (inkoopadviseur, notulist)"]),
                    decisions=(
                        "De commissie stelt per inschrijving en criterium de consensusscores "
                        "vast. Inschrijving A scoort op K1 en K3 hoger dan B; de verschillen "
                        "op K3 zijn besproken en gemotiveerd."
                    ),
                )
            )
    session.flush()


# --- award and contract (issue 5) ------------------------------------------------------------

AWARD_SENT_ON = date(2020, 3, 2)
AWARD_REASONS = (
    "Inschrijving A scoort het hoogst op Visie en aanpak (K1) en op Kwaliteit, monitoring en "
    "verantwoording (K3): de aanpak is per district uitgewerkt met doelen die te volgen zijn, "
    "en de resultaten worden meetbaar verantwoord. Op Samenwerking (K2) en Continuïteit (K4) "
    "scoren beide inschrijvingen gelijk."
)
CONTRACT_START = date(2020, 7, 1)
CONTRACT_END = date(2022, 6, 30)
CONTRACT_OPTIONS = (24,)


def _add_award(session: Session, procurement: Procurement) -> None:
    """Lot 1, fully evaluated, goes the whole way through the award services: a provisional
    award to the bid ranked first, its letters recorded as sent, the definitive award on the
    first day after the standstill period, and the contract with the winning bid's parties and
    one 24-month option. Lots 2 and 3 stay unawarded, to be evaluated on screen.

    The services check permissions: the demo is built by the first account of a new database,
    which is its administrator (``ssb-desktop demo``, ``--demo`` and the tests' databases)."""
    from ssb_desktop.services import awards
    from ssb_desktop.services.evaluation import lot_results

    lot = next(lot for lot in procurement.lots if lot.number == 1)
    winner = lot_results(session, lot.id, with_robustness=False).result.winner
    assert isinstance(winner, int), "lot 1 of the demo has a consensus with one bid ranked first"
    award = awards.provisional_award(
        session, lot.id, winner, sent_on=AWARD_SENT_ON, reasons=AWARD_REASONS
    )
    assert award.id is not None
    # The letters went out the day of the decision, as the user records on screen.
    award = awards.mark_letters_sent(session, lot.id, AWARD_SENT_ON)
    assert award.id is not None and award.standstill_end is not None
    award = awards.make_definitive(
        session,
        award.id,
        on=award.standstill_end + timedelta(days=1),
        version=award.version,
    )
    # As every team login reads prices: through the server's view (services/blindness.py).
    price = bid_prices(session, [winner])[winner]
    awards.create_contract(
        session,
        award.id or 0,
        reference=f"{procurement.reference}-{lot.number}",
        start=CONTRACT_START,
        end=CONTRACT_END,
        value=price or lot.budget or Decimal("0.00"),
        options=CONTRACT_OPTIONS,
    )


# --- subsidies (issue 7) ----------------------------------------------------------------------

_SUBSIDY_ACTIVITIES = (
    ("Buurtmaaltijd voor ouderen", "Eenzaamheid verminderen; 40 deelnemers per week"),
    ("Huiswerkbegeleiding door vrijwilligers", "Schoolresultaten van 25 kinderen verbeteren"),
    ("Taalcafé", "Nederlands oefenen in een ontspannen sfeer"),
    ("Zomerspelweek", "Een week spel en sport voor 120 kinderen"),
    ("Repair café", "Ontmoeting en minder afval"),
    ("Wandelgroep voor mantelzorgers", "Even op adem komen"),
)


def _add_subsidies(session: Session) -> None:
    """Per theme a 2020 scheme (the municipality decides) and a 2021 scheme, each with
    applications of the volunteer organisations in several statuses: received, incomplete,
    complete (for the trial allocation), granted, partly granted, refused, advance paid,
    settled with a reclaim.

    In 2021 the holder of a theme's contract decides, as in Leiden; in the demo only Opgroeien
    (lot 1) has a contract. Samen Meedoen and Basiskracht (lots 2 and 3) are still being
    evaluated, so their 2021 schemes are decided by the municipality, as a municipality does
    until a contract runs; that keeps both deciding bodies, and their filters, on screen."""
    from ssb_desktop.db.tables import (
        Application,
        CompletenessRequest,
        Contract,
        ContractParty,
        Payment,
        SubsidyScheme,
    )
    from ssb_desktop.records import (
        ApplicationStatus,
        DecidingBody,
        DistributionRule,
        PaymentKind,
        SettlementReason,
    )

    status = ApplicationStatus
    cent = Decimal("0.01")
    volunteers = list(
        session.scalars(
            select(Organisation)
            .where(Organisation.kind == OrganisationKind.VOLUNTEER)
            .order_by(Organisation.id)
        )
    )
    # Who holds a theme's contract in 2021: only lot 1 (Opgroeien) is awarded in the demo.
    holders: dict[int, int] = {}
    for theme_id, lead_id in session.execute(
        select(Lot.theme_id, ContractParty.organisation_id)
        .join(Contract, Contract.lot_id == Lot.id)
        .join(ContractParty, ContractParty.contract_id == Contract.id)
        .where(
            Lot.theme_id.is_not(None),
            ContractParty.role == ConsortiumRole.LEAD,
            Contract.start_date <= date(2021, 1, 1),
            Contract.end_date >= date(2021, 12, 31),
        )
        .order_by(Contract.start_date, Contract.id)
    ):
        if theme_id is not None:
            holders.setdefault(theme_id, lead_id)
    themes = list(session.scalars(select(Theme).order_by(Theme.id)))
    districts = list(session.scalars(select(District).order_by(District.number)))
    # (status, requested, granted, settled) per application of a scheme.
    plan = (
        (status.SETTLED, "4200.00", "4200.00", "3000.00"),
        (status.ADVANCE_PAID, "3000.00", "3000.00", None),
        (status.GRANTED, "2500.00", "2500.00", None),
        (status.PARTLY_GRANTED, "6000.00", "4000.00", None),
        (status.REFUSED, "1800.00", "0.00", None),
        (status.COMPLETE, "3500.00", None, None),
        (status.COMPLETE, "2750.50", None, None),
        (status.INCOMPLETE, "1200.00", None, None),
        (status.RECEIVED, "950.00", None, None),
    )
    number = {2020: 0, 2021: 0}
    for theme_index, theme in enumerate(themes):
        for year in (2020, 2021):
            by_holder = year == 2021 and theme.id in holders
            scheme = SubsidyScheme(
                year=year,
                theme_id=theme.id,
                name=f"Vrijwilligersinitiatieven {theme.name} {year}",
                # What earlier grants leave (2,300 and 4,300) does not cover the two complete
                # applications: the trial allocation grants one partly.
                ceiling=Decimal("16000.00") if year == 2020 else Decimal("18000.00"),
                distribution_rule=DistributionRule.PRO_RATA
                if theme_index == 2 and year == 2021
                else DistributionRule.FIRST_COME,
                max_per_applicant=Decimal("6000.00"),
                # The demo's grants (€ 2,500 to € 4,200) each owe an activity report, so that
                # the accountability steps (due, overdue, reminder, settlement) have something
                # to show; with the common € 5,000 they would all be settled at the grant.
                report_activity_from=Decimal("2000.00"),
                deciding_body=DecidingBody.CONTRACT_HOLDER
                if by_holder
                else DecidingBody.MUNICIPALITY,
                contract_holder_from_year=2021 if by_holder else None,
                decision_term_weeks=None,
                completion_days=14,
                opens_on=date(year, 1, 1),
                closes_on=date(year, 10, 31),
                announced_on=date(year - 1, 12, 1),
            )
            session.add(scheme)
            session.flush()
            decider = holders.get(theme.id) if by_holder else None
            for index, (target, requested, granted, settled) in enumerate(plan):
                applicant = volunteers[(theme_index * 9 + index + year) % len(volunteers)]
                activity, goals = _SUBSIDY_ACTIVITIES[(theme_index + index) % 6]
                number[year] += 1
                received = date(year, 2, 3 + index * 3)
                complete = not rules.can(Step.MARK_COMPLETE, target)
                application = Application(
                    reference=f"{year}-{number[year]:04d}",
                    scheme_id=scheme.id,
                    applicant_id=applicant.id,
                    deciding_organisation_id=decider,
                    activity=activity,
                    goals=goals,
                    requested=Decimal(requested),
                    budget_total=Decimal(requested) * 2,
                    other_funders="Fonds 1818" if index % 3 == 0 else "",
                    members=12 + index * 5,
                    received_on=received,
                    completed_at=datetime(year, 2, 5 + index * 3, 10, 30, tzinfo=UTC)
                    if complete
                    else None,
                    status=target,
                    decision_on=date(year, 3, 16) if granted is not None else None,
                    granted=Decimal(granted) if granted is not None else None,
                    settled=Decimal(settled) if settled is not None else None,
                    settlement_reason=SettlementReason.NOT_CARRIED_OUT if settled else None,
                    settled_on=date(year + 1, 3, 1) if settled else None,
                    refusal_reason="De activiteit valt buiten de doelen van de regeling."
                    if target is status.REFUSED
                    else "",
                    districts=[districts[(theme_index + index) % len(districts)]],
                )
                session.add(application)
                session.flush()
                if target is status.INCOMPLETE:
                    session.add(
                        CompletenessRequest(
                            application_id=application.id,
                            requested_on=received,
                            period_days=14,
                        )
                    )
                # The demo pays an advance on these two kinds of grant.
                if target is status.ADVANCE_PAID or target is status.SETTLED:
                    session.add(
                        Payment(
                            application_id=application.id,
                            kind=PaymentKind.ADVANCE,
                            amount=(Decimal(granted or 0) * Decimal("0.8")).quantize(cent),
                            paid_on=date(year, 4, 1),
                        )
                    )
                if target is status.SETTLED and settled is not None:
                    advance = (Decimal(granted or 0) * Decimal("0.8")).quantize(cent)
                    balance = Decimal(settled) - advance
                    session.add(
                        Payment(
                            application_id=application.id,
                            kind=PaymentKind.SETTLEMENT if balance > 0 else PaymentKind.RECLAIM,
                            amount=abs(balance),
                            paid_on=date(year + 1, 3, 1),
                        )
                    )
    session.flush()


def _png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    """A small RGB PNG drawn by ``pixel(x, y)``, written without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\0" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def demo_logo() -> bytes:
    """A fictional emblem: a red shield with two crossed white keys' shafts."""
    width, height = 120, 140
    red, white = (200, 16, 46), (255, 255, 255)

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        # The shield: straight sides, then a curve to a point at the bottom.
        half = width / 2 - 6
        if y < 8 or y > height - 6:
            return white
        if y > 80:
            half *= max(0.0, 1 - ((y - 80) / (height - 86)) ** 2) ** 0.5
        if abs(x - width / 2) > half:
            return white
        on_bar = abs((x - 20) - (y - 20) * 0.75) < 6 or abs((width - 20 - x) - (y - 20) * 0.75) < 6
        return white if on_bar and 20 < y < 110 else red

    return _png(width, height, pixel)


def _add_house_style(session: Session, rng: random.Random) -> None:
    """The letterhead and signatories of a municipality like Leiden."""
    from ssb_desktop.services.house_style import save_house_style

    college = "namens het college van burgemeester en wethouders van Leiden,"
    signatories = (
        LetterSignatory(LetterKind.AWARD_WINNER, "drs. A.M. de Vries", "Hoofd Inkoop", college),
        LetterSignatory(LetterKind.AWARD_OTHER, "drs. A.M. de Vries", "Hoofd Inkoop", college),
        *(
            LetterSignatory(kind, "M. Jansen", "Teamleider Subsidies", college)
            for kind in (
                LetterKind.SUBSIDY_GRANT,
                LetterKind.SUBSIDY_PARTIAL,
                LetterKind.SUBSIDY_REFUSAL,
                LetterKind.SUBSIDY_SETTLEMENT,
            )
        ),
        LetterSignatory(LetterKind.MINUTES, "J. Bakker", "Inkoopadviseur Sociaal Domein", ""),
    )
    save_house_style(
        session,
        HouseStyleRecord(
            municipality="Gemeente Leiden",
            logo=demo_logo(),
            visiting_address="Stadhuis\nStadhuisplein 1\n2311 EJ Leiden",
            postal_address="Postbus 9100\n2300 PC Leiden",
            website="www.leiden.nl",
            phone="14 071",
            email="inkoop@leiden.nl",
            iban=_iban(rng),
            signatories=signatories,
        ),
    )

"""A fictional demo database shaped like Leiden's programme: organisations and a procurement
with three lots whose settings, criteria and bids show every rule of the work on screen."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Bid,
    BidDocument,
    BidMember,
    Contact,
    Criterion,
    District,
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
    OrganisationKind,
    PriceFormula,
    ProcedureType,
)

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


def build_demo(session: Session) -> None:
    """Fill an empty, seeded database with fictional data."""
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

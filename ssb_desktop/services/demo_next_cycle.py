"""The demo's life after the award, and its next cycle placed relative to today's date.

Leiden's 2019-2022 story keeps its dates: contract SSB-2019-1 reports every half year, its
reports are assessed and district platforms give their opinion, and its option is exercised
"on success" in December 2021 with that record at hand. Around today, whatever day the demo
is made, every clock of the Dashboard shows something real: a tender whose standstill period
is running, a voluntary transparency notice whose 20 days are running, a bridging contract
whose option must be decided within three months and whose final end falls within 18 months,
a contractor's report that is overdue, and Stichting Libertas Leiden succeeded by BuZz.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Bid,
    BidMember,
    ConsensusScore,
    District,
    Lot,
    LotExtensionOption,
    Organisation,
    Procurement,
    Scale,
    Theme,
)
from ssb_desktop.formatting import local_today
from ssb_desktop.records import (
    Assessment,
    AwardMethod,
    BidStatus,
    ConsortiumRole,
    ContractRecord,
    DistrictOpinionRecord,
    IndicatorRecord,
    OrganisationKind,
    PerformanceReportRecord,
    ProcedureType,
    ReportValue,
    TargetRecord,
)
from ssb_desktop.services import awards, performance, transparency
from ssb_desktop.services.organisations import get_organisation, record_succession

# Per indicator: name, unit, per district (or None: the municipality) the target per year.
INDICATORS: tuple[tuple[str, str, tuple[tuple[str | None, int], ...]], ...] = (
    (
        "Jongeren bereikt met activiteiten",
        "jongeren",
        (("Merenwijkdistrict", 120), ("Leiden-Noord", 100), ("Stevenshofdistrict", 80)),
    ),
    ("Vrijwilligers ondersteund", "vrijwilligers", ((None, 150),)),
)
# How the municipality judged the half-year reports of SSB-2019-1, in order.
VERDICTS = (
    (Assessment.GOOD, "Ruim op koers; het bereik in de Merenwijk is sterk gegroeid."),
    (
        Assessment.SUFFICIENT,
        "Bereik in Stevenshof blijft achter door de lockdown; plan afgesproken.",
    ),
    (Assessment.GOOD, "Alle doelen gehaald; de wijkplatforms zijn tevreden."),
)
OPINIONS = {
    "Merenwijkdistrict": "Het wijkplatform ziet de jongerenwerkers terug op straat en in het "
    "buurthuis.",
    "Stevenshofdistrict": "Meer aandacht gevraagd voor de jongeren rond het winkelcentrum.",
}


def _districts(session: Session) -> dict[str, int]:
    return {name: i for name, i in session.execute(select(District.name, District.id))}


def _indicators(session: Session, contract: ContractRecord) -> list[IndicatorRecord]:
    assert contract.id is not None
    districts = _districts(session)
    first, last = contract.start.year, contract.final_end.year
    saved = []
    for name, unit, targets in INDICATORS:
        saved.append(
            performance.save_indicator(
                session,
                IndicatorRecord(
                    None,
                    contract.id,
                    name,
                    unit,
                    targets=tuple(
                        TargetRecord(year, Decimal(target), districts[where] if where else None)
                        for year in range(first, last + 1)
                        for where, target in targets
                    ),
                ),
            )
        )
    return saved


def _report(
    session: Session,
    contract: ContractRecord,
    indicators: list[IndicatorRecord],
    period: performance.Period,
    share: Decimal,
    received_on: date,
) -> PerformanceReportRecord:
    """A report whose values are ``share`` of the period's part of each yearly target."""
    assert contract.id is not None
    months = Decimal(
        (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    )
    values = []
    for indicator in indicators:
        assert indicator.id is not None
        for target in indicator.targets:
            if target.year == period.end.year:
                amount = (target.target * months / 12 * share).quantize(Decimal("1"))
                values.append(ReportValue(indicator.id, target.district_id, amount))
    return performance.save_report(
        session,
        PerformanceReportRecord(
            None,
            contract.id,
            period.start,
            period.end,
            received_on,
            documents=f"Voortgangsrapportage {period.start:%m-%Y} t/m {period.end:%m-%Y}.pdf",
            values=tuple(values),
        ),
    )


def _assess(
    session: Session, report: PerformanceReportRecord, verdict: Assessment, text: str, on: date
) -> PerformanceReportRecord:
    assert report.id is not None
    return performance.assess_report(
        session, report.id, assessment=verdict, text=text, on=on, version=report.version
    )


def _opinions(session: Session, report: PerformanceReportRecord, on: date) -> None:
    assert report.id is not None
    districts = _districts(session)
    for district, opinion in OPINIONS.items():
        performance.save_opinion(
            session, DistrictOpinionRecord(None, report.id, districts[district], on, opinion)
        )


def _leiden_record(session: Session) -> None:
    """SSB-2019-1: half-year reports, assessed, with district opinions; the option exercised
    on success on 10-12-2021, before its decision date, with the record at hand."""
    contract = next(c for c in awards.list_contracts(session) if c.reference == "SSB-2019-1")
    assert contract.id is not None
    contract = performance.set_report_schedule(
        session, contract.id, months=6, due_days=42, version=contract.version
    )
    indicators = _indicators(session, contract)
    shares = (Decimal("1.05"), Decimal("0.9"), Decimal("1.1"))

    def report_on(index: int, period: performance.Period) -> None:
        received = period.end + timedelta(days=35)
        share = shares[index] if index < len(shares) else Decimal("1")
        report = _report(session, contract, indicators, period, share, received)
        verdict, text = VERDICTS[index] if index < len(VERDICTS) else (Assessment.GOOD, "Op koers.")
        report = _assess(session, report, verdict, text, received + timedelta(days=14))
        if index < len(VERDICTS):
            _opinions(session, report, received + timedelta(days=21))

    # The two half years reported before the decision on the option.
    periods = performance.expected_periods(contract)
    for index, period in enumerate(periods[:2]):
        report_on(index, period)
    option = contract.options[0]
    contract = awards.decide_option(
        session,
        option.id,
        exercised=True,
        on=date(2021, 12, 10),
        reason="Verlengd op grond van de goede prestaties en de oordelen van de wijkplatforms.",
        version=option.version,
    )
    # The rest of the term and the extension's years, up to its end on 30-06-2024.
    for index, period in enumerate(performance.expected_periods(contract)):
        if index >= 2:
            report_on(index, period)


def _organisation(session: Session, name: str, kvk: str) -> Organisation:
    used = set(session.scalars(select(Organisation.kvk)))
    number = int(kvk)
    while f"{number:08d}" in used:
        number += 1
    org = Organisation(
        name=name,
        kind=OrganisationKind.PROFESSIONAL,
        kvk=f"{number:08d}",
        street="Breestraat 100",
        postcode="2311 CV",
        city="Leiden",
    )
    session.add(org)
    session.flush()
    return org


def _by_name(session: Session, name: str) -> Organisation:
    found = session.scalar(select(Organisation).where(Organisation.name == name))
    assert found is not None, name
    return found


def _vt_lot(session: Session, reference: str, title: str, theme: str, extension: int) -> Lot:
    themes = {t.name: t.id for t in session.scalars(select(Theme))}
    procurement = Procurement(
        reference=reference,
        title=title,
        procedure_type=ProcedureType.VOLUNTARY_TRANSPARENCY,
        estimated_value=Decimal("900000.00"),
    )
    lot = Lot(
        number=1,
        theme_id=themes[theme],
        title=title,
        description="Zonder aanbesteding gegund aan de zittende partij, na een aankondiging "
        "van de voorgenomen gunning op TenderNed.",
        budget=Decimal("600000.00"),
        term_months=24,
        award_method=AwardMethod.FIXED_PRICE_QUALITY,
        extension_options=[LotExtensionOption(sequence=1, months=extension)],
    )
    procurement.lots.append(lot)
    session.add(procurement)
    session.flush()
    return lot


def _bridging_contract(session: Session, today: date, libertas: Organisation) -> None:
    """A bridging contract for Basiskracht by voluntary transparency with Libertas: its option
    must be decided within three months and its final end falls within 18 months; its
    quarterly reports are kept, and the latest one due has not come in."""
    month = today.replace(day=1)
    start = month - relativedelta(months=16)
    end = month + relativedelta(months=8) - timedelta(days=1)
    lot = _vt_lot(
        session,
        f"SSB-{start.year}-BK",
        "Overbrugging Basiskracht",
        "Basiskracht",
        6,
    )
    notice = transparency.publish_notice(
        session,
        lot.id,
        libertas.id,
        published_on=start - relativedelta(months=2),
        reasons="Alleen de zittende partij kan het werk zonder onderbreking voortzetten tot de "
        "volgende aanbesteding.",
    )
    contract = transparency.contract_after_notice(
        session,
        notice.id,
        reference=f"SSB-{start.year}-BK-1",
        signed_on=notice.first_contract_day + timedelta(days=3),
        start=start,
        end=end,
        value=Decimal("580000.00"),
        options=(6,),
        notice_months=6,
        version=notice.version,
    )
    assert contract.id is not None
    contract = performance.set_report_schedule(
        session, contract.id, months=3, due_days=42, version=contract.version
    )
    indicators = _indicators(session, contract)
    due = [
        period
        for period in performance.expected_periods(contract)
        if performance.report_due(period.end, contract.report_due_days) < today
    ]
    # Every report due came in and was assessed, except the latest: it is overdue.
    for period in due[:-1]:
        received = period.end + timedelta(days=30)
        report = _report(session, contract, indicators, period, Decimal("0.95"), received)
        _assess(session, report, Assessment.SUFFICIENT, "Voldoende.", received + timedelta(days=7))


def _transparency_running(session: Session, today: date) -> None:
    """Social brokerage (sociaal makelschap) by voluntary transparency: the notice to the
    incumbent was published six days ago, so its 20 days are running."""
    lot = _vt_lot(
        session,
        f"SSB-{today.year}-VT",
        "Sociaal makelschap",
        "Samen Meedoen",
        24,
    )
    incumbent = _by_name(session, "Stichting Wijkwerk Rijnland")
    transparency.publish_notice(
        session,
        lot.id,
        incumbent.id,
        published_on=today - timedelta(days=6),
        reasons="Naar verwachting schrijft alleen de zittende partij in; de gemeente kiest "
        "daarom voor een aankondiging van de voorgenomen gunning.",
    )


def _tender_in_standstill(session: Session, today: date) -> None:
    """The next cycle of Opgroeien: two bids scored by consensus, the provisional award sent
    five days ago, so its standstill period is running."""
    from ssb_desktop.services.demo import _add_criteria

    themes = {t.name: t.id for t in session.scalars(select(Theme))}
    scale = session.scalar(select(Scale).order_by(Scale.id))
    assert scale is not None
    procurement = Procurement(
        reference=f"SSB-{today.year}",
        title="Sterke Sociale Basis: volgende ronde Opgroeien",
        procedure_type=ProcedureType.LIGHT_REGIME,
        estimated_value=Decimal("6000000.00"),
        publication_date=today - relativedelta(months=5),
        submission_deadline=datetime.combine(
            today - relativedelta(months=2), time(10, 0), tzinfo=UTC
        ),
    )
    lot = Lot(
        number=1,
        theme_id=themes["Opgroeien"],
        title="Kernopdracht Opgroeien 2026-2030",
        description="Welzijnswerk voor jeugd en gezin in alle tien districten.",
        budget=Decimal("3000000.00"),
        term_months=24,
        award_method=AwardMethod.FIXED_PRICE_QUALITY,
        extension_options=[LotExtensionOption(sequence=1, months=24)],
    )
    procurement.lots.append(lot)
    session.add(procurement)
    _add_criteria(lot, scale)
    session.flush()
    received = datetime.combine(today - relativedelta(months=2), time(9, 0), tzinfo=UTC)
    scores = {"A": (8, 8, 6, 8), "B": (6, 6, 6, 4)}
    bidders = {"A": "Stichting Opgroeikracht Sleutelstad", "B": "Stichting Jeugdhaven"}
    decided = datetime.combine(today - timedelta(days=12), time(15, 0), tzinfo=UTC)
    criteria = sorted(lot.criteria, key=lambda c: c.position)
    for code, name in bidders.items():
        bid = Bid(
            code=code,
            received_at=received,
            status=BidStatus.VALID,
            price_total=Decimal("2950000.00"),
            price_per_year=Decimal("1475000.00"),
            members=[
                BidMember(organisation_id=_by_name(session, name).id, role=ConsortiumRole.LEAD)
            ],
        )
        lot.bids.append(bid)
        session.flush()
        for criterion, score in zip(criteria, scores[code], strict=True):
            session.add(
                ConsensusScore(
                    bid_id=bid.id,
                    criterion_id=criterion.id,
                    score=Decimal(score),
                    motivation=f"Consensus van de commissie over {criterion.code}.",
                    decided_at=decided,
                )
            )
    session.flush()
    winner = next(b.id for b in lot.bids if b.code == "A")
    awards.provisional_award(
        session,
        lot.id,
        winner,
        sent_on=today - timedelta(days=5),
        reasons="Inschrijving A scoort het hoogst op Visie en aanpak en op Continuïteit: zij "
        "bouwt voort op wat in de wijken is opgebouwd.",
    )


def add_next_cycle(session: Session, today: date | None = None) -> None:
    """Add the performance record of 2020-2024 and the next cycle around ``today``."""
    today = today or local_today()
    _leiden_record(session)
    libertas = _organisation(session, "Stichting Libertas Leiden", "41165432")
    buzz = _organisation(session, "BuZz", "81234567")
    _bridging_contract(session, today, libertas)
    _transparency_running(session, today)
    _tender_in_standstill(session, today)
    record = get_organisation(session, libertas.id)
    record_succession(
        session,
        libertas.id,
        buzz.id,
        on=today - timedelta(days=40),
        reason="Libertas en Radius zijn samen verdergegaan als BuZz (nieuw KvK-nummer).",
        version=record.version,
    )


__all__ = ["add_next_cycle"]

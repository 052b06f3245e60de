"""Reference data: Leiden's districts and themes by default (editable), thresholds, settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import District, ExtraHoliday, Setting, Theme, Threshold
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.records import DistrictRecord
from ssb_desktop.services.permissions import Permission, require

LEIDEN_DISTRICTS = (
    (0, "Binnenstad-Zuid"),
    (1, "Binnenstad-Noord"),
    (2, "Stationsdistrict"),
    (3, "Leiden-Noord"),
    (4, "Roodenburgerdistrict"),
    (5, "Bos- en Gasthuisdistrict"),
    (6, "Morsdistrict"),
    (7, "Boerhaavedistrict"),
    (8, "Merenwijkdistrict"),
    (9, "Stevenshofdistrict"),
)
THEMES = ("Opgroeien", "Samen Meedoen", "Basiskracht")
# EU thresholds excluding VAT (DOMAIN.md section 3); the table is editable, amounts change.
THRESHOLDS = (
    ("light_regime", date(2016, 1, 1), None, Decimal("750000")),
    ("services_local", date(2018, 1, 1), date(2019, 12, 31), Decimal("221000")),
    ("services_local", date(2020, 1, 1), date(2021, 12, 31), Decimal("214000")),
    ("services_local", date(2022, 1, 1), date(2023, 12, 31), Decimal("215000")),
    ("services_local", date(2024, 1, 1), date(2025, 12, 31), Decimal("221000")),
    ("services_local", date(2026, 1, 1), date(2027, 12, 31), Decimal("216000")),
)
# Reference data in the municipality's language, like the district names: what each day is.
ROYAL_DECREE_DAYS = (
    (date(2023, 4, 28), "Vrijdag na Koningsdag"),
    (date(2023, 5, 19), "Vrijdag na Hemelvaartsdag"),
    (date(2024, 5, 10), "Vrijdag na Hemelvaartsdag"),
    (date(2024, 12, 27), "Vrijdag na Tweede Kerstdag"),
    (date(2025, 5, 30), "Vrijdag na Hemelvaartsdag"),
    (date(2026, 1, 2), "Vrijdag na Nieuwjaarsdag"),
    (date(2026, 5, 15), "Vrijdag na Hemelvaartsdag"),
    (date(2027, 5, 7), "Vrijdag na Hemelvaartsdag"),
    (date(2028, 4, 28), "Vrijdag na Koningsdag"),
    (date(2028, 5, 26), "Vrijdag na Hemelvaartsdag"),
)
DEFAULT_SETTINGS = {
    "standstill_days": "20",
    "option_notice_months": "6",
    "spread_flag_steps": "2",
}
_SEEDED_KEY = "reference_data_seeded"


def seed_reference_data(session: Session) -> bool:
    """Fill a new database with the defaults once; returns whether it did."""
    if session.get(Setting, _SEEDED_KEY) is not None:
        return False
    session.add_all(District(number=number, name=name) for number, name in LEIDEN_DISTRICTS)
    session.add_all(Theme(name=name) for name in THEMES)
    session.add_all(
        Threshold(category=category, valid_from=start, valid_until=end, amount=amount)
        for category, start, end, amount in THRESHOLDS
    )
    session.add_all(ExtraHoliday(day=day, description=text) for day, text in ROYAL_DECREE_DAYS)
    session.add_all(Setting(key=key, value=value) for key, value in DEFAULT_SETTINGS.items())
    session.add(Setting(key=_SEEDED_KEY, value="1"))
    session.flush()
    return True


def _district_record(district: District) -> DistrictRecord:
    return DistrictRecord(
        id=district.id,
        number=district.number,
        name=district.name,
        active=district.active,
        version=district.version,
    )


def list_districts(session: Session, *, active_only: bool = False) -> list[DistrictRecord]:
    query = select(District).order_by(District.number)
    if active_only:
        query = query.where(District.active.is_(True))
    return [_district_record(district) for district in session.scalars(query)]


def save_district(
    session: Session,
    *,
    district_id: int | None,
    number: int,
    name: str,
    active: bool = True,
    version: int | None = None,
) -> DistrictRecord:
    """Add or rename a district; districts are never deleted, only made inactive."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    name = name.strip()
    if not name:
        raise ValidationError(N_("Errors", "Enter the name of the district."), field="name")
    if number < 0:
        raise ValidationError(N_("Errors", "A district number is 0 or more."), field="number")
    clash = session.scalar(
        select(District).where(
            (func.lower(District.name) == name.lower()) | (District.number == number)
        )
    )
    if clash is not None and clash.id != district_id:
        raise ValidationError(
            N_("Errors", "District {number} or a district named {name} already exists."),
            {"number": number, "name": name},
            field="name",
        )
    if district_id is None:
        district = District(number=number, name=name, active=active)
        session.add(district)
    else:
        found = session.get(District, district_id)
        if found is None:
            raise NotFoundError(N_("Errors", "This district no longer exists. Reload the list."))
        if version is not None and found.version != version:
            raise ConflictError(
                N_(
                    "Errors",
                    "Someone else changed this record since you opened it. "
                    "Reload it to see their changes, then make yours again.",
                )
            )
        district = found
        district.number, district.name, district.active = number, name, active
    session.flush()
    return _district_record(district)


def list_themes(session: Session) -> list[tuple[int, str]]:
    return [(theme.id, theme.name) for theme in session.scalars(select(Theme).order_by(Theme.id))]

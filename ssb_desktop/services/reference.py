"""Reference data: Leiden's districts and themes by default (editable), thresholds, settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ssb_desktop.db import limits
from ssb_desktop.db.tables import (
    District,
    ExtraHoliday,
    Lot,
    Setting,
    SubsidyScheme,
    Theme,
    Threshold,
)
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import is_ascii_digits
from ssb_desktop.records import DistrictRecord, RuleSettings, ThemeRecord
from ssb_desktop.services.common import STALE, assign
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
# The rules' defaults (DOMAIN.md section 3); the database's settings override them.
STANDSTILL_DAYS = 20
NOTICE_MONTHS = 6
STANDSTILL_KEY = "standstill_days"
NOTICE_KEY = "option_notice_months"
MAX_STANDSTILL_DAYS = 365
MAX_NOTICE_MONTHS = 60
DEFAULT_SETTINGS = {
    STANDSTILL_KEY: str(STANDSTILL_DAYS),
    NOTICE_KEY: str(NOTICE_MONTHS),
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


# --- themes -------------------------------------------------------------------------------------


def list_themes(
    session: Session, *, active_only: bool = False, keep: int | None = None
) -> list[tuple[int, str]]:
    """Themes as (id, name) for choosing; ``active_only`` leaves archived themes out except
    ``keep`` (the theme a record has now, so editing it does not lose its theme)."""
    query = select(Theme).order_by(Theme.id)
    if active_only:
        query = query.where(Theme.active.is_(True) | (Theme.id == keep))
    return [(theme.id, theme.name) for theme in session.scalars(query)]


def _theme_records(session: Session, where: object = None) -> list[ThemeRecord]:
    lots = dict(
        session.execute(
            select(Lot.theme_id, func.count())
            .where(Lot.theme_id.is_not(None))
            .group_by(Lot.theme_id)
        ).all()
    )
    schemes = dict(
        session.execute(
            select(SubsidyScheme.theme_id, func.count())
            .where(SubsidyScheme.theme_id.is_not(None))
            .group_by(SubsidyScheme.theme_id)
        ).all()
    )
    query = select(Theme).order_by(Theme.id)
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    return [
        ThemeRecord(
            id=theme.id,
            name=theme.name,
            description=theme.description,
            active=theme.active,
            lot_count=lots.get(theme.id, 0),
            scheme_count=schemes.get(theme.id, 0),
            version=theme.version,
        )
        for theme in session.scalars(query)
    ]


def list_theme_records(session: Session) -> list[ThemeRecord]:
    """Every theme with how many lots and schemes use it (the Administration page)."""
    require(session, Permission.VIEW)
    return _theme_records(session)


def _stale_theme(session: Session, theme_id: int, version: int) -> Theme:
    found = session.get(Theme, theme_id)
    if found is None:
        raise NotFoundError(N_("Errors", "This theme no longer exists. Reload the list."))
    if found.version != version:
        raise ConflictError(STALE)
    return found


def save_theme(session: Session, record: ThemeRecord) -> ThemeRecord:
    """Add (id None), rename or archive a theme. Lots, subsidy routing and the Dashboard
    follow the table; an archived theme stays on the records that have it."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    name = record.name.strip()
    if not name:
        raise ValidationError(N_("Errors", "Enter the name of the theme."), field="name")
    limits.raise_first(limits.check_values("themes", {"name": name}))
    clash = session.scalar(select(Theme.id).where(func.lower(Theme.name) == name.lower()))
    if clash is not None and clash != record.id:
        raise ValidationError(
            N_("Errors", "A theme named {name} already exists."), {"name": name}, field="name"
        )
    if record.id is None:
        theme = Theme(name=name, description=record.description.strip(), active=record.active)
        session.add(theme)
    else:
        theme = _stale_theme(session, record.id, record.version)
        assign(theme, "name", name)
        assign(theme, "description", record.description.strip())
        assign(theme, "active", record.active)
    session.flush()
    return _theme_records(session, Theme.id == theme.id)[0]


def remove_theme(session: Session, theme_id: int, version: int) -> None:
    """Delete a theme nothing refers to (a mistake); a theme in use can only be archived."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    theme = _stale_theme(session, theme_id, version)
    record = _theme_records(session, Theme.id == theme_id)[0]
    if record.in_use:
        raise ValidationError(
            N_(
                "Errors",
                "Theme {name} is in use (lots: {lots}, subsidy schemes: {schemes}), so it "
                "cannot be deleted; archive it instead (clear Active).",
            ),
            {"name": theme.name, "lots": record.lot_count, "schemes": record.scheme_count},
            field="name",
        )
    session.delete(theme)
    session.flush()


# --- rule settings -------------------------------------------------------------------------------


def _setting_int(session: Session, key: str, default: int) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return int(value) if value and is_ascii_digits(value) else default


def rule_settings(session: Session) -> RuleSettings:
    """The standstill length and the default notice period of options: the one place the
    rules read them (a setting in the database, shared by the team; defaults 20 and 6)."""
    return RuleSettings(
        standstill_days=_setting_int(session, STANDSTILL_KEY, STANDSTILL_DAYS),
        notice_months=_setting_int(session, NOTICE_KEY, NOTICE_MONTHS),
    )


def save_rule_settings(session: Session, settings: RuleSettings) -> RuleSettings:
    """Change the standstill length and default notice period; decisions and contracts made
    already keep the values they were made with."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    if not 1 <= settings.standstill_days <= MAX_STANDSTILL_DAYS:
        raise ValidationError(
            N_("Errors", "The standstill period lasts from 1 to {limit} days."),
            {"limit": MAX_STANDSTILL_DAYS},
            field="standstill_days",
        )
    if not 0 <= settings.notice_months <= MAX_NOTICE_MONTHS:
        raise ValidationError(
            N_("Errors", "The notice period lasts from 0 to {limit} months."),
            {"limit": MAX_NOTICE_MONTHS},
            field="notice_months",
        )
    for key, value in (
        (STANDSTILL_KEY, settings.standstill_days),
        (NOTICE_KEY, settings.notice_months),
    ):
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=str(value)))
        else:
            assign(row, "value", str(value))
    session.flush()
    return rule_settings(session)

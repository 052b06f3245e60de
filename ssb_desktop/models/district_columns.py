"""How the Administration page lists districts: number, name and whether it is still in use."""

from __future__ import annotations

import operator

from ssb_desktop.errors import N_
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column
from ssb_desktop.records import DistrictRecord

DISTRICT_COLUMNS: tuple[Column[DistrictRecord], ...] = (
    Column(N_("Columns", "Number"), operator.attrgetter("number"), alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Name"), operator.attrgetter("name")),
    Column(N_("Columns", "Active"), operator.attrgetter("active")),
)

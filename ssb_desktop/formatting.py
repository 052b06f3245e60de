"""The one locale helper: Dutch display of dates, moments and money, and parsing of typed input."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")
CENT = Decimal("0.01")


def local_today() -> date:
    """Today in the Netherlands: the one "today" of the program.

    Every date the program shows or counts from is a Dutch calendar day (moments are shown in
    ``LOCAL_ZONE``, the audit log's period filter counts local days), so "today" is too, also on
    a computer whose clock runs in another zone: near midnight UTC the two differ by a day.
    """
    return datetime.now(LOCAL_ZONE).date()


_DATE_RE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s*$")
_ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


def is_ascii_digits(text: str) -> bool:
    """True for a non-empty text of the ASCII digits 0-9 only.

    ``str.isdigit`` also accepts superscript, full-width and Arabic-Indic digits (and ``int``
    then fails on some of them): identifiers, ids and numbers typed by people use this instead.
    """
    return text.isascii() and text.isdigit()


def format_date(value: date | None) -> str:
    """dd-mm-yyyy, or an empty string."""
    if value is None:
        return ""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def format_moment(value: datetime | None) -> str:
    """A UTC moment shown in local time as dd-mm-yyyy hh:mm."""
    if value is None:
        return ""
    local = value.astimezone(LOCAL_ZONE) if value.tzinfo else value
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def format_money(value: Decimal | None) -> str:
    """€ 1.234,56 (Dutch separators), or an empty string."""
    if value is None:
        return ""
    quantized = value.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if quantized < 0 else ""
    whole, _, cents = f"{abs(quantized):.2f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"€ {sign}{'.'.join(groups)},{cents}"


def _round_half_up(numerator: int, denominator: int, places: int) -> Decimal:
    scale = 10**places
    whole = (2 * abs(numerator) * scale + denominator) // (2 * denominator)
    rounded = Decimal(whole).scaleb(-places)
    return -rounded if numerator < 0 else rounded


def _ratio(value: Decimal | Fraction) -> tuple[int, int]:
    return value.as_integer_ratio()


def round_half_up(value: Decimal | Fraction, places: int) -> Decimal:
    """An exact value rounded half up (away from zero) to ``places`` decimals."""
    return _round_half_up(*_ratio(value), places)


def round_points(value: Decimal | Fraction) -> Decimal:
    """Points as every screen, letter, workbook and report shows them: two decimals, half up.

    The scoring engine ranks on the exact values; this rounding is for display only, so two
    bids may show the same points and still be ranked apart.
    """
    return _round_half_up(*_ratio(value), 2)


def round_points_of(numerator: int, denominator: int) -> Decimal:
    """``round_points`` of the exact ratio numerator / denominator (denominator > 0)."""
    return _round_half_up(numerator, denominator, 2)


def round_money(value: Decimal | Fraction) -> Decimal:
    """An exact amount rounded half up to whole cents, for display."""
    return _round_half_up(*_ratio(value), 2)


def format_points(value: Decimal | Fraction | None) -> str:
    """Points in Dutch notation with two decimals (73,00 / 66,67), or an empty string."""
    if value is None:
        return ""
    return f"{round_points(value):.2f}".replace(".", ",")


def parse_date(text: str) -> date | None:
    """Read 25-1-2020, 25/01/2020, 25.1.20 or 2020-01-25; None when it is not a date."""
    match = _DATE_RE.match(text)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            if year < 100:
                year += 2000
            return date(year, month, day)
        match = _ISO_DATE_RE.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


def format_number(value: Decimal | None) -> str:
    """40, 12,5 or 7,25: a weight, score or figure in Dutch notation without trailing zeros."""
    if value is None:
        return ""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_money(text: str) -> Decimal | None:
    """Read € 1.000,75 / 1000,75 / 1,000.75 / 1000.75 as Decimal; None when it is not money.

    Dutch notation is assumed when a comma is the last separator; a single dot followed
    by exactly three digits is a thousands separator (``1.000`` is one thousand).
    """
    cleaned = (
        text.strip().replace("€", "").replace("EUR", "").replace("\u00a0", "").replace(" ", "")
    )
    if not cleaned:
        return None
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("+-")
    if cleaned.endswith(",-"):
        cleaned = cleaned[:-2]
    if not re.fullmatch(r"[\d.,]+", cleaned):
        return None
    last_comma, last_dot = cleaned.rfind(","), cleaned.rfind(".")
    if last_comma > last_dot:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif last_dot > last_comma and last_comma >= 0:
        cleaned = cleaned.replace(",", "")
    elif (
        last_dot >= 0 and cleaned.count(".") == 1 and len(cleaned) - last_dot - 1 == 3
    ) or cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    return -amount if negative else amount


def parse_number(text: str) -> Decimal | None:
    """Read 40, 40 %, 12,5 or 12.5; None when the text is not a number."""
    return parse_money(text.replace("%", ""))


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPACES = re.compile(r"\s+")


def fold_for_search(text: str) -> str:
    """Case- and accent-free form of ``text`` as the database stores it for sorting and search:
    "F. Öztürk" becomes "f. ozturk". Stored, so that SQL sorts and filters on an index alike on
    SQLite (whose lower() knows only ASCII) and PostgreSQL."""
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _SPACES.sub(" ", text).strip()


_DIGIT_RUN = re.compile(r"\d+")


# The stored sort key is cut to this length (its column's): the digits' prefixes can make
# it longer than the name it comes from, and a sort key needs no more than its start.
SORT_KEY_LENGTH = 300


def sort_text(text: str) -> str:
    """The folded text a list sorts by in SQL, with numbers in their natural order: each run
    of digits gets its length in front ("9" -> "019", "10" -> "0210"), so that "Lot 9" sorts
    before "Lot 10" in a plain text comparison and on an index."""
    key = _DIGIT_RUN.sub(lambda run: f"{len(run.group()):02d}{run.group()}", fold_for_search(text))
    return key[:SORT_KEY_LENGTH]

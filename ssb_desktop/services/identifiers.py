"""Dutch identifiers and contact fields: normalise what people type and check it (DOMAIN.md 6)."""

from __future__ import annotations

import re
import string

from ssb_desktop.errors import N_

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE_RE = re.compile(r"^([1-9]\d{3})\s?([A-Za-z]{2})$")
_COMPACT_RE = re.compile(r"[\s.\-]")
_SPACE_RE = re.compile(r"\s")
_IBAN_RE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
_DUTCH_IBAN_RE = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
# ISO 13616: each letter counts as its position in the alphabet plus 9 (A = 10 ... Z = 35).
_IBAN_LETTERS = str.maketrans(
    {letter: str(number) for number, letter in enumerate(string.ascii_uppercase, start=10)}
)
_RSIN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def _compact(value: str) -> str:
    # Nothing, or letters and digits only (what is usually typed), hold nothing to remove.
    return value if not value or value.isalnum() else _COMPACT_RE.sub("", value)


def normalise_kvk(value: str) -> str:
    return _compact(value)


def kvk_problem(kvk: str) -> str | None:
    """KvK: exactly 8 digits, no checksum (a 12-digit branch number is not a KvK number)."""
    if not kvk:
        return None
    if not kvk.isdigit():
        return N_("Errors", "A KvK number has only digits.")
    if len(kvk) == 12:
        return N_("Errors", "This is a branch number (12 digits); enter the 8-digit KvK number.")
    if len(kvk) != 8:
        return N_("Errors", "A KvK number has exactly 8 digits.")
    return None


def normalise_rsin(value: str) -> str:
    return _compact(value)


def rsin_problem(rsin: str) -> str | None:
    """RSIN: 9 digits with the 11-check sum(d1..d8 x 9..2) - d9 divisible by 11."""
    if not rsin:
        return None
    if not rsin.isdigit() or len(rsin) != 9:
        return N_("Errors", "An RSIN has exactly 9 digits.")
    digits = [int(char) for char in rsin]
    total = sum(digit * weight for digit, weight in zip(digits[:8], _RSIN_WEIGHTS, strict=True))
    if (total - digits[8]) % 11 != 0:
        return N_("Errors", "This RSIN fails the 11-check; check it for a typing error.")
    return None


def normalise_iban(value: str) -> str:
    return (value if not value or value.isalnum() else _SPACE_RE.sub("", value)).upper()


def iban_problem(iban: str) -> str | None:
    """IBAN per ISO 13616 (mod-97 = 1); Dutch ones are NL + 2 digits + 4 letters + 10 digits."""
    if not iban:
        return None
    if not _IBAN_RE.fullmatch(iban):
        return N_("Errors", "This is not an IBAN; it starts with a country code such as NL.")
    if iban.startswith("NL") and not _DUTCH_IBAN_RE.fullmatch(iban):
        return N_("Errors", "A Dutch IBAN has 18 characters: NL, 2 digits, 4 letters, 10 digits.")
    rearranged = iban[4:] + iban[:4]
    if int(rearranged.translate(_IBAN_LETTERS)) % 97 != 1:
        return N_("Errors", "This IBAN fails its check digits; check it for a typing error.")
    return None


def normalise_postcode(value: str) -> str:
    match = _POSTCODE_RE.match(value.strip())
    if match:
        return f"{match.group(1)} {match.group(2).upper()}"
    return value.strip()


def postcode_problem(postcode: str) -> str | None:
    if not postcode:
        return None
    if not _POSTCODE_RE.match(postcode):
        return N_("Errors", "A Dutch postcode looks like 2312 AB.")
    return None


def email_problem(email: str) -> str | None:
    if not email:
        return None
    if not _EMAIL_RE.match(email):
        return N_("Errors", "This is not an e-mail address (name@example.nl).")
    return None

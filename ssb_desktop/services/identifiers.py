"""Dutch identifiers and contact fields: normalise what people type and check it (DOMAIN.md 6).

The checks themselves come from python-stdnum (IBAN with every country's length and format,
the RSIN/BSN eleven-test); this module keeps the rules stdnum does not state our way and our
own messages. Two checks run by the ten thousand in an import are written out here as stdnum
states them, because calling stdnum costs tens of microseconds each: a Dutch IBAN's mod 97-10
(stdnum has no further Dutch rule) and the Dutch postcode's unused letters (SA, SD, SS).

- Only the ASCII digits 0-9 and letters A-Z count. ``str.isdigit`` also accepts superscript,
  full-width and Arabic-Indic digits, and stdnum quietly maps some of them to ASCII; here
  such a value is refused, so what is stored is what a colleague's system can read.
- A KvK number is exactly 8 digits without a checksum (stdnum has no rule for it).
- An RSIN is exactly 9 digits (stdnum's BSN check pads shorter numbers with zeros).
- No input makes a check raise: every ``*_problem`` returns a message or None.
"""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum.exceptions import InvalidComponent, ValidationError
from stdnum.nl import bsn as stdnum_bsn

from ssb_desktop.errors import N_
from ssb_desktop.formatting import is_ascii_digits

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ASCII_ALNUM_RE = re.compile(r"[A-Za-z0-9]+")
_POSTCODE_RE = re.compile(r"([1-9][0-9]{3}) ?([A-Za-z]{2})")
_COMPACT_RE = re.compile(r"[ .\-]")
_SPACE_RE = re.compile(r"[ \t]")
_DUTCH_IBAN_RE = re.compile(r"NL[0-9]{2}[A-Z]{4}[0-9]{10}")
_COUNTRY_RE = re.compile(r"[A-Z]{2}[0-9]{2}")

_IBAN_CHECK_DIGITS = N_("Errors", "This IBAN fails its check digits; check it for a typing error.")
# A=10 ... Z=35, as ISO 7064 mod 97-10 reads the letters of an IBAN.
_LETTER_DIGITS = str.maketrans({chr(ord("A") + n): str(10 + n) for n in range(26)})

_UNUSED_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})

_ONLY_ASCII = N_("Errors", "Use only the digits 0-9 (and letters A-Z where they belong).")


def _compact(value: str) -> str:
    # Nothing, or letters and digits only (what is usually typed), hold nothing to remove.
    return value if not value or value.isalnum() else _COMPACT_RE.sub("", value.strip())


def normalise_kvk(value: str) -> str:
    return _compact(value)


def kvk_problem(kvk: str) -> str | None:
    """KvK: exactly 8 digits, no checksum (a 12-digit branch number is not a KvK number)."""
    if not kvk:
        return None
    if not is_ascii_digits(kvk):
        if any(char.isdigit() for char in kvk) and all(char.isdigit() for char in kvk):
            return _ONLY_ASCII
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
    if not is_ascii_digits(rsin):
        if all(char.isdigit() for char in rsin):
            return _ONLY_ASCII
        return N_("Errors", "An RSIN has exactly 9 digits.")
    if len(rsin) != 9:
        return N_("Errors", "An RSIN has exactly 9 digits.")
    try:
        stdnum_bsn.validate(rsin)
    except ValidationError:
        return N_("Errors", "This RSIN fails the 11-check; check it for a typing error.")
    return None


def normalise_iban(value: str) -> str:
    return (value if not value or value.isalnum() else _SPACE_RE.sub("", value.strip())).upper()


def iban_problem(iban: str) -> str | None:
    """IBAN per ISO 13616: the country's length and format and mod-97 = 1 (stdnum knows every
    country); a Dutch one is NL + 2 digits + 4 letters + 10 digits, without the old 11-check."""
    if not iban:
        return None
    if not _ASCII_ALNUM_RE.fullmatch(iban):
        if all(char.isalnum() for char in iban):
            return _ONLY_ASCII
        return N_("Errors", "This is not an IBAN; it starts with a country code such as NL.")
    if not _COUNTRY_RE.match(iban):
        return N_("Errors", "This is not an IBAN; it starts with a country code such as NL.")
    if iban.startswith("NL"):
        if not _DUTCH_IBAN_RE.fullmatch(iban):
            return N_(
                "Errors", "A Dutch IBAN has 18 characters: NL, 2 digits, 4 letters, 10 digits."
            )
        # What stdnum checks for a Dutch IBAN of this shape (it knows no further Dutch rule):
        # ISO 7064 mod 97-10 over the rearranged number. An import checks tens of thousands
        # of IBANs, and stdnum's general path costs some 30 microseconds each.
        if int((iban[4:] + iban[:4]).translate(_LETTER_DIGITS)) % 97 != 1:
            return _IBAN_CHECK_DIGITS
        return None
    try:
        # The country's length and format first (with check digits made right), then the
        # check digits, so that a foreign IBAN of the wrong length is told so.
        shaped = iban[:2] + stdnum_iban.calc_check_digits(iban) + iban[4:]
    except ValidationError:
        return N_("Errors", "This is not an IBAN; it starts with a country code such as NL.")
    if not stdnum_iban.is_valid(shaped):
        if not stdnum_iban.is_valid(shaped, check_country=False):
            try:
                stdnum_iban.validate(shaped)
            except InvalidComponent:
                return N_("Errors", "This IBAN starts with a country code that has no IBAN.")
            except ValidationError:
                pass
            return N_(
                "Errors",
                "This IBAN does not have the length or format of an IBAN of its country; "
                "check it for a missing or extra character.",
            )
        return _IBAN_CHECK_DIGITS
    if not stdnum_iban.is_valid(iban):
        return _IBAN_CHECK_DIGITS
    return None


def normalise_postcode(value: str) -> str:
    match = _POSTCODE_RE.fullmatch(value.strip())
    if match:
        return f"{match.group(1)} {match.group(2).upper()}"
    return value.strip()


def postcode_problem(postcode: str) -> str | None:
    """A Dutch postcode: 4 digits (not starting with 0) and 2 letters, not SA, SD or SS."""
    if not postcode:
        return None
    match = _POSTCODE_RE.fullmatch(postcode)
    if match is None:
        if any(char.isdigit() and not is_ascii_digits(char) for char in postcode):
            return _ONLY_ASCII
        return N_("Errors", "A Dutch postcode looks like 2312 AB.")
    # stdnum.nl.postcode's one rule beyond this shape (its list of unused letters); calling
    # it costs more than the rest of the check, and an import checks tens of thousands.
    if match.group(2).upper() in _UNUSED_POSTCODE_LETTERS:
        return N_("Errors", "The letters SA, SD and SS are not used in Dutch postcodes.")
    return None


def email_problem(email: str) -> str | None:
    if not email:
        return None
    if not _EMAIL_RE.match(email):
        return N_("Errors", "This is not an e-mail address (name@example.nl).")
    return None

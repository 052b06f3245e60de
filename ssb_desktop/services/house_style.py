"""The house style of the letters: the municipality's letterhead (name, logo, addresses,
website, phone) and per kind of letter the signatory and mandate line, shared by a team."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables.letters import (
    HOUSE_STYLE_ID,
    HouseStyle,
    LetterSignature,
    LetterTemplate,
)
from ssb_desktop.errors import N_, ConflictError, ValidationError
from ssb_desktop.letter_templates import DEFAULT_TEMPLATES, check_template
from ssb_desktop.records import (
    HouseStyleRecord,
    LetterKind,
    LetterSignatory,
    LetterTemplateRecord,
)
from ssb_desktop.services.permissions import Permission, require

# Generous for a letterhead logo, small enough to keep every letter and the database light.
LOGO_MAX_BYTES = 2 * 1024 * 1024
# The image formats every PDF viewer and Word show; recognised by their first bytes.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)
# The longest text each field takes (the columns of db/tables/letters.py).
_LENGTHS = {
    "municipality": 200,
    "website": 300,
    "phone": 50,
    "email": 254,
    "iban": 34,
    "visiting_address": 1000,
    "postal_address": 1000,
}
_SIGNATORY_LENGTHS = {"name": 200, "function": 200, "mandate": 300}


def logo_format(data: bytes) -> str | None:
    """``png``, ``jpeg`` or ``gif`` when ``data`` starts like one; None otherwise."""
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def _too_big(name: str, size: int) -> ValidationError:
    return ValidationError(
        N_(
            "Errors",
            "The logo {name} is {size} MB; a logo may be at most 2 MB. Save a smaller "
            "image (a letterhead needs about 600 pixels wide) and choose it again.",
        ),
        {"name": name, "size": f"{size / 1024 / 1024:.1f}".replace(".", ",")},
        field="logo",
    )


def check_logo(data: bytes, name: str = "") -> bytes:
    """The logo as given, or a refusal that says what is wrong with the file."""
    if len(data) > LOGO_MAX_BYTES:
        raise _too_big(name, len(data))
    if data and logo_format(data) is None:
        raise not_an_image(name)
    return data


def not_an_image(name: str) -> ValidationError:
    """The refusal of a file that is no image (or a damaged one) as a logo."""
    return ValidationError(
        N_(
            "Errors",
            "The file {name} is not an image that a letter can show. Choose a PNG, JPEG or "
            "GIF file.",
        ),
        {"name": name},
        field="logo",
    )


def read_logo_file(path: Path) -> bytes:
    """The bytes of a logo file, checked; a file over the limit is refused unread."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > LOGO_MAX_BYTES:
            # Never read 50 MB only to refuse it.
            raise _too_big(path.name, size)
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            N_("Errors", "The file {name} cannot be read: {reason}. Choose another file."),
            {"name": path.name, "reason": error.strerror or str(error)},
            field="logo",
        ) from error
    return check_logo(data, path.name)


def get_house_style(session: Session) -> HouseStyleRecord:
    """The house style; an empty one (version None) while nobody has filled it in."""
    require(session, Permission.VIEW)
    row = session.get(HouseStyle, HOUSE_STYLE_ID)
    signatures = {
        s.kind: s for s in session.scalars(select(LetterSignature).order_by(LetterSignature.kind))
    }
    signatories = tuple(
        LetterSignatory(kind, s.name, s.function, s.mandate)
        if (s := signatures.get(kind)) is not None
        else LetterSignatory(kind)
        for kind in LetterKind
    )
    templates = tuple(
        LetterTemplateRecord(t.kind, t.text, t.version)
        for t in session.scalars(select(LetterTemplate).order_by(LetterTemplate.kind))
    )
    if row is None:
        return HouseStyleRecord(signatories=signatories, templates=templates)
    return HouseStyleRecord(
        municipality=row.municipality,
        logo=row.logo,
        visiting_address=row.visiting_address,
        postal_address=row.postal_address,
        website=row.website,
        phone=row.phone,
        email=row.email,
        iban=row.iban,
        signatories=signatories,
        version=row.version,
        templates=templates,
    )


def _checked_text(value: str, field: str, limit: int) -> str:
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(
            N_("Errors", "This text is {length} characters long; at most {limit} fit here."),
            {"length": len(value), "limit": limit},
            field=field,
        )
    return value


def save_house_style(session: Session, style: HouseStyleRecord) -> HouseStyleRecord:
    """Store the house style; ``style.version`` must be the version that was loaded (None for
    the first save), so that a colleague's change is never silently overwritten."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    values = {
        field: _checked_text(getattr(style, field), field, limit)
        for field, limit in _LENGTHS.items()
    }
    if not values["municipality"]:
        raise ValidationError(
            N_("Errors", "Enter the name of the municipality; every letter carries it."),
            field="municipality",
        )
    logo = check_logo(style.logo)
    row = session.get(HouseStyle, HOUSE_STYLE_ID)
    current = None if row is None else row.version
    if current != style.version:
        raise ConflictError(_STALE)
    if row is None:
        row = HouseStyle(id=HOUSE_STYLE_ID)
        session.add(row)
    for field, value in values.items():
        if getattr(row, field) != value:
            setattr(row, field, value)
    if row.logo != logo:
        row.logo = logo
    existing = {s.kind: s for s in session.scalars(select(LetterSignature))}
    for signatory in style.signatories:
        fields = {
            field: _checked_text(getattr(signatory, field), f"{signatory.kind.value}.{field}", n)
            for field, n in _SIGNATORY_LENGTHS.items()
        }
        found = existing.get(signatory.kind)
        if found is None:
            if any(fields.values()):
                session.add(LetterSignature(kind=signatory.kind, **fields))
            continue
        for field, value in fields.items():
            if getattr(found, field) != value:
                setattr(found, field, value)
    session.flush()
    return get_house_style(session)


_STALE = N_(
    "Errors",
    "Someone else changed this record since you opened it. "
    "Reload it to see their changes, then make yours again.",
)


def save_template(
    session: Session, kind: LetterKind, text: str, version: int | None
) -> LetterTemplateRecord:
    """Store the text of one kind of letter; refused when it uses a placeholder the letter
    does not know or drops one the law requires. ``version`` is the one loaded (None while
    the default applied)."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    if kind not in DEFAULT_TEMPLATES:
        raise ValidationError(N_("Errors", "This kind of letter has no editable text."))
    text = check_template(kind, text.strip("\n"))
    row = session.get(LetterTemplate, kind)
    if (None if row is None else row.version) != version:
        raise ConflictError(_STALE)
    if row is None:
        row = LetterTemplate(kind=kind, text=text)
        session.add(row)
    elif row.text != text:
        row.text = text
    session.flush()
    return LetterTemplateRecord(row.kind, row.text, row.version)


def reset_template(session: Session, kind: LetterKind, version: int | None) -> LetterTemplateRecord:
    """Back to the text that ships with the program ("terug naar standaard"); the edited text
    stays in the audit log."""
    return save_template(session, kind, DEFAULT_TEMPLATES[kind], version)

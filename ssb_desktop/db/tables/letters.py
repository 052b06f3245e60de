"""The house style of the letters: the municipality's letterhead, who signs each kind, and
the letter texts staff edited."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.records import LetterKind

HOUSE_STYLE_ID = 1


class HouseStyle(Versioned, Timestamped, Base):
    """One row (id 1): the sender of every letter."""

    __tablename__ = "house_style"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality: Mapped[str] = mapped_column(String(200), default="")
    # A PNG, JPEG or GIF of at most 2 MB (services.house_style checks it).
    logo: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    visiting_address: Mapped[str] = mapped_column(Text, default="")
    postal_address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")


class LetterSignature(Versioned, Timestamped, Base):
    """Who signs one kind of letter, and the mandate line above the name."""

    __tablename__ = "letter_signatures"

    kind: Mapped[LetterKind] = mapped_column(
        enum_column(LetterKind, "letter_kind"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    mandate: Mapped[str] = mapped_column(String(300), default="")


class LetterTemplate(Versioned, Timestamped, Base):
    """The text of one kind of letter as staff edited it; without a row the default applies."""

    __tablename__ = "letter_templates"

    kind: Mapped[LetterKind] = mapped_column(
        enum_column(LetterKind, "letter_template_kind"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)

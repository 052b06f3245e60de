"""Expected failures the user can act on, carried as translatable messages without Qt.

Layers below the views cannot import Qt, so an error carries its English source text,
the translation context and the values to fill in. The views and the command line
translate it with ``ssb_desktop.i18n.translate_error``; ``str(error)`` gives English.
Strings are marked for ``pyside6-lupdate`` with :func:`N_` (configured as an alias of
``QT_TRANSLATE_NOOP``), so the Dutch catalogue picks them up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ERRORS_CONTEXT = "Errors"


def N_(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True, slots=True)
class Labels:
    """A message value that is itself a list of translatable labels (e.g. role names),
    translated with the message and joined by commas."""

    context: str
    texts: tuple[str, ...]

    def __str__(self) -> str:
        return ", ".join(self.texts)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def english_value(value: Any) -> Any:
    """A parameter as English text: a message inside a message (a reason, a list of
    reasons) is filled in too; any other value is returned as it is."""
    if isinstance(value, tuple | list) and value and all(hasattr(v, "english") for v in value):
        return " ".join(str(v.english()) for v in value)
    english = getattr(value, "english", None)
    return english() if callable(english) else value


def english_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with every nested message in English (see :func:`english_value`)."""
    return {key: english_value(value) for key, value in params.items()}


class AppError(Exception):
    """A failure with a plain sentence that says what happened and what to do."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        params: Mapping[str, Any] | None = None,
        *,
        details: str = "",
        context: str = ERRORS_CONTEXT,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.params: dict[str, Any] = dict(params or {})
        self.details = details
        self.context = context
        self.field = field
        super().__init__(self.english())

    def english(self) -> str:
        return self.message.format(**english_params(self.params))


class ValidationError(AppError):
    """Input that breaks a rule; ``field`` names the form field or column at fault."""

    exit_code = 1


class NotFoundError(AppError):
    """A record the user referred to does not exist (any more)."""


class PermissionDeniedError(AppError):
    """The current user's roles do not allow the action."""


class ConflictError(AppError):
    """Someone else changed the record since it was loaded; reload and try again."""


class DatabaseError(AppError):
    """The database cannot be used (newer schema, network share, locked, read-only, full)."""


class WorkbookError(AppError):
    """A workbook cannot be read or written (damaged, encrypted, too large, open in Excel)."""

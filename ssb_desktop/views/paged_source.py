"""The database side of a :class:`PagedTableModel`: a list's services, each call in a short
read-only transaction of its own, for every database-backed list page (issue 18).

A failure is shown once and leaves the list empty rather than half drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.views import messages

Q = TypeVar("Q")
R = TypeVar("R")
T = TypeVar("T")
Q_contra = TypeVar("Q_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)


class PageService(Protocol[Q_contra, R_co]):
    """``organisation_page``, ``entry_page``: rows ``offset`` to ``offset + limit``."""

    def __call__(
        self, session: Session, query: Q_contra, offset: int, limit: int, /, *, count: int | None
    ) -> Sequence[R_co]: ...


class PositionService(Protocol[Q_contra]):
    """``organisation_position``, ``entry_position``: the row of the record with ``key``."""

    def __call__(
        self, session: Session, query: Q_contra, key: int, /, *, within: int | None
    ) -> int | None: ...


class ServiceSource(Generic[Q, R]):
    """Counts, totals, pages and positions of one list, read through its services.

    The services take the session first, as every service does; keys are record ids."""

    def __init__(
        self,
        owner: QWidget,
        db: Database,
        *,
        count: Callable[[Session, Q], int],
        total: Callable[[Session], int],
        page: PageService[Q, R],
        position: PositionService[Q],
    ) -> None:
        self._owner = owner
        self._db = db
        self._count = count
        self._total = total
        self._page = page
        self._position = position
        self._error: AppError | None = None

    def _read(self, read: Callable[[Session], T], fallback: T) -> T:
        try:
            with self._db.reading() as session:
                return read(session)
        except AppError as error:
            # Reads happen while the view paints: the message waits for the event loop, and
            # a burst of failing reads (every row of a screen) shows it once.
            if self._error is None:
                self._error = error
                QTimer.singleShot(0, self._show_error)
            return fallback

    def _show_error(self) -> None:
        error, self._error = self._error, None
        if error is not None:
            messages.show_error(self._owner, error)

    def count(self, query: Q) -> int:
        return self._read(lambda s: self._count(s, query), 0)

    def total(self) -> int:
        return self._read(self._total, 0)

    def page(self, query: Q, offset: int, limit: int, count: int) -> Sequence[R]:
        empty: Sequence[R] = ()
        return self._read(lambda s: self._page(s, query, offset, limit, count=count), empty)

    def position(self, query: Q, key: Any, within: int | None = None) -> int | None:
        if not isinstance(key, int):
            return None
        found: int | None = None
        return self._read(lambda s: self._position(s, query, key, within=within), found)

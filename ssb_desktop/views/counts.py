"""Texts with a number in them, in Qt's plural forms ("1 inschrijving", "2 inschrijvingen").

pyside6-lupdate reads a plural form (``%n``) only from ``tr(text, "", n)`` called inside a
class, so the counted texts that module-level code shows are methods here. ``%Ln`` writes
the number with the language's thousands separator.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    """``Counts().bids_written(n).format(path=...)`` and so on."""

    def applications_written(self, n: int) -> str:
        return self.tr("%Ln applications written to {path}.", "", n)

    def allocation_written(self, n: int) -> str:
        return self.tr("The allocation of %Ln applications is written to {path}.", "", n)

    def bids_written(self, n: int) -> str:
        return self.tr("%Ln bids written to {path}.", "", n)

    def criteria_written(self, n: int) -> str:
        return self.tr("%Ln criteria written to {path}.", "", n)

    def organisations_written(self, n: int) -> str:
        return self.tr("%Ln organisations written to {path}.", "", n)

    def grids_written(self, n: int) -> str:
        return self.tr("%n scoring grids written to {folder}.", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n months", "", n)

    def years(self, n: int) -> str:
        return self.tr("%n years", "", n)

    def steps(self, n: int) -> str:
        return self.tr("%n steps", "", n)

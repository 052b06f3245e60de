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

    def rows_exported(self, n: int) -> str:
        return self.tr("%Ln rows exported to {path}.", "", n)

    def decisions_recorded(self, n: int) -> str:
        return self.tr("%Ln decisions recorded.", "", n)

    def letters_written(self, n: int) -> str:
        return self.tr("%Ln letters written to {path}.", "", n)

    def letters_already_sent(self, n: int) -> str:
        return self.tr("%Ln letters were sent already and not written again (--all does).", "", n)

    def letters_marked_sent(self, n: int) -> str:
        return self.tr("%Ln letters recorded as sent on {day}.", "", n)

    def grants_owing_report(self, n: int) -> str:
        return self.tr("%Ln grants owe a report, {overdue} of them overdue.", "", n)

    def lots(self, n: int) -> str:
        return self.tr("%Ln lots", "", n)

    def bids(self, n: int) -> str:
        return self.tr("%Ln bids", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n months", "", n)

    def years(self, n: int) -> str:
        return self.tr("%n years", "", n)

    def steps(self, n: int) -> str:
        return self.tr("%n steps", "", n)

"""Columns of the table that lists import problems and warnings by sheet, row and column."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column
from ssb_desktop.records import Problem


@dataclass(frozen=True, slots=True)
class ProblemLine:
    """A problem or warning with its severity, as one row of the list."""

    id: int
    severity: str
    problem: Problem


def _message(line: ProblemLine) -> str:
    problem = line.problem
    template = QCoreApplication.translate(problem.context, problem.message)
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return problem.english()


PROBLEM_COLUMNS: tuple[Column[ProblemLine], ...] = (
    Column(
        N_("Columns", "Severity"), lambda line: QCoreApplication.translate("Import", line.severity)
    ),
    Column(N_("Columns", "Sheet"), lambda line: line.problem.sheet),
    Column(N_("Columns", "Row"), lambda line: line.problem.row, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Column"), lambda line: line.problem.column),
    Column(N_("Columns", "Message"), _message, tooltip=_message),
)
SEVERITY_PROBLEM = N_("Import", "Problem")
SEVERITY_WARNING = N_("Import", "Warning")


def problem_lines(
    problems: tuple[Problem, ...], warnings: tuple[Problem, ...]
) -> list[ProblemLine]:
    lines = [ProblemLine(i, SEVERITY_PROBLEM, p) for i, p in enumerate(problems)]
    offset = len(lines)
    lines += [ProblemLine(offset + i, SEVERITY_WARNING, w) for i, w in enumerate(warnings)]
    return lines

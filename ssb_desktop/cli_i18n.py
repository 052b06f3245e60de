"""The command line's help, usage and argument errors in the user's language.

argparse writes its own words ("usage:", "options", "the following arguments are required")
through ``gettext``; :func:`translate_parser` routes them, and every help text of our parser,
through the program's Dutch catalogue. It reads the catalogue with a stand-alone QTranslator
(QtCore only), because the parser runs before any Qt application exists.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from ssb_desktop.errors import N_

CONTEXT = "argparse"

# The texts of argparse that a user of ssb-desktop can meet, marked for the catalogue.
ARGPARSE_TEXTS = (
    N_("argparse", "usage: "),
    N_("argparse", "positional arguments"),
    N_("argparse", "options"),
    N_("argparse", "show this help message and exit"),
    N_("argparse", "show program's version number and exit"),
    N_("argparse", "argument %(argument_name)s: %(message)s"),
    N_("argparse", "unrecognized arguments: %s"),
    N_("argparse", "not allowed with argument %s"),
    N_("argparse", "the following arguments are required: %s"),
    N_("argparse", "one of the arguments %s is required"),
    N_("argparse", "expected one argument"),
    N_("argparse", "expected at most one argument"),
    N_("argparse", "expected at least one argument"),
    N_("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    N_("argparse", "invalid %(type)s value: %(value)r"),
    N_("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argparse", "%(prog)s: error: %(message)s\n"),
)

Translate = Callable[[str, str], str]


def language_asked(argv: Sequence[str]) -> str:
    """The ``--lang`` of ``argv`` (read before the parser exists), or the default."""
    from ssb_desktop.i18n import normalise_language

    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            return normalise_language(argv[index + 1])
        if argument.startswith("--lang="):
            return normalise_language(argument.partition("=")[2])
    return normalise_language(None)


def translator_for(language: str) -> Translate:
    """(context, source) -> text in ``language``; the source itself when not translated."""
    from PySide6.QtCore import QTranslator

    from ssb_desktop.i18n import catalogue_path

    path = catalogue_path(language)
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        return lambda _context, source: source

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate


def translate_parser(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """Translate argparse's own words and every description and help text of ``parser``
    (and its sub-commands) in place; our texts are marked ``N_("Cli", ...)``."""
    argparse._ = lambda text: translate(CONTEXT, text)  # type: ignore[attr-defined]
    seen: set[int] = set()

    def walk(current: argparse.ArgumentParser) -> None:
        if id(current) in seen:
            return
        seen.add(id(current))
        if current.description:
            current.description = translate("Cli", current.description)
        for action in current._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = translate(
                    CONTEXT if action.help.startswith("show ") else "Cli", action.help
                )
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = translate("Cli", choice.help)
                for sub in action.choices.values():
                    walk(sub)
        for group in current._action_groups:
            if group.title:
                group.title = translate(CONTEXT, group.title)

    walk(parser)

"""Installs the translators of the chosen language and translates messages carried without Qt.

Only QtCore is used, so the command line translates its reports with the same catalogue as
the windows. English is the source language; Dutch (the default) comes from the compiled
catalogue ``ssb_desktop/resources/ssb_desktop_nl.qm``, which ``tools/update_translations.py``
builds from ``resources/i18n/ssb_desktop_nl.ts``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ssb_desktop.errors import AppError, Labels

if TYPE_CHECKING:
    from ssb_desktop.records import Notice, Problem

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"
SOURCE_LANGUAGE = "en"
LANGUAGES = (DEFAULT_LANGUAGE, SOURCE_LANGUAGE)

# Kept here because QCoreApplication does not own installed translators: one that Python
# collects stops translating, and a later change of language must be able to remove them.
_installed: list[QTranslator] = []


def normalise_language(code: str | None) -> str:
    """The supported language that ``code`` ("nl", "nl_NL", "en-GB", ...) asks for.

    An unknown or empty code gives the default, Dutch: a damaged settings file must not leave
    a Dutch-speaking user with an English program.
    """
    language = (code or "").strip().replace("-", "_").partition("_")[0].lower()
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def catalogue_path(language: str) -> Path | None:
    """Our compiled catalogue for ``language``, or None when there is none (English).

    The file is package data, so both an installed wheel and a PyInstaller bundle have it
    next to the package's modules.
    """
    if language == SOURCE_LANGUAGE:
        return None
    entry = resources.files("ssb_desktop") / "resources" / f"ssb_desktop_{language}.qm"
    # QTranslator needs a file name; the package is a folder on disk in every way we ship.
    path = Path(str(entry))
    return path if path.is_file() else None


def _qt_translation_dirs() -> list[Path]:
    # QLibraryInfo knows the folder of a normal PySide6 install; a frozen bundle may only have
    # the copy inside the PySide6 package (Qt/translations on Linux and macOS, translations on
    # Windows).
    package = Path(PySide6.__file__).parent
    candidates = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]
    return [folder for folder in dict.fromkeys(candidates) if folder.is_dir()]


def _load_qt_translator(language: str) -> QTranslator | None:
    for folder in _qt_translation_dirs():
        translator = QTranslator()
        if translator.load(f"qtbase_{language}", str(folder)):
            return translator
    log.warning("Qt's own %s translation (qtbase_%s.qm) was not found", language, language)
    return None


def install_translators(app: QCoreApplication, language: str | None = DEFAULT_LANGUAGE) -> str:
    """Translate the program into ``language``, replacing translators installed earlier.

    Installs Qt's own translation (standard buttons, dialogs) and ours into ``app`` (a
    QApplication, or a QCoreApplication for the command line). Returns the language now in
    effect: English when ``language`` is English, or when the catalogue is missing (logged).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    wanted = normalise_language(language)
    # Number fields (spin boxes, validators) follow the language: a decimal comma in Dutch.
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if wanted == "nl"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    if wanted == SOURCE_LANGUAGE:
        install_english_plurals(app)
        return SOURCE_LANGUAGE
    path = catalogue_path(wanted)
    ours = QTranslator()
    if path is None or not ours.load(str(path)):
        log.error("The %s catalogue is missing from the package (%s)", wanted, path)
        return SOURCE_LANGUAGE
    qt_translator = _load_qt_translator(wanted)
    # Installed last means asked first: ours may override Qt's wording.
    translators = [ours] if qt_translator is None else [qt_translator, ours]
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    return wanted


def install_english_plurals(app: QCoreApplication) -> None:
    """English is the source language, but "%n scores" needs its singular ("1 score"): a
    small catalogue of plural forms only (``ssb_desktop_en.qm``)."""
    entry = resources.files("ssb_desktop") / "resources" / "ssb_desktop_en.qm"
    translator = QTranslator()
    if translator.load(str(Path(str(entry)))):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.error("The English plural forms are missing from the package (%s)", entry)


def translate_label(context: str, text: str) -> str:
    """``text`` (a source text marked with ``N_(context, text)``) in the current language."""
    return QCoreApplication.translate(context, text)


def _is_message(value: Any) -> bool:
    """A message carried as a value (an AppError, Notice or Problem given as a reason)."""
    return (
        isinstance(getattr(value, "context", None), str)
        and isinstance(getattr(value, "params", None), Mapping)
        and isinstance(getattr(value, "message", getattr(value, "reason", None)), str)
    )


def translate_value(value: Any) -> Any:
    """A parameter in the current language: a message inside a message is translated (never
    English inside a Dutch sentence), a list of them joined with spaces; other values stay."""
    if isinstance(value, Labels):
        return ", ".join(QCoreApplication.translate(value.context, text) for text in value.texts)
    if isinstance(value, tuple | list) and value and all(_is_message(v) for v in value):
        return " ".join(translate_value(v) for v in value)
    if _is_message(value):
        source = getattr(value, "message", None)
        if not isinstance(source, str):
            source = value.reason
        return translate_message(value.context, source, value.params)
    return value


def _fill(template: str, source: str, params: Mapping[str, Any]) -> str:
    values = {key: translate_value(value) for key, value in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a damaged placeholder must not hide the message itself.
        log.warning("Translation of %r has placeholders that do not match", source)
        return source.format(**values)


def translate_message(context: str, message: str, params: Mapping[str, Any]) -> str:
    """A message marked with ``N_(context, message)`` in the current language, values filled in."""
    return _fill(QCoreApplication.translate(context, message), message, params)


def translate_error(error: AppError) -> str:
    """The plain sentence of ``error`` in the current language, with its values filled in."""
    template = QCoreApplication.translate(error.context, error.message)
    return _fill(template, error.message, error.params)


def translate_problem(problem: Problem) -> str:
    """The message of an import ``problem`` in the current language, with its values filled in."""
    template = QCoreApplication.translate(problem.context, problem.message)
    return _fill(template, problem.message, problem.params)


def translate_notice(notice: Notice) -> str:
    """A notice (a warning or remark) in the current language, with its values filled in."""
    return translate_message(notice.context, notice.message, notice.params)

"""The Dutch catalogue is complete, matches the code, is compiled, and is what the program shows."""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from ssb_desktop.errors import AppError
from ssb_desktop.i18n import (
    catalogue_path,
    install_translators,
    normalise_language,
    translate_error,
    translate_label,
    translate_problem,
)
from ssb_desktop.records import Problem

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def _load_tool() -> ModuleType:
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _messages(ts_file: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of every message in ``ts_file``."""
    found = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext())
            found[(name, message.findtext("source", ""))] = text
    return found


def test_every_text_in_the_catalogue_has_a_dutch_translation() -> None:
    missing = tool.untranslated(tool.TS_FILE)

    assert not missing, "Translate these in resources/i18n/ssb_desktop_nl.ts:\n" + "\n".join(
        f"  [{context}] {source}" for context, source in missing
    )


def test_every_translatable_text_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_nl.ts"
    tool.run_lupdate(fresh)

    in_code = set(_messages(fresh))
    in_catalogue = set(_messages(tool.TS_FILE))

    missing = sorted(in_code - in_catalogue)
    assert not missing, "Run python tools/update_translations.py and translate:\n" + "\n".join(
        f"  [{context}] {source}" for context, source in missing
    )
    stale = sorted(in_catalogue - in_code)
    assert not stale, "No longer in the code; run python tools/update_translations.py:\n" + (
        "\n".join(f"  [{context}] {source}" for context, source in stale)
    )


def test_translations_keep_every_placeholder_of_their_source() -> None:
    broken = [
        f"  [{context}] {source!r} -> {translation!r}"
        for (context, source), translation in _messages(tool.TS_FILE).items()
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation))
    ]

    assert not broken, "Placeholders differ from the source:\n" + "\n".join(broken)


def test_the_shipped_qm_file_is_compiled_from_the_current_catalogue(tmp_path: Path) -> None:
    compiled = tmp_path / "ssb_desktop_nl.qm"
    tool.run_lrelease(tool.TS_FILE, compiled)

    assert tool.QM_FILE.read_bytes() == compiled.read_bytes(), (
        "ssb_desktop/resources/ssb_desktop_nl.qm is out of date: "
        "run python tools/update_translations.py"
    )


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "nl") == "nl"
    yield
    install_translators(qapp, "en")


@pytest.mark.usefixtures("dutch")
def test_the_program_speaks_dutch_by_default_including_qts_own_buttons() -> None:
    assert translate_label("Role", "Administrator") == "Beheerder"
    assert translate_label("OrganisationKind", "Volunteer") == "Vrijwilligers"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


@pytest.mark.usefixtures("dutch")
def test_switching_to_english_removes_the_dutch_texts(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == "en"

    assert translate_label("Role", "Administrator") == "Administrator"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(
    ("code", "language"),
    [("nl", "nl"), ("nl_NL", "nl"), ("en-GB", "en"), ("EN", "en"), ("", "nl"), ("fr", "nl")],
)
def test_a_language_setting_is_read_leniently(code: str, language: str) -> None:
    assert normalise_language(code) == language


def test_the_dutch_catalogue_ships_inside_the_package() -> None:
    path = catalogue_path("nl")

    assert path is not None and path.parent.parent.name == "ssb_desktop"
    assert catalogue_path("en") is None


def test_an_error_is_translated_and_filled_in(qapp: QApplication) -> None:
    source = (
        "The details have been saved in {log_path}. "
        "Please send this file to your application administrator."
    )
    error = AppError(source, {"log_path": "log.txt"}, context="Messages")
    assert translate_error(error) == (
        "The details have been saved in log.txt. "
        "Please send this file to your application administrator."
    )

    install_translators(qapp, "nl")
    try:
        assert translate_error(error) == (
            "De details zijn opgeslagen in log.txt. Stuur dit bestand naar uw applicatiebeheerder."
        )
    finally:
        install_translators(qapp, "en")


class _BrokenTranslation(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return "Kapot: {onbekend}"


def test_a_translation_with_a_wrong_placeholder_still_shows_the_message(
    qapp: QApplication,
) -> None:
    translator = _BrokenTranslation()
    qapp.installTranslator(translator)
    try:
        problem = Problem("{value} is not a date.", params={"value": "31-02-2024"})
        assert translate_problem(problem) == "31-02-2024 is not a date."
    finally:
        qapp.removeTranslator(translator)


def _hidden_texts(path: Path) -> Iterator[str]:
    """Texts lupdate cannot collect: a literal inside an f-string's translate() call, or a
    literal passed to a private helper instead of translate()/tr()/N_()."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Call):
                    continue
                name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                # The source text: translate(context, text) or tr(text).
                source = {"translate": 1, "tr": 0}.get(name)
                if (
                    source is not None
                    and len(inner.args) > source
                    and isinstance(inner.args[source], ast.Constant)
                ):
                    yield f"{path.name}:{inner.lineno}: translate() inside an f-string"
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_tr"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            yield f"{path.name}:{node.lineno}: a literal passed to _tr()"


def test_every_translatable_text_is_where_the_catalogue_tool_finds_it() -> None:
    package = ROOT / "ssb_desktop"
    hidden = [text for path in sorted(package.rglob("*.py")) for text in _hidden_texts(path)]
    assert hidden == []


# --- nothing user-visible escapes the catalogue ----------------------------------------------


def _translate_calls_without_literal_context(path: Path) -> Iterator[str]:
    """translate(CONTEXT, "text") with a context lupdate cannot read: the text never reaches
    the catalogue and is shown in English (the scoring grid once showed "Scored")."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        context, source = node.args[0], node.args[1]
        if (
            name in {"translate", "N_"}
            and isinstance(source, ast.Constant)
            and isinstance(source.value, str)
            and not isinstance(context, ast.Constant)
        ):
            yield f"{path.name}:{node.lineno}: {source.value!r}"


def test_every_translated_text_names_its_context_so_the_catalogue_has_it() -> None:
    package = ROOT / "ssb_desktop"
    hidden = [
        found
        for path in sorted(package.rglob("*.py"))
        for found in _translate_calls_without_literal_context(path)
    ]
    assert hidden == [], "Write the context as a literal string:\n" + "\n".join(hidden)


def test_a_count_is_never_written_as_an_english_plural_in_brackets() -> None:
    """Qt's plural forms (%n) instead of "option(s)": "1 optie", "2 opties"."""
    bracketed = [
        f"[{context}] {source} -> {translation}"
        for (context, source), translation in _messages(tool.TS_FILE).items()
        if re.search(r"\{(n|count)\}[^.]*\(s\)", source)
        or re.search(r"\((s|en|len)\)", translation)
    ]
    assert bracketed == []


@pytest.mark.usefixtures("dutch")
def test_counts_use_dutch_plural_forms() -> None:
    from ssb_desktop.views.counts import Counts

    counts = Counts()
    assert counts.months(1) == "1 maand"
    assert counts.months(2) == "2 maanden"
    assert counts.steps(1) == "1 stap"
    assert QCoreApplication.translate("ImportDialog", "%n warnings", None, 1) == ("1 waarschuwing")
    assert counts.bids_written(1234).format(path="x.xlsx") == (
        "1.234 inschrijvingen geschreven naar x.xlsx."
    )


def _english_sentences() -> list[str]:
    """Beginnings of English source texts whose Dutch differs: if one of them appears in a
    Dutch message, English reached it (through a parameter)."""
    found = []
    for (_context, source), translation in _messages(tool.TS_FILE).items():
        pieces = re.split(r"\{[^}]*\}|%L?n|%\(\w+\)\w|%\w", source)
        longest = max((piece.strip() for piece in pieces), key=len)
        if len(longest) >= 20 and longest not in translation:
            found.append(longest)
    return found


def english_in(text: str) -> list[str]:
    return [sentence for sentence in _english_sentences() if sentence in text]


@pytest.mark.usefixtures("dutch")
def test_a_message_carried_inside_a_message_is_translated_too() -> None:
    from ssb_desktop.records import Notice

    reason = Notice(
        "{name} has not signed the conflict-of-interest declaration for this lot; sign it "
        "first, then the bids are shown.",
        {"name": "Bea"},
    )
    skipped = Notice("No grid for {name}: {reason}", {"name": "Bea", "reason": reason}, "Excel")
    error = AppError(
        "No scoring grid was exported for lot {lot}: {reasons}",
        {"lot": "SSB-2019/3", "reasons": (skipped, skipped)},
        context="Excel",
    )

    shown = translate_error(error)

    assert english_in(shown) == []
    assert shown.startswith("Er is geen beoordelingsformulier geëxporteerd voor perceel SSB")
    assert "nog niet getekend" in shown
    assert "Bea" in shown
    # In English the whole chain reads as English, with nothing lost.
    assert "has not signed" in error.english()
    assert error.english().count("No grid for Bea") == 2


def test_argparse_help_usage_and_errors_are_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    from ssb_desktop.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("gebruik: ssb-desktop")
    assert "deze hulptekst tonen en stoppen" in shown
    assert "het beoordelingsdossier van een perceel als één zip" in shown
    assert english_in(shown) == []

    with pytest.raises(SystemExit) as exit_info:
        main(["grid", "export"])
    assert exit_info.value.code == 2
    assert "deze argumenten zijn verplicht: --lot, outdir" in capsys.readouterr().err

    with pytest.raises(SystemExit):
        main(["--lang", "en", "grid", "export"])
    assert "the following arguments are required" in capsys.readouterr().err


def _help_texts(parser: argparse.ArgumentParser, where: str) -> Iterator[tuple[str, str]]:
    """(command path, text) for the description and every help text of ``parser`` and of
    every sub-command below it, in the order argparse keeps them."""
    if parser.description:
        yield where, parser.description
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield f"{where} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield f"{where} {choice.dest}", choice.help
            for name, sub in action.choices.items():
                yield from _help_texts(sub, f"{where} {name}")


def test_every_command_and_sub_command_has_dutch_help(monkeypatch: pytest.MonkeyPatch) -> None:
    from ssb_desktop.cli import build_parser
    from ssb_desktop.cli_i18n import translate_parser, translator_for

    # translate_parser routes argparse's own words through the catalogue; undo that after.
    monkeypatch.setattr(argparse, "_", vars(argparse)["_"])
    english = list(_help_texts(build_parser(), "ssb-desktop"))
    dutch_parser = build_parser()
    translate_parser(dutch_parser, translator_for("nl"))
    dutch = list(_help_texts(dutch_parser, "ssb-desktop"))

    assert [where for where, _ in dutch] == [where for where, _ in english]
    untranslated = [
        f"{where}: {text}"
        for (where, text), (_, source) in zip(dutch, english, strict=True)
        if text == source
    ]
    assert untranslated == []
    assert [f"{where}: {text}" for where, text in dutch if english_in(text)] == []
    shown = dict(dutch)
    # The commands of the letters, subsidies, contracts and team modules, too.
    assert shown["ssb-desktop letters"].startswith("de gunningsbrieven van een perceel")
    assert shown["ssb-desktop schemes --year"] == "alleen de regelingen van dit jaar"
    assert shown["ssb-desktop performance-form --from"] == "begin van de periode: dd-mm-jjjj"
    assert shown["ssb-desktop users grant"] == "een login rollen geven"
    assert shown["ssb-desktop server setup --role-prefix"].startswith("voorvoegsel")
    assert shown["ssb-desktop declaration sign --lot"] == "het perceel REF/N"


def test_english_has_its_singular_too(qapp: QApplication) -> None:
    from ssb_desktop.views.counts import Counts

    assert install_translators(qapp, "en") == "en"
    assert Counts().months(1) == "1 month"
    assert Counts().months(3) == "3 months"
    assert QCoreApplication.translate("ImportDialog", "%n warnings", None, 1) == "1 warning"


def test_the_english_plural_forms_are_complete_and_compiled(tmp_path: Path) -> None:
    assert tool.untranslated(tool.EN_TS_FILE) == []
    compiled = tmp_path / "ssb_desktop_en.qm"
    tool.run_lrelease(tool.EN_TS_FILE, compiled)
    assert tool.EN_QM_FILE.read_bytes() == compiled.read_bytes()

"""`letters` and `subsidy-letters` write only the letters not yet sent (``--all`` writes them
again); `letters mark-sent` and `subsidy-letters mark-sent` record the day they went out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

LOT = "SSB-2019/1"
SCHEME_2021 = "2"


def test_the_sent_award_letters_of_the_demo_are_not_written_again_without_all(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    outdir = tmp_path / "brieven"
    result = run_cli("--db", demo_file, "letters", "--lot", LOT, outdir)
    assert result.code == 0, result.err
    assert "verzonden op 02-03-2020" in result.out and "--all" in result.out
    assert not outdir.exists() or not any(outdir.iterdir())

    again = run_cli("--db", demo_file, "letters", "--lot", LOT, outdir, "--all", "--json")
    assert again.code == 0, again.err
    assert len(again.document["letters"]) == 2


def test_the_send_date_of_a_definitive_award_is_refused(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli(
        "--db",
        demo_file,
        "--lang",
        "en",
        "letters",
        "mark-sent",
        "--lot",
        LOT,
        "--on",
        "03-03-2020",
    )
    assert result.code == 1
    assert "already definitive" in result.err


def test_subsidy_letters_are_written_until_they_are_recorded_as_sent(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    first = run_cli(
        "--db", demo_file, "subsidy-letters", "--scheme", SCHEME_2021, tmp_path / "a", "--json"
    )
    assert first.code == 0, first.err
    assert len(first.document["letters"]) == 5

    bad = run_cli(
        "--db", demo_file, "subsidy-letters", "mark-sent", "--scheme", SCHEME_2021, "--on", "31-02"
    )
    assert bad.code == 2
    sent = run_cli(
        "--db",
        demo_file,
        "subsidy-letters",
        "mark-sent",
        "--scheme",
        SCHEME_2021,
        "--on",
        "02-03-2022",
        "--json",
    )
    assert sent.code == 0, sent.err
    assert len(sent.document["applications"]) == 5

    second = run_cli(
        "--db", demo_file, "subsidy-letters", "--scheme", SCHEME_2021, tmp_path / "b", "--json"
    )
    assert second.code == 0, second.err
    assert second.document["letters"] == [] and second.document["skipped_as_sent"] == 5
    third = run_cli(
        "--db",
        demo_file,
        "subsidy-letters",
        "--scheme",
        SCHEME_2021,
        tmp_path / "c",
        "--all",
        "--json",
    )
    assert len(third.document["letters"]) == 5


def test_a_folder_that_cannot_be_written_is_refused_with_a_sentence(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "bestand.txt"
    blocker.write_text("geen map", encoding="utf-8")
    result = run_cli(
        "--db", demo_file, "--lang", "en", "letters", "--lot", LOT, blocker / "brieven", "--all"
    )
    assert result.code == 2
    assert "cannot be written to. Choose another folder." in result.err
    assert "Traceback" not in result.err


def test_eml_drafts_carry_the_pdf_and_say_when_there_is_no_e_mail_address(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    import email
    from email import policy

    result = run_cli(
        "--db", demo_file, "subsidy-letters", "--scheme", SCHEME_2021, tmp_path, "--eml", "--json"
    )
    assert result.code == 0, result.err
    assert len(result.document["drafts"]) == len(result.document["letters"]) == 5
    awarded = run_cli(
        "--db", demo_file, "letters", "--lot", LOT, tmp_path / "gunning", "--all", "--eml", "--json"
    )
    drafts = [Path(p) for p in awarded.document["drafts"] + result.document["drafts"]]
    with_address = without_address = 0
    for draft in drafts:
        message = email.message_from_bytes(draft.read_bytes(), policy=policy.default)
        (attachment,) = message.iter_attachments()
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_content().startswith(b"%PDF")
        assert attachment.get_filename() == draft.with_suffix(".pdf").name
        assert message["X-Unsent"] == "1" and message["Subject"]
        body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        if message["To"]:
            with_address += 1
        else:
            without_address += 1
            assert "heeft geen e-mailadres" in body
    # The demo's professional bidders have an address, its volunteer groups do not.
    assert with_address == 2 and without_address == 5


def test_the_dossier_holds_the_letters_as_sent_the_timeline_and_the_robustness(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    import zipfile

    result = run_cli("--db", demo_file, "dossier", "--lot", LOT, tmp_path, "--json")
    assert result.code == 0, result.err
    with zipfile.ZipFile(result.document["dossier"]) as package:
        names = package.namelist()
        manifest = package.read("00-inhoud.txt").decode("utf-8")
        timeline = package.read("08-tijdlijn-gunning-en-bezwaar.txt").decode("utf-8")
        robustness = package.read("07-robuustheid.txt").decode("utf-8")
        letter = package.read("09-gunningsbrief-SSB-2019-1-B-Stichting Jeugdhaven.pdf")
    assert letter.startswith(b"%PDF")
    assert "09-gunningsbrief-SSB-2019-1-A-Stichting Opgroeikracht Sleutelstad.pdf" in names
    assert "Gunningsbrief zoals verzonden op 02-03-2020" in manifest
    assert "02-03-2020  Gunningsbesluit verzonden" in timeline
    assert "23-03-2020  Laatste dag van de opschortende termijn" in timeline
    assert robustness.startswith("Robuustheid van de uitslag van perceel SSB-2019/1")
    assert "De winnaar verandert als de score van A – Stichting Opgroeikracht Sleutelstad" in (
        robustness
    )
    assert "De winnaar verandert als de score van" in robustness

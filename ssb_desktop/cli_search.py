"""``ssb-desktop search TEXT``: the search of Ctrl+K without a window (services/search.py)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ssb_desktop.errors import N_

if TYPE_CHECKING:
    from ssb_desktop.cli import Output

EXIT_OK = 0


def add_parsers(commands: Any, report: argparse.ArgumentParser, _parser_class: Any) -> None:
    search = commands.add_parser(
        "search",
        parents=[report],
        help=N_(
            "Cli",
            "find organisations, procurements, bids, contracts, applications and objections "
            "by name, KvK number, reference or text",
        ),
    )
    search.add_argument("text", nargs="+", help=N_("Cli", "the words to find (all of them)"))
    search.add_argument(
        "--limit", type=int, default=None, help=N_("Cli", "at most this many of each kind")
    )


def run_search(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.services.search import KIND_NAMES, SEARCH_LIMIT, search_everything

    text = " ".join(args.text)
    limit = SEARCH_LIMIT if args.limit is None else max(1, args.limit)
    db = _open(args)
    try:
        with db.reading() as session:
            result = search_everything(session, text, limit)
    finally:
        db.dispose()
    lines = [
        "\t".join((out.text("Search", KIND_NAMES[hit.kind]), hit.reference or "—", hit.name))
        for hit in result.hits
    ]
    for kind in sorted(result.more, key=list(KIND_NAMES).index):
        lines.append(
            out.text(
                "Cli",
                N_("Cli", "More found of kind {kind} than the {n} shown; add a word to narrow."),
                kind=out.text("Search", KIND_NAMES[kind]),
                n=limit,
            )
        )
    if not result.hits:
        lines.append(out.text("Cli", N_("Cli", "Nothing found for {text}."), text=text))
    out.emit(
        {
            "text": text,
            "hits": [
                {
                    "kind": hit.kind.value,
                    "id": hit.record_id,
                    "reference": hit.reference,
                    "name": hit.name,
                }
                for hit in result.hits
            ],
            "more": sorted(kind.value for kind in result.more),
        },
        lines,
    )
    return EXIT_OK


COMMANDS = {"search": run_search}

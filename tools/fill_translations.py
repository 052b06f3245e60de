"""Fills unfinished messages of the Dutch catalogue from a table (a developer's aid).

    python tools/fill_translations.py TABLE.py

TABLE.py defines ``TRANSLATIONS``: {(context, source): "vertaling"} or, for a message with
``%n``, {(context, source): ("enkelvoud", "meervoud")}. Only unfinished messages change; run
``tools/update_translations.py`` afterwards to compile.
"""

from __future__ import annotations

import html
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "i18n" / "ssb_desktop_nl.ts"

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(
    r'(<message( numerus="yes")?>\s*<source>([^<]*)</source>\s*)'
    r'<translation type="unfinished">.*?</translation>',
    re.S,
)


def fill(text: str, table: dict[tuple[str, str], object]) -> tuple[str, int]:
    done = 0

    def in_context(match: re.Match[str]) -> str:
        nonlocal done
        name = html.unescape(match.group(1))

        def message(found: re.Match[str]) -> str:
            nonlocal done
            source = html.unescape(found.group(3))
            wanted = table.get((name, source))
            if wanted is None:
                return found.group(0)
            done += 1
            if found.group(2):
                assert isinstance(wanted, tuple), (name, source)
                forms = "".join(
                    f"\n            <numerusform>{html.escape(form, quote=False)}</numerusform>"
                    for form in wanted
                )
                return f"{found.group(1)}<translation>{forms}\n        </translation>"
            assert isinstance(wanted, str), (name, source)
            escaped = html.escape(wanted, quote=False).replace("'", "&apos;")
            return f"{found.group(1)}<translation>{escaped}</translation>"

        body = MESSAGE.sub(message, match.group(2))
        return f"<context>\n    <name>{match.group(1)}</name>{body}</context>"

    return CONTEXT.sub(in_context, text), done


def main() -> int:
    table = runpy.run_path(sys.argv[1])["TRANSLATIONS"]
    text, done = fill(TS_FILE.read_text(encoding="utf-8"), table)
    TS_FILE.write_text(text, encoding="utf-8")
    print(f"{done} of {len(table)} translations filled in")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Accessible names for controls, taken from what the user reads next to them.

Qt names a control after a label only when the label is its sibling; a field wrapped in a
holder (its problem line underneath, views/field_problems.py) or a layout of its own loses the
name, and a screen reader then says "edit" and nothing more. The label's buddy is the one
place that says which text belongs to which control, so the name comes from there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def plain(text: str) -> str:
    """A label's text without its mnemonic markers ("&Naam" -> "Naam", "R&&D" -> "R&D")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def name_from_buddies(root: QWidget) -> int:
    """Give every control under ``root`` that has a label (its buddy) but no accessible name
    the label's text; returns how many were named."""
    named = 0
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or buddy.accessibleName() or not label.text():
            continue
        buddy.setAccessibleName(plain(label.text()))
        named += 1
    return named

"""On a lean Linux machine the program names the missing system libraries instead of letting
Qt abort with a misleading message."""

from __future__ import annotations

import pytest

from ssb_desktop import app, platform_check

# ldd's answer on the machine of issue 15: libxcb-cursor0 was there, these two were not.
LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_ldd_output_gives_each_missing_library_once() -> None:
    assert platform_check.missing_libraries(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert platform_check.missing_libraries("\tlibc.so.6 => /lib/libc.so.6\n") == []


def test_the_advice_names_the_libraries_and_the_packages_to_install() -> None:
    text = platform_check.advice(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], lambda _context, source: source
    )
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1 are missing" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    assert "libxcb-cursor0" not in text


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_only_the_x11_plugin_is_checked(environ: dict[str, str], xcb: bool) -> None:
    assert platform_check.uses_xcb(environ) is xcb


def test_the_program_exits_with_2_and_the_advice_in_dutch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(app, "install_excepthook", lambda _path: None)
    monkeypatch.setattr(platform_check, "check", lambda: ["libxcb-keysyms.so.1"])

    assert app.run_gui("unused.sqlite3", language="nl") == 2

    shown = capsys.readouterr().err
    assert "libxcb-keysyms.so.1" in shown and "libxcb-keysyms1" in shown
    assert "kan zijn venster niet openen" in shown

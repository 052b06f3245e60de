"""Before the window opens on Linux: are the system libraries Qt's X11 plugin needs there?

Without them Qt aborts with a message that names the wrong library (it always mentions
``libxcb-cursor0``). This module asks ``ldd`` which libraries of the plugin are missing and
names the packages to install, so the program can say so and exit instead of aborting.
No Qt is loaded here (loading the plugin is what aborts).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from ssb_desktop.errors import N_

# The shared library -> the Debian/Ubuntu package that provides it (the names in the README).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed PySide6, when there is one."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as not found, each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def uses_xcb(environ: dict[str, str] | os._Environ[str]) -> bool:
    """Whether Qt will try its X11 plugin: on Linux, unless another platform is chosen."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    # Qt 6 prefers Wayland when a Wayland session is running.
    return not environ.get("WAYLAND_DISPLAY")


def check() -> list[str]:
    """The libraries missing for Qt's X11 plugin; empty when all is well or not applicable."""
    if not sys.platform.startswith("linux") or not uses_xcb(os.environ):
        return []
    plugin, ldd = xcb_plugin(), shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        result = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return missing_libraries(result.stdout)


ADVICE = N_(
    "Startup",
    "ssb-desktop cannot open its window: the system libraries {libraries} are missing (Qt's "
    "X11 platform plugin needs them). Ask your administrator to install them, on Debian or "
    "Ubuntu with: sudo apt-get install {packages}. The headless commands (ssb-desktop "
    "--help) work without them.",
)


def advice(missing: list[str], translate: Callable[[str, str], str]) -> str:
    """What to tell the user, in the language of ``translate`` (context, source) -> text."""
    packages = sorted({PACKAGES.get(name, name) for name in missing})
    return translate("Startup", ADVICE).format(
        libraries=", ".join(missing), packages=" ".join(packages)
    )

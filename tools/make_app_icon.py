"""Writes resources/windows/app.ico (the Windows program icon, build.spec ``icon=``) from
ssb_desktop/resources/icons/app.svg with Qt's SVG renderer, one PNG entry per size.

    QT_QPA_PLATFORM=offscreen python tools/make_app_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "ssb_desktop" / "resources" / "icons" / "app.svg"
TARGET = ROOT / "resources" / "windows" / "app.ico"
SIZES = (16, 24, 32, 48, 64, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    # Qt's ICO writer takes one image per write; an .ico holds several sizes, so the
    # entries are written one by one and joined into one directory here.
    pngs: list[bytes] = []
    for size in SIZES:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(render(size)):
            print(writer.errorString(), file=sys.stderr)
            return 1
        pngs.append(bytes(data.data()))
    header = struct.pack("<HHH", 0, 1, len(SIZES))  # reserved, type 1 = icon, count
    offset = 6 + 16 * len(SIZES)
    entries = b""
    for size, png in zip(SIZES, pngs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        # width, height, colours, reserved, planes, bits per pixel, bytes, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    TARGET.write_bytes(header + entries + b"".join(pngs))
    check = QImage(str(TARGET))
    print(
        f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size} bytes, {len(SIZES)} sizes, "
        f"read back {check.width()}x{check.height()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

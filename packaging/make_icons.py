"""Draw the app icon from its SVG: PNGs at every size, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py [SVG] [OUTPUT_FOLDER]

Defaults: ``resources/icons/intercom-wizard.svg`` into ``build/icons/``. Qt renders the SVG at
each size (small sizes are drawn, not scaled down, so they stay sharp); the .ico and .icns are
written here directly with PNG-compressed images inside, which Windows Vista+ and macOS 10.7+
read, so no imaging library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SVG = ROOT / "resources" / "icons" / "intercom-wizard.svg"
DEFAULT_OUTPUT = ROOT / "build" / "icons"
NAME = "intercom-wizard"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that hold PNG data, and the pixel size each one holds.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic10", 1024),  # 512 pt @2x
)


def render_pngs(svg: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """PNG bytes of the SVG drawn at each square size, keeping its aspect ratio, centred."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # Fonts for any <text> in the SVG. A QApplication, not a QGuiApplication, so that a
    # process which later shows widgets (the tests) can still use it.
    _app = QApplication.instance() or QApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    view = renderer.viewBoxF()
    aspect = view.width() / view.height() if view.height() > 0 else 1.0
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        width, height = (size, size / aspect) if aspect >= 1 else (size * aspect, size)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 takes the format as str here although its stubs say bytes.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise RuntimeError(f"Qt could not encode the {size}px icon as PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows icon file holding the given square PNG images (at most 256 px)."""
    sizes = [size for size in sorted(pngs) if size <= 256]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size in sizes:
        data = pngs[size]
        # Width and height 0 mean 256; 32 bits per pixel; one plane.
        directory += struct.pack(
            "<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset
        )
        offset += len(data)
    return header + directory + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS icon file holding the given PNG images under Apple's PNG icon types."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def make_icons(svg: Path = DEFAULT_SVG, output: Path = DEFAULT_OUTPUT) -> list[Path]:
    """Write ``NAME-<size>.png``, ``NAME.ico`` and ``NAME.icns`` into ``output``."""
    pngs = render_pngs(svg)
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for size, data in pngs.items():
        path = output / f"{NAME}-{size}.png"
        path.write_bytes(data)
        written.append(path)
    for path, data in (
        (output / f"{NAME}.ico", ico_bytes(pngs)),
        (output / f"{NAME}.icns", icns_bytes(pngs)),
    ):
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    svg = Path(argv[0]) if argv else DEFAULT_SVG
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    if not svg.is_file():
        print(f"make_icons: {svg} does not exist", file=sys.stderr)
        return 1
    written = make_icons(svg, output)
    print(f"icons: {len(written)} files from {svg.name} in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

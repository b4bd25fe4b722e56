"""The icon files are drawn from the SVG, at every size, in formats Windows and macOS read."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10">
<rect width="20" height="10" fill="#1f8ded"/></svg>"""


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


make_icons = _load("make_icons")


def _png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")  # type: ignore[arg-type]  # the stubs say bytes; PySide takes str
    assert not image.isNull()
    return image.width(), image.height()


def test_every_size_is_drawn_from_the_svg(qapp: object, tmp_path: Path) -> None:
    svg = tmp_path / "icon.svg"
    svg.write_text(SVG)
    written = make_icons.make_icons(svg, tmp_path / "out")
    names = {path.name for path in written}
    assert {"intercom-wizard-16.png", "intercom-wizard-1024.png"} <= names
    assert {"intercom-wizard.ico", "intercom-wizard.icns"} <= names
    png = QImage(str(tmp_path / "out" / "intercom-wizard-64.png"))
    assert (png.width(), png.height()) == (64, 64)
    # A wide drawing is centred: the corners stay transparent, the middle is painted.
    assert png.pixelColor(0, 0).alpha() == 0
    assert png.pixelColor(32, 32).alpha() == 255


def test_the_ico_holds_one_png_per_size_up_to_256(qapp: object, tmp_path: Path) -> None:
    svg = tmp_path / "icon.svg"
    svg.write_text(SVG)
    make_icons.make_icons(svg, tmp_path)
    data = (tmp_path / "intercom-wizard.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for index, size in enumerate(make_icons.ICO_SIZES):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert width == size % 256
        assert _png_size(data[offset : offset + length]) == (size, size)


def test_the_icns_holds_apples_png_icon_types(qapp: object, tmp_path: Path) -> None:
    svg = tmp_path / "icon.svg"
    svg.write_text(SVG)
    make_icons.make_icons(svg, tmp_path)
    data = (tmp_path / "intercom-wizard.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    chunks = {}
    position = 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack_from(">I", data, position + 4)[0],
        )
        chunks[kind] = data[position + 8 : position + length]
        position += length
    expected = dict(make_icons.ICNS_TYPES)
    assert set(chunks) == set(expected)
    for kind, payload in chunks.items():
        assert _png_size(payload) == (expected[kind], expected[kind])

"""Render the app icon from its SVG source to PNGs and a multi-size Windows ICO (resources/icons/).

Sizes below 24 px come from ``ree-evaluator-small.svg`` (drawn on the 16 px grid, so its letters stay legible); the
rest from ``ree-evaluator.svg``. Rendering uses Qt's SVG renderer offscreen; Pillow writes the files, so the output
holds no timestamps and running the script again gives the same bytes.

Usage: python scripts/make_icons.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "ree-evaluator"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_BELOW = 24  # pixels: smaller icons use the grid-fitted drawing


def render(svg: Path, size: int):
    """The SVG drawn on a transparent ``size``×``size`` canvas, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine(), 1).copy()


def source_for(size: int, folder: Path) -> Path:
    small = folder / f"{NAME}-small.svg"
    return small if size < SMALL_BELOW and small.exists() else folder / f"{NAME}.svg"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ICONS, help=f"output folder (default {ICONS.relative_to(ROOT)})")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    images = {size: render(source_for(size, ICONS), size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        path = args.out / f"{NAME}-{size}.png"
        images[size].save(path, format="PNG", optimize=True)
        print(f"wrote {path}")
    ico = args.out / f"{NAME}.ico"
    largest = max(ICO_SIZES)
    images[largest].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest],
    )
    print(f"wrote {ico} ({', '.join(str(s) for s in ICO_SIZES)} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

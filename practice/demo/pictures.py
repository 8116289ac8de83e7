"""Pictures for the demo practice, drawn with Pillow: soft landscapes and shapes, no photographs."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

PALETTES = {
    "dawn": ["#f6e7d7", "#f0c9a9", "#d9896b", "#9c4527", "#5b3a2e"],
    "sage": ["#eef0e6", "#c9d6bf", "#8fb39c", "#3d7a63", "#24453a"],
    "dusk": ["#ece4ef", "#c9b5d3", "#9b83b0", "#5f4b7a", "#2f2640"],
    "river": ["#e6eff2", "#b7d2dc", "#79a9b8", "#3f6f80", "#23404b"],
    "clay": ["#f4ece1", "#e2c7a4", "#c4956a", "#8a5a3c", "#4a3326"],
    "moss": ["#f1efe2", "#d7d5b0", "#a8a86c", "#6b6b3a", "#3b3b22"],
}


def _vertical_gradient(size, top, bottom):
    width, height = size
    gradient = Image.new("RGB", (1, height))
    top_rgb, bottom_rgb = Image.new("RGB", (1, 1), top), Image.new("RGB", (1, 1), bottom)
    for y in range(height):
        gradient.putpixel(
            (0, y), Image.blend(top_rgb, bottom_rgb, y / max(1, height - 1)).getpixel((0, 0))
        )
    return gradient.resize(size)


def _hills(draw, rng, size, colours):
    width, height = size
    for layer, colour in enumerate(colours):
        base = height * (0.5 + layer * 0.13)
        waves = [(rng.uniform(0.8, 2.2), rng.uniform(0, 6.28), rng.uniform(0.03, 0.07))]
        waves.append((rng.uniform(2.5, 4.5), rng.uniform(0, 6.28), 0.015))
        points = [(0, height)]
        for x in range(0, width + 20, 20):
            offset = sum(
                amplitude * height * math.sin(frequency * math.tau * x / width + phase)
                for frequency, phase, amplitude in waves
            )
            points.append((x, base + offset))
        points.append((width, height))
        draw.polygon(points, fill=colour)


def _circles(draw, rng, size, colours):
    width, height = size
    for step, colour in enumerate(colours[:2]):
        radius = height * rng.uniform(0.26, 0.32)
        cx = width * (0.42 + step * 0.16) + rng.uniform(-30, 30)
        cy = height * 0.5 + rng.uniform(-40, 40)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour + "a8")


def _arches(draw, rng, size, colours):
    width, height = size
    centre = width * rng.uniform(0.42, 0.58)
    for step, colour in enumerate(colours):
        half = height * (0.34 - step * 0.08)
        top = height * (0.22 + step * 0.12)
        draw.rounded_rectangle(
            (centre - half, top, centre + half, height + half),
            radius=int(half),
            fill=colour,
        )


def _sun(draw, rng, size, colours):
    width, height = size
    radius = height * 0.16
    cx, cy = width * rng.uniform(0.35, 0.65), height * 0.5
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colours[0])
    draw.rectangle((0, height * 0.62, width, height), fill=colours[1])
    for step in range(5):
        y = height * (0.67 + step * 0.06)
        half = radius * (0.9 - step * 0.15)
        draw.rounded_rectangle((cx - half, y, cx + half, y + 6), radius=3, fill=colours[0])


MOTIFS = {"hills": _hills, "circles": _circles, "arches": _arches, "sun": _sun}


def draw_cover(*, palette, motif, seed, size=(1800, 1000)):
    """Return the JPEG bytes of a calm, abstract picture."""
    rng = random.Random(seed)
    colours = PALETTES[palette]
    image = _vertical_gradient(size, colours[0], colours[1]).convert("RGBA")
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIFS[motif](
        ImageDraw.Draw(layer), rng, size, colours[1:4] if motif == "circles" else colours[2:]
    )
    image.alpha_composite(layer.filter(ImageFilter.GaussianBlur(2)))
    output = io.BytesIO()
    image.convert("RGB").save(output, "JPEG", quality=90)
    return output.getvalue()


def draw_monogram(*, initials, palette, size=600):
    """Return the PNG bytes of a round monogram, standing in for an author's photo."""
    colours = PALETTES[palette]
    image = Image.new("RGB", (size, size), colours[0])
    draw = ImageDraw.Draw(image)
    draw.ellipse((size * 0.06, size * 0.06, size * 0.94, size * 0.94), fill=colours[3])
    font = ImageFont.load_default(size=int(size * 0.32))
    draw.text((size / 2, size / 2), initials, fill=colours[0], font=font, anchor="mm")
    output = io.BytesIO()
    image.save(output, "PNG")
    return output.getvalue()

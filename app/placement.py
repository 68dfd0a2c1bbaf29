"""Where chart labels go so that none covers another, at any screen width the dashboard supports.

The browser lays out plotly's text, not us, so sizes are estimated: a label is a box of
CHAR_PX per character in a plot area PLOT_PX wide, the narrowest the dashboard gets (a 400 px
phone screen); on wider screens the same labels have more room. Each label goes up in steps
above its anchor point until its box is clear of every box placed before it.
"""
from __future__ import annotations

from dataclasses import dataclass

PLOT_PX = 250  # the plot area of a chart on a 400 px screen (margins and axis titles taken off)
CHAR_PX = 6.8  # average width of a DejaVu Sans character at 11 px
LINE_PX = 15
FIRST_SHIFT_PX = 6  # the lowest label sits this far above its point
MAX_STEPS = 12


@dataclass(frozen=True)
class Label:
    x: float  # where the label is anchored, as a fraction of the x axis range (0..1)
    y: float  # its point's height in px above the axis
    text: str
    anchor: str = "center"  # "center", "left" (box starts at x) or "right" (box ends at x)


@dataclass(frozen=True)
class Placed:
    shift: int  # px above the point
    anchor: str  # the anchor actually used (labels near an edge turn inwards)
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in px
    xshift: float = 0.0  # px sideways that keep a label which fits the plot inside it whatever its anchor


def width_px(text: str) -> float:
    return len(text) * CHAR_PX + 4


def _span(x_px: float, width: float, anchor: str, plot_px: float) -> tuple[str, float, float]:
    """The label's horizontal extent: its own anchor when the box stays in the plot, else the first of
    left, right and center that keeps it in (a label near an edge turns inwards), else the one that
    leaves the least of it outside."""
    def extent(side: str) -> tuple[float, float]:
        offset = {"left": 0.0, "center": width / 2, "right": width}[side]
        return x_px - offset, x_px - offset + width

    def outside(side: str) -> float:
        x0, x1 = extent(side)
        return max(0.0, -x0) + max(0.0, x1 - plot_px)

    best = min([anchor, "left", "right", "center"], key=lambda side: (outside(side) > 0, outside(side)))
    return (best, *extent(best))


def _inside(x0: float, x1: float, plot_px: float) -> float:
    """The sideways shift that brings a box no wider than the plot inside it (0 when it is, or cannot be)."""
    if x1 - x0 > plot_px:
        return 0.0
    return -x0 if x0 < 0 else plot_px - x1 if x1 > plot_px else 0.0


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place(labels: list[Label], plot_px: float = PLOT_PX) -> list[Placed]:
    """A shift and anchor per label, in the order given (earlier labels keep the lower places)."""
    placed: list[Placed] = []
    for label in labels:
        anchor, x0, x1 = _span(label.x * plot_px, width_px(label.text), label.anchor, plot_px)
        xshift = _inside(x0, x1, plot_px)
        x0, x1 = x0 + xshift, x1 + xshift
        for step in range(MAX_STEPS + 1):
            shift = FIRST_SHIFT_PX + step * LINE_PX
            box = (x0, label.y + shift, x1, label.y + shift + LINE_PX - 1)
            if not any(_overlap(box, other.box) for other in placed):
                break
        placed.append(Placed(shift, anchor, box, xshift))
    return placed


def top_px(placed: list[Placed]) -> float:
    """How high above the axis the highest label reaches."""
    return max((p.box[3] for p in placed), default=0.0)

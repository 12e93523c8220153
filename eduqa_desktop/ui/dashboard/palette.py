"""Colours of the dashboard (shared/ui.md): Okabe–Ito, readable with colour blindness."""

from __future__ import annotations

from eduqa_desktop.domain.observation_labels import BAND_COLOURS
from eduqa_desktop.domain.observation_scoring import Band, BandThresholds, band_for

BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
PURPLE = "#CC79A7"
SKY = "#56B4E9"
VERMILLION = "#D55E00"
YELLOW = "#F0E442"
BLACK = "#000000"
GREY = "#999999"  # "Other" and "no data"
TEXT = "#1b1b1b"
MUTED = "#5a6470"
HIGHLIGHT = ORANGE  # the chosen school among the others

# Marks 5..2 and "1 or not attested" in the grade distribution.
MARK_COLOURS = (GREEN, SKY, ORANGE, VERMILLION, "#6b6b6b")

BANDS_LOW_TO_HIGH = (Band.UNSATISFACTORY, Band.NEEDS_IMPROVEMENT, Band.GOOD, Band.HIGH)


def band_colour(value: float | None, bands: BandThresholds) -> str:
    band = band_for(value, bands)
    return GREY if band is None else BAND_COLOURS[band]


def band_ranges(bands: BandThresholds) -> list[tuple[Band, float, float]]:
    """(band, from, to) on 0..100, lowest band first."""
    edges = [0.0, bands.needs_improvement, bands.good, bands.high, 100.0]
    return [
        (band, edges[index], edges[index + 1])
        for index, band in enumerate(BANDS_LOW_TO_HIGH)
        if edges[index + 1] > edges[index]
    ]

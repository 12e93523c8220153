"""Small helpers for drawing from the school's seeded `random.Random`.

Every draw goes through a generator passed in, never the global one: that is what makes the
same seed give the same demo, uuids included.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def seeded_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def weighted(rng: random.Random, pairs: Iterable[tuple[T, float]]) -> T:
    """One item of (item, weight) pairs, drawn in proportion to its weight."""
    items = list(pairs)
    return rng.choices([item for item, _ in items], [weight for _, weight in items])[0]


def sentences(rng: random.Random, choices: tuple[str, ...]) -> str:
    """One or two different sentences of `choices`, as one text."""
    return " ".join(rng.sample(choices, rng.randint(1, 2)))


def clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)

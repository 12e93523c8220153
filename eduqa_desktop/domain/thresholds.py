"""Every threshold and period the analysis uses, with the defaults of shared/domain.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from eduqa_desktop.domain.indicators import DEFAULT_SOU_WEIGHTS, SouWeights
from eduqa_desktop.domain.observation_scoring import DEFAULT_BANDS, BandThresholds


@dataclass(frozen=True)
class Thresholds:
    bands: BandThresholds = field(default_factory=lambda: DEFAULT_BANDS)
    sou_weights: SouWeights = field(default_factory=lambda: DEFAULT_SOU_WEIGHTS)
    # Professional development: a course at least every N years (5 under the 2025 rules).
    pd_period_years: int = 5
    # The hours of professional development counted over this many years in the profile.
    pd_hours_window_years: int = 3
    # A follow-up (next steps) is overdue by more than this many days.
    follow_up_grace_days: int = 0
    # Imports refuse sheets with more rows than this.
    max_import_rows: int = 100_000
    # Attention signals (shared/domain.md, "Attention: whom to look at").
    # Results against peers: a class's quality this many points below its peers' pooled share
    # (the class's 95 % Wilson interval wholly beyond it), from classes of at least N pupils.
    peer_gap_points: float = 15.0
    min_graded_pupils: int = 10
    # Sustained decline: quality falling this many terms running, each by at least the points.
    decline_points: float = 5.0
    decline_terms: int = 2
    # A new teacher: fewer years of experience than this.
    new_teacher_years: int = 3
    # The attention list: at most this share of the staff, each with at least this score.
    attention_share: float = 0.2
    attention_min_score: float = 1.0
    # Co-observation: an observer agrees too little when the weighted κ with most colleagues
    # is below this (0.8: the reliability a trained observer reaches, after Stallings).
    observer_kappa: float = 0.8

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Thresholds:
        """Known keys are taken, unknown ones ignored; a bad value falls back to its default."""
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in data:
                continue
            raw = data[item.name]
            try:
                if item.name == "bands":
                    values[item.name] = BandThresholds(**raw)
                elif item.name == "sou_weights":
                    values[item.name] = SouWeights(**raw)
                elif isinstance(item.default, float):
                    values[item.name] = float(raw)
                else:
                    values[item.name] = int(raw)
            except (TypeError, ValueError):
                continue
        return cls(**values)

"""The accuracy gate: each evaluation stays at or above a pinned floor.

Floors are the figures measured when they were pinned, rounded down by about
two points so that small, legitimate trade-offs pass and real regressions do
not. Raise a floor when a change raises its figure; never lower one to let a
change through. The gold sets live in ../shared; without it the gate skips.
(The dedup gate, on the project's own fixtures, is in test_store_dedup.py.)
"""

from __future__ import annotations

import pytest

from communique.evaluation import load_evaluation

FLOORS = {
    # evaluation: {metric: floor}
    "aeb": {"f1": 0.94},
    "plover-actors": {"country_accuracy": 0.88, "sector_accuracy": 0.78},
    "plover-events": {"coverage": 0.83, "category": 0.69, "triple": 0.54},
    "timeml": {"recall_relaxed": 0.88, "value_accuracy_relaxed": 0.86},
    "geo": {"overall.country_accuracy": 0.93, "overall.km161_accuracy": 0.82, "overall.recall": 0.57},
}

_REPORTS: dict[str, dict[str, float]] = {}


def _metrics(name: str, shared_dir, config) -> dict[str, float]:
    if name not in _REPORTS:
        _REPORTS[name] = load_evaluation(name).run(shared_dir, limit=None, config=config).metrics
    return _REPORTS[name]


@pytest.mark.parametrize("name, metric, floor", [
    (name, metric, floor) for name, floors in FLOORS.items() for metric, floor in floors.items()
])
def test_accuracy_gate_stays_above_its_floor(name, metric, floor, shared_dir, config):
    value = _metrics(name, shared_dir, config)[metric]
    assert value >= floor, f"{name} {metric} fell to {value:.4f}, below its floor {floor}"

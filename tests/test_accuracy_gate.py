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
    # evaluation: {metric: floor}      measured when pinned (2026-11-29)
    "aeb": {"f1": 0.95},                                               # 0.966
    "plover-actors": {"country_accuracy": 0.90,                        # 0.920
                      "sector_accuracy": 0.80},                        # 0.815
    "plover-events": {"coverage": 0.94,                                # 0.967
                      "category": 0.85,                                # 0.869
                      "triple": 0.80},                                 # 0.817
    "timeml": {"recall_relaxed": 0.88,                                 # 0.903
               "value_accuracy_relaxed": 0.86},                        # 0.884
    "geo": {"overall.country_accuracy": 0.93,                          # 0.951
            "overall.km161_accuracy": 0.82,                            # 0.837
            "overall.recall": 0.57},                                   # 0.592
}

@pytest.fixture(scope="module")
def measured(shared_dir, config):
    """Each evaluation runs once for all its floors."""
    reports: dict[str, dict[str, float]] = {}

    def metrics(name: str) -> dict[str, float]:
        if name not in reports:
            reports[name] = load_evaluation(name).run(shared_dir, limit=None,
                                                      config=config).metrics
        return reports[name]

    return metrics


@pytest.mark.parametrize("name, metric, floor", [
    (name, metric, floor) for name, floors in FLOORS.items() for metric, floor in floors.items()
])
def test_accuracy_gate_stays_above_its_floor(name, metric, floor, measured):
    value = measured(name)[metric]
    assert value >= floor, f"{name} {metric} fell to {value:.4f}, below its floor {floor}"

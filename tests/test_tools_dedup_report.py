"""tools/dedup_report.py: which cluster test a split fails, which batch a pair is
of, and kept-out batches that it will not open (the full report extracts every
fixture article, a minute and a half: it is run by hand, not here)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from communique.evaluation.dedup import LabelledPair
from communique.store.clusters import ClusterProfile

ROOT = Path(__file__).resolve().parents[1]


def _report():
    spec = importlib.util.spec_from_file_location("dedup_report", ROOT / "tools" / "dedup_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _profile(day: int, actors: set[str], recipients: set[str], event: str = "SANCTION"):
    date = dt.date(2024, 3, day)
    return ClusterProfile(event=event, date=date, enddate=date, precision="day",
                          actors=frozenset(actors), recipients=frozenset(recipients),
                          factualities=frozenset({"asserted"}))


def test_tools_dedup_report_names_the_cluster_test_a_split_fails() -> None:
    report = _report()
    same = _profile(4, {"USA"}, {"RUS"})
    assert report.diagnose(same, _profile(4, {"USA"}, {"RUS"})) == ["fit (order or ambiguity)"]
    assert report.diagnose(same, _profile(20, {"USA"}, {"RUS"})) == ["period"]
    assert report.diagnose(same, _profile(4, {"GBR"}, {"RUS"})) == ["parties:actors"]
    talks = _profile(4, {"USA", "CHN"}, {"USA", "CHN"}, "CONSULT")
    assert report.diagnose(talks, _profile(4, {"RUS"}, {"IND"}, "CONSULT")) == ["parties:joint"]


def test_tools_dedup_report_tells_batches_and_keeps_kept_out_ones_shut() -> None:
    report = _report()
    assert report.batch_of(LabelledPair("b44-x-1", "b44-x-2", True, "AID")) == "b44"
    assert report.batch_of(LabelledPair("modi-japan-plan", "modi-japan-arrival", True, "CONSULT")) == "first"
    with pytest.raises(SystemExit):
        report.main(["--errors", report.KEPT_OUT[0]])

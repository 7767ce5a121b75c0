"""The ``communique places`` command and the ``geo`` evaluation on a few gold articles."""

from __future__ import annotations

import json

from communique.cli import main


def test_places_cli_prints_one_json_object_per_mention(capsys):
    assert main(["places", "Talks were held in Seoul before Putin flew to Pyongyang."]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [m["text"] for m in lines] == ["Seoul", "Pyongyang"]
    assert lines[0]["location"]["country_code"] == "KOR"
    assert lines[1]["span"] == [46, 55]


def test_places_cli_empty_stdin_is_an_error(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("  \n"))
    assert main(["places", "-"]) != 0
    assert "empty" in capsys.readouterr().err


def test_places_eval_geo_on_a_few_gold_articles(shared_dir, config):
    from communique.evaluation import geo

    if not (shared_dir / "eval" / "geo" / "lgl.xml").exists():
        import pytest

        pytest.skip("eval/geo gold sets are not in ../shared")
    report = geo.run(shared_dir, limit=5, config=config)
    metrics = report.metrics
    assert metrics["overall.gold"] > 0
    assert 0 < metrics["overall.resolved"] <= metrics["overall.gold"]
    for key in ("overall.recall", "overall.country_accuracy", "overall.km161_accuracy"):
        assert 0.0 <= metrics[key] <= 1.0
    assert "lgl" in report.table and "trnews" in report.table

"""The store commands, end to end, on extraction lines written to disk."""

from __future__ import annotations

import csv
import datetime as dt
import json

from communique.cli import main
from communique.model import Extraction, RelationClaim, to_dict
from tests.test_store_ingest import article, event


def _write_lines(path, lines):
    path.write_text("".join(json.dumps(to_dict(x)) + "\n" for x in lines), encoding="utf-8")


def test_cli_store_ingest_query_relations_export(tmp_path, capsys):
    lines = [
        Extraction(article=article("a", "A.", url="https://x/a"), events=(
            event("1", "CONSULT", "RUS", "PRK", dt.date(2024, 6, 18), factuality="future"),
            event("2", "ASSAULT", "RUS", "UKR", dt.date(2024, 6, 13)),
        ), relations=(RelationClaim(pair=("PRK", "RUS"), stance="cooperative",
                                    trend="improving", text="Ties warm.", span=(0, 10)),)),
        Extraction(article=article("b", "B.", url="https://x/b"), events=(
            event("1", "CONSULT", "RUS", "PRK", dt.date(2024, 6, 19)),
        )),
    ]
    source = tmp_path / "lines.jsonl"
    _write_lines(source, lines)
    db = str(tmp_path / "c.duckdb")
    assert main(["ingest", "--extractions", str(source), "--db", db, "--no-progress"]) == 0
    assert "2 added" in capsys.readouterr().err
    assert main(["ingest", "--extractions", str(source), "--db", db, "--no-progress"]) == 0
    assert "2 unchanged" in capsys.readouterr().err

    assert main(["events", "--db", db, "--actor", "RUS", "--event", "CONSULT",
                 "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1 and rows[0]["n_mentions"] == 2 and rows[0]["planned"]

    out = tmp_path / "mentions.csv"
    assert main(["events", "--db", db, "--mentions", "--format", "csv", "-o", str(out)]) == 0
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 3

    assert main(["events", "--db", db, "--current", "--recipient", "UKR"]) == 0
    assert "(1 clusters)" in capsys.readouterr().out

    assert main(["relations", "RUS", "PRK", "--db", db, "--json"]) == 0
    series = json.loads(capsys.readouterr().out)
    assert series["periods"][0]["clusters"] == 1 and series["claims"][0]["stance"] == "cooperative"

    assert main(["export", "--db", db, "--format", "polecat", "-o",
                 str(tmp_path / "p.tsv")]) == 0
    assert main(["events", "--db", db, "--format", "parquet", "-o",
                 str(tmp_path / "e.parquet")]) == 0
    assert (tmp_path / "e.parquet").stat().st_size > 0


def test_cli_store_bad_extraction_line_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": {"id": "x"}, "events": [{"event": "VISIT"}]}\n')
    code = main(["ingest", "--extractions", str(bad), "--db", str(tmp_path / "d.duckdb"),
                 "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and "bad.jsonl:1" in err and err.count("\n") == 1

"""The ``communique timex`` command and the TimeML reader of ``eval timeml``."""

from __future__ import annotations

import io
import json

import pytest

from communique.cli import main
from communique.evaluation.timeml import normalise_value, read_tml, values_agree


def test_cli_prints_one_json_object_per_expression(capsys):
    assert main(["timex", "Ministers met last Tuesday and will meet again next week.",
                 "--published", "2024-06-14T07:38+09:00"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [x["value"] for x in lines] == ["2024-06-11", "2024-W25"]
    assert lines[0]["span"] == [14, 26]


def test_cli_reads_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("The vote is on Friday."))
    assert main(["timex", "-", "--published", "2024-06-12"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["start"] == "2024-06-14"


def test_cli_rejects_a_bad_publication_time(capsys):
    assert main(["timex", "today", "--published", "June-ish"]) == 2
    assert "ISO 8601" in capsys.readouterr().err


def test_values_compare_at_date_level():
    assert normalise_value("1998-02-27TMO") == "1998-02-27"
    assert values_agree("1982-XX", "1982")
    assert values_agree("1998-WXX", "1998-W17")
    assert values_agree("199X", "199")
    assert not values_agree("1998-02", "1998")


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n<TEXT>\nPrices &amp; '
        'wages <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
        'yesterday</TIMEX3>.\n</TEXT></TimeML>', encoding="utf-8")
    document = read_tml(path)
    (gold,) = document.gold
    assert document.created.isoformat() == "1998-01-08"
    assert document.text[gold.span[0]:gold.span[1]] == "yesterday" == gold.text
    assert "&amp;" not in document.text


def test_tbaq_corpus_reads_when_present(shared_dir):
    folder = shared_dir / "eval" / "timeml" / "TimeBank"
    paths = sorted(folder.glob("*.tml"))[:5]
    if not paths:
        pytest.skip(f"no TimeML files in {folder}")
    for path in paths:
        document = read_tml(path)
        for gold in document.gold:
            assert document.text[gold.span[0]:gold.span[1]] == gold.text
        assert "<" not in document.text and document.gold


def test_unpadded_gold_weeks_compare_equal():
    assert values_agree("2000-W7", "2000-W07")

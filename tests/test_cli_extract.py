"""`communique extract`: one line per input item, reasons for failures, exit codes."""

from __future__ import annotations

import gzip
import json

import pytest

from communique.cli import main
from communique.model import Extraction, from_dict

GOOD = ("Envoys agree to extend ceasefire talks in Doha\n\n"
        "Envoys from Egypt and Qatar agreed on Wednesday to extend ceasefire talks in Doha by "
        "another week, mediators said.\n")


def _lines(text: str) -> list[Extraction]:
    return [from_dict(Extraction, json.loads(line)) for line in text.splitlines()]


def test_cli_extract_bad_inputs_each_get_a_line_and_the_batch_goes_on(tmp_path, capsys):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.bin").write_bytes(bytes(range(256)) * 20)
    whole = gzip.compress(b"".join(b'{"text": "item %d of %d"}\n' % (n, n * 7919 % 10007)
                                   for n in range(2000)))
    (tmp_path / "c_cut.jsonl.gz").write_bytes(whole[:40])  # cut inside the first line
    (tmp_path / "d_lines.jsonl").write_text(
        json.dumps({"id": "ok", "text": GOOD, "language": "en"}) + "\n{broken\n"
        + json.dumps({"id": "de", "text": "Die Minister trafen sich am Dienstag in Berlin "
                      "und sprachen über die Lage in der Ukraine und den Krieg."}) + "\n",
        encoding="utf-8")
    (tmp_path / "e_good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(tmp_path), "-o", str(out), "--no-progress"])
    assert code == 1
    lines = _lines(out.read_text(encoding="utf-8"))
    assert len(lines) == 7
    codes = [[p.code for p in line.errors] for line in lines]
    assert codes[0] == ["E201"] and codes[1] == ["E202"] and codes[2][0].startswith("E2")
    assert lines[3].ok and lines[3].article.id == "ok"
    assert codes[4][0] == "E205" and lines[4].article.origin.endswith("d_lines.jsonl:2")
    assert lines[5].article.language == "de" and "W301" in codes[5] and not lines[5].events
    assert lines[6].ok and lines[6].article.title.startswith("Envoys agree")
    assert "4 input(s) could not be read" in capsys.readouterr().err
    assert not (tmp_path / ".out.jsonl.part").exists()


def test_cli_extract_all_good_exits_zero_and_writes_stdout(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(page), "--no-progress"]) == 0
    (line,) = _lines(capsys.readouterr().out)
    assert line.article.text.startswith("Envoys from Egypt")


@pytest.mark.parametrize("argv, fragment", [
    (["extract"], "required"),
    (["extract", "/no/such/file.txt"], "no such file"),
    (["extract", "-", "-"], "only once"),
    (["extract", "x", "--batch-size", "zero"], "invalid int"),
])
def test_cli_extract_bad_usage_exits_2_with_one_line(argv, fragment, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err


def test_cli_extract_unknown_model_is_a_clear_error(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(page), "--model", "en_no_such_model"]) == 2
    err = capsys.readouterr().err.strip()
    assert "en_no_such_model" in err and "is not installed" in err and "\n" not in err


def test_cli_extract_order_is_kept_with_two_parsing_processes(tmp_path, parser):
    from communique.config import Config
    from communique.model import Article
    from communique.nlp import Parser
    from communique.pipeline import Resources, extract
    from communique.readers import ReadFailure
    from communique.errors import BinaryInputError

    config = Config(n_process=2, batch_size=2)
    resources = Resources.load(config, parser=Parser(config, nlp=parser.nlp))
    items = []
    for n in range(7):
        items.append(Article(id=f"a{n}", text=f"Envoys from Egypt met in Doha on day {n}.",
                             language="en"))
        if n % 3 == 0:
            items.append(ReadFailure(origin=f"bad{n}", error=BinaryInputError("binary")))
    items.append(Article(id="fr", text="Les ministres se sont réunis.", language="fr"))
    lines = list(extract(items, config, resources=resources))
    expected = [i.id if isinstance(i, Article) else f"bad{i.origin[3:]}" for i in items]
    got = [x.article.id if x.article.origin is None else x.article.origin for x in lines]
    assert got == expected
    assert all(x.article.text.endswith(f"{x.article.id[1:]}.") for x in lines
               if x.article.id.startswith("a"))

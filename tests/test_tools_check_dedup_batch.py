"""tools/check_dedup_batch.py on a batch taken from the fixtures, and on a broken one."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "dedup"


def _checker():
    spec = importlib.util.spec_from_file_location("check_dedup_batch", ROOT / "tools" / "check_dedup_batch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _batch(tmp_path: Path, prefix: str) -> Path:
    lines = [line for line in (FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["id"].startswith(prefix + "-")]
    pairs = [p for p in json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))
             if p["a"].startswith(prefix + "-")]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "pairs.json").write_text(json.dumps(pairs), encoding="utf-8")
    return tmp_path


def test_tools_check_dedup_batch_passes_a_joined_batch(tmp_path, capsys):
    assert _checker().main([str(_batch(tmp_path, "b26")), "b26"]) == 0
    assert capsys.readouterr().out.strip().endswith("OK")


def test_tools_check_dedup_batch_lists_every_problem(tmp_path, capsys):
    folder = _batch(tmp_path, "b26")
    pairs = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))
    pairs[0]["event"] = "PROTESTS"
    (folder / "pairs.json").write_text(json.dumps(pairs[:50]), encoding="utf-8")
    assert _checker().main([str(folder), "b27"]) == 1
    out = capsys.readouterr().out
    assert "id must start with b27-" in out and "not a PLOVER category" in out
    assert "in no pair" in out and "50 pairs" in out


def test_tools_check_dedup_batch_lists_the_happenings_to_avoid(capsys):
    assert _checker().main(["--avoid", str(FIXTURES)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 2000 and all(line[:4].isdigit() for line in lines)

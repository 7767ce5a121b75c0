"""Bad inputs give an item with the reason, and the items after them are read."""

from __future__ import annotations

import gzip

from communique.config import Config
from communique.errors import (BinaryInputError, EmptyInputError, EncodingError,
                               MalformedInputError, NoBodyError, TooLargeError)
from communique.model import Article
from communique.readers import ReadFailure, read_sources

GOOD = ("Envoys agree to extend ceasefire talks in Doha\n\n"
        "Envoys from both sides agreed on Wednesday to extend ceasefire talks in Doha by another "
        "week, mediators said, after two days of meetings that ended without a final deal.\n")


def _truncated_gzip() -> bytes:
    page = "<html><body>" + "".join(f"<p>Paragraph {n} of the report, item {n * 7919 % 10007}.</p>"
                                     for n in range(3000)) + "</body></html>"
    whole = gzip.compress(page.encode())
    return whole[: len(whole) // 2]


def test_readers_robustness_each_bad_file_recorded_and_batch_goes_on(tmp_path):
    files = {
        "01_empty.txt": b"",
        "02_binary.bin": bytes(range(256)) * 50,
        "03_truncated.html.gz": _truncated_gzip(),
        "04_invalid_utf8.txt": b"\xff\xfe\x00\x81\x00" + b"\x80\x81\x82\x83\x98\x99" * 30,
        "05_latin1.txt": ("Les ministres se sont réunis à Genève mardi et ont décidé que les "
                          "négociations reprendront en été, a déclaré le porte-parole du "
                          "ministère des affaires étrangères.\n").encode("latin-1"),
        "06_broken.jsonl": b'{"text": "' + GOOD.encode().replace(b"\n", b" ") + b'"}\n{"text": \n',
        "07_no_body.html": b"<html><head><title>Index</title></head><body><nav>Home</nav></body></html>",
        "08_good.txt": GOOD.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    items = list(read_sources([str(tmp_path)], Config()))
    kinds = [(i.error.__class__ if isinstance(i, ReadFailure) else Article) for i in items]
    assert kinds == [EmptyInputError, BinaryInputError, MalformedInputError, EncodingError,
                     Article, Article, MalformedInputError, NoBodyError, Article]
    latin1 = items[4]
    assert latin1.language == "fr" and "Genève" in latin1.text
    assert items[6].origin.endswith("06_broken.jsonl:2")
    for item in items:
        if isinstance(item, ReadFailure):
            assert item.origin.startswith(str(tmp_path)) and item.error.message


def test_readers_robustness_50mb_file_refused_quickly(tmp_path):
    big = tmp_path / "big.txt"
    line = b"Envoys met again in Doha and talked late into the night about the ceasefire.\n"
    with big.open("wb") as handle:
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    (tmp_path / "small.txt").write_bytes(GOOD.encode())
    items = list(read_sources([str(big), str(tmp_path / "small.txt")], Config()))
    assert isinstance(items[0], ReadFailure) and isinstance(items[0].error, TooLargeError)
    assert "max_bytes" in items[0].error.message
    assert isinstance(items[1], Article)


def test_readers_robustness_missing_path_is_a_failure(tmp_path):
    items = list(read_sources([str(tmp_path / "nope.txt")], Config()))
    assert isinstance(items[0], ReadFailure) and isinstance(items[0].error, EmptyInputError)

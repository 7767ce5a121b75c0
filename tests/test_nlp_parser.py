"""The parser keeps offsets into the article text and never spans paragraphs."""

from communique.config import Config
from communique.errors import ModelError
from communique.nlp import Parser

import pytest


def test_nlp_sentences_do_not_cross_paragraph_breaks(parser):
    text = ('"We will return," the envoy said.\n\n"Talks resume on Monday," she added.\n\n'
            "Officials met in Doha.")
    doc = parser(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0].startswith('"We will return')
    assert any(s.startswith('"Talks resume') for s in sentences)
    assert all("\n\n" not in s for s in sentences)


def test_nlp_offsets_index_the_original_text(parser):
    text = "Ministers met in Seoul.\n\nThey agreed to meet again in Beijing."
    for doc in parser.pipe([text, text]):
        for token in doc:
            assert text[token.idx:token.idx + len(token.text)] == token.text
        for sent in doc.sents:
            assert text[sent.start_char:sent.end_char] == sent.text


def test_nlp_unknown_model_names_the_model_and_the_fix():
    with pytest.raises(ModelError, match="en_core_web_zz.*not installed"):
        Parser(Config(model="en_core_web_zz"))


def test_nlp_sentence_evidence_trims_blanks_and_keeps_offsets(parser):
    from communique.nlp import sentence_evidence

    text = "Envoys met in Doha.\n\nThey agreed to meet again."
    for sent in parser(text).sents:
        words, (start, end) = sentence_evidence(sent)
        assert words == text[start:end] and words == words.strip()


def test_nlp_titles_are_parsed_in_the_stream_after_their_bodies(resources, monkeypatch):
    import datetime as dt

    from communique.model import Article
    from communique.pipeline import extract

    def no_single_parse(self, text):
        raise AssertionError(f"parsed on its own: {text!r}")

    monkeypatch.setattr(Parser, "__call__", no_single_parse)
    published = dt.datetime(2024, 3, 5, 12, tzinfo=dt.timezone.utc)
    body = "The sanctions, announced on Monday, freeze the assets of four officials."
    articles = [Article(id="a", title="Japan imposes sanctions on North Korean officials",
                        text=body, published=published),
                Article(id="b", text="Officials met in Doha.", published=published),
                Article(id="c", title="Canada imposes sanctions on Russian officials",
                        text=body, published=published)]
    found = {x.article.id: [(e.event, [p.country for p in e.actor]) for e in x.events]
             for x in extract(articles, resources=resources)}
    # Each body met its own title, whatever came between.
    assert found["a"] == [("SANCTION", ["JPN"])] and found["c"] == [("SANCTION", ["CAN"])]

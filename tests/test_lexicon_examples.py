"""Every lexicon entry codes its own example, and stays quiet on its negative examples.

Parses with the configured spaCy model, loaded once for this module; all
sentences go through ``nlp.pipe`` in batches.
"""

from __future__ import annotations

import pytest

from communique.config import Config
from communique.errors import ModelError
from communique.lexicon import EventLexicon, RelationLexicon


@pytest.fixture(scope="session")
def lexicon_parser():
    from communique.nlp import Parser

    try:
        return Parser(Config(batch_size=64))
    except ModelError as exc:  # pragma: no cover - the model is a dependency
        pytest.skip(f"spaCy model not installed: {exc}")


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


@pytest.fixture(scope="module")
def relations() -> RelationLexicon:
    return RelationLexicon.load()


def test_lexicon_every_example_is_coded_by_its_entry(lexicon, lexicon_parser) -> None:
    """Some token of the example is the entry's head word, its constraints hold,
    and no more specific entry takes the token first."""
    entries = lexicon.entries
    failures = []
    for entry, doc in zip(entries, lexicon_parser.pipe(e.example for e in entries)):
        if not any(lexicon.match(t)[:1] == (entry,) for t in doc):
            seen = [(t.text, t.lemma_, t.pos_, [m.id for m in lexicon.match(t)]) for t in doc
                    if lexicon.lemma_of(t) == entry.lemma]
            failures.append(f"{entry.id}: {entry.example!r} -> {seen}")
    assert not failures, "\n".join(failures)


def test_lexicon_no_entry_fires_on_its_negative_examples(lexicon, lexicon_parser) -> None:
    cases = [(e, s) for e in lexicon.entries for s in e.negative_examples]
    assert cases
    failures = [
        f"{entry.id}: {sentence!r}"
        for (entry, sentence), doc in zip(cases, lexicon_parser.pipe(s for _, s in cases))
        if any(entry.matches(t, lexicon.lemma_of(t)) for t in doc)
    ]
    assert not failures, "\n".join(failures)


def test_relation_every_cue_example_contains_the_cue(relations, lexicon_parser) -> None:
    cues = relations.cues
    failures = [
        f"{cue.id}: {cue.example!r}"
        for cue, doc in zip(cues, lexicon_parser.pipe(c.example for c in cues))
        if not any(cue.matches(t) for t in doc)
    ]
    assert not failures, "\n".join(failures)


def test_relation_no_cue_fires_on_its_negative_examples(relations, lexicon_parser) -> None:
    cases = [(c, s) for c in relations.cues for s in c.negative_examples]
    assert cases
    failures = [
        f"{cue.id}: {sentence!r}"
        for (cue, sentence), doc in zip(cases, lexicon_parser.pipe(s for _, s in cases))
        if any(cue.matches(t) for t in doc)
    ]
    assert not failures, "\n".join(failures)


# Sentences written for this test, not taken from the lexicon's own examples:
# the lexicon must generalise to new wording of the same constructions.
FRESH = [
    ("Officials from Lima and Quito will hold talks next week.", "hold", "CONSULT"),
    ("The two governments signed a memorandum on fisheries.", "sign", "SUPPORT"),
    ("Ottawa imposed new sanctions on Tehran.", "impose", "SANCTION"),
    ("Brussels lifted sanctions on Minsk.", "lift", "RETREAT"),
    ("Kenya called for calm in Khartoum.", "call", "REQUEST"),
    ("Peacekeepers pulled out of the buffer zone.", "pull", "RETREAT"),
    ("Quito cut ties with Mexico City.", "cut", "SANCTION"),
    ("Latvia expelled two Russian diplomats.", "expel", "SANCTION"),
    ("Gunmen opened fire on a convoy near Goma.", "open", "ASSAULT"),
    ("Russian bombers carried out strikes on Odesa.", "carry", "ASSAULT"),
    ("Caracas refused to negotiate with the opposition.", "refuse", "REJECT"),
    ("Police arrested the opposition leader in Dakar.", "arrest", "COERCE"),
    ("A drone strike killed two commanders.", "strike", "ASSAULT"),
    ("Thousands of workers went on strike in Lagos.", "strike", "PROTEST"),
    ("Tokyo sent humanitarian aid to Ankara.", "aid", "AID"),
    ("Mexico recalled its ambassador from Lima.", "recall", "SANCTION"),
]


@pytest.mark.parametrize("sentence,lemma,event", FRESH)
def test_lexicon_codes_new_sentences(lexicon, lexicon_parser, sentence, lemma, event) -> None:
    doc = lexicon_parser(sentence)
    coded = [lexicon.match(t)[0].event for t in doc
             if lexicon.lemma_of(t) == lemma and lexicon.match(t)]
    assert coded and coded[0] == event, [(t.text, t.lemma_, t.pos_, t.dep_) for t in doc]

"""Object constraints read through amounts and partitives: "$3 million IN
aid", "dollars OF assistance", "members OF the staff"."""

from __future__ import annotations

from communique.lexicon import object_heads

PARTITIVES = frozenset({"million", "dollar", "member", "dozen"})


def heads(nlp, text, verb):
    doc = nlp(text)
    (token,) = [t for t in doc if t.lemma_ == verb]
    return sorted(h.lemma_.lower() for h in object_heads(token, PARTITIVES))


def test_lexicon_amount_names_what_it_counts_with_in(nlp):
    assert "aid" in heads(nlp, "Chile gave $3 million in aid.", "give")


def test_lexicon_partitive_of_reaches_the_counted_noun(nlp):
    assert "assistance" in heads(nlp, "Peru offered 40 dollars of assistance.", "offer")
    assert "staff" in heads(nlp, "Oslo ordered two members of the embassy staff to leave.", "order")


def test_lexicon_in_after_a_noun_partitive_is_a_place_not_what_it_counts(nlp):
    assert "city" not in heads(nlp, "Police arrested dozens in the city.", "arrest")

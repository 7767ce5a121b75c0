"""A place name stands for a government only in an agent's or partner's role."""

import pytest

from communique.metonymy import is_metonymic


def _span(nlp, sentence: str, name: str):
    doc = nlp(sentence)
    start = sentence.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    ents = [e for e in doc.ents if e.start <= span.start and e.end >= span.end]
    return ents[0] if ents else span


@pytest.mark.parametrize("sentence, name", [
    ("Pyongyang said on Monday it would launch a satellite.", "Pyongyang"),
    ("Washington warned Moscow against any escalation.", "Washington"),
    ("The talks with Beijing ended without agreement.", "Beijing"),
    ("The minister urged Tehran to return to the negotiating table.", "Tehran"),
    ("Seoul and Tokyo agreed to share intelligence.", "Tokyo"),
    ("Beijing's policy toward the island has hardened.", "Beijing"),
    ("The EU imposed new sanctions on Moscow.", "Moscow"),
    ("Moscow reported that its forces had repelled the attack.", "Moscow"),
    ("Tehran received the envoy with full honours.", "Tehran"),
    ("Paris and Berlin bombed rebel positions across the north.", "Paris"),
    ("Ankara seized the cargo ship off its coast.", "Ankara"),
    ("Chile said it had received a request from Lima for his extradition.", "Lima"),
    ("Beijing called the US sanctions a provocation.", "Beijing"),
])
def test_metonymy_agent_or_partner_is_a_government(nlp, sentence, name):
    assert is_metonymic(_span(nlp, sentence, name))


@pytest.mark.parametrize("sentence, name", [
    ("The ministers met in Seoul on Tuesday.", "Seoul"),
    ("Putin is expected to visit Pyongyang next week.", "Pyongyang"),
    ("Atlanta was flooded after two days of rain.", "Atlanta"),
    ("Tbilisi was calm on Sunday morning.", "Tbilisi"),
    ("The Red River crested overnight near the town.", "Red River"),
    ("Residents of Kyiv's outskirts spent the night in shelters.", "Kyiv"),
    ("The plant near Louisville, Ky., was picked for the project.", "Ky."),
    ("Aid convoys arrived from Cairo late on Friday.", "Cairo"),
    ("Kyiv was hit by a wave of drones overnight.", "Kyiv"),
    ("Police in Zimbabwe's second city Bulawayo detained a student leader.", "Bulawayo"),
    ("Refugees from Kyiv reached the border on Friday.", "Kyiv"),
    ("Kyiv was called Kiev in English for decades.", "Kyiv"),
])
def test_metonymy_located_visited_or_described_is_a_place(nlp, sentence, name):
    assert not is_metonymic(_span(nlp, sentence, name))

"""Factuality, history and claimant read from the trigger's own clause chain."""

from __future__ import annotations

import pytest

from communique.errors import DataError
from communique.factuality import Cues, dominant_country, find_claimant, read_context
from communique.model import ActorMention, Entity


@pytest.fixture(scope="module")
def cues():
    return Cues.load()


def reading(nlp, cues, text, trigger):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return read_context(token, cues), token, doc


@pytest.mark.parametrize("text, trigger, expected", [
    ("Putin visited Pyongyang on Tuesday.", "visited", "asserted"),
    ("Putin will visit Pyongyang next week.", "visit", "future"),
    ("Putin is expected to visit Pyongyang.", "visit", "future"),
    ("The two ministers plan to meet in Geneva.", "meet", "future"),
    ("Seoul and Beijing are finalizing details to hold talks in Seoul.", "talks", "future"),
    ("The president is scheduled to travel to Paris.", "travel", "future"),
    ("The upcoming summit will be held in Rome.", "summit", "future"),
    ("Tokyo could impose tariffs on steel.", "impose", "hypothetical"),
    ("If talks fail, the army may attack the town.", "attack", "hypothetical"),
    ("The cabinet is considering sending troops.", "sending", "hypothetical"),
    ("Ankara did not meet the envoy.", "meet", "negated"),
    ("The minister never visited Kabul.", "visited", "negated"),
    ("Iran refused to meet the negotiators.", "meet", "negated"),
    ("The government denied attacking the convoy.", "attacking", "negated"),
    ("There were no talks on Monday.", "talks", "negated"),
    ("Officials failed to sign the accord.", "sign", "negated"),
    ("The rebels said they would meet the envoy.", "meet", "future"),
    ("The rebels had announced that they would meet the envoy.", "meet", "future"),
    ("The rebels would meet the envoy if he came alone.", "meet", "hypothetical"),
    ("Manila will retaliate if Beijing blocks the shoal.", "retaliate", "hypothetical"),
    ("Lebanon called for talks with Israel.", "talks", "hypothetical"),
    ("Washington called the seizure unlawful and demanded the release of the crew.", "demanded", "asserted"),
    ("Tehran is prepared to lift the ban on fuel exports.", "lift", "future"),
    ("The rebels are willing to free the hostages.", "free", "future"),
    ("Caracas is ready to restore flights to Bogota.", "restore", "future"),
])
def test_factuality_from_the_clause_chain(nlp, cues, text, trigger, expected):
    found, _, _ = reading(nlp, cues, text, trigger)
    assert found.factuality == expected, (text, found)


@pytest.mark.parametrize("text, trigger", [
    ("Ottawa urged the release of two engineers detained in Yemen last month.", "detained"),
    ("Prosecutors will question the activists arrested at the rally.", "arrested"),
    ("The union demanded compensation for the farmers evicted by the army.", "evicted"),
])
def test_factuality_a_reduced_relative_tells_what_was_done(nlp, cues, text, trigger):
    # The participle is not under the request, plan or "will" of its clause.
    found, _, _ = reading(nlp, cues, text, trigger)
    assert found.factuality == "asserted", (text, found)


def test_factuality_modal_scope_is_the_triggers_own_clause(nlp, cues):
    text = "Madrid said it could respond later, after rebels attacked the embassy."
    found, _, _ = reading(nlp, cues, text, "attacked")
    assert found.factuality == "asserted"


def test_factuality_reported_speech_keeps_the_reported_clause(nlp, cues):
    found, _, doc = reading(nlp, cues, "Rebels shelled the town, a spokesman said.", "shelled")
    assert found.factuality == "asserted"
    assert found.speech_verb is not None and doc[found.speech_verb].lemma_ == "say"
    found, _, _ = reading(nlp, cues, "The minister said troops will leave the zone.", "leave")
    assert found.factuality == "future"


@pytest.mark.parametrize("text, trigger, expected", [
    ("It has been 24 years since the president's visit to Hanoi.", "visit", True),
    ("Two years ago, the army attacked the village.", "attacked", True),
    ("He had last visited Minsk before the war.", "visited", True),
    ("His last visit to Minsk drew protests.", "visit", True),
    ("The army attacked the village on Monday.", "attacked", False),
    ("Belgian troops had already left Niger after the coup.", "left", True),
    ("Belgium has already sent troops to Niger.", "sent", False),
])
def test_factuality_background_history_cues(nlp, cues, text, trigger, expected):
    found, _, _ = reading(nlp, cues, text, trigger)
    assert found.historical is expected, (text, found)


def test_factuality_anonymous_source_gets_country_and_sector(nlp, cues):
    text = "Seoul and Beijing will hold talks on Tuesday, said a high-level government source."
    found, token, doc = reading(nlp, cues, text, "hold")
    speech = doc[found.speech_verb]
    claimant = find_claimant(token, speech, lambda t: None, cues, home_country="KOR")
    assert claimant is not None
    assert (claimant.country, claimant.sector) == ("KOR", "GOV")
    assert "source" in claimant.text


def test_factuality_named_speaker_is_the_claimant(nlp, cues):
    text = "Troops will leave the border area, Mexico said."
    found, token, doc = reading(nlp, cues, text, "leave")
    mexico = Entity(text="Mexico", name="Mexico", country="MEX", type="state")
    entity_of = lambda t: mexico if t.text == "Mexico" else None  # noqa: E731
    claimant = find_claimant(token, doc[found.speech_verb], entity_of, cues)
    assert claimant == mexico


def test_factuality_according_to_names_the_claimant(nlp, cues):
    text = "The navy seized two tankers, according to Iranian state media."
    found, token, _ = reading(nlp, cues, text, "seized")
    iran = Entity(text="Iranian", name="Iran", country="IRN", type="state")
    claimant = find_claimant(token, None, lambda t: iran if t.text == "Iranian" else None, cues)
    assert claimant is not None and claimant.country == "IRN" and claimant.sector == "MED"


def test_factuality_no_speaker_no_claimant(nlp, cues):
    found, token, _ = reading(nlp, cues, "Rebels shelled the town.", "shelled")
    assert find_claimant(token, None, lambda t: None, cues) is None


def test_factuality_dominant_country_counts_mentions():
    def m(code, start):
        return ActorMention(code, (start, start + 3), Entity(text=code, name=code, country=code))
    assert dominant_country([m("KOR", 0), m("CHN", 5), m("KOR", 9)]) == "KOR"
    assert dominant_country([]) is None


def test_factuality_cue_list_errors_name_the_missing_key():
    with pytest.raises(DataError, match="negation_words"):
        Cues.from_dict({})


def test_factuality_present_tense_once_clause_is_a_condition(nlp, cues):
    read, _, _ = reading(nlp, cues, "Talks will resume once Japan withdraws its ships.", "withdraws")
    assert read.factuality == "hypothetical"
    read, _, _ = reading(nlp, cues, "Talks resumed once Japan withdrew its ships.", "withdrew")
    assert read.factuality == "asserted"


def test_factuality_impersonal_passive_names_no_claimant(nlp, cues):
    read, token, doc = reading(nlp, cues, "It is believed that Japan attacked China.", "attacked")
    it = Entity(text="It", name="Japan", country="JPN")
    speech = doc[read.speech_verb] if read.speech_verb is not None else None
    assert find_claimant(token, speech, lambda t: it if t.text == "It" else None, cues) is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("Cairo had requested talks with Amman.", "requested", False),
    ("It is understood that Cairo had requested talks.", "requested", True),
    ("It is believed that the North requested help from Moscow.", "requested", True),
    ("Analysts suspect the militia shelled the village.", "shelled", True),
    ("Officials say the army shelled the village.", "shelled", False),
    ("The army shelled the village on Monday.", "shelled", False),
    ("It is believed that the North will request help.", "request", False),
])
def test_factuality_past_perfect_and_belief_place_an_event_before_the_story(
        nlp, cues, text, trigger, expected):
    from communique.factuality import before_story, clause_chain

    _, token, _ = reading(nlp, cues, text, trigger)
    chain, _ = clause_chain(token, cues)
    assert before_story(chain, cues) is expected, text


@pytest.mark.parametrize("text, trigger, expected", [
    # "go" is a plan only over an infinitive
    ("Nurses in Accra went on strike on Monday.", "strike", "asserted"),
    ("Ghana is going to send troops to Mali.", "send", "future"),
    # stopping people from something negates that, not who they are
    ("Police fired tear gas to stop protesting farmers from reaching the parliament.",
     "protesting", "asserted"),
    ("Police stopped farmers from protesting in Lima.", "protesting", "negated"),
])
def test_factuality_a_governor_reaches_only_what_it_governs(nlp, cues, text, trigger, expected):
    found, _, _ = reading(nlp, cues, text, trigger)
    assert found.factuality == expected, (text, found)


def test_factuality_a_threat_made_on_a_condition_was_made(code):
    # the condition (in the present) belongs to what was threatened, not to the threatening
    events = code("Slovakia on Monday threatened to cut electricity exports to Ukraine, which "
                  "depend on its grid, unless Kyiv resumes gas transit.")
    assert [e.factuality for e in events if e.event == "THREATEN"] == ["asserted"]
    # ... while an act on a condition stays hypothetical
    events = code("Hungary would veto the renewal of EU sanctions if Ukraine stopped gas transit.")
    assert "asserted" not in [e.factuality for e in events if e.event == "REJECT"]


def test_factuality_what_an_inquiry_is_called_into_happened(code):
    events = code("Ethiopia's human rights commission on Friday called for an independent "
                  "investigation into this week's drone strike on a market in Bahir Dar.")
    assert [e.factuality for e in events if e.event == "ASSAULT"] == ["asserted"]


@pytest.mark.parametrize("text, trigger, expected", [
    # a day after "called" is when, not "call on" somebody to act
    ("Erdogan on Friday called the drone attack on the base an act of terror.", "attack", "asserted"),
    ("The chancellor called the shelling of the port on Sunday a war crime.", "shelling", "asserted"),
    ("Lebanon called on Israel on Monday to halt its strikes.", "halt", "hypothetical"),
    # a modal perfect looks back: what came before it happened
    ("Analysts said Seoul may have misread Pyongyang after the talks in Singapore.", "talks", "asserted"),
    ("Seoul will reopen the border after the talks in Singapore.", "talks", "future"),
    # how a wish or demand was voiced is no wish
    ("Blinken urged restraint in a phone call with Wang Yi on Tuesday.", "call", "asserted"),
    ("Blinken urged a phone call with Wang Yi.", "call", "hypothetical"),
])
def test_factuality_adjuncts_of_time_and_manner_take_no_governors_mood(nlp, cues, text, trigger, expected):
    found, _, _ = reading(nlp, cues, text, trigger)
    assert found.factuality == expected, (text, found)

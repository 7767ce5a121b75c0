"""The event coder over real parses of small sentences, with hand-built actor,
time and place mentions (so these tests do not depend on the resolvers)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from communique.events import code_events, event_id
from communique.lexicon import EventLexicon, LexiconEntry
from communique.model import ActorMention, Article, Entity, Location, PlaceMention, Timex

PUBLISHED = dt.datetime(2024, 6, 14, 9, 0, tzinfo=dt.timezone.utc)


def entry(ident, lemma, pos, event, cameo, quad, intensity, mode=None, **constraints):
    return LexiconEntry(id=ident, lemma=lemma, pos=pos, event=event, mode=mode, cameo=cameo,
                        quad_code=quad, intensity=intensity, example="(test entry)", **constraints)


LEXICON = EventLexicon(entries=(
    entry("visit.verb", "visit", "VERB", "CONSULT", "042", 1, 1.0, "visit"),
    entry("visit.noun", "visit", "NOUN", "CONSULT", "042", 1, 1.0, "visit"),
    entry("talk.noun", "talk", "NOUN", "CONSULT", "040", 1, 1.0),
    entry("hold-talk.verb", "hold", "VERB", "CONSULT", "040", 1, 1.0, object=("talk",)),
    entry("meet.verb", "meet", "VERB", "CONSULT", "040", 1, 1.0),
    entry("refuse-meet.verb", "refuse", "VERB", "REJECT", "125", 3, -4.0, xcomp=("meet",)),
    entry("impose-sanction.verb", "impose", "VERB", "SANCTION", "163", 4, -6.0,
          object=("sanction",)),
    entry("air-strike.noun", "strike", "NOUN", "ASSAULT", "195", 4, -9.0, "aerial",
          modifier=("air",)),
    entry("attack.verb", "attack", "VERB", "ASSAULT", "190", 4, -9.0),
    entry("agree.verb", "agree", "VERB", "AGREE", "030", 1, 4.0),
    entry("provide.verb", "provide", "VERB", "AID", "070", 2, 7.0),
    entry("attack.noun", "attack", "NOUN", "ASSAULT", "190", 4, -9.0),
    entry("demand.noun", "demand", "NOUN", "REQUEST", "100", 3, -5.0),
    entry("demand.verb", "demand", "VERB", "REQUEST", "100", 3, -5.0),
    entry("threaten.verb", "threaten", "VERB", "THREATEN", "130", 3, -4.4),
    entry("withdraw.verb", "withdraw", "VERB", "RETREAT", "087", 2, 5.0),
    entry("complain.verb", "complain", "VERB", "ACCUSE", "111", 3, -2.0),
    entry("impose-curfew.verb", "impose", "VERB", "COERCE", "172", 4, -5.0, object=("curfew",)),
    entry("tell-to.verb", "tell", "VERB", "REQUEST", "100", 3, -1.5, xcomp=("lift",)),
), modes={}, contexts=())

COUNTRIES = {
    "Putin": ("Vladimir Putin", "RUS", "person"), "Russian": ("Russia", "RUS", "state"),
    "South Korea": ("South Korea", "KOR", "state"), "China": ("China", "CHN", "state"),
    "Israeli": ("Israel", "ISR", "state"), "Washington": ("United States", "USA", "state"),
    "Moscow": ("Russia", "RUS", "state"), "Iran": ("Iran", "IRN", "state"),
    "Japan": ("Japan", "JPN", "state"), "Ukraine": ("Ukraine", "UKR", "state"),
    "Brazil": ("Brazil", "BRA", "state"), "Argentina": ("Argentina", "ARG", "state"),
    "Kenya": ("Kenya", "KEN", "state"), "Ethiopia": ("Ethiopia", "ETH", "state"),
    "Ethiopian": ("Ethiopia", "ETH", "state"),
    "Xi Jinping": ("Xi Jinping", "CHN", "person"), "Chinese": ("China", "CHN", "state"),
    "Beijing": ("China", "CHN", "state"),
}
PLACES = {"Pyongyang": "PRK", "Seoul": "KOR", "Gaza": "PSE", "Vienna": "AUT", "Nairobi": "KEN",
          "Hanoi": "VNM"}


def _find(text, table, make):
    out = []
    for name, value in table.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(make(name, (m.start(), m.end()), value))
    return tuple(sorted(out, key=lambda x: x.span))


def actors_in(text):
    return _find(text, COUNTRIES, lambda n, s, v: ActorMention(
        n, s, Entity(text=n, name=v[0], country=v[1], type=v[2])))


def places_in(text):
    return _find(text, PLACES, lambda n, s, v: PlaceMention(
        n, s, Location(extracted_place=n, resolved_place=n, country_code=v)))


def timex(text, phrase, start, end=None, precision="day"):
    i = text.index(phrase)
    return Timex(text=phrase, span=(i, i + len(phrase)), start=start, end=end or start,
                 precision=precision, value=start.isoformat())


@pytest.fixture(scope="module")
def code(nlp):
    def run(text, timexes=(), article_id="a1", published=PUBLISHED, extra_actors=()):
        article = Article(id=article_id, text=text, published=published)
        actors = tuple(sorted(actors_in(text) + tuple(extra_actors), key=lambda m: m.span))
        return code_events(nlp(text), article, LEXICON, actors, tuple(timexes), places_in(text))
    return run


def codes(entities):
    return sorted(e.country for e in entities)


def test_events_subject_and_object_give_actor_and_recipient(code):
    (event,) = code("Washington imposed sanctions on Moscow over the war.")
    assert event.event == "SANCTION" and event.cameo == "163" and event.quad_code == 4
    assert codes(event.actor) == ["USA"] and codes(event.recipient) == ["RUS"]
    assert event.event_text == "imposed sanctions"
    assert event.factuality == "asserted" and event.historical is False


def test_events_passive_agent_is_the_actor(code):
    (event,) = code("Ukraine was attacked by Moscow on the border.")
    assert codes(event.actor) == ["RUS"] and codes(event.recipient) == ["UKR"]


def test_events_specific_entry_wins_and_consumes_its_complement(code):
    events = code("Iran refused to meet Japan in Vienna.")
    assert [e.event for e in events] == ["REJECT"]
    assert codes(events[0].recipient) == ["JPN"]
    assert events[0].event_loc is not None and events[0].event_loc.country_code == "AUT"


def test_events_noun_with_nationality_and_place_target(code):
    (event,) = code("Israeli air strikes on Gaza killed 12 people.")
    assert (event.event, event.mode) == ("ASSAULT", "aerial")
    assert codes(event.actor) == ["ISR"] and codes(event.recipient) == ["PSE"]


def test_events_between_makes_a_symmetric_event(code):
    (event,) = code("The talks between Brazil and Argentina ended without a deal.")
    assert codes(event.actor) == ["ARG", "BRA"] and codes(event.recipient) == ["ARG", "BRA"]


def test_events_conjoined_subject_is_one_event_with_two_actors(code):
    events = code("Kenya and Ethiopia held talks in Nairobi.")
    assert len(events) == 1
    assert codes(events[0].actor) == ["ETH", "KEN"]
    assert events[0].event_loc.extracted_place == "Nairobi"


def test_events_trigger_without_actor_is_dropped(code):
    assert code("The talks ended without a deal.") == ()


def test_events_raised_subject_of_expected_is_the_actor(code):
    text = "Putin is expected to visit Pyongyang from next Tuesday."
    (event,) = code(text, [timex(text, "next Tuesday", dt.date(2024, 6, 18))])
    assert codes(event.actor) == ["RUS"] and codes(event.recipient) == ["PRK"]
    assert event.factuality == "future"
    assert event.date == dt.date(2024, 6, 18) and event.date_text == "next Tuesday"
    assert event.event_loc.extracted_place == "Pyongyang"


def test_events_without_a_date_take_the_publication_day(code):
    (event,) = code("Japan attacked China.")
    assert event.date == event.enddate == dt.date(2024, 6, 14)
    assert event.date_text is None and event.date_precision == "day"


def test_events_old_date_marks_background_history(code):
    text = "Putin visited Pyongyang in 2000."
    (event,) = code(text, [timex(text, "2000", dt.date(2000, 1, 1), dt.date(2000, 12, 31), "year")])
    assert event.historical is True
    assert (event.date, event.date_precision) == (dt.date(2000, 1, 1), "year")


def test_events_since_construction_is_historical_and_never_publication_day(code):
    text = "It has been 24 years since the Russian president's visit to Pyongyang."
    (event,) = code(text)
    assert event.historical is True
    assert codes(event.actor) == ["RUS"]
    # Undated background: the date is unknown, never 0001-01-01 or the publication day.
    assert (event.date, event.enddate, event.date_precision, event.date_text) == (None, None, None, None)


def test_events_future_date_in_clause_makes_a_plan_future(code):
    text = "South Korea and China hold talks in Seoul on Tuesday."
    (event,) = code(text, [timex(text, "Tuesday", dt.date(2024, 6, 18))])
    assert event.factuality == "future" and event.date == dt.date(2024, 6, 18)


def test_events_past_verb_with_date_keeps_asserted(code):
    text = "Japan attacked China on Tuesday."
    (event,) = code(text, [timex(text, "Tuesday", dt.date(2024, 6, 11))])
    assert event.factuality == "asserted" and event.date == dt.date(2024, 6, 11)


def test_events_mentions_of_one_event_merge_with_every_evidence(code):
    text = ("Putin will visit Pyongyang next week. The visit by Putin is his first in years. "
            "Japan attacked China.")
    events = code(text, [timex(text, "next week", dt.date(2024, 6, 17), dt.date(2024, 6, 23))])
    visits = [e for e in events if e.event == "CONSULT"]
    assert len(visits) == 1
    (visit,) = visits
    assert len(visit.evidence) == 2
    assert visit.factuality == "future" and visit.date == dt.date(2024, 6, 17)
    assert {e.event for e in events} == {"CONSULT", "ASSAULT"}


def test_events_ids_are_stable_and_distinct(code):
    text = "Japan attacked China. Japan attacked China again in Vienna."
    first = code(text)
    second = code(text)
    assert [e.id for e in first] == [e.id for e in second]
    assert event_id("a", (0, 5), 1, "ASSAULT") != event_id("a", (0, 5), 1, "CONSULT")


def test_events_span_points_at_the_sentence(code):
    text = "Nothing happened today. Washington imposed sanctions on Moscow."
    (event,) = code(text)
    assert text[event.span[0]:event.span[1]] == event.text
    assert event.text.startswith("Washington")
    assert event.evidence[0].span == event.span


def test_events_negated_promise_negates_the_promised_event(code):
    events = code("Japan did not agree to provide aid to Ukraine.")
    by_category = {e.event: e for e in events}
    assert by_category["AGREE"].factuality == "negated"
    assert by_category["AID"].factuality == "negated"
    assert codes(by_category["AID"].recipient) == ["UKR"]


def test_events_support_verb_gives_its_subject_to_the_event_noun(code):
    (event,) = code("Kenya launched an attack on Ethiopia.")
    assert (event.event, codes(event.actor), codes(event.recipient)) == ("ASSAULT", ["KEN"], ["ETH"])


def test_events_noun_object_of_a_reaction_verb_is_not_the_subjects_event(code):
    assert code("Kenya condemned the attack on Ethiopia.") == ()


def test_events_pronoun_subject_takes_the_governing_subject(code):
    events = code("Japan said it will attack China.")
    (event,) = [e for e in events if e.event == "ASSAULT"]
    assert codes(event.actor) == ["JPN"] and event.factuality == "future"
    # (saying so threatens China: tests/test_events_coding_rules.py)


def test_events_conjoined_time_expression_belongs_to_the_second_item(code):
    text = "It has been 24 years since the Russian president's visit to Pyongyang and nine years since the talks."
    timexes = [timex(text, "24 years since", dt.date(2000, 1, 1), dt.date(2000, 12, 31), "year"),
               timex(text, "nine years since", dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year")]
    (visit,) = code(text, timexes)
    assert visit.date == dt.date(2000, 1, 1) and visit.historical is True


def test_events_merged_mentions_keep_one_entity_per_party(code):
    text = "Putin will visit Pyongyang next week. The Russian president's visit to Pyongyang is his first."
    (visit,) = code(text, [timex(text, "next week", dt.date(2024, 6, 17), dt.date(2024, 6, 23))])
    assert codes(visit.actor) == ["RUS"] and len(visit.evidence) == 2


def test_events_reported_obligation_is_a_demand_on_the_clause_subject(code):
    text = "Japan said on Monday that China must leave the islands."
    events = code(text, [timex(text, "Monday", dt.date(2024, 6, 10))])
    (demand,) = [e for e in events if e.event == "REQUEST"]
    assert codes(demand.actor) == ["JPN"] and codes(demand.recipient) == ["CHN"]
    assert demand.event_text == "must leave" and demand.date == dt.date(2024, 6, 10)
    assert demand.factuality == "asserted" and demand.claimed_by is None


def test_events_without_a_publication_date_are_undated_never_year_one(code):
    (event,) = code("Japan attacked China.", published=None)
    assert (event.date, event.enddate, event.date_precision) == (None, None, None)


def test_events_undated_noun_mention_joins_the_dated_event_of_its_actor(code):
    text = ("Xi Jinping will visit Hanoi next week. "
            "Analysts said Beijing must have sped up the Chinese president's visit.")
    events = code(text, [timex(text, "next week", dt.date(2024, 6, 17), dt.date(2024, 6, 23))])
    (visit,) = [e for e in events if e.event == "CONSULT"]
    assert len(visit.evidence) == 2
    assert visit.factuality == "future" and visit.date == dt.date(2024, 6, 17)
    assert not any(e.date == dt.date(2024, 6, 14) for e in events if e.event == "CONSULT")


def test_events_undated_noun_mention_with_another_recipient_stays_apart(code):
    text = "Xi Jinping will visit Hanoi next week. Japan welcomed the Chinese president's visit to Kenya."
    events = code(text, [timex(text, "next week", dt.date(2024, 6, 17), dt.date(2024, 6, 23))])
    assert len([e for e in events if e.event == "CONSULT"]) == 2


def test_events_demand_for_goods_is_not_a_request(code):
    assert [e for e in code("China's demand for Brazil's soybeans keeps rising.") if e.event == "REQUEST"] == []


def test_events_demand_noun_with_an_addressee_or_a_clause_is_a_request(code):
    (on,) = code("Kenya's demands on Ethiopia delayed the vote.")
    assert on.event == "REQUEST" and codes(on.recipient) == ["ETH"]
    events = code("Japan's demand that China leave the islands was rejected.")
    assert [e.event for e in events] == ["REQUEST"]


def test_events_must_have_is_an_inference_not_an_obligation(code):
    assert [e for e in code("Japan said China must have attacked Ukraine.") if e.event == "REQUEST"] == []


def test_events_owner_of_the_object_is_the_recipient_before_its_origin(code):
    (event,) = code("Japan demanded the withdrawal of Russian troops from Ukraine.")
    assert codes(event.actor) == ["JPN"] and codes(event.recipient) == ["RUS"]


def test_events_actors_own_possession_is_not_a_recipient(code):
    text = "Japan will withdraw its ships from China."
    its = text.index("its")
    pronoun = ActorMention("its", (its, its + 3), Entity(text="its", name="Japan", country="JPN", type="state"))
    (event,) = code(text, extra_actors=(pronoun,))
    assert codes(event.recipient) == ["CHN"]


def test_events_complaint_targets_what_it_is_about_not_the_addressee(code):
    (event,) = code("Kenya complained to Japan over Ethiopian raids.")
    assert codes(event.actor) == ["KEN"] and codes(event.recipient) == ["ETH"]


def test_events_place_of_a_coercive_act_is_its_target(code):
    (curfew,) = code("Kenya imposed a curfew in Nairobi.")
    assert curfew.event == "COERCE" and codes(curfew.recipient) == ["KEN"]
    (attack,) = code("Israeli troops attacked a camp in Gaza.")
    assert codes(attack.actor) == ["ISR"] and codes(attack.recipient) == ["PSE"]


def test_events_place_of_talks_is_not_a_recipient(code):
    (talks,) = code("Japan held talks in Vienna.")
    assert talks.recipient == ()


def test_events_threat_condition_names_the_threatened(code):
    events = code("Iran threatened to attack if Japan sends warships.")
    (threat,) = [e for e in events if e.event == "THREATEN"]
    assert codes(threat.actor) == ["IRN"] and codes(threat.recipient) == ["JPN"]


def test_events_finite_reported_clause_does_not_fill_an_infinitive_slot(code):
    assert [e for e in code("Kenya told Japan that China lifted the ban.") if e.event == "REQUEST"] == []
    (request,) = code("Kenya told Japan to lift the ban.")
    assert request.event == "REQUEST" and codes(request.recipient) == ["JPN"]

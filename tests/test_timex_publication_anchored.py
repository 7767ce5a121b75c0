"""Dates normalised against a publication on Friday 2024-06-14, 07:38 in UTC+9.

Sentences are written for these tests; each checks a construction news uses.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique.timex import find_timexes

FRIDAY_SEOUL = dt.datetime(2024, 6, 14, 7, 38, tzinfo=dt.timezone(dt.timedelta(hours=9)))
D = dt.date


def one(text, published=FRIDAY_SEOUL, doc=None):
    found = find_timexes(text, published, doc=doc)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(params=["cues", "parse"])
def read(request):
    """Run each sentence both with cue words only and with the spaCy parse."""
    if request.param == "cues":
        return lambda text, published=FRIDAY_SEOUL: find_timexes(text, published)
    parser = request.getfixturevalue("parser")
    return lambda text, published=FRIDAY_SEOUL: find_timexes(text, published, doc=parser(text))


def test_next_weekday_through_weekday_is_one_range(read):
    (t,) = read("The prime minister is expected to tour the port from next Tuesday "
                "through Wednesday, aides said.")
    assert (t.start, t.end, t.precision) == (D(2024, 6, 18), D(2024, 6, 19), "day")
    assert t.text == "next Tuesday through Wednesday"


def test_same_day_refers_back_to_the_last_day(read):
    text = ("Trade ministers of the two countries will hold talks in Geneva on Tuesday. "
            "On the same day, a new tariff schedule takes effect.")
    first, same = read(text)
    assert first.start == D(2024, 6, 18)
    assert same.text == "the same day"
    assert same.start == same.end == D(2024, 6, 18)
    assert same.anchor_span == first.span


def test_planned_talks_on_a_weekday_are_ahead_with_the_parse(parser):
    text = "The two governments are arranging details to hold border talks in Hanoi on Tuesday."
    (t,) = find_timexes(text, FRIDAY_SEOUL, doc=parser(text))
    assert t.start == D(2024, 6, 18)


def test_a_possessive_weekday_in_a_past_clause_is_the_last_one(parser):
    # published on a Friday: the nearest Monday is the coming one, but the
    # soldiers were killed in the past
    text = "Twelve soldiers were killed in Monday's assault on a base near Mopti, the army said."
    (t,) = find_timexes(text, FRIDAY_SEOUL, doc=parser(text))
    assert t.start == D(2024, 6, 10)
    # ... and one ahead of which something is done stays the nearest
    text = "The parties campaigned in the capital ahead of Sunday's election."
    (t,) = find_timexes(text, FRIDAY_SEOUL, doc=parser(text))
    assert t.start == D(2024, 6, 16)


def test_talks_after_which_a_plan_was_agreed_lie_before_the_agreement(parser):
    # "agreed to" states a plan, but what came before the agreement is past.
    text = ("Manila and Hanoi agreed to expand coast guard patrols after their defence "
            "ministers' talks in Da Nang on Wednesday.")
    (t,) = find_timexes(text, FRIDAY_SEOUL, doc=parser(text))
    assert t.start == D(2024, 6, 12)
    planned = "Manila and Hanoi will sign the pact after talks in Da Nang on Wednesday."
    (t,) = find_timexes(planned, FRIDAY_SEOUL, doc=parser(planned))
    assert t.start == D(2024, 6, 19)


def test_weekday_in_past_tense_is_earlier_that_week(read):
    (t,) = read("The envoy arrived in Cairo on Tuesday and left without a deal.")
    assert t.start == D(2024, 6, 11)


def test_years_since_gives_the_year_of_the_earlier_event(read):
    (t,) = read("It has been 24 years since the king's last state visit to the island.")
    assert (t.start, t.end, t.precision, t.value) == (D(2000, 1, 1), D(2000, 12, 31), "year", "2000")
    (t,) = read("The round comes nine years since the last naval talks between them.")
    assert t.value == "2015" and t.precision == "year"


def test_first_time_in_n_years(read):
    (t,) = read("The foreign ministers met for the first time in twelve years.")
    assert t.value == "2012" and t.text == "in twelve years"


def test_within_a_few_days_is_a_vague_range_from_publication(read):
    (t,) = read("A ceasefire could be agreed within a few days, a mediator said.")
    assert t.vague and t.start == D(2024, 6, 14)
    assert D(2024, 6, 17) <= t.end <= D(2024, 6, 24)
    assert t.start != t.end


def test_publication_zone_decides_the_day():
    # 23:30 on Thursday in New York is already Friday in Seoul: "today" follows the zone given
    late_ny = dt.datetime(2024, 6, 13, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert one("Markets fell today.", late_ny).start == D(2024, 6, 13)
    assert one("Markets fell today.", late_ny.astimezone(FRIDAY_SEOUL.tzinfo)).start == D(2024, 6, 14)


def test_anaphora_without_an_anchor_is_left_out():
    assert find_timexes("The following day, the rebels withdrew.", FRIDAY_SEOUL) == ()
    assert find_timexes("Two days later the border reopened.", FRIDAY_SEOUL) == ()


def test_days_later_counts_from_the_last_date():
    found = find_timexes("The strike began on May 2, 2021. Three days later the port closed.",
                         FRIDAY_SEOUL)
    assert [t.value for t in found] == ["2021-05-02", "2021-05-05"]
    assert found[1].anchor_span == found[0].span


def test_no_publication_date_keeps_only_dated_expressions():
    found = find_timexes("On March 3, 2022, and again on Tuesday, envoys met.", None)
    assert [t.value for t in found] == ["2022-03-03"]


def test_timex_next_weekday_later_in_the_same_week_is_next_weeks():
    import datetime as dt

    from communique.timex import find_timexes

    tuesday = dt.datetime(2024, 5, 14, 9, 0, tzinfo=dt.timezone.utc)
    (found,) = find_timexes("The envoys will meet next Wednesday.", tuesday)
    assert found.start == dt.date(2024, 5, 22)
    friday = dt.datetime(2024, 6, 14, 9, 0, tzinfo=dt.timezone.utc)
    (found,) = find_timexes("The envoys will meet next Tuesday.", friday)
    assert found.start == dt.date(2024, 6, 18)


def test_a_weekday_between_a_verb_of_saying_and_its_clause_is_the_saying(parser):
    # published on a Friday: the model hangs "on Wednesday" on "would
    # respond", but it says when Seoul spoke
    text = "Seoul said on Wednesday it would respond firmly to any new launch by the North."
    assert one(text, doc=parser(text)).start == D(2024, 6, 12)
    # ... while one inside the reported clause keeps the clause's tense
    text = "Seoul said it would send envoys to Tokyo on Wednesday."
    assert one(text, doc=parser(text)).start == D(2024, 6, 19)

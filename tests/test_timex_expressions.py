"""Months, seasons, years, weeks, vague references and absolute news formats."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.timex import find_timexes

FRIDAY = dt.date(2024, 6, 14)
D = dt.date


def values(text, published=FRIDAY):
    return [t.value for t in find_timexes(text, published)]


def only(text, published=FRIDAY):
    found = find_timexes(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, precision", [
    ("Exports collapsed last August.", "2023-08", "month"),
    ("The fund was set up in February.", "2024-02", "month"),
    ("The fund will be set up in February.", "2025-02", "month"),
    ("Elections will be held next month.", "2024-07", "month"),
    ("Prices rose this month.", "2024-06", "month"),
    ("The law takes effect early next year.", "2025", "year"),
    ("Unrest spread in late 2023.", "2023", "year"),
    ("He was elected in 2019.", "2019", "year"),
    ("Output fell last year.", "2023", "year"),
    ("The border was quiet in the 1990s.", "199", "year"),
    ("Floods struck last summer.", "2023-SU", "month"),
    ("The accord was signed March 2023.", "2023-03", "month"),
    ("Talks resumed in mid-March.", "2024-03", "month"),
    ("Troops leave by the end of June.", "2024-06", "month"),
    ("The deal was struck in the third quarter of 2022.", "2022-Q3", "month"),
])
def test_month_season_year_values(text, value, precision):
    t = only(text)
    assert (t.value, t.precision) == (value, precision)


def test_narrowed_periods_stay_inside_their_unit():
    late = only("Unrest spread in late 2023.")
    assert D(2023, 8, 1) < late.start and late.end == D(2023, 12, 31)
    end_of_june = only("Troops leave by the end of June.")
    assert D(2024, 6, 15) < end_of_june.start and end_of_june.end == D(2024, 6, 30)


@pytest.mark.parametrize("text, value, start, end", [
    ("Talks continue this week.", "2024-W24", D(2024, 6, 10), D(2024, 6, 16)),
    ("Talks ended last week.", "2024-W23", D(2024, 6, 3), D(2024, 6, 9)),
    ("Talks resume next week.", "2024-W25", D(2024, 6, 17), D(2024, 6, 23)),
])
def test_weeks_run_monday_to_sunday(text, value, start, end):
    t = only(text)
    assert (t.value, t.start, t.end) == (value, start, end)


def test_last_week_written_on_a_sunday_reaches_the_week_ending_that_day():
    # Sunday 16 June: "last week" may be 3-9 June or the week just ending
    last_week = only("A reporter was arrested last week.", published=D(2024, 6, 16))
    assert last_week.value == "2024-W23"
    assert (last_week.start, last_week.end) == (D(2024, 6, 3), D(2024, 6, 15))


@pytest.mark.parametrize("text, value", [
    ("The plant was shut 3 months ago.", "2024-03"),
    ("The plant was shut 10 days ago.", "2024-06-04"),
    ("The plant was shut a decade ago.", "2014"),
    ("The plant was shut twenty-four years ago.", "2000"),
    ("Yesterday the plant was shut.", "2024-06-13"),
    ("Tomorrow the plant will be shut.", "2024-06-15"),
])
def test_counted_spans_back_and_deictic_days(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value", [
    ("Relations are now strained.", "PRESENT_REF"),
    ("The two sides met recently.", "PAST_REF"),
    ("A decision is due soon.", "FUTURE_REF"),
    ("Fighting intensified in recent weeks.", "PAST_REF"),
    ("More sanctions are likely in the coming weeks.", "FUTURE_REF"),
])
def test_vague_expressions_are_references_not_single_days(text, value):
    t = only(text)
    assert t.value == value and t.vague
    if value != "PRESENT_REF":
        assert t.start < t.end


@pytest.mark.parametrize("text", [
    "The attackers arrived shortly after dawn prayers and opened fire.",
    "The convoy was hit soon after it crossed the border.",
    "The minister resigned shortly before the vote.",
    "Troops withdrew soon afterwards.",
])
def test_soon_or_shortly_before_or_after_another_moment_is_no_time_from_now(text):
    """("shortly after dawn prayers" is close to the prayers, not weeks ahead of the story)"""
    assert "FUTURE_REF" not in values(text)


@pytest.mark.parametrize("text, start, end", [
    ("The summit ran June 18-19, 2024.", D(2024, 6, 18), D(2024, 6, 19)),
    ("The summit ran 18-19 June 2024.", D(2024, 6, 18), D(2024, 6, 19)),
    ("The fair runs from June 18 to 20.", D(2024, 6, 18), D(2024, 6, 20)),
    ("Rains are expected between March and May.", D(2025, 3, 1), D(2025, 5, 31)),
    # half of a month: not the half of the year its first words alone name
    ("Kim will travel to Russia in the second half of July.", D(2024, 7, 16), D(2024, 7, 31)),
    ("The vote is due in the first half of next month.", D(2024, 7, 1), D(2024, 7, 15)),
    ("Talks ran through the latter half of March 2023.", D(2023, 3, 16), D(2023, 3, 31)),
    ("Talks resume in the second half of this month.", D(2024, 6, 16), D(2024, 6, 30)),
    # half of a year, with or without its number
    ("Growth slowed in the first half of 2023.", D(2023, 1, 1), D(2023, 6, 30)),
    ("Growth will pick up in the second half of the year.", D(2024, 7, 1), D(2024, 12, 31)),
])
def test_ranges(text, start, end):
    t = only(text)
    assert (t.start, t.end) == (start, end)


@pytest.mark.parametrize("text, value", [
    ("It was signed on June 14, 2024.", "2024-06-14"),
    ("It was signed on 14 June 2024.", "2024-06-14"),
    ("It was signed on Jun. 3.", "2024-06-03"),
    ("It was signed on 2024-06-14.", "2024-06-14"),
    ("It was signed on 14/06/2024.", "2024-06-14"),
    ("It was signed on Tuesday, June 11.", "2024-06-11"),
])
def test_absolute_news_formats(text, value):
    assert only(text).value == value


def test_ambiguous_numeric_date_is_not_guessed():
    assert values("The memo is dated 03/04/2024.") == []


@pytest.mark.parametrize("text, time", [
    ("The blast happened at 7:38 a.m. on Friday.", "07:38"),
    ("They met on June 12, 2024 at noon.", "12:00"),
    ("Polls close Sunday at 21:00 GMT.", "21:00"),
])
def test_times_of_day_go_into_the_date(text, time):
    assert only(text).time == time


@pytest.mark.parametrize("text", [
    "He served for three years.",
    "The government unveiled a 10-year plan.",
    "The army sent 2000 troops.",
    "May said the march would go ahead.",
    "Thousands joined the March for Our Lives.",
    "Theresa May said the deal was done.",
    "Prices fall when supply rises.",
    "The past three years were hard.",
])
def test_durations_and_false_friends_are_not_dates(text):
    assert values(text) == []


def test_month_day_without_year_stays_near_publication_against_the_tense():
    # said in past tense in mid-February, yet the ceremony is the coming one
    t = only("Leaders were invited to a ceremony on March 12.", D(1999, 2, 16))
    assert t.value == "1999-03-12"
    # a deadline just passed is not next year's, even in future tense
    t = only("The envoy will say he met the deadline of Jan. 14.", D(2000, 1, 15))
    assert t.value == "2000-01-14"


def test_the_weekend_in_past_tense_is_the_last_one():
    t = only("Protesters marched through the capital over the weekend.", D(2024, 6, 18))
    assert (t.start, t.end, t.value) == (D(2024, 6, 15), D(2024, 6, 16), "2024-W24-WE")


@pytest.mark.parametrize("text, expected", [
    ("Security for the 1996 Olympic Games cost millions.", ["1996"]),
    ("Turnout in the 2019 election was low.", ["2019"]),
    ("The army moved some 1500 soldiers north.", []),
])
def test_year_after_an_article(text, expected):
    assert values(text) == expected


def test_timex_the_previous_day_with_no_day_named_is_the_day_before_the_report():
    import datetime as _dt

    from communique.timex import find_timexes as _find
    published = _dt.datetime(2024, 3, 5, 12, 0, tzinfo=_dt.timezone.utc)
    (found,) = _find("The minister said his meeting the previous day had been difficult.", published)
    assert found.text == "the previous day" and found.start == _dt.date(2024, 3, 4)


@pytest.mark.parametrize("text", [
    "Russia attacked Kyiv with drones overnight, officials said.",
    "Israel fired rockets at a research centre near Damascus overnight.",
])
def test_timex_overnight_is_the_night_ending_on_the_day_of_the_report(text):
    found = only(text)
    assert (found.text, found.start, found.end, found.precision) == ("overnight", FRIDAY, FRIDAY, "day")


@pytest.mark.parametrize("text, value", [
    ("Relations were still recovering from the May raid in Abbottabad.", "2024-05"),
    ("Turnout fell at the March elections.", "2024-03"),
])
def test_a_month_naming_a_thing_after_the_is_a_date(text, value):
    assert values(text) == [value]


def test_timex_the_future_of_something_is_no_time():
    published = dt.date(2008, 11, 21)
    assert [t.text for t in find_timexes("A crowd protested against the pact on the future of "
                                         "American forces.", published)] == []
    assert [t.text for t in find_timexes("They will meet again in the future.", published)] == [
        "in the future"]

"""When an act happened, where its own clause does not say: the headline's
day for a body mention with none, the day of a conjoined noun's clause, and
the day of the participle that tells a deal was reached. Articles are
published on Tuesday 2024-03-05 (see the ``code`` fixture)."""
import datetime as dt


def _one(events, category):
    (event,) = [e for e in events if e.event == category]
    return event


def test_events_an_undated_body_mention_takes_the_day_its_headline_gives(code):
    body = ("The raid, which killed 24 soldiers, has pushed relations between the two "
            "countries to their lowest point in years.")
    raid = _one(code(body, title="Four days after NATO raid, villagers recall a night of fire"),
                "ASSAULT")
    assert (raid.date, raid.enddate, raid.date_text) == (
        dt.date(2024, 3, 1), dt.date(2024, 3, 1), "Four days after")
    # A headline that gives no day leaves the story's day ...
    raid = _one(code(body, title="NATO raid strains ties"), "ASSAULT")
    assert (raid.date, raid.date_text) == (dt.date(2024, 3, 5), None)
    # ... and the headline's day is not that of a mention with its own.
    raid = _one(code("The raid on Monday killed 24 soldiers.",
                     title="Four days after NATO raid, villagers recall a night of fire"), "ASSAULT")
    assert raid.date == dt.date(2024, 3, 4)


def test_events_the_headlines_day_is_only_for_the_same_parties(code):
    title = "Israel says Saturday's air raids on Gaza hit Hamas bases"
    body = "Egyptian jets struck militant camps in Sinai, officials said."
    strike = _one(code(body, title=title), "ASSAULT")
    assert strike.date == dt.date(2024, 3, 5)
    strike = _one(code("Israeli jets struck dozens of targets, officials said.", title=title), "ASSAULT")
    assert strike.date == dt.date(2024, 3, 2)


def test_events_a_conjoined_noun_is_dated_by_its_first_conjuncts_clause(code):
    text = ("Residents said on Tuesday they were woken by helicopters and heavy Israeli gunfire "
            "in the early hours of Saturday.")
    gunfire = next(e for e in code(text) if e.event_text == "gunfire")
    assert gunfire.date == dt.date(2024, 3, 2)


def test_events_a_deal_reached_is_done_whatever_is_to_come_of_it(code):
    deal = _one(code("The deal reached by Armenia and Azerbaijan at the summit on Thursday "
                     "will be implemented next month."), "AGREE")
    assert (deal.factuality, deal.date) == ("asserted", dt.date(2024, 2, 29))
    # A phrase under such a participle is as done as it is ...
    text = ("Serbian and Kosovar negotiators will meet on Friday to discuss the roadmap "
            "agreed at talks with the EU.")
    talks = next(e for e in code(text) if e.event_text == "talks")
    assert (talks.factuality, [a.org for a in talks.recipient]) == ("asserted", ["EU"])
    # ... but a participle of plans is no deed.
    deal = _one(code("The deal proposed by Armenia at the summit on Thursday will be signed "
                     "next month."), "AGREE")
    assert deal.factuality != "asserted"

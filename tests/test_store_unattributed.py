"""Mentions of a happening that name no one who acted.

A follow-up report often tells of a happening only as "the deployment".
The coder keeps such a mention out of the events (it is no event: it may be
anyone's, or no political act at all) and hands it on as ``unattributed``;
the store attaches it to the one cluster of its category, time and place
that other reports name a doer of, and whose doer and target its own
article names; the cluster counts such articles apart (``n_unattributed``).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from communique.model import Article
from communique.pipeline import extract
from communique.store import Store, key_from_json, key_to_json
from communique.store.clusters import ClusterKey, ClusterProfile, attach_match


def article(article_id: str, day: int, title: str, text: str, *, url: str | None = None) -> Article:
    return Article(id=article_id, url=url or f"https://{article_id}.example/2024/06/{day}",
                   source=article_id.split("-")[0], title=title, text=text,
                   published=dt.datetime(2024, 6, day, 9, 0, tzinfo=dt.timezone.utc))


KENYA_LANDS = article(
    "wire-kenya-police", 25, "Kenyan police land in Haiti",
    "Kenya deployed 400 police officers to Haiti on Tuesday to lead a multinational mission "
    "against armed gangs in Port-au-Prince, officials in Nairobi said.")
KENYA_LANDS_AGAIN = article(
    "wire-kenya-police", 25, "Kenyan police land in Haiti",
    "Kenya deployed 400 police officers to Haiti on Tuesday to lead a multinational mission "
    "against armed gangs in Port-au-Prince, officials in Nairobi said. More are to follow.")
FOLLOW_UP = article(
    "post-haiti-streets", 26, "Haitians wait for change as foreign police patrol",
    "Residents of Port-au-Prince said on Wednesday they hoped for calmer streets. The "
    "deployment, the first of its kind by an African state in the Caribbean, has the backing "
    "of the United Nations, though Kenyan opposition politicians still call it unconstitutional.")
NAMES_NO_DOER = article(
    "daily-haiti-gangs", 26, "Gangs still hold much of the capital",
    "Aid workers in Port-au-Prince said on Wednesday that the deployment had not yet changed "
    "life in the poorest districts.")


def unattributed_of(extraction, category: str):
    return [e for e in extraction.unattributed if e.event == category]


def test_store_unattributed_a_mention_naming_no_doer_is_no_event_but_is_kept(resources):
    (follow_up,) = extract([FOLLOW_UP], resources=resources)
    assert not [e for e in follow_up.events if e.event == "MOBILIZE"]
    (mention,) = unattributed_of(follow_up, "MOBILIZE")
    assert mention.actor == () and mention.event_text == "deployment"
    assert mention.factuality == "asserted" and mention.date == dt.date(2024, 6, 26)


def test_store_unattributed_none_where_the_article_codes_the_category(resources):
    (report,) = extract([article(
        "wire-kenya-both", 25, "Kenyan police land in Haiti",
        "Kenya deployed 400 police officers to Haiti on Tuesday. Aid workers said the "
        "deployment had been delayed for months.")], resources=resources)
    assert [e.event for e in report.events if e.event == "MOBILIZE"] == ["MOBILIZE"]
    assert not unattributed_of(report, "MOBILIZE")
    assert not unattributed_of(report, "AID")  # "AID workers": a word of a compound


def _ingest(store: Store, resources, *articles: Article) -> None:
    report = store.ingest(extract(list(articles), resources=resources))
    assert not report.failures


def _attached(store: Store) -> dict[str, int | None]:
    return dict(store.con.execute(
        "SELECT article_id, cluster_id FROM unattributed WHERE event = 'MOBILIZE'").fetchall())


def _deployment_cluster(store: Store) -> tuple[int, int, int]:
    return store.con.execute(
        "SELECT cluster_id, n_articles, n_unattributed FROM clusters WHERE event = 'MOBILIZE'"
    ).fetchone()


@pytest.mark.parametrize("together", [True, False], ids=["one-batch", "follow-up-first"])
def test_store_unattributed_attaches_to_the_happening_its_article_names_the_doer_of(
        resources, together):
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.duckdb") as store:
        if together:
            _ingest(store, resources, KENYA_LANDS, FOLLOW_UP)
        else:  # the follow-up waits for the report that names who deployed
            _ingest(store, resources, FOLLOW_UP)
            assert _attached(store) == {FOLLOW_UP.id: None}
            _ingest(store, resources, KENYA_LANDS)
        cluster, n_articles, n_unattributed = _deployment_cluster(store)
        assert _attached(store) == {FOLLOW_UP.id: cluster}
        # (counted apart from the reports that name the doer: a guess)
        assert (n_articles, n_unattributed) == (1, 1)
        assert store.counts()["attached"] == 1
        # ... and it is no event of the store: queries and exports see none
        assert store.con.execute("SELECT count(*) FROM events WHERE article_id = ? AND "
                                 "event = 'MOBILIZE'", [FOLLOW_UP.id]).fetchone() == (0,)


def test_store_unattributed_stays_apart_when_its_article_names_no_doer(resources):
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.duckdb") as store:
        _ingest(store, resources, KENYA_LANDS, NAMES_NO_DOER)
        assert _attached(store) == {NAMES_NO_DOER.id: None}
        assert _deployment_cluster(store)[1:] == (1, 0)


def test_store_unattributed_follows_its_happening_when_the_report_is_replaced(resources):
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.duckdb") as store:
        _ingest(store, resources, KENYA_LANDS, FOLLOW_UP)
        _ingest(store, resources, KENYA_LANDS_AGAIN)  # same URL, new text
        cluster, _, n_unattributed = _deployment_cluster(store)
        assert _attached(store) == {FOLLOW_UP.id: cluster} and n_unattributed == 1
        _ingest(store, resources, FOLLOW_UP)  # the same again changes nothing
        assert _attached(store) == {FOLLOW_UP.id: cluster}


DAY = dt.date(2024, 6, 26)


def key(recipients: str = "", *, mentioned: str = "KEN HTI") -> ClusterKey:
    return ClusterKey(event="MOBILIZE", mode=None, date=DAY, enddate=DAY, precision="day",
                      actors=frozenset(), recipients=frozenset(recipients.split()),
                      factuality="asserted", mentioned=frozenset(mentioned.split()),
                      dated=False)


def cluster(actors: str, recipients: str, day: dt.date = DAY) -> ClusterProfile:
    return ClusterKey(event="MOBILIZE", mode=None, date=day, enddate=day, precision="day",
                      actors=frozenset(actors.split()), recipients=frozenset(recipients.split()),
                      factuality="asserted").profile()


def test_store_unattributed_attaches_only_to_one_fitting_cluster():
    kenya, chad = cluster("KEN", "HTI"), cluster("TCD", "HTI")
    assert attach_match(key(), [(1, kenya)]) == 1
    assert attach_match(key(mentioned="KEN TCD HTI"), [(1, kenya), (2, chad)]) is None  # which one?
    assert attach_match(key(mentioned="KEN"), [(1, kenya)]) is None  # the doer alone: no evidence
    # two clusters that may be one happening (reports not yet merged) are no doubt
    assert attach_match(key(), [(1, kenya), (2, cluster("KEN", "HTI"))]) == 1
    assert attach_match(key(mentioned="USA"), [(1, kenya)]) is None  # its article names no doer
    assert attach_match(key("SOM"), [(1, kenya)]) is None  # another recipient
    assert attach_match(key(), [(1, cluster("KEN", "HTI", DAY - dt.timedelta(days=9)))]) is None


def test_store_unattributed_match_key_survives_the_database():
    original = key("HTI")
    assert key_from_json(key_to_json(original)) == original


def test_store_unattributed_only_from_the_lead_and_only_where_no_doer_is_named(resources):
    (report,) = extract([article(
        "daily-long-read", 26, "A week in Port-au-Prince",
        "Residents of Port-au-Prince queued for water on Wednesday. Schools stayed shut in "
        "three districts.\n\nKenyan officers were seen near the port. The deployment has "
        "divided opinion in Nairobi. The bank blamed the gangs for its losses.")],
        resources=resources)
    # past the lead, "the deployment" is one topic among many; "the bank
    # blamed" names a doer that is no political actor
    assert not report.unattributed


def test_store_unattributed_plural_nationality_words_name_the_state():
    from communique.kb import countries_named

    assert countries_named("Haitians and Kenyans waited; Filipinos too.") == {"HTI", "KEN", "PHL"}
    assert countries_named("the Chinese and the Swiss") == {"CHN", "CHE"}


def test_store_unattributed_not_a_modifier_describing_a_state(resources):
    (report,) = extract([article(
        "wire-natuna", 26, "Vietnam and Indonesia to settle sea boundary",
        "Vietnam and Indonesia agreed on Tuesday to settle the last stretch of their disputed "
        "maritime boundary within two years.")], resources=resources)
    assert not unattributed_of(report, "REJECT")  # a "DISPUTED boundary" is no rejection

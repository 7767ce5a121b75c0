"""The store: idempotent ingest, replacement, migrations, clusters, queries."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from communique.model import Article, Entity, Event, Extraction, Location, Problem, RelationClaim
from communique.store import Store
from communique.store.queries import EventQuery
from communique.store.schema import MIGRATIONS, SCHEMA_VERSION

UTC = dt.timezone.utc


def state(code: str) -> Entity:
    return Entity(text=code, name=code, country=code, sector="GOV", type="state")


def event(eid: str, category: str, actor: str, recipient: str, day: dt.date, *,
          factuality: str = "asserted", end: dt.date | None = None, mode: str | None = None,
          place: Location | None = None, historical: bool = False,
          precision: str = "day") -> Event:
    return Event(id=eid, event=category, mode=mode, date=day, enddate=end or day,
                 date_precision=precision, factuality=factuality, historical=historical,
                 event_text="met", text=f"{actor} and {recipient}.", span=(0, 10),
                 actor=(state(actor),), recipient=(state(recipient),), quad_code=1,
                 intensity=1.0, event_loc=place)


def article(aid: str, text: str, *, url: str | None = None, source: str = "Wire",
            published: dt.datetime = dt.datetime(2024, 6, 14, 9, tzinfo=UTC)) -> Article:
    return Article(id=aid, url=url, source=source, title="Headline", text=text, published=published,
                   language="en")


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as s:
        yield s


def test_store_ingest_same_article_again_changes_nothing(store):
    line = Extraction(article=article("a1", "Body one.", url="https://x/1"),
                      events=(event("e1", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 18)),))
    first = store.ingest([line])
    again = store.ingest([line])
    assert (first.added, again.added, again.unchanged) == (1, 0, 1)
    assert store.counts()["events"] == 1 and store.counts()["ingest_runs"] == 2


def test_store_updated_article_replaces_its_events(store):
    v1 = Extraction(article=article("a1", "Version one.", url="https://x/1"),
                    events=(event("e1", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 18)),
                            event("e2", "ACCUSE", "PRK", "KOR", dt.date(2024, 6, 13))))
    v2 = Extraction(article=article("a1b", "Version two.", url="https://x/1"),
                    events=(event("e3", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 18)),))
    store.ingest([v1])
    report = store.ingest([v2])
    assert report.replaced == 1
    counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == 1
    assert counts["clusters"] == 1  # the ACCUSE cluster went with its only mention


def test_store_same_content_under_another_id_is_unchanged(store):
    store.ingest([Extraction(article=article("a1", "Same words."))])
    report = store.ingest([Extraction(article=article("zz", "Same words."))])
    assert report.unchanged == 1 and store.counts()["articles"] == 1


def test_store_failed_lines_are_recorded_not_stored_as_articles(store):
    bad = Extraction(article=Article(id="b", origin="broken.jsonl:3"),
                     errors=(Problem("read", "E205", "line 3 is not JSON"),))
    report = store.ingest([bad])
    assert report.failed == 1 and store.counts()["articles"] == 0
    rows = store.con.execute("SELECT origin, code FROM ingest_failures").fetchall()
    assert rows == [("broken.jsonl:3", "E205")]


def test_store_interrupted_ingest_leaves_no_half_article_and_rerun_finishes(store):
    lines = [Extraction(article=article(f"a{i}", f"Text {i}."),
                        events=(event(f"e{i}", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 18)),))
             for i in range(3)]

    def interrupted():
        yield lines[0]
        yield lines[1]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.ingest(interrupted())
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    status = store.con.execute("SELECT status FROM ingest_runs").fetchall()
    assert status == [("failed",)]
    report = store.ingest(lines)
    assert report.added == 3 and store.counts()["events"] == 3


def test_store_clusters_count_one_happening_told_by_several_outlets(store):
    seoul = Location(extracted_place="Seoul", country_code="KOR", geonameid=1835848)
    plan = Extraction(article=article("p", "Plan.", source="Yonhap"),
                      events=(event("e", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 18),
                                    factuality="future", place=seoul),))
    done1 = Extraction(article=article("d1", "Done one.", source="Xinhua",
                                       published=dt.datetime(2024, 6, 18, 20, tzinfo=UTC)),
                       events=(event("e", "CONSULT", "CHN", "KOR", dt.date(2024, 6, 18)),))
    done2 = Extraction(article=article("d2", "Done two.", source="Korea Herald",
                                       published=dt.datetime(2024, 6, 19, 2, tzinfo=UTC)),
                       events=(event("e", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 19),
                                     place=seoul),))
    other = Extraction(article=article("o", "Other.", source="Kyodo"),
                       events=(event("e", "CONSULT", "JPN", "CHN", dt.date(2024, 6, 18)),))
    store.ingest([plan, done1, done2, other])
    clusters = list(store.events(EventQuery(event=("CONSULT",))))
    assert len(clusters) == 2
    korea_china = next(c for c in clusters if "KOR" in c["actor_codes"] + c["recipient_codes"])
    assert korea_china["n_mentions"] == 3 and korea_china["n_sources"] == 3
    assert korea_china["planned"] and korea_china["happened"]
    mentions = list(store.events(EventQuery(event=("CONSULT",), mentions=True)))
    assert len(mentions) == 4 and mentions[0]["event"] == "CONSULT"


def test_store_denial_does_not_join_the_report_that_it_happened(store):
    said = Extraction(article=article("s", "Met."),
                      events=(event("e", "CONSULT", "USA", "IRN", dt.date(2024, 6, 10)),))
    denied = Extraction(article=article("d", "Denied."),
                        events=(event("e", "CONSULT", "USA", "IRN", dt.date(2024, 6, 10),
                                      factuality="negated"),))
    store.ingest([said, denied])
    assert store.counts()["clusters"] == 2


def test_store_queries_filter_by_actor_category_factuality_date_and_words(store):
    store.ingest([
        Extraction(article=article("a", "A."), events=(
            event("1", "CONSULT", "RUS", "PRK", dt.date(2024, 6, 18), factuality="future"),
            event("2", "CONSULT", "RUS", "PRK", dt.date(2000, 7, 19), historical=True,
                  precision="year", end=dt.date(2000, 12, 31)),
            event("3", "ASSAULT", "RUS", "UKR", dt.date(2024, 6, 13)),
        )),
    ])
    q = lambda **kw: list(store.events(EventQuery(**kw)))  # noqa: E731
    assert len(q(actor="RUS")) == 3
    assert len(q(actor="RUS", recipient="PRK")) == 2
    assert len(q(actor="PRK", recipient="RUS", dyad=True)) == 2
    assert len(q(actor="RUS", historical=False)) == 2
    assert len(q(factuality=("future",))) == 1
    assert len(q(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 6, 14))) == 1
    assert len(q(text="RUS UKR")) == 1
    assert q(event=("ASSAULT",))[0]["recipient_codes"] == ["UKR"]


def test_store_dyad_series_counts_clusters_by_month_and_quad_with_claims(store):
    claim = RelationClaim(pair=("PRK", "RUS"), stance="cooperative", trend="improving",
                          text="Ties are warming.", span=(0, 17))
    store.ingest([Extraction(article=article("a", "A."), relations=(claim,), events=(
        event("1", "CONSULT", "RUS", "PRK", dt.date(2024, 6, 18)),
        event("2", "CONSULT", "PRK", "RUS", dt.date(2024, 5, 2)),
    ))])
    series = store.dyad_series("RUS", "PRK", interval="month")
    assert [(p.period.month, p.clusters) for p in series.periods] == [(5, 1), (6, 1)]
    assert series.claims[0]["trend"] == "improving"


def test_store_migrates_an_older_database_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    version, _, statements = MIGRATIONS[0]
    for statement in statements:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(version)])
    con.close()
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        s.ingest([Extraction(article=article("a", "A."),
                             events=(event("1", "CONSULT", "RUS", "PRK", dt.date(2024, 6, 18)),))])
        assert s.counts()["clusters"] == 1


def test_store_exports_polecat_gdelt_and_parquet_one_row_per_cluster(store, tmp_path):
    import csv

    from communique.store.export import export

    store.ingest([
        Extraction(article=article("a", "A.", url="https://x/a", source="Yonhap"),
                   events=(event("1", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 18)),)),
        Extraction(article=article("b", "B.", url="https://x/b", source="Xinhua"),
                   events=(event("1", "CONSULT", "CHN", "KOR", dt.date(2024, 6, 18)),)),
    ])
    polecat = export(store.con, "polecat", tmp_path / "p.tsv")[0]
    rows = list(csv.DictReader(polecat.open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) == 1
    assert rows[0]["Event Type"] == "CONSULT" and rows[0]["Event Date"] == "2024-06-18"
    assert rows[0]["Quad Code"] == "VERBAL COOPERATION" and rows[0]["Mentions"] == "2"
    gdelt = export(store.con, "gdelt", tmp_path / "g.tsv")[0]
    fields = gdelt.read_text(encoding="utf-8").strip().split("\t")
    assert fields[1] == "20240618" and len(fields) == 58  # GDELT 1.0 event columns
    files = export(store.con, "parquet", tmp_path / "pq")
    count = store.con.execute(f"SELECT count(*) FROM '{files[1]}'").fetchone()[0]
    assert count == 2
    # (every table, mentions naming no doer too)
    assert {f.stem for f in files} >= {"clusters", "unattributed"}


def test_store_undated_background_history_is_kept_as_a_mention_without_cluster(store):
    undated = Event(id="h", event="CONSULT", mode="visit", date=None, enddate=None,
                    date_precision=None, factuality="asserted", historical=True,
                    event_text="previous visit", text="His previous visit drew crowds.",
                    span=(0, 31), actor=(state("RUS"),), recipient=(state("PRK"),))
    store.ingest([Extraction(article=article("a", "A."), events=(undated,))])
    assert store.counts()["events"] == 1 and store.counts()["clusters"] == 0
    (row,) = store.events(EventQuery(mentions=True, historical=True))
    assert row["date"] is None and row["historical"] is True


def test_store_two_versions_of_one_article_in_one_batch_keep_the_later(store):
    first = Extraction(article=article("a1", "First.", url="https://x/1"),
                       events=(event("e1", "CONSULT", "KOR", "CHN", dt.date(2024, 6, 18)),))
    second = Extraction(article=article("a1", "Second.", url="https://x/1"),
                        events=(event("e1", "ACCUSE", "PRK", "KOR", dt.date(2024, 6, 13)),))
    report = store.ingest([first, second])
    assert (report.added, report.replaced) == (1, 1)
    rows = store.con.execute("SELECT e.event, a.text FROM events e "
                             "JOIN articles a USING (article_id)").fetchall()
    assert rows == [("ACCUSE", "Second.")]
    assert store.counts()["clusters"] == 1

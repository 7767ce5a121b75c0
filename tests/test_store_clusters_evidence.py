"""Cluster matching on unseen news: what a mention's sentence and article say.

Pure tests over ``store.clusters`` for the rules that tell apart a state's
several strikes or arrests of one day, and join the vaguer reports of one
happening: triggers of one sentence are one happening; a mention naming no
town trusts only a town its article names; a vague mention torn between two
clusters follows its own place and what its article is about; meetings in
two towns are two meetings; a town the gazetteer lacks is told by its name.
Then the same through ``Store.ingest``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from communique.kb import countries_named
from communique.model import Article, Entity, Event, Extraction, Location
from communique.store import Store, article_context, cluster_key, with_parents
from communique.store.clusters import (
    ClusterKey,
    best_match,
    capitalised_names,
    division_names,
    fold_name,
    match_score,
    name_forms,
    person_names,
    same_article_match,
    same_sentence_match,
    sentence_places,
)

DAY = dt.date(2024, 8, 10)
GAZA_CITY, KHAN_YUNIS, BAGHDAD, ERBIL = 281133, 281124, 98182, 95446
KADUGLI, BELEDWEYNE, BAIDOA, BADAJOZ, MADRID = 369004, 57060, 64013, 2521420, 3117735
MANILA = 1701668


def key(actors: str, recipients: str = "", *, event: str = "ASSAULT", country: str | None = None,
        town: int | None = None, town_name: str = "", names: str | None = None,
        context: str = "", mode: str | None = None, persons: str = "") -> ClusterKey:
    return ClusterKey(
        event=event, mode=mode, date=DAY, enddate=DAY, precision="day", persons=frozenset(persons.split()),
        actors=frozenset(actors.split()), recipients=frozenset(recipients.split()),
        factuality="asserted", place_country=country, geonameid=town,
        context=frozenset(context.split()),
        town_names=frozenset({fold_name(town_name)} if town_name else ()),
        article_names=None if names is None else capitalised_names(names))


# -- names -------------------------------------------------------------------

def test_store_clusters_names_fold_case_accents_and_punctuation():
    assert fold_name("Khān Yūnis") == "khan yunis"
    assert fold_name("N'Djamena") == "n'djamena"
    names = capitalised_names("An Israeli strike hit a school in Gaza City on Saturday.")
    assert {"gaza", "city", "israeli"} <= names and "school" not in names


# -- a mention naming no town --------------------------------------------------

def test_store_clusters_an_unplaced_strike_joins_only_a_town_its_article_names():
    khan_yunis = key("ISR", "PSE", country="PSE", town=KHAN_YUNIS,
                     town_name="Khan Younis").profile()
    elsewhere = key("ISR", "PSE", names="An Israeli strike hit a school in Gaza City.")
    there = key("ISR", "PSE", names="Israeli strike on tents near Khan Younis kills six.")
    assert match_score(khan_yunis, elsewhere) is None
    assert match_score(elsewhere, khan_yunis) is None  # symmetric
    assert match_score(khan_yunis, there) is not None
    # The resolved spelling counts as well as the written one.
    resolved = dataclasses.replace(khan_yunis, town_names=frozenset({"khan yunis"}))
    assert match_score(resolved, key("ISR", "PSE", names="Strike in Khān Yūnis.")) is not None


def test_store_clusters_an_unplaced_cluster_takes_only_a_town_its_members_named():
    # An unplaced report opened the cluster; a strike in a town its article
    # never names is another strike.
    cluster = key("RUS", "USA", event="COERCE", names="Police arrested a US soldier in "
                  "Vladivostok.").profile()
    moscow = key("RUS", "USA", event="COERCE", country="RUS", town=524901, town_name="Moscow")
    vladivostok = key("RUS", "USA", event="COERCE", country="RUS", town=2013348,
                      town_name="Vladivostok")
    assert match_score(cluster, moscow) is None
    assert match_score(cluster, vladivostok) is not None
    # What every unplaced member's article names: a second one that names
    # only Moscow leaves no town the cluster's unplaced members agree on.
    both = cluster.absorb(key("RUS", "USA", event="COERCE", names="Arrest at a Moscow airport."))
    assert match_score(both, vladivostok) is None


def test_store_clusters_talks_join_a_town_whatever_their_article_names():
    # Only categories where a state acts in several towns a day are bound to towns.
    tokyo = key("IND", "JPN", event="CONSULT", country="JPN", town=1850147,
                town_name="Tokyo").profile()
    assert match_score(tokyo, key("IND", "JPN", event="CONSULT",
                                  names="Talks in the Japanese capital.")) is not None


def test_store_clusters_unknown_article_names_do_not_bind_a_mention():
    khan_yunis = key("ISR", "PSE", country="PSE", town=KHAN_YUNIS,
                     town_name="Khan Younis").profile()
    assert match_score(khan_yunis, key("ISR", "PSE")) is not None


# -- triggers of one sentence ----------------------------------------------------

def test_store_clusters_a_sentences_vaguer_trigger_follows_the_detailed_one():
    # "Turkish drones struck towns in Syria on Thursday, killing 12 civilians"
    struck = key("TUR", "SYR", country="SYR")
    killing = key("TUR")
    assert same_sentence_match(killing, [(struck, 7)]) == 7
    # Two towns (or two recipients) in one sentence stay two happenings.
    gaza = key("ISR", "PSE", country="PSE", town=GAZA_CITY)
    assert same_sentence_match(key("ISR", "PSE", country="PSE", town=KHAN_YUNIS),
                               [(gaza, 3)]) is None
    assert same_sentence_match(key("TUR", "IRQ"), [(struck, 7)]) is None
    assert same_sentence_match(killing, []) is None


# -- mentions of one article --------------------------------------------------------

def test_store_clusters_an_articles_vaguer_mention_follows_its_detailed_one():
    # "Israeli drones struck a house in Gaza City on Saturday ... The air raid
    # was the third on the city this week": the raid names no attacker.
    struck = key("ISR", "PSE", country="PSE", town=GAZA_CITY)
    raid = key("", "PSE")
    assert same_article_match(raid, [(struck, 4)]) == 4
    assert same_article_match(key(""), [(struck, 4)]) == 4
    # Another attacker, another town or another target is another happening.
    assert same_article_match(key("EGY"), [(struck, 4)]) is None
    assert same_article_match(key("", "PSE", country="PSE", town=KHAN_YUNIS),
                              [(struck, 4)]) is None
    assert same_article_match(key("", "LBN"), [(struck, 4)]) is None
    # Where the article tells two strikes, a vague mention follows neither.
    other = key("ISR", "PSE", country="PSE", town=KHAN_YUNIS)
    assert same_article_match(raid, [(struck, 4), (other, 5)]) is None
    assert same_article_match(raid, [(struck, 4), (struck, 4)]) == 4
    # A happening and one planned are two: "the leaders spoke by telephone on
    # Monday and agreed to meet later this month".
    call = key("KAZ UZB", event="CONSULT")
    planned = dataclasses.replace(key("KAZ UZB", event="CONSULT"), factuality="future")
    assert same_article_match(planned, [(call, 4)]) is None
    assert same_article_match(key("KAZ", event="CONSULT"), [(call, 4)]) == 4
    # Background history is not the news it is told beside.
    history = dataclasses.replace(raid, historical=True)
    assert same_article_match(history, [(struck, 4)]) is None


def test_store_clusters_an_unnamed_attacker_joins_a_named_one_in_the_same_town():
    # "A bomb killed four in Mastung" and "Pakistani Taliban claimed the
    # bombing in Mastung": nobody named in the first report.
    claimed = key("PAK", "PAK", country="PAK", town=KHAN_YUNIS, town_name="Mastung").profile()
    assert match_score(claimed, key("", "PAK", country="PAK", town=KHAN_YUNIS)) is not None
    # Without a town in common, an unnamed attacker is no lead: its article
    # names another town, or none.
    assert match_score(claimed, key("", "PAK", country="PAK", names="A bomb hit Quetta.")) is None
    assert match_score(claimed, key("IND", "PAK", country="PAK", town=KHAN_YUNIS)) is None


def test_store_clusters_an_unnamed_attacker_joins_a_named_one_where_neither_names_a_town():
    # "Iran-backed militias struck a base in Jordan, killing three US
    # soldiers" and "the drone attack that killed three Americans in Jordan":
    # one attack, told by two reports that name no town.
    claimed = key("IRQ", "USA", country="JOR").profile()
    unnamed = key("", "USA", country="JOR", names="Jordan condemns the drone attack.")
    assert match_score(claimed, unnamed) is not None
    # ... but not another target's, nor another attacker's, nor one in a town.
    assert match_score(claimed, key("", "ISR", country="ISR")) is None
    assert match_score(claimed, key("SYR", "USA", country="JOR")) is None
    assert match_score(claimed, key("", "USA", country="JOR", town=KHAN_YUNIS,
                                    town_name="Rukban")) is None


def test_store_clusters_an_unplaced_report_joins_a_town_its_article_names():
    # "Shells hit a camp near Kadugli" (attackers named) and "the army said
    # RSF shelling of the camp outside the South Kordofan capital killed 9"
    # with no town the coder could read: the second names the first's town
    # or the state its report put the town in.
    camp = key("", "SDN", country="SDN", town=KADUGLI, town_name="Kadugli").profile()
    assert match_score(camp, key("SDN", "SDN", names="Shelling near Kadugli kills 9.")) is not None
    vague = key("SDN", "SDN", names="Shelling in the South Kordofan capital kills 9.")
    assert match_score(camp, vague) is None
    in_state = dataclasses.replace(camp, town_names=camp.town_names | {"south kordofan"})
    assert match_score(in_state, vague) is not None
    # A mention that names no town and no party names nothing to go on.
    assert match_score(in_state, key("", "", names="Shelling kills 9.")) is None


def test_store_clusters_division_names_are_read_with_their_division_noun():
    text = ("Gunmen attacked Ruwa, a village in Zamfara state, and a base in Niger's "
            "Tillaberi region; a curfew was declared in the state of Bauchi and in Kano "
            "State. The Islamic State group and the US State Department were named.")
    assert division_names(text) == {"zamfara", "tillaberi", "bauchi", "kano"}
    assert division_names("A state of emergency was declared.") == frozenset()


def test_store_clusters_kindred_modes_tell_one_happening():
    # "Jets bombed the village" (aerial) and "the bombing of the village"
    # (explosives) are one happening, as are "missile strikes" (heavy
    # weapons) and "air strikes"; gunfire and an air strike are not.
    aerial = key("MMR", "MMR", mode="aerial").profile()
    assert match_score(aerial, key("MMR", "", mode="explosives")) is not None
    assert match_score(aerial, key("MMR", "", mode="heavy-weapons")) is not None
    assert match_score(aerial, key("MMR", "", mode="firearms")) is None
    # An emergency grant (economic) is relief (humanitarian); military aid is not.
    grant = key("JPN", "VUT", event="AID", mode="economic").profile()
    assert match_score(grant, key("JPN", "VUT", event="AID", mode="humanitarian")) is not None
    assert match_score(grant, key("JPN", "VUT", event="AID", mode="military")) is None
    # "Handed over 95 prisoners" (return) is the release of the exchange; "handed
    # over the base" the withdrawal; a release is no withdrawal.
    handover = key("RUS", "UKR", event="RETREAT", mode="return").profile()
    assert match_score(handover, key("RUS", "UKR", event="RETREAT", mode="release")) is not None
    assert match_score(handover, key("RUS", "UKR", event="RETREAT", mode="withdraw")) is not None
    release = key("RUS", "UKR", event="RETREAT", mode="release").profile()
    assert match_score(release, key("RUS", "UKR", event="RETREAT", mode="withdraw")) is None
    # Police and troops rushed to one border are one deployment; a weapons test is not.
    police = key("POL", "", event="MOBILIZE", mode="police").profile()
    assert match_score(police, key("POL", "", event="MOBILIZE", mode="troops")) is not None
    assert match_score(police, key("POL", "", event="MOBILIZE", mode="weapons")) is None
    # An inquiry opened into another state's acts goes with the accusation.
    inquiry = key("FIN", "RUS", event="ACCUSE", mode="investigate").profile()
    assert match_score(inquiry, key("FIN", "RUS", event="ACCUSE", mode="allege")) is not None


def test_store_clusters_a_vague_mention_follows_the_cluster_of_its_own_attacker():
    # Two strikes of one day fit a report naming its attacker and no town:
    # the one with the same attacker, not the one whose attacker nobody named.
    named = (1, key("SOM", "SOM", country="SOM", town=BELEDWEYNE,
                    town_name="Beledweyne").profile())
    unnamed = (2, key("", "SOM", country="SOM", town=BAIDOA, town_name="Baidoa").profile())
    report = key("SOM", "SOM", country="SOM", names="Bombing in Beledweyne and Baidoa.")
    assert best_match(report, [named, unnamed]) == 1


def test_store_clusters_a_vague_mention_follows_the_cluster_with_more_of_its_actors():
    # "Spain and Portugal signed the rail accord" with no place fits the
    # accord Spain and Portugal signed and the one Spain and France signed
    # in Madrid: both of its signatories point to the first.
    portugal = (1, key("ESP PRT", event="SUPPORT", country="ESP", town=BADAJOZ,
                       town_name="Badajoz").profile())
    france = (2, key("ESP FRA", event="SUPPORT", country="ESP", town=MADRID,
                     town_name="Madrid").profile())
    assert best_match(key("PRT ESP", event="SUPPORT"), [portugal, france]) == 1
    assert best_match(key("ESP", event="SUPPORT"), [portugal, france]) is None


def test_store_clusters_a_target_may_be_the_country_where_the_other_report_struck():
    # "Pakistan struck Afghanistan" and "Pakistan struck Pakistani Taliban
    # hideouts in Afghanistan"
    hideouts = key("PAK", "PAK", country="AFG").profile()
    assert match_score(hideouts, key("PAK", "AFG")) is not None
    assert match_score(key("PAK", "PAK", country="IRN").profile(), key("PAK", "AFG")) is None


# -- a vague mention torn between two clusters --------------------------------------

def test_store_clusters_a_vague_mention_follows_its_own_place():
    chad = (1, key("FRA", "TCD", event="RETREAT").profile())
    mali = (2, key("FRA", "MLI BFA NER", event="RETREAT").profile())
    vague = key("FRA", event="RETREAT", country="TCD", context="MLI BFA NER TCD")
    assert best_match(vague, [chad, mali]) == 1


def test_store_clusters_a_mention_naming_no_party_takes_those_its_article_is_about():
    # "the truce agreed the previous day held": the follow-up's lead named
    # the parties
    truce = (1, key("SDN", "SDN", event="AGREE").profile())
    assert best_match(key("", event="AGREE", context="SDN"), [truce]) == 1
    assert best_match(key("", event="AGREE", context="TCD"), [truce]) is None
    assert best_match(key("", event="AGREE"), [truce]) is None
    # ... or the states its text names, where no other event of it has a party
    named = dataclasses.replace(key("", event="AGREE"), mentioned=frozenset({"SDN"}))
    assert best_match(named, [truce]) == 1
    # ... and stays out where two happenings of the article's parties fit
    other = (2, key("ETH", "ERI", event="AGREE").profile())
    assert best_match(key("", event="AGREE", context="SDN ETH ERI"), [truce, other]) is None
    # ... and where one actor strikes several towns a day
    strike = (3, key("ISR", "PSE", town=KHAN_YUNIS, town_name="Khan Yunis").profile())
    assert best_match(key("", context="ISR PSE", names="A strike killed ten."), [strike]) is None


def test_store_clusters_a_vague_mention_follows_the_town_its_sentence_names():
    # "Power was restored in Kryvyi Rih after a drone attack on a site in
    # the city", in an article that also recalls the strike on Dnipro
    kryvyi = (1, key("RUS", "UKR", town=1, town_name="Kryvyi Rih").profile())
    dnipro = (2, key("RUS", "UKR", town=2, town_name="Dnipro").profile())
    article = "Power was restored in Kryvyi Rih a day after strikes on Kryvyi Rih and Dnipro."
    vague = dataclasses.replace(key("RUS", names=article), sentence_names=capitalised_names(
        "Power was restored in Kryvyi Rih after a drone attack on a site in the city."))
    assert best_match(vague, [kryvyi, dnipro]) == 1
    assert best_match(key("RUS", names=article), [kryvyi, dnipro]) is None


def test_store_clusters_a_joint_operation_reported_two_days_on_is_the_same():
    launched = key("NER MLI", "NER MLI", event="COOPERATE")
    later = dataclasses.replace(key("MLI", "NER", event="COOPERATE"),
                                date=DAY + dt.timedelta(days=2), enddate=DAY + dt.timedelta(days=2))
    assert match_score(launched, later) is not None
    # (a strike two days later is another strike)
    assert match_score(dataclasses.replace(launched, event="ASSAULT"),
                       dataclasses.replace(later, event="ASSAULT")) is None


def test_store_clusters_destroying_property_in_a_strike_is_no_other_strike():
    # "a drone strike near Aguelhok ... DESTROYING a vehicle" and the next
    # day's report of the drone strike
    strike = dataclasses.replace(key("MLI", "MLI", town=1, town_name="Aguelhok"), mode="seize")
    drone = dataclasses.replace(key("MLI", "MLI", town=1, town_name="Aguelhok"), mode="aerial")
    assert match_score(strike, drone) is not None
    # (an abduction and a bombing stay two happenings)
    assert match_score(dataclasses.replace(strike, mode="abduct"), drone) is None


def test_store_clusters_an_unplaced_strike_its_sentence_puts_elsewhere_stays_out():
    # "a drone struck a vehicle near Anefis", in an article that recalls the
    # strike on Aguelhok the day before
    aguelhok = key("MLI", "MLI", town=1, town_name="Aguelhok").profile()
    article = "A drone struck a vehicle near Anefis, a day after the strike on Aguelhok."
    near = dataclasses.replace(key("MLI", names=article), elsewhere=sentence_places(
        "A drone struck a vehicle near Anefis on Wednesday."))
    assert match_score(aguelhok, near) is None
    assert match_score(aguelhok, key("MLI", names=article)) is not None
    # dates, states and divisions are no such place
    assert sentence_places("Ten were killed in Wednesday night's raid in Cabo Delgado province "
                           "in Mozambique.", is_state=lambda n: n == "Mozambique") == frozenset()
    # a place given by a compass direction from a town is there too
    assert sentence_places("Insurgents ambushed a convoy on the road south of Mocimboa in Cabo "
                           "Delgado province.") == {"mocimboa"}


def test_store_clusters_a_rally_another_report_calls_a_riot_is_one_protest():
    rally = dataclasses.replace(key("IDN", event="PROTEST", town=1, town_name="Jakarta"), mode="demo")
    riot = dataclasses.replace(key("IDN", event="PROTEST", town=1, town_name="Jakarta"), mode="riot")
    assert match_score(rally, riot) is not None
    assert match_score(rally, dataclasses.replace(riot, mode="hunger")) is None


def test_store_clusters_the_states_an_article_names():
    assert countries_named("Dominican soldiers reached the border with Haiti; "
                           "South Sudan and Niger signed.") == {"DOM", "HTI", "SSD", "NER"}
    assert countries_named("Nigerian troops") == {"NGA"}
    assert countries_named("Sudan's army and pro-Russian groups; the U.S.") == {"SDN", "RUS", "USA"}
    assert countries_named("the niger delta") == frozenset()


def test_store_clusters_an_affiliate_and_its_network_are_one_party():
    assert with_parents(["JNIM"], armed_only=True) == {"JNIM", "ALQAEDA"}
    assert with_parents(["MLI"], armed_only=True) == {"MLI"}
    # a body of the UN is the UN when acted on, not when acting
    assert with_parents(["UNSC"]) == {"UNSC", "UN"}
    assert with_parents(["UNSC"], armed_only=True) == {"UNSC"}


def test_store_clusters_a_vague_mention_follows_what_its_article_is_about():
    venezuela = (1, key("USA", "VEN", event="SANCTION").profile())
    nicaragua = (2, key("USA", "NIC", event="SANCTION").profile())
    assert best_match(key("USA", event="SANCTION", context="VEN USA"),
                      [venezuela, nicaragua]) == 1
    # No evidence, or as much for both: still ambiguous.
    assert best_match(key("USA", event="SANCTION"), [venezuela, nicaragua]) is None
    assert best_match(key("USA", event="SANCTION", context="VEN NIC"),
                      [venezuela, nicaragua]) is None
    # The actor's own country is no evidence for a cluster.
    assert best_match(key("USA", event="SANCTION", context="USA"),
                      [venezuela, nicaragua]) is None


# -- visits ------------------------------------------------------------------------

def test_store_clusters_meetings_in_two_towns_of_one_trip_are_two_meetings():
    baghdad = key("TUR", "IRQ", event="CONSULT", country="IRQ", town=BAGHDAD).profile()
    assert match_score(baghdad, key("TUR", "IRQ", event="CONSULT", mode="visit",
                                    country="IRQ", town=BAGHDAD)) is not None
    assert match_score(baghdad, key("TUR", "IRQ", event="CONSULT", mode="visit",
                                    country="IRQ", town=ERBIL)) is None
    # as strikes in two towns of one country are two strikes
    strike = key("TUR", "IRQ", country="IRQ", town=BAGHDAD).profile()
    assert match_score(strike, key("TUR", "IRQ", country="IRQ", town=ERBIL)) is None


def test_store_clusters_a_visit_to_a_country_is_to_its_capital_first():
    baghdad = key("TUR", "IRQ", event="CONSULT", country="IRQ", town=BAGHDAD,
                  town_name="Baghdad").profile()
    erbil = key("TUR", "IRQ", event="CONSULT", country="IRQ", town=ERBIL,
                town_name="Erbil").profile()
    plan = key("TUR", "IRQ", event="CONSULT", country="IRQ")
    assert best_match(plan, [(1, erbil), (2, baghdad)]) == 2
    # a visit to a country whose capital neither cluster is in stays undecided
    assert best_match(dataclasses.replace(plan, place_country="SYR", recipients=frozenset()),
                      [(1, erbil), (2, baghdad)]) is None


# -- through the store ----------------------------------------------------------------

def _state(code: str) -> Entity:
    return Entity(text=code, name=code, country=code, sector="GOV", type="state")


def _strike(text: str, place: Location | None = None, *, span: tuple[int, int] = (0, 60),
            recipient: str | None = "PSE", event_id: str = "e1") -> Event:
    return Event(id=event_id, event="ASSAULT", mode=None, date=DAY, enddate=DAY,
                 date_precision="day", factuality="asserted", historical=False,
                 event_text="strike", text=text, span=span, actor=(_state("ISR"),),
                 recipient=(_state(recipient),) if recipient else (), quad_code=4,
                 intensity=-9.0, event_loc=place)


def _extraction(name: str, text: str, *events: Event) -> Extraction:
    article = Article(id=name, url=f"https://wire.example/{name}", source=name, title=name,
                      text=text, language="en",
                      published=dt.datetime(2024, 8, 10, 18, tzinfo=dt.timezone.utc))
    return Extraction(article=article, events=events)


def test_store_clusters_unplaced_strikes_keep_to_their_towns_across_batches(tmp_path):
    khan_yunis = Location(extracted_place="Khan Younis", resolved_place="Khān Yūnis",
                          geonameid=KHAN_YUNIS, country_code="PSE", resolution=4)
    school = "An Israeli strike hit a school in Gaza City."
    tents = "An Israeli strike hit tents near Khan Younis."
    toll = "The toll from the strike on Khān Yūnis rose to nine."
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("tents", tents, _strike(tents, khan_yunis))])
        store.ingest([_extraction("school", school, _strike(school))])
        store.ingest([_extraction("toll", toll, _strike(toll))])
        clusters = dict(store.con.execute(
            "SELECT article_id, cluster_id FROM events").fetchall())
    assert clusters["tents"] == clusters["toll"] != clusters["school"]


def test_store_clusters_a_report_naming_nobody_finds_the_town_its_article_names(tmp_path):
    # Neither report names the attacker or the target, so no party leads to
    # the cluster: the town, and the department the first report puts it
    # in, do.
    saravena = Location(extracted_place="Saravena", resolved_place="Saravena",
                        geonameid=3668454, country_code="COL", resolution=4)
    post = "A drone struck a police post in Saravena, in Colombia's Arauca department."
    toll = "An officer died of wounds from the drone strike on a town in Arauca."
    other = "A drone struck a police post in a town near the border."

    def strike(text: str, place: Location | None = None) -> Event:
        return dataclasses.replace(_strike(text, place, recipient=None), actor=())

    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("post", post, strike(post, saravena))])
        store.ingest([_extraction("toll", toll, strike(toll)),
                      _extraction("other", other, strike(other))])
        clusters = dict(store.con.execute(
            "SELECT article_id, cluster_id FROM events").fetchall())
    assert clusters["post"] == clusters["toll"] != clusters["other"]


def test_store_clusters_a_sentences_triggers_share_a_cluster_in_the_store(tmp_path):
    syria = Location(extracted_place="Syria", resolved_place="Syria", country_code="SYR",
                     resolution=1)
    iraq = Location(extracted_place="Iraq", resolved_place="Iraq", country_code="IRQ",
                    resolution=1)
    sentence = "Turkish drones struck towns in Syria, killing 12 civilians."
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("iraq", "Turkish jets bombed targets in Iraq.",
                                  _strike("Turkish jets bombed targets in Iraq.", iraq,
                                          recipient="IRQ"))])
        store.ingest([_extraction(
            "syria", sentence, _strike(sentence, syria, recipient="SYR"),
            _strike(sentence, recipient=None, event_id="e2"))])
        rows = store.con.execute("SELECT article_id, cluster_id FROM events").fetchall()
    syria_clusters = {c for a, c in rows if a == "syria"}
    assert len(syria_clusters) == 1
    assert syria_clusters.isdisjoint({c for a, c in rows if a == "iraq"})


def test_store_clusters_article_context_is_its_current_events_parties_and_places():
    chad = Location(extracted_place="Chad", country_code="TCD", resolution=1)
    now = _strike("x", chad, recipient="FRA")
    history = dataclasses.replace(_strike("y", recipient="MLI"), historical=True)
    assert article_context([now, history]) == {"ISR", "FRA", "TCD"}
    assert cluster_key(now, context=frozenset({"TCD"})).context == {"TCD"}


def test_store_clusters_a_report_placed_in_a_division_meets_one_naming_it():
    # "Jets bombed a village in Chin state" (placed in the state, no town)
    # and a follow-up that names no place but Chin state in its article.
    state = dataclasses.replace(key("MMR", "MMR", country="MMR").profile(),
                                area_names=frozenset({"chin"}))
    follow_up = key("", "MMR", names="Toll from the air strike in Chin state rises to 12.")
    elsewhere = key("", "MMR", names="Toll from the air strike in Rakhine state rises to 12.")
    assert match_score(state, follow_up) is not None
    assert match_score(state, elsewhere) is None


def test_store_clusters_a_town_named_as_its_division_places_the_event_in_the_division():
    sagaing = Location(extracted_place="Sagaing", resolved_place="Sagaing", geonameid=1298482,
                       country_code="MMR", resolution=4)
    in_region = _strike("Jets bombed a village in the north-western Sagaing region.", sagaing)
    in_town = _strike("Jets bombed a market in Sagaing on Tuesday.", sagaing)
    region_key, town_key = cluster_key(in_region), cluster_key(in_town)
    assert (region_key.geonameid, region_key.area_names) == (None, {"sagaing"})
    assert (town_key.geonameid, town_key.area_names) == (1298482, frozenset())


def test_store_clusters_a_division_place_is_kept_across_batches(tmp_path):
    chin = Location(extracted_place="Chin State", resolved_place="Chin", country_code="MMR",
                    resolution=2)
    first = "Jets bombed a village in Myanmar's Chin State on Tuesday."
    toll = "The toll from Tuesday's bombing of a village in Chin State rose to 12."
    other = "The toll from Tuesday's bombing of a village in Rakhine rose to 12."

    def bombing(text: str, place: Location | None = None) -> Event:
        return dataclasses.replace(_strike(text, place, recipient="MMR"), actor=())

    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("first", first, dataclasses.replace(
            bombing(first, chin), actor=(_state("MMR"),)))])
        store.ingest([_extraction("toll", toll, bombing(toll)),
                      _extraction("other", other, bombing(other))])
        clusters = dict(store.con.execute(
            "SELECT article_id, cluster_id FROM events").fetchall())
    assert clusters["first"] == clusters["toll"] != clusters["other"]


# -- towns the gazetteer does not list --------------------------------------------------

def test_store_clusters_names_are_also_compared_run_together():
    assert name_forms("Bani-Bangou") == {"bani-bangou", "banibangou"}
    assert name_forms("Kyauk Ka Lay") == {"kyauk ka lay", "kyaukkalay"}
    names = capitalised_names("A jet bombed Kyauk Ka Lay village near Bani-Bangou.")
    assert {"kyaukkalay", "banibangou", "bani-bangou", "kyauk"} <= names


def _unlisted(name: str, text: str, *, actor: bool = True) -> Event:
    place = Location(extracted_place=name, country_code="NER", resolution=4)
    event = _strike(text, place, recipient="NER")
    return event if actor else dataclasses.replace(event, actor=())


def test_store_clusters_an_unlisted_town_is_the_same_town_only_by_name():
    first = "Gunmen ambushed a patrol near the town of Banibangou."
    again = "The toll from the ambush near Bani-Bangou rose to 17."
    other = "Gunmen attacked a post in the village of Makalondi."
    keys = {text: cluster_key(_unlisted(name, text), article_names=capitalised_names(text))
            for name, text in (("Banibangou", first), ("Bani-Bangou", again),
                               ("Makalondi", other))}
    assert keys[first].unlisted_towns == {"banibangou"} and keys[first].geonameid is None
    assert match_score(keys[first], keys[again]) is not None
    assert match_score(keys[first], keys[other]) is None
    # a report naming no town joins it where its article names the town
    vague = "Islamic State claimed the ambush near Banibangou."
    unnamed = "The army said an ambush killed 17 soldiers."
    assert match_score(keys[first], cluster_key(_strike(vague, recipient="NER"),
                                                article_names=capitalised_names(vague))) is not None
    assert match_score(keys[first], cluster_key(dataclasses.replace(
        _strike(unnamed, recipient="NER"), actor=()),
        article_names=capitalised_names(unnamed))) is None


def test_store_keeps_unlisted_town_names_across_batches(tmp_path):
    first = "Gunmen ambushed a patrol near the town of Banibangou."
    other = "Gunmen attacked a post in the village of Makalondi."
    again = "Attackers on motorbikes ambushed soldiers near Bani-Bangou."
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("first", first, _unlisted("Banibangou", first))])
        store.ingest([_extraction("other", other, _unlisted("Makalondi", other))])
        store.ingest([_extraction("again", again, _unlisted("Bani-Bangou", again, actor=False))])
        clusters = dict(store.con.execute(
            "SELECT article_id, cluster_id FROM events").fetchall())
    assert clusters["first"] == clusters["again"] != clusters["other"]


def test_store_clusters_a_report_follows_the_village_its_article_names_over_a_shared_state():
    # two raids of one day in villages the gazetteer lacks, both articles
    # naming Zamfara state: a toll report naming one village follows it
    first = "Gunmen raided the village of Dan Gulbi in Zamfara state, killing 12."
    other = "Gunmen raided the village of Yar Gamji, near the border with Zamfara state."
    toll = "Seven more bodies were found near Dangulbi in Zamfara state."
    dan, yar = (cluster_key(_unlisted(name, text), article_names=capitalised_names(text),
                            divisions=division_names(text)).profile()
                for name, text in (("Dan Gulbi", first), ("Yar Gamji", other)))
    assert "zamfara" in dan.town_divisions and "zamfara" not in dan.town_names
    report = cluster_key(_strike(toll, recipient="NER"), article_names=capitalised_names(toll))
    # (its own sentence puts it near Dangulbi, so Yar Gamji's raid is out at once)
    assert match_score(dan, report) is not None and match_score(yar, report) is None
    assert best_match(report, [(1, yar), (2, dan)]) == 2
    # ... and where the sentence names no village, the article's naming decides
    article = f"Seven more bodies were found on Wednesday. {toll}"
    vague = cluster_key(_strike("Seven more bodies were found on Wednesday.", recipient="NER"),
                        article_names=capitalised_names(article))
    assert match_score(dan, vague) is not None and match_score(yar, vague) is not None
    assert best_match(vague, [(1, yar), (2, dan)]) == 2


def test_store_clusters_a_strike_in_a_province_is_not_one_in_a_town_of_the_next_province():
    province = dataclasses.replace(key("THA", "THA", country="THA"),
                                   area_names=frozenset({"narathiwat"})).profile()
    next_door = dataclasses.replace(key("THA", "THA", country="THA", town=1604870,
                                        town_name="Yala"),
                                    town_divisions=frozenset({"yala", "bannang sata"}))
    inside = dataclasses.replace(key("THA", "THA", country="THA", town=1151254,
                                     town_name="Rueso"),
                                 town_divisions=frozenset({"narathiwat"}))
    assert match_score(province, next_door) is None
    assert match_score(province, inside) is not None
    # talks are not held to it: a visit to a region and a meeting in its town
    talks = dataclasses.replace(province, event="CONSULT")
    assert match_score(talks, dataclasses.replace(next_door, event="CONSULT")) is not None


# -- people and unnamed actors -----------------------------------------------

def _person(text: str, name: str, country: str | None = None) -> Entity:
    return Entity(text=text, name=name, country=country, type="person")


def test_store_clusters_person_names_are_the_surnames_of_named_people():
    people = (_person("Former Philippine leader Rodrigo Duterte", "Rodrigo Duterte", "PHL"),
              _person("Salvadoran lawyer Ruth López", "Ruth López", "SLV"),
              # offices named for want of their holders name nobody
              _person("Chile's transport minister", "Minister of Chile", "CHL"),
              _person("the leader", "leader"),
              _state("PHL"))
    assert person_names(people) == {"duterte", "lopez"}


def test_store_clusters_arrests_of_one_named_person_are_one_arrest_wherever_placed():
    # "Police arrested Rodrigo Duterte at Manila airport" and a report from
    # The Hague that "Duterte was detained on an ICC warrant": the second
    # names neither the police nor Manila.
    manila = key("PHL", "PHL", event="COERCE", country="PHL", town=MANILA, town_name="Manila",
                 mode="arrest", persons="duterte").profile()
    hague = key("", "PHL ICC", event="COERCE", mode="arrest", persons="duterte",
                names="Duterte landed in The Hague")
    assert match_score(manila, hague) is not None
    # Another person's arrest that day stays out, as the unnamed report did
    # before people were compared.
    other = dataclasses.replace(hague, persons=frozenset({"quiboloy"}))
    assert match_score(manila, other) is None
    assert match_score(manila, dataclasses.replace(hague, persons=frozenset())) is None
    # "Seized" a person in one report is "arrested" in another.
    seized = dataclasses.replace(hague, mode="seize")
    assert match_score(manila, seized) is not None
    assert match_score(manila, dataclasses.replace(hague, mode="raid")) is None


def test_store_clusters_an_actor_nobody_names_is_the_named_one_outside_strikes_and_arrests():
    # "Ethiopian troops withdrew from Wajid" and "troops left the town":
    # a withdrawal is not something one state does in several towns a day.
    withdrew = key("ETH", event="RETREAT", mode="withdraw").profile()
    assert match_score(withdrew, key("", event="RETREAT", mode="withdraw")) is not None
    # An attack nobody claims still needs a town in common where one report
    # names a town.
    claimed = key("ISR", "PSE", town=KHAN_YUNIS, town_name="Khan Younis").profile()
    assert match_score(claimed, key("", "PSE", names="A strike hit Rafah.")) is None


def test_store_keeps_the_people_of_a_cluster_across_batches(tmp_path):
    manila = Location(extracted_place="Manila", resolved_place="Manila", geonameid=MANILA,
                      country_code="PHL", resolution=4)

    def arrest(text: str, place: Location | None, who: str, actor: bool = True) -> Event:
        return Event(id="e1", event="COERCE", mode="arrest", date=DAY, enddate=DAY,
                     date_precision="day", factuality="asserted", historical=False,
                     event_text="arrested", text=text, span=(0, len(text)),
                     actor=(_state("PHL"),) if actor else (),
                     recipient=(_person(who, who, "PHL"),), quad_code=4, intensity=-5.0,
                     event_loc=place)

    first = "Police arrested Rodrigo Duterte at Manila airport."
    later = "Rodrigo Duterte was detained and flown to The Hague."
    other = "Apollo Quiboloy was detained in Davao."
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("first", first, arrest(first, manila, "Rodrigo Duterte"))])
        store.ingest([_extraction("other", other, arrest(other, None, "Apollo Quiboloy", False))])
        store.ingest([_extraction("later", later, arrest(later, None, "Rodrigo Duterte", False))])
        clusters = dict(store.con.execute(
            "SELECT article_id, cluster_id FROM events").fetchall())
        persons = store.con.execute("SELECT persons FROM clusters WHERE cluster_id = ?",
                                    [clusters["first"]]).fetchone()[0]
    assert clusters["first"] == clusters["later"] != clusters["other"]
    assert persons == ["duterte"]


def test_store_clusters_a_site_in_a_city_with_the_city(tmp_path):
    # "talks at the Kremlin" and "talks in Moscow" are in one town; talks in
    # Kazan the same day are not the same talks.
    kremlin = Location(extracted_place="the Kremlin", resolved_place="Kremlin", geonameid=524894,
                       country_code="RUS", feature_code="CSTL", resolution=5)
    moscow = Location(extracted_place="Moscow", resolved_place="Moscow", geonameid=524901,
                      country_code="RUS", feature_code="PPLC", resolution=4)
    kazan = Location(extracted_place="Kazan", resolved_place="Kazan", geonameid=551487,
                     country_code="RUS", feature_code="PPLA", resolution=4)

    def talks(text: str, place: Location) -> Event:
        return Event(id="e1", event="CONSULT", mode=None, date=DAY, enddate=DAY,
                     date_precision="day", factuality="asserted", historical=False,
                     event_text="held talks", text=text, span=(0, len(text)),
                     actor=(_state("CHN"),), recipient=(_state("RUS"),), quad_code=1,
                     intensity=1.0, event_loc=place)

    assert cluster_key(talks("x", kremlin)).geonameid == 524901
    assert "moscow" in cluster_key(talks("x", kremlin)).town_names
    texts = {"kremlin": "Xi and Putin held talks at the Kremlin.",
             "moscow": "Xi held talks with Putin in Moscow.",
             "kazan": "Chinese and Russian envoys held talks in Kazan."}
    places = {"kremlin": kremlin, "moscow": moscow, "kazan": kazan}
    with Store(tmp_path / "s.duckdb") as store:
        for name in ("kremlin", "kazan", "moscow"):
            store.ingest([_extraction(name, texts[name], talks(texts[name], places[name]))])
        clusters = dict(store.con.execute("SELECT article_id, cluster_id FROM events").fetchall())
        towns = dict(store.con.execute("SELECT article_id, town_id FROM events").fetchall())
    assert clusters["kremlin"] == clusters["moscow"] != clusters["kazan"]
    assert towns == {"kremlin": 524901, "moscow": 524901, "kazan": 551487}


def test_store_clusters_attackers_nobody_names_are_no_party_against_a_claim(tmp_path):
    # "Gunmen killed 20 soldiers in Khan Younis" (the coder's unidentified
    # attackers of the place) and "Hamas claimed the attack in Khan Younis"
    khan_yunis = Location(extracted_place="Khan Younis", resolved_place="Khān Yūnis",
                          geonameid=KHAN_YUNIS, country_code="PSE", resolution=4)
    gunmen = Entity(text="", name="unidentified attackers", country="PSE", sector="UAF",
                    type="group", resolved_by="events:unclaimed-attack")
    hamas = Entity(text="Hamas", name="Hamas", country="PSE", org="HAMAS", sector="REB",
                   type="group")
    killed = "Gunmen killed 20 soldiers in Khan Younis."
    claim = "Hamas claimed the attack in Khan Younis."
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("killed", killed, dataclasses.replace(
            _strike(killed, khan_yunis, recipient="ISR"), actor=(gunmen,)))])
        store.ingest([_extraction("claim", claim, dataclasses.replace(
            _strike(claim, khan_yunis, recipient="ISR"), actor=(hamas,)))])
        clusters = dict(store.con.execute("SELECT article_id, cluster_id FROM events").fetchall())
        codes = store.con.execute("SELECT actor_codes FROM events WHERE article_id = 'killed'").fetchone()
    assert clusters["killed"] == clusters["claim"]
    assert codes == ([],)


def test_store_clusters_one_persons_arrest_and_remand_days_apart_are_one_detention():
    arrested = key("ARM", "ARM", event="COERCE", mode="arrest", persons="karapetyan")
    remanded = dataclasses.replace(key("ARM", "", event="COERCE", mode="arrest", persons="karapetyan"),
                                   date=DAY + dt.timedelta(days=2), enddate=DAY + dt.timedelta(days=2))
    assert match_score(arrested.profile(), remanded) is not None
    # the window a batch fetches candidates in reaches that far
    assert remanded.window()[0] <= arrested.date
    # without a person in common, two days apart are two arrests
    other = dataclasses.replace(remanded, persons=frozenset())
    assert match_score(arrested.profile(), other) is None


def test_store_clusters_a_dated_report_goes_with_the_cluster_of_its_day_before_a_vague_one():
    # "the EU banned Russian diamonds on Tuesday" fits the EU's sanctions on
    # Russia that day and a cluster of EU sanctions known only as "this year"
    day = key("EU", "RUS", event="SANCTION").profile()
    vague = dataclasses.replace(key("EU", "XKX", event="SANCTION").profile(), precision="year",
                                date=dt.date(DAY.year, 1, 1), enddate=dt.date(DAY.year, 12, 31))
    report = key("EU", event="SANCTION")
    assert match_score(vague, report) is not None and match_score(day, report) is not None
    assert best_match(report, [(1, vague), (2, day)]) == 2


def test_store_clusters_a_mention_naming_no_actor_meets_a_cluster_sharing_no_named_party(tmp_path):
    # "Georgians protested in Tbilisi" and, in a report that names Georgia,
    # "crowds chanted slogans against Russia": no party in common by name
    def protest(text: str, actor: tuple[Entity, ...], recipient: tuple[Entity, ...]) -> Event:
        return Event(id="e1", event="PROTEST", mode="demo", date=DAY, enddate=DAY,
                     date_precision="day", factuality="asserted", historical=False,
                     event_text="protest", text=text, span=(0, len(text)), actor=actor,
                     recipient=recipient, quad_code=3, intensity=-5.0)

    first = "Tens of thousands of Georgians protested outside parliament."
    second = "Crowds in Georgia chanted slogans against Russia."
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([_extraction("first", first, protest(first, (_state("GEO"),), ()))])
        store.ingest([_extraction("second", second, protest(second, (), (_state("RUS"),)))])
        clusters = dict(store.con.execute("SELECT article_id, cluster_id FROM events").fetchall())
    assert clusters["first"] == clusters["second"]


def test_store_party_codes_leave_out_attackers_and_donors_nobody_names():
    from communique.store import party_codes

    donors = Entity(text="convoy", name="unnamed donors", type="group",
                    resolved_by="events:unnamed-donor")
    gunmen = Entity(text="", name="unidentified attackers", country="SOM", sector="UAF",
                    type="group", resolved_by="events:unclaimed-attack")
    assert party_codes([donors, gunmen, _state("TUR")]) == ["TUR"]


def test_store_clusters_strikes_placed_in_two_divisions_and_no_town_are_two():
    # "missiles at targets in Russia's Kursk region" on Wednesday and "a
    # facility in Russia's Bryansk region" overnight into Tuesday
    kursk = dataclasses.replace(key("UKR", "RUS", country="RUS"), area_names=frozenset({"kursk"}))
    bryansk = dataclasses.replace(key("UKR", "RUS", country="RUS"), area_names=frozenset({"bryansk"}))
    again = dataclasses.replace(key("UKR", "RUS", country="RUS"), area_names=frozenset({"bryansk"}))
    assert match_score(kursk, bryansk) is None
    assert match_score(bryansk, again) is not None
    # seas are no state's divisions: the Gulf of Oman and the Strait of Hormuz
    gulf = dataclasses.replace(key("IRN", "OMN", event="COERCE"), area_names=frozenset({"gulf of oman"}))
    strait = dataclasses.replace(key("IRN", "", event="COERCE"), area_names=frozenset({"strait of hormuz"}))
    assert match_score(gulf, strait) is not None
    # talks are not held to it
    assert match_score(dataclasses.replace(kursk, event="CONSULT"),
                       dataclasses.replace(bryansk, event="CONSULT")) is not None


def test_store_clusters_gunmen_placed_only_by_where_they_struck_are_nobody_named():
    gunmen = Entity(text="Gunmen", name="gunmen", country="NER", sector="REB", type="group",
                    resolved_by="events:place-of-event")
    ambush = dataclasses.replace(_strike("Gunmen ambushed an army patrol near Banibangou.",
                                         recipient="NER"), actor=(gunmen,))
    assert cluster_key(ambush).actors == frozenset()
    # a crowd or soldiers put where they acted are still that country's
    soldiers = dataclasses.replace(gunmen, name="soldiers", sector="MIL")
    assert cluster_key(dataclasses.replace(ambush, actor=(soldiers,))).actors == {"NER"}


def test_store_clusters_a_veto_told_as_made_at_the_council_or_against_its_subject_is_one():
    at_council = key("USA", "UNSC UN", event="REJECT")
    on_membership = key("USA", "PSE", event="REJECT")
    assert match_score(at_council, on_membership) is not None
    # another vetoer, or an accusation against the UN and one against a state, stay apart
    assert match_score(key("RUS", "UNSC UN", event="REJECT"), on_membership) is None
    assert match_score(key("RUS", "UN", event="ACCUSE"), key("RUS", "UKR", event="ACCUSE")) is None


def test_store_clusters_villages_near_one_town_are_two_places():
    # Both reports resolve to Aleppo, which each names only as a bearing:
    # a strike in Urum al-Kubra and one near Khan Tuman are two strikes; a
    # report naming no village may be either.
    aleppo = Location(extracted_place="Aleppo", resolved_place="Aleppo", geonameid=170063,
                      country_code="SYR", resolution=4)
    urum = cluster_key(_strike("Air strikes hit a convoy in the town of Urum al-Kubra, west of "
                               "Aleppo, late on Monday.", aleppo, recipient="SYR"))
    tuman = cluster_key(_strike("An air strike hit a clinic near the village of Khan Tuman, "
                                "south-west of Aleppo, late on Monday.", aleppo, recipient="SYR"))
    vague = cluster_key(_strike("A relief convoy was bombed in the town west of Aleppo on "
                                "Monday night.", aleppo, recipient="SYR"))
    city = cluster_key(_strike("Jets bombed a market in Aleppo on Monday.", aleppo, recipient="SYR"))
    assert (urum.unlisted_towns, tuman.unlisted_towns) == ({"urum"}, {"khan tuman"})
    assert vague.unlisted_towns == city.unlisted_towns == frozenset()
    assert match_score(urum, tuman) is None
    assert match_score(urum, vague) is not None
    assert match_score(tuman, city) is not None


def test_store_clusters_a_strait_is_no_town():
    # "seized the boats off the Kerch Strait" and a report that names only
    # "Kerch" are one seizure; the strait is water, not a town to hold to
    strait = Location(extracted_place="Kerch Strait", resolved_place="Kerch Strait", geonameid=703800,
                      country_code="UKR", feature_code="STRT", resolution=5)
    seized = cluster_key(_strike("Russia seized three Ukrainian navy boats off the Kerch Strait on "
                                 "Sunday.", strait, recipient="UKR"))
    assert (seized.geonameid, seized.area_names) == (None, {"kerch strait", "kerchstrait"})
    held = cluster_key(_strike("The captured Ukrainian gunboats were towed to the port of Kerch.",
                               None, recipient="UKR"))
    assert match_score(seized, held) is not None


def test_store_clusters_one_articles_two_meetings_with_different_others_are_two():
    # "Xi will visit North Korea ... and is to meet Trump in Osaka": one
    # shared party and a different other on each side are two meetings.
    visit = ClusterKey(event="CONSULT", mode=None, date=DAY, enddate=DAY, precision="day",
                       actors=frozenset({"CHN"}), recipients=frozenset({"PRK"}), factuality="future")
    meeting = dataclasses.replace(visit, recipients=frozenset({"USA"}))
    assert same_article_match(meeting, [(visit, 4)]) is None
    assert same_article_match(dataclasses.replace(visit, recipients=frozenset()), [(visit, 4)]) == 4


def test_store_clusters_an_exchange_told_from_either_side_on_one_day_is_one():
    # "Hamas freed the last hostages" and "Israel freed Palestinian
    # prisoners" on the same day; drills one side stages and the other
    # reports with the roles read the other way round
    assert match_score(key("PSE", "ISR", event="RETREAT", mode="release"),
                       key("ISR", "PSE", event="RETREAT", mode="release")) is not None
    assert match_score(key("CHN", "TWN", event="MOBILIZE"), key("TWN", "CHN", event="MOBILIZE")) is not None
    # not the next day, not attacks, sanctions or accusations (two sides
    # trade fire, expel each other's envoys and blame each other daily)
    later = dataclasses.replace(key("ISR", "PSE", event="RETREAT", mode="release"),
                                date=DAY + dt.timedelta(days=1), enddate=DAY + dt.timedelta(days=1))
    assert match_score(key("PSE", "ISR", event="RETREAT", mode="release"), later) is None
    for event in ("ASSAULT", "SANCTION", "ACCUSE"):
        assert match_score(key("RUS", "UKR", event=event), key("UKR", "RUS", event=event)) is None
    # and a match with a party in its own role is the better one
    assert match_score(key("PSE", "ISR", event="RETREAT"), key("PSE", "ISR", event="RETREAT")) > \
        match_score(key("PSE", "ISR", event="RETREAT"), key("ISR", "PSE", event="RETREAT"))

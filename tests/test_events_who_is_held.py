"""Who holds and who is held: the people a release or handover names with
"of" are let go, not the ones letting go; custody named with "from" says
whose it was; a participle the model reads as a clause of its own describes
the noun before it; and places that only describe a speaker, a people or a
word ("Gaza-bound") are not where an arrest happened; a charge, a
denunciation or an admission names who blames whom, and who admits doing
what to whom. Sentences written for
these tests (published Tuesday 2024-03-05, conftest)."""

from __future__ import annotations

import datetime as dt

import pytest


def parties(entities):
    return sorted({e.country or e.org or e.name for e in entities})


def of(events, category):
    return [e for e in events if e.event == category]


def coded(events, category):
    return [(parties(e.actor), parties(e.recipient)) for e in of(events, category)]


@pytest.mark.parametrize("text", [
    "The release of two French aid workers on Monday was welcomed by Paris.",
    "The handover of the bodies of 20 Russian soldiers took place on Monday.",
])
def test_events_those_released_or_handed_over_are_not_the_actor(code, text):
    for event in of(code(text), "RETREAT"):
        assert "FRA" not in parties(event.actor) and "RUS" not in parties(event.actor)


def test_events_a_release_by_a_named_state(code):
    assert coded(code("The release of the French journalist by Russia was welcomed on Monday."),
                 "RETREAT") == [(["RUS"], ["FRA"])]


def test_events_withdrawals_still_name_who_moves(code):
    assert coded(code("The withdrawal of Russian troops from Kherson was completed on Friday."),
                 "RETREAT")[0][0] == ["RUS"]


@pytest.mark.parametrize("text, keeper, freed", [
    ("The American was released from Russian custody on Friday.", "RUS", ["USA"]),
    ("Two Britons were freed from an Iranian prison on Friday.", "IRN", ["GBR"]),
    ("Kovrig was back in Toronto on Sunday after his release from Chinese detention.", "CHN", []),
])
def test_events_custody_named_in_a_release_is_the_releasers(code, text, keeper, freed):
    assert coded(code(text), "RETREAT") == [([keeper], freed)]


def test_events_a_release_in_a_third_states_exchanges_is_between_the_two_it_names(code):
    events = code("The United Arab Emirates said on Monday its mediation had secured the release "
                  "of 1,994 prisoners in Russia-Ukraine exchanges.")
    assert coded(events, "RETREAT") == [(["RUS", "UKR"], ["RUS", "UKR"])]


def test_events_a_participle_read_as_a_clause_describes_the_noun_before_it(code):
    # the model reads "detained" as an adverbial clause of "called"; the
    # European Union asked for the release, it detained no one
    events = code("The European Union on Thursday called on Serbia to release the three Kosovo "
                  "policemen detained a day earlier near the border.")
    assert all("EU" not in parties(e.actor) for e in of(events, "COERCE"))
    assert coded(events, "RETREAT") == [(["SRB"], ["XKX"])]


def test_events_a_place_in_a_misread_day_phrase_is_no_place_of_the_arrest(code):
    # the model hangs "Paris" on "Monday" as an apposition
    assert coded(code("The arrest of two French journalists in Tehran on Monday angered Paris."),
                 "COERCE") == [(["IRN"], ["FRA"])]


@pytest.mark.parametrize("text", [
    # where the spokesman is
    "A U.N. spokesman in New York said the troops, seized on Wednesday, were in good condition.",
    # part of a word
    "Israel said the activists on board the Gaza-bound flotilla would be deported.",
])
def test_events_places_of_a_speaker_or_in_a_word_give_no_authority(code, text):
    for event in of(code(text), "COERCE"):
        assert not {"USA", "PSE"} & set(parties(event.actor))


def test_events_the_court_place_still_gives_the_authority(code):
    events = code("A court in Addis Ababa on Friday granted police 14 days to question opposition "
                  "politician Getachew Alemu, who was detained at his residence on Thursday.")
    assert ["ETH"] in [actor for actor, _ in coded(events, "COERCE")]


def test_events_a_court_ordering_them_jailed_jails_them(code):
    # the model reads "them" as the object of "ordered" and "jailed" as its
    # complement: the court's order is the act, not a wish, and not theirs
    events = code("Two Israeli tourists were detained last Tuesday after photographing the "
                  "residence, and a court in Istanbul ordered them jailed on Friday.")
    jailed = [e for e in of(events, "COERCE") if e.event_text == "jailed"]
    assert [(parties(e.actor), e.factuality) for e in jailed] == [(["TUR"], "asserted")]


@pytest.mark.parametrize("text, held, not_actor", [
    # the model makes "journalists" the subject of "detained", and "were
    # freed" a clause of it with no subject
    ("The Russian journalists detained in Minsk on Friday were freed.", "RUS", "RUS"),
    ("Syria's foreign ministry spokesman said on Saturday the Turkish military aircraft brought "
     "down off the Latakia coast on Friday had been over Syrian territorial waters.", None, "TUR"),
])
def test_events_a_participle_given_a_subject_by_the_model_describes_it(code, text, held, not_actor):
    events = [e for e in code(text) if e.event in ("COERCE", "ASSAULT")]
    assert all(not_actor not in parties(e.actor) for e in events)
    if held:
        assert [(parties(e.actor), parties(e.recipient)) for e in events] == [(["BLR"], [held])]


def test_events_forces_bringing_aid_are_not_placed_by_where_they_bring_it(code):
    aid = of(code("Navy helicopters dropped emergency rations at evacuation centres in Miyagi "
                  "prefecture on Sunday."), "AID")
    assert [(parties(e.recipient), [x.country for x in e.actor]) for e in aid] == [(["JPN"], [None])]


def test_events_where_the_held_come_from_gives_no_authority(code):
    events = code("Mordi and Natali Oknin, bus drivers from the central Israeli town of Modiin, "
                  "were detained on Tuesday.")
    assert all("ISR" not in parties(e.actor) for e in of(events, "COERCE"))


def test_events_a_date_inside_the_subject_dates_its_participle(code):
    # the model hangs "earlier this week" on "left"; it stands right after
    # the participle, inside the subject, and dates the expulsion
    events = code("A Russian embassy counsellor expelled by Estonia earlier this week left the "
                  "country on Friday through the Narva border crossing.")
    (expelled,) = of(events, "SANCTION")
    assert expelled.date_text == "earlier this week"
    # (published Tuesday 5 March: the week began on Monday 4 March)
    assert expelled.date == dt.date(2024, 3, 4)


@pytest.mark.parametrize("text", [
    "Burkina Faso's government on Monday condemned what it called a barbaric attack on the town "
    "of Barsalogho.",
    "Kyiv on Monday denounced what it described as a Russian attack on the city of Sumy.",
])
def test_events_an_attack_a_reaction_names_may_precede_the_reaction(code, text):
    # "called" is a verb of speech, so Monday dates only the condemnation;
    # what it condemns happened that day or in the days before
    (attack,) = of(code(text), "ASSAULT")
    assert attack.date < dt.date(2024, 3, 4) <= attack.enddate


def test_events_sanctions_a_clause_says_were_approved_are_the_approvers_and_happened(code):
    # "under the sanctions" reads like "under investigation"; the relative
    # clause names who imposed them, and in the past tense says they were
    events = code("North Korea's trade with China is likely to shrink sharply under the sanctions "
                  "the UN Security Council approved on Wednesday, analysts said on Thursday.")
    sanctions = of(events, "SANCTION")
    assert [(parties(e.actor), e.factuality) for e in sanctions] == [(["UNSC"], "asserted")]


def test_events_a_strike_that_killed_is_an_attack(code):
    events = code("Aid deliveries were halted on Tuesday after a strike on Monday night destroyed 18 "
                  "trucks of a relief convoy near Aleppo and killed about 20 people.")
    assert [e.date for e in of(events, "ASSAULT")] == [dt.date(2024, 3, 4)]


@pytest.mark.parametrize("text", [
    "A lightning strike killed two farmers in Bihar on Monday.",
    "A gas explosion killed five people in Tehran on Monday.",
])
def test_events_an_accident_is_no_attack(code, text):
    assert not of(code(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Omar Barakat was among those killed when a relief convoy was bombed near Aleppo on Monday night.",
    "The hospital in Idlib was shelled on Monday.",
])
def test_events_a_target_bombed_or_shelled_was_attacked_from_afar(code, text):
    (attack,) = of(code(text), "ASSAULT")
    assert [(x.sector, x.country) for x in attack.actor] == [("UAF", None)]
    assert parties(attack.recipient) == ["SYR"]


@pytest.mark.parametrize("text, place", [
    # the model hangs "of barbarism" on "Sunday" and "in Syria" on "accused"
    ("The US ambassador to the United Nations, Samantha Power, accused Russia on Sunday of "
     "barbarism in Syria, telling the Security Council that Moscow was waging an air war.", None),
    ("Kenya accused Somalia in Nairobi on Monday of harbouring militants.", "Nairobi"),
])
def test_events_an_accusation_is_not_placed_where_the_act_it_charges_was(code, text, place):
    (accusation,) = of(code(text), "ACCUSE")
    assert (accusation.event_loc.extracted_place if accusation.event_loc else None) == place


def test_events_a_named_authors_threat_was_made_and_what_it_threatens_was_not(code):
    events = code("European officials sought on Saturday to play down President Tayyip Erdogan's "
                  "threat to reopen Turkey's borders to migrants.")
    assert [(parties(e.actor), e.factuality) for e in of(events, "THREATEN")] == [(["TUR"], "asserted")]
    assert all(e.factuality != "asserted" for e in of(events, "RETREAT"))


def test_events_what_a_threat_dismissed_threatens_did_not_happen(code):
    events = code("European officials dismissed Erdogan's threat to reopen Turkey's borders to migrants.")
    assert all(e.factuality != "asserted" for e in of(events, "RETREAT"))


def test_events_the_two_sides_of_one_states_conflict_are_its_government_and_the_armed_group(code):
    events = code("A ceasefire between Colombia's government and the BAR guerrilla group will run "
                  "until mid-July after the two sides agreed to extend it on Monday.")
    (agreed,) = of(events, "AGREE")
    assert sorted((x.sector, x.country) for x in agreed.actor) == [("GOV", "COL"), ("REB", "COL")]


def test_events_the_two_sides_need_two_parties(code):
    # one state's government alone is no pair
    events = code("Colombia's government said on Monday that the two sides agreed to meet again.")
    assert all(len(e.actor) != 2 for e in of(events, "AGREE"))


def test_events_a_participle_tagged_as_a_past_tense_still_describes_its_noun(code):
    # the tagger reads "arrested" as a past tense; the activists did not arrest anyone
    events = code("Police in Okinawa on Thursday were questioning the 14 activists and crew "
                  "arrested a day earlier at the disputed Senkaku islands.")
    arrests = [e for e in of(events, "COERCE") if e.event_text == "arrested"]
    assert arrests and all("activists" not in [x.text for x in e.actor] for e in arrests)


@pytest.mark.parametrize("text, actor, target", [
    ("The EU adopted new sanctions on Russia on Friday.", "EU", ["RUS"]),
    ("Warsaw said on Friday it would maintain the ban on Ukrainian grain.", "POL", None),
])
def test_events_who_adopts_or_maintains_a_measure_imposes_it(code, text, actor, target):
    (sanction,) = of(code(text), "SANCTION")
    assert parties(sanction.actor) == [actor]
    if target is not None:
        assert parties(sanction.recipient) == target


def test_events_a_vehicle_chartered_by_a_government_brings_its_aid(code):
    events = code("A plane chartered by the British government delivered tarpaulins, hygiene kits "
                  "and solar lanterns to Jamaica on Thursday.")
    assert [(parties(e.actor), parties(e.recipient)) for e in of(events, "AID")] == [(["GBR"], ["JAM"])]


def test_events_a_security_service_reporting_a_detention_made_it(code):
    events = code("The FSB said the vessels had been detained on Sunday evening.")
    assert [parties(e.actor) for e in of(events, "COERCE")] == [["RUS"]]


def test_events_a_court_ordering_people_held_in_detention_detains_them(code):
    events = code("A court in Bishkek on Wednesday ordered four journalists to be held in pretrial "
                  "detention for two months.")
    assert [(parties(e.actor), e.factuality) for e in of(events, "COERCE")] == [(["KGZ"], "asserted")]


@pytest.mark.parametrize("text, deporter, deported", [
    ("Two Algerians were deported from France on Monday.", "FRA", ["DZA"]),
    ("Two men were deported from Paris to Algeria on Monday.", "FRA", ["DZA"]),
])
def test_events_a_deportation_is_by_the_state_it_is_from_not_the_one_it_is_to(code, text, deporter, deported):
    assert [(parties(e.actor), parties(e.recipient)) for e in of(code(text), "COERCE")] == [
        ([deporter], deported)]


def test_events_a_deportation_to_a_state_is_not_that_states(code):
    assert all(parties(e.actor) != ["DZA"] for e in of(code("Two men were deported to Algeria on Monday."),
                                                       "COERCE"))


def test_events_a_strike_in_a_sentence_of_weapons_fired_is_no_walkout(code):
    events = code("A suspected U.S. drone fired missiles at a religious seminary in Hangu district "
                  "before dawn on Thursday, killing at least five people, local officials said, in a "
                  "rare strike inside Khyber Pakhtunkhwa's settled districts.")
    assert not of(events, "PROTEST")
    # ... while workers who strike are still on strike, weapons or not
    assert of(code("Teachers in Kenya went on strike on Monday over unpaid wages at a missile "
                   "factory's school."), "PROTEST")


def test_events_strikes_that_killed_are_no_walkout(code):
    events = code("Monday's strikes killed 20 people at Nasser hospital in Khan Younis, health "
                  "officials said.")
    assert not of(events, "PROTEST")
    assert all("protesters" not in [x.text for x in e.actor] for e in of(events, "ASSAULT"))
    assert [parties(e.recipient) for e in of(events, "ASSAULT")] == [["PSE"]]


@pytest.mark.parametrize("text, speaker, blamed", [
    ("Secretary of State Mike Pompeo said on Monday that Iran was responsible for the attacks "
     "on two tankers in the Gulf of Oman.", "USA", "IRN"),
    ("Ukraine's foreign ministry said Russia was behind the missile strike on Odesa.", "UKR", "RUS"),
    ("Seoul said on Monday that North Korea was responsible for the shelling of the island.",
     "KOR", "PRK"),
    # a charge of an atrocity
    ("Secretary of State Mike Pompeo on Tuesday declared that China is committing genocide "
     "against Uighur Muslims in Xinjiang.", "USA", "CHN"),
    ("Ukraine said Russian forces committed war crimes in Bucha.", "UKR", "RUS"),
    ("The United Nations said Myanmar's army had committed crimes against humanity.", "UN", "MMR"),
])
def test_events_a_reported_attribution_of_an_attack_accuses_the_one_named(code, text, speaker, blamed):
    (accusation,) = of(code(text), "ACCUSE")
    assert (parties(accusation.actor), parties(accusation.recipient)) == ([speaker], [blamed])
    assert accusation.factuality == "asserted" and accusation.cameo == "112"


@pytest.mark.parametrize("text, speaker, denounced", [
    ("Beijing called the US sanctions a provocation.", "CHN", "USA"),
    ("The United States on Saturday called China's new air defence identification zone over the "
     "East China Sea a destabilising attempt to change the status quo.", "USA", "CHN"),
    ("Iran described the American sanctions as economic terrorism.", "IRN", "USA"),
    ("Britain called Russia's annexation of Crimea an act of aggression.", "GBR", "RUS"),
])
def test_events_calling_anothers_act_by_a_condemning_word_denounces_it(code, text, speaker, denounced):
    denunciations = [e for e in of(code(text), "ACCUSE") if e.cameo == "111"]
    assert [(parties(e.actor), parties(e.recipient)) for e in denunciations] == [([speaker], [denounced])]


@pytest.mark.parametrize("text", [
    "Macron called the talks with Putin a success.",
    "Officials called the situation in Gaza dangerous.",
    "Moscow called the expulsion of its diplomats unfriendly.",
])
def test_events_praise_or_a_verdict_on_no_other_party_denounces_no_one(code, text):
    assert not [e for e in of(code(text), "ACCUSE") if e.cameo == "111"]


def test_events_calling_talks_a_success_calls_no_meeting(code):
    assert not of(code("Macron called the talks with Putin a success."), "REQUEST")
    assert of(code("Indonesia called a meeting of ASEAN ministers."), "REQUEST")


@pytest.mark.parametrize("text, holder, held", [
    ("Pakistan held India responsible for the bombing in Quetta, the foreign ministry said.",
     "PAK", "IND"),
    ("Kyiv said it held Moscow fully responsible for the missile strike on the hospital.",
     "UKR", "RUS"),
    ("Britain holds China responsible for the attack on the embassy.", "GBR", "CHN"),
    ("Washington has upped the pressure by holding Russia responsible for gas attacks on "
     "civilians.", "USA", "RUS"),
])
def test_events_holding_another_responsible_for_an_attack_accuses_it(code, text, holder, held):
    events = code(text)
    (accusation,) = of(events, "ACCUSE")
    assert (parties(accusation.actor), parties(accusation.recipient)) == ([holder], [held])
    assert accusation.factuality == "asserted" and accusation.cameo == "112"
    # the attack is told as the held one's, as "blamed Moscow for the strike" is
    (attack,) = of(events, "ASSAULT")
    assert parties(attack.actor) == [held] and held not in parties(attack.recipient)


@pytest.mark.parametrize("text", [
    "Ukraine holds Russia responsible for the security of the plant.",
    "The ministry will hold the contractor responsible for any delays.",
    "Police held the suspects responsible for the attack overnight.",
    "The minister said the army was responsible for security in the north.",
    "Officials said France was responsible for the talks on Monday.",
    "Iran was responsible for the attacks, according to no one in particular.",
    "Officials said the man had committed a crime in the capital.",
    "Russia committed war crimes in Bucha.",
])
def test_events_responsibility_for_no_hostile_act_or_with_no_speaker_accuses_no_one(code, text):
    assert not of(code(text), "ACCUSE")


@pytest.mark.parametrize("text, admitter, harmed", [
    ("Iran's armed forces admitted on Saturday that they had shot down a Ukrainian passenger "
     "plane by mistake near Tehran.", "IRN", ["UKR"]),
    ("Russia admitted shooting down the Malaysian airliner.", "RUS", ["MYS"]),
    ("The U.S. military acknowledged on Friday that a drone strike in Kabul killed ten civilians.",
     "USA", []),
    ("Ukraine said that Iran's admission that its military shot down a Ukrainian jet was a "
     "first step.", "IRN", ["UKR"]),
    ("Iran admitted that the plane was shot down by its air defences.", "IRN", []),
    ("Relatives said Washington's admission of error would not bring back their children.",
     "USA", []),
])
def test_events_admitting_ones_own_hostile_act_concedes(code, text, admitter, harmed):
    (admission,) = of(code(text), "CONCEDE")
    assert (parties(admission.actor), parties(admission.recipient)) == ([admitter], harmed)
    assert admission.factuality == "asserted"


@pytest.mark.parametrize("text", [
    "Iran acknowledged that Israeli jets struck the site.",
    "Moscow acknowledged that dozens of its nationals were killed by a US-led coalition strike.",
    "The Commission acknowledged that it would not impose sanctions on Hungary.",
    "Russia admitted that talks with Ukraine had stalled.",
    "Russia denied that it had shot down the plane.",
])
def test_events_admitting_anothers_act_a_plan_or_a_fact_concedes_nothing(code, text):
    assert not of(code(text), "CONCEDE")


def test_events_an_admission_is_dated_by_its_own_words_not_by_the_act_admitted(code):
    (admission,) = of(code("Rouhani said on Monday that Iran regretted the mistake, after the Iranian "
                           "military acknowledged that its air defences had brought down an "
                           "airliner on February 28."), "CONCEDE")
    assert admission.date != dt.date(2024, 2, 28)


def test_events_its_in_a_states_own_admission_is_that_states(code):
    # ... but in another's claim it is not the claimant's
    events = code("Ukraine said that Iran's admission that its military shot down the jet was a "
                  "first step. Russia rejected Britain's claim that its forces had attacked the convoy.")
    assert [parties(e.actor) for e in of(events, "ASSAULT")] == [["IRN"], ["RUS"]]


def test_events_custody_a_court_orders_in_the_subjunctive_is_the_courts(code):
    # "ordered THAT X BE HELD in detention": the court keeps him, as in
    # "ordered X held"
    for text in ("A Georgian court on Saturday ordered that opposition politician Giorgi Beridze "
                 "be held in pretrial detention for two months.",
                 "A court in Tbilisi on Saturday ordered that opposition politician Giorgi Beridze "
                 "be held in pretrial detention for two months."):
        (held,) = of(code(text), "COERCE")
        assert (parties(held.actor), held.factuality, held.date) == (["GEO"], "asserted", dt.date(2024, 3, 2))

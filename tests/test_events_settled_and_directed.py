"""Agreements told in the passive ("a deal was reached between ..."),
arrivals of forces, names that end in an event word, and acts someone is
told to do, on sentences written for these tests (published Tuesday
2024-03-05, conftest)."""

from __future__ import annotations

import datetime as dt

import pytest


def parties(entities):
    return sorted({e.country or e.org or e.name for e in entities})


def of(events, category):
    return [e for e in events if e.event == category]


@pytest.mark.parametrize("text", [
    "A deal was reached between Kenya and Somalia on Friday.",
    "An accord was reached between Kenya and Somalia on Friday.",
])
def test_events_a_passive_agreement_is_between_those_its_subject_names(code, text):
    agreements = of(code(text), "AGREE")
    assert agreements, "no agreement coded"
    assert len(parties(agreements[0].actor)) == 2
    assert agreements[0].date == dt.date(2024, 3, 1)


@pytest.mark.parametrize("text, day", [
    ("A ceasefire was agreed between Armenia and Azerbaijan on Friday.", dt.date(2024, 3, 1)),
    ("New sanctions were agreed by EU ministers on Monday.", dt.date(2024, 3, 4)),
])
def test_events_what_was_agreed_on_a_day_was_agreed_then(code, text, day):
    agreements = of(code(text), "AGREE")
    assert [(e.date, e.factuality) for e in agreements][:1] == [(day, "asserted")]


def test_events_what_was_expected_on_a_day_still_looks_ahead(code):
    events = code("Talks between Qatar and the Taliban were expected on Friday.")
    assert [(e.date, e.factuality) for e in of(events, "CONSULT")][:1] == [(dt.date(2024, 3, 8), "future")]


def test_events_a_ceasefire_reached_between_two_sides_is_their_agreement(code):
    # the model reads "the truce reached between" as a clause with the truce its subject
    events = code("The African Union on Sunday welcomed the ceasefire reached between Colombia's "
                  "government and the ELN rebels.")
    agreements = of(events, "AGREE")
    assert agreements and len({e.name for e in agreements[0].actor}) == 2


def test_events_a_truce_agreed_by_two_sides_is_no_opinion(code):
    # "agreed" read as a verb with the truce its subject and "was holding"
    # its clause: a "by" phrase says it was agreed by them
    events = code("The truce agreed by Israel and Hamas on Friday was holding.")
    agreements = of(events, "AGREE")
    assert agreements and parties(agreements[0].actor) == ["ISR", "PSE"]


def test_events_an_event_word_ending_an_organisation_name_is_no_event(code):
    events = code("Myanmar's army clashed with the Three Brotherhood Alliance near Lashio on Monday.")
    assert not of(events, "COOPERATE")
    assert of(events, "ASSAULT")
    # a common noun ending a description still is one
    assert of(code("The alliance between Japan and the Philippines deepened."), "COOPERATE")


def test_events_forces_named_after_a_convoy_arrive(code):
    events = code("A convoy of Indian armoured vehicles and soldiers reached the border town of "
                  "Moreh on Sunday.")
    mobilized = of(events, "MOBILIZE")
    assert mobilized and parties(mobilized[0].actor) == ["IND"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The first contingent of Rwandan troops touched down in Maputo on Monday.", "RWA", "MOZ"),
    ("French marines landed in Djibouti on Sunday.", "FRA", "DJI"),
])
def test_events_forces_touching_down_or_landing_abroad_are_deployed(code, text, actor, recipient):
    mobilized = of(code(text), "MOBILIZE")
    assert mobilized and parties(mobilized[0].actor) == [actor]
    assert parties(mobilized[0].recipient) == [recipient]


def test_events_a_plane_landing_is_no_deployment(code):
    assert not of(code("The plane carrying the minister landed in Kabul on Monday."), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Ankara told Baghdad to close the border crossing.",
    "Ankara told Baghdad to expel the PKK fighters.",
])
def test_events_an_act_someone_is_told_to_do_is_not_done(code, text):
    wanted = [e for e in code(text) if e.event in ("SANCTION", "COERCE")]
    assert wanted and all(e.factuality == "hypothetical" for e in wanted)


@pytest.mark.parametrize("text, category", [
    ("Putin warned on Thursday that allowing Ukraine to strike deep inside Russia would mean NATO "
     "was at war with Russia.", "ASSAULT"),
    ("Washington allowed Kyiv to strike targets inside Russia with long-range missiles.", "ASSAULT"),
    ("Turkey has insisted it will not allow Syrian Kurds to attend the talks in Sochi.", "CONSULT"),
])
def test_events_an_act_someone_is_allowed_to_do_is_not_reported_done(code, text, category):
    permitted = [e for e in code(text) if e.event == category]
    assert permitted and all(e.factuality != "asserted" for e in permitted)


@pytest.mark.parametrize("text, category, factuality", [
    ("President Barack Obama said on Thursday night he had authorized targeted U.S. air strikes "
     "in northern Iraq.", "ASSAULT", "hypothetical"),
    ("Parliament approved the deployment of 500 troops to Mali on Monday.", "MOBILIZE",
     "hypothetical"),
    ("US jets launched air strikes near Erbil on Friday.", "ASSAULT", "asserted"),
])
def test_events_force_authorised_is_not_force_used(code, text, category, factuality):
    acts = [e for e in code(text) if e.event == category]
    assert acts and {e.factuality for e in acts} == {factuality}


def test_events_what_someone_is_told_about_is_still_reported(code):
    events = code("Officials told reporters that Russia closed its consulate in Gdansk on Monday.")
    assert [e.factuality for e in of(events, "SANCTION")] == ["asserted"]


def test_events_a_day_and_place_hung_on_what_the_object_does_are_the_acts(code):
    # "in Rome on Thursday" hangs on "limiting", which describes the treaty
    events = code("Presidents Joe Biden and Xi Jinping will sign a treaty limiting their missile "
                  "stocks in Rome on Thursday, officials confirmed on Tuesday.")
    signing = [e for e in events if "sign" in e.event_text]
    assert [(e.date, e.factuality) for e in signing] == [(dt.date(2024, 3, 7), "future")]
    assert signing[0].event_loc is not None and signing[0].event_loc.extracted_place == "Rome"


def test_events_two_names_joined_by_and_are_both_subjects(code):
    # the model reads the first name as a modifier of the second, with the "and" on it
    events = code("Chancellor Angela Merkel and Dmitry Medvedev will sign a new treaty on Thursday, "
                  "officials confirmed on Tuesday.")
    signing = [e for e in events if "sign" in e.event_text]
    assert signing and parties(signing[0].actor) == ["DEU", "RUS"]


@pytest.mark.parametrize("text, category, actor, recipient", [
    ("The destroyer USS Mason shot down two drones over the Red Sea on Monday.", "ASSAULT", "USA", None),
    ("HMS Richmond fired on Houthi drones on Monday.", "ASSAULT", "GBR", "YEM"),
])
def test_events_a_ship_named_with_its_navys_prefix_is_its_states(code, text, category, actor, recipient):
    acts = of(code(text), category)
    assert acts and parties(acts[0].actor) == [actor]
    if recipient:
        assert parties(acts[0].recipient) == [recipient]


def test_events_a_prefix_word_in_other_text_is_no_ship(code):
    events = code("RSS Chief Mohan Bhagwat met Prime Minister Narendra Modi in Delhi on Monday.")
    assert not any(e.sector == "MIL" for ev in events for e in ev.actor)


def test_events_exercises_with_a_partner_are_joint_and_start_when_they_start(code):
    events = code("The carrier USS Ronald Reagan will take part in five days of naval exercises with "
                  "Japan in the East China Sea starting on Sunday, officials said.")
    joint = of(events, "COOPERATE")
    assert joint and parties(joint[0].actor) == ["USA"] and parties(joint[0].recipient) == ["JPN"]
    assert (joint[0].date, joint[0].factuality) == (dt.date(2024, 3, 10), "future")
    # alone, a state's drills are a show of force
    assert of(code("China held military drills around Taiwan on Monday."), "MOBILIZE")


def test_events_drills_the_model_reads_as_a_clause_start_when_they_start(code):
    # "drills" read as the subject of "starting"
    events = code("Russia will hold naval drills starting on Sunday.")
    assert [(e.date, e.factuality) for e in of(events, "MOBILIZE")] == [(dt.date(2024, 3, 10), "future")]


def test_events_a_court_ordering_someone_detained_detains_them(code):
    # the model reads "the journalist" as the subject of "detained"
    events = code("A Moscow court on Friday ordered the American journalist detained for two months.")
    detentions = of(events, "COERCE")
    assert detentions, "no detention coded"
    assert (parties(detentions[0].actor), parties(detentions[0].recipient)) == (["RUS"], ["USA"])
    assert (detentions[0].date, detentions[0].factuality) == (dt.date(2024, 3, 1), "asserted")


@pytest.mark.parametrize("text, actor", [
    ("A Kyiv court jailed the Russian soldier for ten years.", "UKR"),
    ("Tehran police arrested two French citizens on Monday.", "IRN"),
])
def test_events_courts_and_police_of_a_capital_are_its_states(code, text, actor):
    detentions = of(code(text), "COERCE")
    assert detentions and parties(detentions[0].actor) == [actor]


def test_events_a_relative_clause_on_the_act_dates_and_places_it(code):
    # published Tuesday 2024-03-05: the burying is Friday's, the strikes Wednesday's
    events = code("Residents of Homs were still burying victims on Friday from the Russian air strikes "
                  "that opened Moscow's campaign in Syria on Wednesday.")
    assert [e.date for e in of(events, "ASSAULT")] == [dt.date(2024, 2, 28)]


def test_events_nationalities_on_a_compound_of_the_act_are_its_actors(code):
    # "American, British and French" hang on "missile", not on "strikes"
    events = code("The laboratory was destroyed by American, British and French missile strikes.")
    strikes = [e for e in of(events, "ASSAULT") if "strikes" in e.event_text]
    assert strikes and parties(strikes[0].actor) == ["FRA", "GBR", "USA"]
    assert "USA" not in parties(strikes[0].recipient)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chad welcomed a new EU humanitarian package for its eastern provinces.", "EU", None),
    ("Fiji thanked Australia for the relief flight that landed in Suva on Sunday.", "AUS", "FJI"),
    ("A Turkish humanitarian convoy crossed into Syria on Monday.", "TUR", None),
])
def test_events_relief_packages_flights_and_convoys_are_aid(code, text, actor, recipient):
    aid = of(code(text), "AID")
    assert aid and parties(aid[0].actor) == [actor]
    if recipient:
        assert parties(aid[0].recipient) == [recipient]


def test_events_bare_money_pledged_is_an_offer_not_aid_given(code):
    # the project's convention (the fixtures' brief): a pledge of money not
    # yet given is AGREE; a pledge of aid is AID
    assert of(code("Norway pledged $200 million to Sudan on Monday."), "AGREE")
    assert of(code("Norway pledged $200 million in aid to Sudan on Monday."), "AID")


def test_events_the_first_of_a_series_told_later_is_another_delivery(code):
    events = code("Two Indian Navy ships arrived at Yangon port on Tuesday carrying 40 tonnes of "
                  "humanitarian aid, "
                  "officials said.\n\nThe deliveries follow the first Indian relief flight to Yangon "
                  "on Saturday.")
    assert sorted(e.date for e in of(events, "AID")) == [dt.date(2024, 3, 2), dt.date(2024, 3, 5)]


def test_events_strikes_that_kill_are_force_and_so_is_the_articles_next_mention(code):
    events = code("Israeli strikes killed 20 people in Gaza on Monday, medics said. "
                  "The strikes also hit a school in Rafah.")
    assert of(events, "ASSAULT") and not of(events, "PROTEST")
    # strikes that halt trains are walkouts
    assert of(code("French rail strikes halted trains on Monday."), "PROTEST")


def test_events_diplomats_ordered_out_are_expelled(code):
    events = code("Canada ordered out four Indian diplomats on Monday.")
    expulsions = of(events, "SANCTION")
    assert expulsions and (parties(expulsions[0].actor), parties(expulsions[0].recipient)) == (["CAN"], ["IND"])


def test_events_a_strike_against_prices_is_a_walkout(code):
    events = code("Police fired tear gas at demonstrators in Otavalo on Tuesday as an Indigenous-led "
                  "strike against higher diesel prices entered its second day.")
    assert [e.event for e in events if e.event_text == "strike"] == ["PROTEST"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("The EU told Belarus to free the journalist or face new sanctions.", "EU", "BLR"),
    ("Iran gave Britain a week to release the tanker or face retaliation.", "IRN", "GBR"),
])
def test_events_an_ultimatum_threatens_whom_it_is_set(code, text, actor, recipient):
    events = code(text)
    threats = of(events, "THREATEN")
    assert [(parties(t.actor), parties(t.recipient), t.factuality) for t in threats] == [
        ([actor], [recipient], "asserted")]
    # the act asked for is not done
    assert all(e.factuality == "hypothetical" for e in of(events, "RETREAT"))


def test_events_facing_hardship_is_no_threat(code):
    assert not of(code("Ukraine will face a difficult winter, officials said."), "THREATEN")


@pytest.mark.parametrize("text, category, actors", [
    ("Iran's navy will begin a ten-day drill in the Gulf of Oman on Saturday.", "MOBILIZE", ["IRN"]),
    ("Russia and Belarus began their joint exercises on Friday.", "COOPERATE", ["BLR", "RUS"]),
    ("Minsk is watching a large exercise launched by neighbouring Lithuania.", "MOBILIZE", ["LTU"]),
])
def test_events_exercises_begun_or_launched_are_a_show_of_force_or_joint(code, text, category, actors):
    events = code(text)
    found = of(events, category)
    assert found and parties(found[0].actor) == actors
    assert len([e for e in events if e.event in ("MOBILIZE", "COOPERATE")]) == 1


def test_events_a_fire_drill_is_no_exercise_of_force(code):
    assert not of(code("The school started a fire drill on Monday."), "MOBILIZE")


@pytest.mark.parametrize("text, category", [
    ("Hundreds of protesters stormed the French embassy in Niamey on Sunday.", "PROTEST"),
    ("Yemeni protesters broke through the gates of the US embassy in Sanaa on Thursday.", "PROTEST"),
    ("Iranian students stormed British diplomatic compounds in Tehran on Tuesday.", "PROTEST"),
    ("Hundreds of protesters overran the US embassy compound in Baghdad on Tuesday.", "PROTEST"),
    ("Rebels overran an army base in northern Mali on Tuesday.", "ASSAULT"),
    ("Israeli soldiers stormed the hospital in Gaza City on Monday.", "ASSAULT"),
    ("Russian troops broke through Ukrainian lines near Avdiivka on Monday.", "ASSAULT"),
    # a crowd clashing with police or looting riots; troops clash and loot
    ("Thousands of protesters clashed with riot police in Nairobi on Tuesday.", "PROTEST"),
    ("Armenian and Azerbaijani troops clashed on the border on Tuesday.", "ASSAULT"),
    ("Rioters looted shops in Kingston on Monday.", "PROTEST"),
    ("Russian soldiers looted homes in the captured Ukrainian village on Monday.", "COERCE"),
])
def test_events_a_crowd_storming_a_building_riots_and_soldiers_attack(code, text, category):
    acts = [e for e in code(text) if e.event in ("PROTEST", "ASSAULT", "COERCE")]
    assert [e.event for e in acts][:1] == [category]


@pytest.mark.parametrize("text, category", [
    ("Protesters occupied Kiev's city hall on Sunday as a crowd filled the main square.", "PROTEST"),
    ("Russian troops occupied the city hall in Kherson on Sunday.", "COERCE"),
])
def test_events_a_crowd_occupying_a_building_demonstrates_and_troops_seize_it(code, text, category):
    acts = [e for e in code(text) if e.event in ("PROTEST", "COERCE")]
    assert [e.event for e in acts][:1] == [category]


def test_events_whoever_addresses_someone_to_ask_asks(code):
    events = code("The Arab League chief will address the Security Council on Tuesday to ask it to back "
                  "the plan, diplomats said.")
    assert [e.actor[0].org for e in of(events, "REQUEST")][:1] == ["ARL"]


def test_events_a_warning_made_with_a_condition_was_made(code):
    events = code("North Korea warned on Wednesday of an immediate military strike if South Korea tried "
                  "to search any of its ships.")
    assert [(parties(t.actor), t.factuality) for t in of(events, "THREATEN")][:1] == [(["PRK"], "asserted")]


def test_events_an_act_done_by_a_named_gang_is_not_the_authorities(code):
    events = code("Somali pirates hijacked a Saudi-owned supertanker on Saturday, the largest ship ever "
                  "seized by the gangs.")
    assert not [e for e in events if "SAU" in parties(e.actor)]
    # kidnappers are actors of their own
    events = code("Twenty students freed by kidnappers in Katsina were reunited with their parents.")
    assert [e.actor[0].sector for e in of(events, "RETREAT")][:1] == ["CRM"]


@pytest.mark.parametrize("text, category", [
    ("Two days after Russian bombs tore into apartment blocks in Gori, residents fled.", "ASSAULT"),
    ("Israeli missiles crashed into a school in Gaza City on Monday.", "ASSAULT"),
    ("Thousands of protesters disrupted the torch relay in London on Sunday.", "PROTEST"),
])
def test_events_munitions_that_tear_into_and_crowds_that_disrupt(code, text, category):
    assert of(code(text), category)


@pytest.mark.parametrize("text", [
    "A storm tore into the coast on Sunday.",
    "The strike disrupted flights at Heathrow on Monday.",
])
def test_events_storms_and_walkouts_that_disrupt_are_no_attack_or_protest_by_crowds(code, text):
    assert not [e for e in code(text) if e.event == "ASSAULT" or e.event_text.endswith("disrupted")]


def test_events_an_expulsion_beside_an_envoy_is_diplomatic(code):
    events = code("Bolivia told Washington on Thursday that ambassador Philip Goldberg was no longer "
                  "welcome, a day after President Evo Morales announced the expulsion.")
    assert [(e.mode, parties(e.actor)) for e in of(events, "SANCTION")][:1] == [("expel", ["BOL"])]
    assert not of(events, "COERCE")
    # migrants are deported, whoever else the sentence names
    assert of(code("Tunisia expelled three migrants on Monday, an official said."), "COERCE")


def test_events_an_expelled_high_commissioner_is_an_envoy(code):
    events = code("Pakistan expelled India's high commissioner on Wednesday and downgraded ties.")
    assert [(e.cameo, parties(e.actor), parties(e.recipient)) for e in of(events, "SANCTION")][:1] == [
        ("166", ["PAK"], ["IND"])]
    assert not of(events, "COERCE")
    # a commissioner of the European Union is no envoy
    assert not of(code("Hungary expelled the EU commissioner's aide on Monday."), "SANCTION")


@pytest.mark.parametrize("text, actor, recipient", [
    ("NATO confirmed on Thursday that it had received a letter from Ukraine's leaders asking for "
     "a membership action plan.", ["UKR"], ["NATO"]),
    ("Germany received a letter from Poland's president demanding war reparations.",
     ["POL"], ["DEU"]),
])
def test_events_a_received_message_asks_for_its_sender_of_its_receiver(code, text, actor, recipient):
    (request, *_) = of(code(text), "REQUEST")
    assert (parties(request.actor), parties(request.recipient)) == (actor, recipient)


def test_events_a_message_issued_still_speaks_for_who_issued_it(code):
    (request, *_) = of(code("Ethiopia's government issued a statement on Monday demanding that Eritrean "
                            "troops leave Tigray."), "REQUEST")
    assert parties(request.actor) == ["ETH"]


@pytest.mark.parametrize("text, category, actor", [
    ("India on Thursday asked Pakistan to review its decision to downgrade diplomatic ties.",
     "SANCTION", ["PAK"]),
    ("The United States urged Israel on Monday to halt its offensive in Rafah.", "RETREAT", ["ISR"]),
])
def test_events_its_in_what_one_is_asked_to_do_is_the_one_asked(code, text, category, actor):
    (event, *_) = of(code(text), category)
    assert parties(event.actor) == actor


def test_events_one_invited_by_a_letter_from_another_makes_the_visit(code):
    (visit, *_) = of(code("Indian Prime Minister Narendra Modi accepted an invitation from Vladimir Putin "
                          "to visit Moscow, officials said."), "CONSULT")
    assert (parties(visit.actor), parties(visit.recipient)) == (["IND"], ["RUS"])


@pytest.mark.parametrize("text, actor, recipient", [
    ("Venezuela on Monday gave the senior American diplomat in Caracas and two colleagues 48 hours "
     "to leave the country.", ["VEN"], ["USA"]),
    ("Mali gave the French ambassador 72 hours to leave.", ["MLI"], ["FRA"]),
    ("Russia told 23 British diplomats to leave within a week.", ["RUS"], ["GBR"]),
])
def test_events_envoys_told_or_given_hours_to_leave_are_expelled(code, text, actor, recipient):
    (expulsion,) = of(code(text), "SANCTION")
    assert (expulsion.cameo, parties(expulsion.actor), parties(expulsion.recipient)) == (
        "166", actor, recipient)


@pytest.mark.parametrize("text", [
    "Mali gave French troops six months to leave the country.",
    "Russia told British tourists to leave within a week.",
    "The president gave his ministers a week to draft a budget.",
])
def test_events_others_given_time_to_leave_or_act_are_not_expelled(code, text):
    assert not of(code(text), "SANCTION")


def test_events_envoys_given_time_to_leave_a_state_are_expelled_by_it(code):
    (expulsion,) = of(code("Three Russian diplomats were given a week to leave Poland, the foreign "
                           "ministry said."), "SANCTION")
    assert (parties(expulsion.actor), parties(expulsion.recipient)) == (["POL"], ["RUS"])
    # "the country" names no state of its own: not the diplomats' Russia
    assert not [e for e in code("The Russian ambassador was ordered to leave the country.")
                if e.event == "SANCTION" and parties(e.actor) == ["RUS"]]


@pytest.mark.parametrize("text, category", [
    ("Tony Blair is pressing the US to cut greenhouse gases despite its unwillingness to sign the "
     "Kyoto Protocol.", "SUPPORT"),
    ("The reluctance of Germany to send tanks to Ukraine angered Kyiv.", "AID"),
])
def test_events_an_act_a_party_is_unwilling_to_do_is_not_done(code, text, category):
    acts = of(code(text), category)
    assert acts and all(e.factuality == "negated" for e in acts)


@pytest.mark.parametrize("text, actor, recipient", [
    ("The EU adopted new restrictive measures against Belarus on Monday.", ["EU"], ["BLR"]),
    ("China announced retaliatory measures against Lithuania.", ["CHN"], ["LTU"]),
])
def test_events_punitive_measures_against_a_state_are_sanctions(code, text, actor, recipient):
    (sanction,) = of(code(text), "SANCTION")
    assert (parties(sanction.actor), parties(sanction.recipient)) == (actor, recipient)


@pytest.mark.parametrize("text", [
    "Argentina's government announced economic measures against inflation on Monday.",
    "Health officials announced new measures against the virus.",
])
def test_events_measures_against_no_party_are_no_sanctions(code, text):
    assert not of(code(text), "SANCTION")


@pytest.mark.parametrize("text, actor, recipient", [
    ("Eighteen Americans are banned from Russia under a list published on Saturday.", ["RUS"], ["USA"]),
    ("Russia banned nine British officials from Russia on Friday.", ["RUS"], ["GBR"]),
])
def test_events_those_banned_from_a_state_are_sanctioned_by_it(code, text, actor, recipient):
    (sanction,) = of(code(text), "SANCTION")
    assert (sanction.cameo, parties(sanction.actor), parties(sanction.recipient)) == ("163", actor, recipient)
    assert not of(code(text), "COERCE")


def test_events_one_banned_from_an_activity_is_still_coerced(code):
    events = code("Thailand's election commission banned two former ministers from politics.")
    assert of(events, "COERCE") and not of(events, "SANCTION")


@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States and the European Union suspended some economic sanctions on Iran on Monday.",
     ["EU", "USA"], ["IRN"]),
    ("President Donald Trump said on Tuesday he would order the lifting of all US sanctions on Syria.",
     ["USA"], ["SYR"]),
    ("Business leaders said on Saturday that the end of US sanctions on Myanmar would open the way for "
     "American banks.", ["USA"], ["MMR"]),
])
def test_events_suspending_or_lifting_sanctions_eases_them(code, text, actor, recipient):
    events = code(text)
    (eased,) = of(events, "RETREAT")
    assert (eased.cameo, parties(eased.actor), parties(eased.recipient)) == ("085", actor, recipient)
    assert eased.event_loc is None  # ("US sanctions" says whose, not where)
    assert not of(events, "SANCTION")


@pytest.mark.parametrize("text, category, actor", [
    # a state's court that orders a release releases
    ("An Iranian judge ordered the release of the French tourist on Monday.", "RETREAT", "IRN"),
    ("A court in Ankara ordered the release of the German journalist on Friday.", "RETREAT", "TUR"),
    # an international court, or a government, only demands it
    ("The International Court of Justice ordered the release of the detained diplomats.",
     "REQUEST", "ICJ"),
    ("Washington demanded the release of the detained reporter on Monday.", "REQUEST", "USA"),
])
def test_events_a_states_court_ordering_a_release_releases(code, text, category, actor):
    acts = [e for e in code(text) if e.event in ("RETREAT", "REQUEST")]
    assert acts and acts[0].event == category
    assert {e.country or e.org for e in acts[0].actor} == {actor}


@pytest.mark.parametrize("text", [
    "Egypt brokered a ceasefire between Israel and Hamas on Friday.",
    "Qatar said on Friday it had mediated a truce between Ethiopia and Eritrea.",
    "A ceasefire agreed on Friday between Armenia and Azerbaijan was holding on Monday.",
])
def test_events_a_truce_brokered_or_agreed_between_two_sides_is_their_agreement(code, text):
    agreements = of(code(text), "AGREE")
    assert agreements, "no agreement coded"
    assert len(parties(agreements[0].actor)) == 2
    assert not of(code(text), "RETREAT")


def test_events_a_truce_told_only_as_holding_is_still_the_ceasefire(code):
    events = code("The ceasefire between Armenia and Azerbaijan held on Monday.")
    assert of(events, "RETREAT") and not of(events, "AGREE")

"""The PLOVER evaluation reads gold markup into plain text with actor spans."""

from __future__ import annotations

from communique.evaluation.plover_actors import (
    GOLD, best_mention, cameo_to_iso, country_correct, load_gold, strip_markup,
)
from communique.model import ActorMention, Entity


def test_actors_plover_markup_strips_nested_tags_and_keeps_offsets():
    text, spans = strip_markup(
        "(SRC: Rebel Front (RF)) (EVT: fired) at (LOC: in (TAR: Jericho)), witnesses said.")
    assert text == "Rebel Front (RF) fired at in Jericho, witnesses said."
    found = {tag: text[start:end] for tag, start, end in spans}
    assert found == {"SRC": "Rebel Front (RF)", "EVT": "fired", "TAR": "Jericho", "LOC": "in Jericho"}


def test_actors_plover_cameo_codes_map_to_iso():
    mapping = cameo_to_iso()
    japan = ActorMention("Japan", (0, 5), Entity(text="Japan", name="Japan", country="JPN"))
    un = ActorMention("UN", (0, 2), Entity(text="UN", name="United Nations", org="UN", sector="IGO"))
    assert country_correct("JAP", japan, mapping)
    assert country_correct("IGO", un, mapping)
    assert not country_correct("IGO", japan, mapping)


def test_actors_plover_best_mention_prefers_one_starting_with_the_gold_span():
    rebels = ActorMention("rebels", (0, 6), Entity(text="rebels", name="rebels", sector="REB"))
    coast = ActorMention("Ivory Coast", (14, 25), Entity(text="Ivory Coast", name="Ivory Coast", country="CIV"))
    assert best_mention((rebels, coast), (0, 25)) is rebels


def test_actors_plover_gold_actors_are_located(shared_dir):
    records = load_gold(shared_dir / GOLD)
    actors = [a for r in records for a in r.actors]
    assert len(records) > 100
    assert sum(a.span is not None for a in actors) / len(actors) > 0.95

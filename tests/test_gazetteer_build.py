"""The gazetteer's places are built from installed packages on first use and
cached; a cache that cannot be written costs a rebuild, never a failure."""

from __future__ import annotations

from communique import gazetteer_build


def test_gazetteer_places_are_built_once_and_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    built = gazetteer_build.built_places()
    path = gazetteer_build.cache_path()
    assert path.parent == tmp_path and path.exists()
    assert {"countries", "cities", "counties", "demonyms"} <= set(built)
    assert any(row[1] == "Mosul" for row in built["cities"])

    def no_build():
        raise AssertionError("built again although cached")

    monkeypatch.setattr(gazetteer_build, "build", no_build)
    assert gazetteer_build.built_places() == built


def test_gazetteer_a_damaged_or_unwritable_cache_is_rebuilt(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(blocker))
    calls = []
    monkeypatch.setattr(gazetteer_build, "build", lambda: calls.append(1) or {"countries": []})
    assert gazetteer_build.built_places() == {"countries": []}
    assert gazetteer_build.built_places() == {"countries": []}
    assert len(calls) == 2  # nothing could be kept

    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    gazetteer_build.cache_path().write_bytes(b"not gzip")
    assert gazetteer_build.built_places() == {"countries": []}
    assert len(calls) == 3


def test_gazetteer_provinces_come_from_iso_3166_2_under_names_nothing_else_has():
    from communique.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()

    def readings(name):
        return {(e.place.country, e.place.kind) for e in gazetteer.lookup(name)}

    assert ("SDN", "admin1") in readings("North Kordofan")
    assert {("ECU", "admin1"), ("CHL", "admin1")} <= readings("Los Rios")  # "Los Ríos", unaccented
    assert ("MOZ", "admin1") in readings("Cabo Delgado")
    # a province named like a town of its country is read as the town
    assert ("SDN", "admin1") not in readings("Kassala") and ("SDN", "city") in readings("Kassala")
    # names made of generic words are no place ("Nord", a region of Burkina Faso)
    assert ("BFA", "admin1") not in readings("Nord")


def test_gazetteer_iso_divisions_skip_towns_and_generic_words():
    cities = [[1, "Kassala", 15.45, 36.4, "SDN", "PPL", 400000, "01", "kassala", []]]
    rows = gazetteer_build.iso_divisions({"SD": "SDN", "BF": "BFA"}, {"SDN": (15.0, 30.0), "BFA": (12.0, -1.5)},
                                         cities)
    names = {name for name, *_ in rows}
    assert "North Kordofan" in names and "Kassala" not in names and "Nord" not in names
    assert all((lat, lon) in ((15.0, 30.0), (12.0, -1.5)) for _, _, lat, lon, _ in rows)

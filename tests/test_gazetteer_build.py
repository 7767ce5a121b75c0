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

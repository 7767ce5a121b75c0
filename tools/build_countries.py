"""Draft ``src/communique/data/kb/countries.json`` from pycountry + countryinfo.

The output is a starting point that is then curated by hand (news short
forms such as "S. Korea", seats of power such as "the Kremlin") and
committed as data; the package never runs this at run time.

    python tools/build_countries.py > /tmp/countries.draft.json
"""

from __future__ import annotations

import json
import sys

import pycountry
from countryinfo import all_countries

# States PLOVER codes that ISO 3166-1 does not list, or lists under a
# different short name.
EXTRA_STATES = {
    "XKX": {"name": "Kosovo", "demonyms": ["Kosovar", "Kosovan"], "capitals": ["Pristina"]},
}


def draft() -> list[dict]:
    info_by_a3 = {}
    for country_info in all_countries():
        entry = country_info.info() or {}
        iso = entry.get("ISO") or entry.get("iso") or {}
        a3 = iso.get("alpha3")
        if a3:
            info_by_a3[a3] = entry
    states = []
    for country in pycountry.countries:
        info = info_by_a3.get(country.alpha_3, {})
        names = {getattr(country, "common_name", None), country.name,
                 getattr(country, "official_name", None), info.get("name")}
        names |= {n for n in info.get("altSpellings", []) if len(n) > 3}
        demonym = info.get("demonym")
        capital = info.get("capital")
        states.append({
            "code": country.alpha_3,
            "name": getattr(country, "common_name", None) or info.get("name") or country.name,
            "names": sorted(n for n in names if n),
            "demonyms": [demonym] if demonym else [],
            "capitals": [capital] if capital else [],
        })
    for code, extra in EXTRA_STATES.items():
        states.append({"code": code, "name": extra["name"], "names": [extra["name"]],
                       "demonyms": extra["demonyms"], "capitals": extra["capitals"]})
    return sorted(states, key=lambda s: s["code"])


if __name__ == "__main__":
    json.dump({"states": draft()}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")

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

# Hand curation on top of the libraries: the forms news writes. Each entry
# replaces ("name") or extends ("names", "demonyms", "capitals", "seats") the
# drafted values. Seats of power are always actors; capitals only when used
# metonymically ("Seoul said").
CURATED: dict[str, dict] = {
    "USA": {"name": "United States", "names": ["US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America", "the States"],
            "demonyms": ["American", "U.S.", "US"], "capitals": ["Washington"],
            "seats": [["White House", "GOV"], ["Pentagon", "MIL"], ["Foggy Bottom", "GOV"], ["State Department", "GOV"], ["Capitol Hill", "LEG"], ["Oval Office", "GOV"]]},
    "GBR": {"name": "United Kingdom", "names": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "England", "Scotland", "Northern Ireland"], "demonyms": ["British", "Briton"],
            "capitals": ["London"], "seats": [["Downing Street", "GOV"], ["Whitehall", "GOV"], ["Foreign Office", "GOV"], ["Westminster", "LEG"]]},
    "RUS": {"names": ["Russia", "Russian Federation"], "seats": [["Kremlin", "GOV"]]},
    "CHN": {"name": "China", "names": ["China", "PRC", "People's Republic of China", "mainland China"], "capitals": ["Beijing"],
            "seats": [["Zhongnanhai", "GOV"]]},
    "KOR": {"names": ["South Korea", "S. Korea", "S.Korea", "ROK", "Republic of Korea"], "seats": [["Blue House", "GOV"], ["Cheong Wa Dae", "GOV"]]},
    "PRK": {"names": ["North Korea", "N. Korea", "N.Korea", "DPRK", "Democratic People's Republic of Korea"]},
    "FRA": {"seats": [["Elysee", "GOV"], ["Élysée", "GOV"], ["Elysee Palace", "GOV"], ["Quai d'Orsay", "GOV"]]},
    "DEU": {"seats": [["Bundestag", "LEG"]], "demonyms": ["German", "West German"], "names": ["West Germany"]},
    "ARG": {"demonyms": ["Argentine", "Argentinian", "Argentinean"]},
    "GRC": {"demonyms": ["Greek", "Greek Cypriot", "Greek-Cypriot"]},
    "CYP": {"demonyms": ["Cypriot"]},
    "GHA": {"demonyms": ["Ghanaian", "Ghanian"]},
    "JPN": {"seats": [["Diet", "LEG"]]},
    "ISR": {"names": ["Israel"], "seats": [["Knesset", "LEG"]], "capitals": ["Jerusalem"]},
    "IND": {"seats": [["Lok Sabha", "LEG"]], "capitals": ["New Delhi"]},
    "ARE": {"names": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"], "demonyms": ["Emirati"]},
    "SAU": {"names": ["Saudi Arabia", "Saudi"], "demonyms": ["Saudi"]},
    "PSE": {"name": "Palestine", "names": ["Palestine", "State of Palestine", "East Jerusalem", "Palestinian Territories", "Palestinian Authority", "West Bank", "Gaza", "Gaza Strip"],
            "demonyms": ["Palestinian"], "capitals": ["Ramallah"]},
    "TWN": {"names": ["Taiwan", "Republic of China"], "capitals": ["Taipei"]},
    "HKG": {"demonyms": ["Hong Konger"], "capitals": []},
    "IRN": {"names": ["Iran", "Islamic Republic of Iran", "Islamic Republic"]},
    "SYR": {"names": ["Syria"]},
    "NLD": {"demonyms": ["Dutch"], "capitals": ["The Hague", "Amsterdam"]},
    "BOL": {"capitals": ["La Paz"]},
    "CIV": {"names": ["Ivory Coast", "Cote d'Ivoire"], "capitals": ["Abidjan"]},
    "TZA": {"capitals": ["Dar es Salaam"]},
    # Bare "Congo" in international news is far more often the DRC.
    "COD": {"names": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"]},
    "COG": {"names": ["Congo-Brazzaville", "Republic of Congo"]},
    "CZE": {"names": ["Czech Republic", "Czechia"]},
    "MKD": {"name": "North Macedonia", "names": ["Macedonia"]},
    "SWZ": {"name": "Eswatini"},
    "TUR": {"name": "Turkey"},
    "VAT": {"names": ["Vatican", "Holy See", "Vatican City"], "seats": [["Holy See", "GOV"]]},
    "AFG": {"names": ["Afghanistan"]},
    "BIH": {"names": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"], "demonyms": ["Bosnian"]},
    "MMR": {"names": ["Myanmar", "Burma"], "demonyms": ["Burmese", "Myanmar"], "capitals": ["Naypyidaw", "Naypyitaw"]},
    "XKX": {"names": ["Kosovo"]},
    "SRB": {"names": ["Serbia"], "demonyms": ["Serb", "Serbian"]},
    "HRV": {"demonyms": ["Croat", "Croatian"]},
    "PHL": {"demonyms": ["Filipino", "Philippine"]},
    "NZL": {"demonyms": ["New Zealander", "New Zealand"], "capitals": ["Wellington"]},
    "AUS": {"demonyms": ["Australian"], "capitals": ["Canberra"]},
    "KAZ": {"capitals": ["Astana"]},
    "NGA": {"capitals": ["Abuja"]},
    "PAK": {"capitals": ["Islamabad"]},
    "VNM": {"names": ["Vietnam", "Viet Nam"]},
    "LAO": {"demonyms": ["Lao", "Laotian"]},
    "CPV": {"demonyms": ["Cape Verdean"]},
    "GEO": {"demonyms": ["Georgian"]},
    "KGZ": {"demonyms": ["Kyrgyz"]},
    "TKM": {"demonyms": ["Turkmen"]},
    "UZB": {"demonyms": ["Uzbek"]},
    "TJK": {"demonyms": ["Tajik"]},
    "AZE": {"demonyms": ["Azerbaijani", "Azeri"]},
    "YEM": {"demonyms": ["Yemeni"]},
    "SDN": {"demonyms": ["Sudanese"], "names": ["Sudan"]},
    "SSD": {"names": ["South Sudan"], "demonyms": ["South Sudanese"]},
    "VEN": {"names": ["Venezuela"]},
    "LBY": {"demonyms": ["Libyan"]},
    "IRQ": {"demonyms": ["Iraqi"]},
    "KWT": {"demonyms": ["Kuwaiti"]},
    "QAT": {"demonyms": ["Qatari"]},
    "OMN": {"demonyms": ["Omani"]},
    "BHR": {"demonyms": ["Bahraini"]},
    "JOR": {"demonyms": ["Jordanian"]},
    "LBN": {"demonyms": ["Lebanese"]},
    "EGY": {"demonyms": ["Egyptian"]},
    "BGD": {"demonyms": ["Bangladeshi"]},
    "LKA": {"demonyms": ["Sri Lankan"]},
    "ZAF": {"demonyms": ["South African"], "capitals": ["Pretoria"]},
    "MDA": {"capitals": ["Chisinau"]},
    "UKR": {"capitals": ["Kyiv", "Kiev"]},
    "BLR": {"demonyms": ["Belarusian", "Belarussian"]},
}


def draft() -> list[dict]:
    info_by_a3 = {}
    for country_info in all_countries():
        entry = country_info.info() or {}
        iso = entry.get("ISO") or {}
        if iso.get("alpha3"):
            info_by_a3[iso["alpha3"]] = entry
    states = {}
    for country in pycountry.countries:
        info = info_by_a3.get(country.alpha_3, {})
        names = {getattr(country, "common_name", None), country.name, info.get("name")}
        names |= set(info.get("altSpellings", []))
        states[country.alpha_3] = {
            "code": country.alpha_3,
            "name": getattr(country, "common_name", None) or info.get("name") or country.name,
            "names": names,
            "demonyms": {info["demonym"]} if info.get("demonym") else set(),
            "capitals": {info["capital"]} if info.get("capital") else set(),
            "seats": [],
        }
    for code, extra in EXTRA_STATES.items():
        states[code] = {"code": code, "name": extra["name"], "names": {extra["name"]},
                        "demonyms": set(extra["demonyms"]), "capitals": set(extra["capitals"]),
                        "seats": []}
    for code, cure in CURATED.items():
        state = states[code]
        if "name" in cure:
            state["name"] = cure["name"]
        for key in ("names", "demonyms", "capitals"):
            state[key] |= set(cure.get(key, ()))
        state["seats"] = [{"text": t, "sector": s} for t, s in cure.get("seats", ())]
    population = {code: info_by_a3.get(code, {}).get("population") or 0 for code in states}
    _keep_shared_names_in_largest(states, population)
    out = []
    for code in sorted(states):
        state = states[code]
        state["names"].add(state["name"])
        out.append({
            "code": code,
            "name": state["name"],
            "names": sorted(n for n in state["names"]
                            if _newsworthy(n) and (n != code or n in CURATED.get(code, {}).get("names", ()))),
            "demonyms": sorted(n for n in state["demonyms"] if _newsworthy(n)),
            "capitals": sorted({n.replace(" D.C.", "") for n in state["capitals"] if _newsworthy(n)}),
            "seats": state["seats"],
        })
    return out


def _keep_shared_names_in_largest(states: dict, population: dict) -> None:
    """A name or demonym several entries share ("French", "American") goes to
    the most populous one, unless curation put it somewhere explicitly."""
    for key in ("names", "demonyms", "capitals"):
        owners: dict[str, list[str]] = {}
        for code, state in states.items():
            for name in state[key]:
                owners.setdefault(name, []).append(code)
        for name, codes in owners.items():
            if len(codes) < 2:
                continue
            curated = [c for c in codes if name in CURATED.get(c, {}).get(key, ())]
            keep = curated[0] if len(curated) == 1 else max(codes, key=lambda c: population[c])
            for code in codes:
                if code != keep:
                    states[code][key].discard(name)


def _newsworthy(name: str) -> bool:
    """Keep English-script names news uses; drop codes, inverted and native forms."""
    if not name or "," in name or len(name) < 2:
        return False
    if name.isupper() and len(name) == 2 and name not in ("US", "UK"):
        return False
    return all(ch.isascii() or ch in "éèôçüöÉ" for ch in name)


if __name__ == "__main__":
    json.dump({"states": draft()}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")

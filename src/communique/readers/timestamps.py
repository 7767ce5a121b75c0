"""Publication times as printed on news pages, with their time zones.

``TimestampParser.find`` reads the first date (and time, and zone) in a line
such as "June. 14, 2024 07:38", "2024-06-14 07:38 KST", "Jun 14, 2024, 7:38
AM ET", "Fri 14 Jun 2024 09.12 BST" or "2024-06-14T07:38:00+09:00".

Zones: a zone printed in the text wins; otherwise the home zone of the
source; otherwise the configured default; otherwise the time stays naive.
Zone abbreviations are data (``data/time_zones.json``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import DataError

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?=\D|$)"),
    re.compile(r"(?P<y>\d{4})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})\.?(?=\D|$)"),
    re.compile(_MONTH + r"\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)", re.I),
    re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})(?!\d)", re.I),
)
_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?![a-z]))?",
    re.I,
)
_OFFSET = re.compile(r"(?:(?:GMT|UTC)\s*)?(?P<sign>[+-−])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?(?!\d)")


@dataclass(frozen=True)
class FoundTime:
    """A point in time read from text; ``explicit_zone`` when the text named one."""

    value: dt.datetime
    explicit_zone: bool
    end: int


@dataclass(frozen=True)
class TimestampParser:
    zones: dict[str, str]
    ambiguous: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls) -> TimestampParser:
        path = resources.files("communique") / "data" / "time_zones.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(zones=dict(raw["zones"]),
                       ambiguous={k: tuple(v) for k, v in raw["ambiguous"].items()})
        except (OSError, ValueError, KeyError) as exc:
            raise DataError(f"{path}: cannot load time-zone abbreviations ({exc}); "
                            "fix the file or reinstall communique") from exc

    def find(self, line: str, home_zone: str | None = None) -> FoundTime | None:
        """The first date in ``line`` with its time and zone, or None."""
        line = line.replace("\u2212", "-")
        date_match = _first_date(line)
        if date_match is None:
            return None
        try:
            day = dt.date(int(date_match["y"]), _month(date_match), int(date_match["d"]))
        except ValueError:
            return None
        if not 1900 <= day.year <= 2100:
            return None
        rest_start = date_match.end()
        clock, end = dt.time(0, 0), rest_start
        # ISO "2024-06-14T07:38:00+09:00" and the like: time right after the date.
        after = line[rest_start:]
        time_match = re.match(r"(?:[T\s,]|\bat\b|[-–|])*", after, re.I)
        time_match = _TIME.match(after, time_match.end() if time_match else 0)
        if time_match is None:
            before = list(_TIME.finditer(line[: date_match.start()]))
            time_match = before[-1] if before else None
            base = 0
        else:
            base = rest_start
        zone_from = end
        if time_match is not None:
            parsed = _clock(time_match)
            if parsed is not None:
                clock = parsed
                zone_from = base + time_match.end()
                end = max(end, zone_from)
        zone_text, zone_end = self._zone_after(line, zone_from)
        tz = self._tzinfo(zone_text, day, home_zone) if zone_text else None
        explicit = tz is not None
        if tz is None and home_zone:
            tz = _zoneinfo(home_zone)
        value = dt.datetime.combine(day, clock)
        if tz is not None:
            value = value.replace(tzinfo=tz)
        return FoundTime(value=value, explicit_zone=explicit, end=max(end, zone_end))

    def localise(self, value: dt.datetime, zone: str | None) -> dt.datetime:
        """Give a naive time the zone ``zone`` (an IANA name), if there is one."""
        if value.tzinfo is not None or not zone:
            return value
        tz = _zoneinfo(zone)
        return value.replace(tzinfo=tz) if tz else value

    def _zone_after(self, line: str, start: int) -> tuple[str | None, int]:
        rest = line[start:]
        m = re.match(r"\s*\(?\s*(?P<z>[A-Za-z][A-Za-z ]{0,14}?|Z)\s*(?P<off>[+-−]\d{1,2}(?::?\d{2})?)?\s*\)?(?=[\s,.;|)]|$)", rest)
        if m:
            name = m["z"].strip().upper()
            if name in ("GMT", "UTC") and m["off"]:
                return name + m["off"], start + m.end()
            if name in self.zones or name in self.ambiguous:
                return name, start + m.end()
        m = re.match(r"\s*\(?" + _OFFSET.pattern + r"\)?", rest)
        if m:
            return m.group(0).strip(" ()"), start + m.end()
        return None, start

    def _tzinfo(self, zone_text: str, day: dt.date, home_zone: str | None) -> dt.tzinfo | None:
        offset = _OFFSET.fullmatch(zone_text.replace(" ", ""))
        if offset:
            return _fixed(offset)
        name = zone_text.upper()
        if name in self.ambiguous:
            readings = self.ambiguous[name]
            home = _zoneinfo(home_zone) if home_zone else None
            if home is not None:
                noon = dt.datetime.combine(day, dt.time(12)).replace(tzinfo=home)
                for reading in readings:
                    tz = _fixed(_OFFSET.fullmatch(reading))
                    if tz is not None and tz.utcoffset(None) == noon.utcoffset():
                        return tz
            return _fixed(_OFFSET.fullmatch(readings[0]))
        value = self.zones.get(name)
        if value is None:
            return None
        offset = _OFFSET.fullmatch(value)
        return _fixed(offset) if offset else _zoneinfo(value)


def parse_iso(value: str, home_zone: str | None = None) -> dt.datetime | None:
    """An ISO 8601 timestamp from metadata (JSON-LD, meta tags, JSON Lines)."""
    text = value.strip().replace("Z", "+00:00") if value else ""
    if not text:
        return None
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value.strip())  # "Fri, 14 Jun 2024 ..."
        except (TypeError, ValueError, IndexError):
            try:
                parsed = dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
            except ValueError:
                return None
    if parsed.tzinfo is None and home_zone:
        tz = _zoneinfo(home_zone)
        parsed = parsed.replace(tzinfo=tz) if tz else parsed
    return parsed


def _first_date(line: str) -> re.Match[str] | None:
    found = [m for form in _DATE_FORMS if (m := form.search(line))]
    return min(found, key=lambda m: m.start()) if found else None


def _month(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("mon"):
        return _MONTHS[groups["mon"].lower().rstrip(".")]
    return int(groups["m"])


def _clock(match: re.Match[str]) -> dt.time | None:
    hour, minute = int(match["h"]), int(match["mi"])
    second = int(match["s"]) if match["s"] else 0
    ampm = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second)


def _fixed(match: re.Match[str] | None) -> dt.tzinfo | None:
    if match is None:
        return None
    sign = -1 if match["sign"] in "-−" else 1
    delta = dt.timedelta(hours=int(match["oh"]), minutes=int(match["om"] or 0))
    if delta > dt.timedelta(hours=14):
        return None
    return dt.timezone(sign * delta)


def _zoneinfo(name: str | None) -> dt.tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None

"""Seoul's service area: a request that names a place outside Seoul (and not Seoul itself), or another
country's mission, is not ours."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

SERVICE_AREA_FILE = Path(__file__).with_name("service_area.yml")
_HANGUL = "가-힣"
_PARTICLE = (
    "광역시|특별자치|시|도|에|의|은|는|이|가|을|를|으로|로|까지|쪽|지역|서|사람|민|와|과|랑|하고|에선|엔|인데"
)


class ServiceArea:
    """`elsewhere(text)` is true when the text names a place outside Seoul and does not name Seoul, names a
    foreign embassy or consulate (another country's service, wherever it sits), another country's tax or
    office, a national tax and no local one, or a national agency's service and no city programme. `asks_forecast(text)`: the text asks for a weather forecast, which no city page answers."""

    def __init__(self, path: Path = SERVICE_AREA_FILE) -> None:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        self._other = _any_of([p for names in raw["other_places"].values() for p in names])
        self._seoul = _any_of(raw["seoul"])
        self._missions = re.compile(
            "|".join(re.escape(str(p)) for p in raw["foreign_missions"]), re.IGNORECASE
        )
        self._foreign = _patterns(raw["foreign_services"])
        self._national = _any_of(raw["national_taxes"])
        self._agencies = _any_of(raw["national_services"], compounds=True)
        self._programmes = _any_of(raw["city_programmes"])
        self._local = _any_of(raw["local_taxes"])
        self._forecasts = _patterns(raw["forecasts"])

    def elsewhere(self, text: str, missions: bool = True) -> bool:
        """`missions=False` when a mission is only where the citizen takes what is asked for (a certificate
        "for the visa at the embassy")."""
        if missions and self._missions.search(text):
            return True
        if self._national.search(text) and not self._local.search(text):
            return True
        if self._agencies.search(text) and not self._programmes.search(text):
            return True
        if self._seoul.search(text):
            return False
        if self._foreign.search(text):
            return True
        return any(not _moved_from(text, m) for m in self._other.finditer(text))

    def asks_forecast(self, text: str) -> bool:
        return bool(self._forecasts.search(text))


_ORIGIN_AFTER = re.compile(r"\s*(에서\s*(이사|왔|전입|올라|이주)|から\s*(引っ越|来|転入))")
_ORIGIN_BEFORE = re.compile(r"\b(moved|moving|came|relocat\w*)\s+(here\s+)?from\s+$", re.IGNORECASE)


def _moved_from(text: str, match: re.Match[str]) -> bool:
    """'부산에서 이사 왔어요', 'moved from Busan': the place is where the citizen came from, not where they ask about."""
    return bool(_ORIGIN_AFTER.match(text, match.end()) or _ORIGIN_BEFORE.search(text[: match.start()]))


def _patterns(expressions: list[str]) -> re.Pattern[str]:
    """Regular expressions from the YAML, any of them, case-insensitive."""
    return re.compile("|".join(f"(?:{p})" for p in expressions), re.IGNORECASE)


def _any_of(names: list[str], compounds: bool = False) -> re.Pattern[str]:
    return re.compile(
        "|".join(_word(str(n), compounds) for n in sorted(names, key=len, reverse=True)), re.IGNORECASE
    )


def _word(name: str, compounds: bool = False) -> str:
    """ASCII names as whole words; Korean names not inside a longer word, but before a particle ('부산에서');
    with `compounds`, a Korean name may begin a compound ('입영통지서', '특허청')."""
    escaped = re.escape(name)
    if name.isascii():
        return rf"\b{escaped}\b"
    if compounds and re.fullmatch(f"[{_HANGUL} ]+", name):
        return rf"(?<![{_HANGUL}]){escaped}"
    if re.fullmatch(f"[{_HANGUL}]+", name):
        return rf"(?<![{_HANGUL}]){escaped}(?=$|[^{_HANGUL}]|{_PARTICLE})"
    return escaped


@cache
def service_area() -> ServiceArea:
    return ServiceArea()

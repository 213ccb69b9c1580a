"""The dossier format: an analysis as checkable data (YAML, validated with pydantic).

A dossier has metadata (title, focus dyads, period, authors, sources), actors with dated
roles, and items.  Every item carries indicators (queries over events or chronicle
milestones), a status rule that turns indicator values into a status and a trend, and its
sources.  ``load_dossier`` reports the first problem as ``file:line: field: message``.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dyadwatch import reference

ItemKind = Literal["context", "outcome", "opportunity", "risk", "project", "instrument", "claim"]
OUTCOME_STATUSES = ("achieved", "in progress", "gradual", "implementation", "stalled", "reversed")
STATUSES = {
    "outcome": OUTCOME_STATUSES,
    "project": ("planned", "implementation", "achieved", "stalled"),
    "instrument": ("in force", "waived", "repealed", "pending"),
    "risk": ("low", "elevated", "high"),
    "opportunity": ("open", "advancing", "closing"),
    "claim": ("supported", "contradicted", "undecided"),
    "context": ("background",),
}


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _actor_code(code: str) -> str:
    c = code.strip().upper()
    if not reference.is_known_actor_country(c):
        raise ValueError(f"unknown actor code {code!r} (use ISO3 or a code from regions.csv)")
    return reference.normalize_country(c)


class Source(Strict):
    title: str
    author: Optional[str] = None
    publisher: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None


class Role(Strict):
    role: str
    start: Optional[date] = None
    end: Optional[date] = None


class Actor(Strict):
    code: str
    name: str
    kind: Literal["state", "igo", "person", "legislature", "group", "company"]
    country: Optional[str] = None
    roles: list[Role] = []
    wants: Optional[str] = None


class Indicator(Strict):
    """A query over events (a dyad, codes, a window) or over chronicle milestones.

    ``source`` and ``target`` are actor codes; a group code (``C5``) also matches its
    members.  ``source_agents`` narrows actor 1 to CAMEO agents (``LEG`` for legislators).
    """

    id: str
    kind: Literal["events", "milestones"] = "events"
    source: str
    target: str
    both_directions: bool = False
    source_agents: list[str] = []
    roots: list[str] = []
    codes: list[str] = []
    plover: list[str] = []
    quad: list[Literal[1, 2, 3, 4]] = []
    datasets: Optional[list[str]] = None
    window_days: int = Field(365, gt=0)
    measure: Literal["count", "share", "goldstein_mean", "coop_share"] = "count"
    keywords: list[str] = []
    label: Optional[str] = None

    @field_validator("source", "target")
    @classmethod
    def _actor(cls, v: str) -> str:
        return _actor_code(v)

    @field_validator("roots")
    @classmethod
    def _roots(cls, v: list[str]) -> list[str]:
        for r in v:
            if r not in reference.root_codes():
                raise ValueError(f"{r!r} is not a CAMEO root code (01..20)")
        return v

    @field_validator("codes")
    @classmethod
    def _known_codes(cls, v: list[str]) -> list[str]:
        for c in v:
            if c not in reference.cameo_codes():
                raise ValueError(f"{c!r} is not a CAMEO event code")
        return v


class Level(Strict):
    at_least: float
    status: str


class ContrastPeriod(Strict):
    label: str
    start: date
    end: Optional[date] = None


class Rule(Strict):
    """How indicator values become a status; ``kind`` picks one of the rules in rules.py.

    ``contrast`` and ``date_check`` test claims: the first compares an indicator's
    cooperation share between two periods (with a bootstrap interval), the second compares
    a claimed date with the dated events that match the indicator.
    """

    kind: Literal["stated", "threshold", "milestones", "instrument", "contrast", "date_check"]
    indicator: Optional[str] = None
    levels: list[Level] = []
    status: Optional[str] = None
    trend_ratio: float = Field(1.25, gt=1.0)
    periods: list[ContrastPeriod] = []
    expect: Optional[Literal["first_higher", "second_higher"]] = None
    min_events: int = Field(30, gt=0)
    claimed: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    search_days: int = Field(120, gt=0)


class Milestone(Strict):
    id: str
    title: str
    planned: Optional[date] = None
    done: Optional[date] = None
    evidence: list[str] = []  # event ids (dataset:source_event_id) that show it


class InstrumentState(Strict):
    since: date
    state: str
    note: Optional[str] = None
    evidence: list[str] = []


class Item(Strict):
    id: str
    kind: ItemKind
    title: str
    summary: str
    claim: Optional[str] = None  # for claims: what the analysis asserts, paraphrased
    short_title: Optional[str] = Field(None, max_length=32)  # for charts
    section: Optional[str] = None
    status: Optional[str] = None
    order: Optional[int] = None
    depends_on: list[str] = []
    serves: list[str] = []
    milestones: list[Milestone] = []
    states: list[InstrumentState] = []
    indicators: list[Indicator] = []
    rule: Rule = Rule(kind="stated")
    sources: list[str] = Field(min_length=1)
    evidence: list[str] = []

    @model_validator(mode="after")
    def _status_fits_kind(self) -> "Item":
        allowed = STATUSES[self.kind]
        for s in [self.status, self.rule.status, *(lv.status for lv in self.rule.levels)]:
            if s is not None and s not in allowed:
                raise ValueError(f"status {s!r} is not one of {', '.join(allowed)} for a {self.kind}")
        if self.rule.indicator and self.rule.indicator not in {i.id for i in self.indicators}:
            raise ValueError(f"rule names indicator {self.rule.indicator!r}, which this item does not define")
        if self.rule.kind == "milestones" and not self.milestones:
            raise ValueError("a milestones rule needs milestones")
        if self.rule.kind == "instrument" and not self.states:
            raise ValueError("an instrument rule needs states")
        if self.rule.kind == "contrast" and (len(self.rule.periods) != 2 or not self.rule.expect):
            raise ValueError("a contrast rule needs two periods and an expect")
        if self.rule.kind == "date_check" and not self.rule.claimed:
            raise ValueError("a date_check rule needs a claimed date (YYYY-MM or YYYY-MM-DD)")
        if self.rule.kind in ("contrast", "date_check") and not self.indicators:
            raise ValueError(f"a {self.rule.kind} rule needs an indicator")
        return self


class Period(Strict):
    start: date
    end: Optional[date] = None


class Dossier(Strict):
    id: str
    title: str
    focus: list[tuple[str, str]] = Field(min_length=1)
    period: Period
    authors: list[str] = []
    summary: Optional[str] = None
    sources: dict[str, Source] = Field(min_length=1)
    actors: list[Actor] = []
    items: list[Item] = Field(min_length=1)

    @field_validator("focus")
    @classmethod
    def _focus(cls, v: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(_actor_code(a), _actor_code(b)) for a, b in v]

    @model_validator(mode="after")
    def _references(self) -> "Dossier":
        ids = [i.id for i in self.items]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate item id(s): {', '.join(sorted(dupes))}")
        for item in self.items:
            for dep in item.depends_on:
                if dep not in ids:
                    raise ValueError(f"item {item.id!r} depends on unknown item {dep!r}")
            for src in item.sources:
                if src not in self.sources:
                    raise ValueError(f"item {item.id!r} cites unknown source {src!r}")
        return self

    def items_of(self, kind: str) -> list[Item]:
        return [i for i in self.items if i.kind == kind]

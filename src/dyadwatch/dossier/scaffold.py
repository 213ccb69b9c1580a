"""``dossier new``: a valid starting dossier for any pair of states."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from dyadwatch import reference
from dyadwatch.analysis.series import check_actor_code
from dyadwatch.dossier.load import load_dossier
from dyadwatch.errors import UsageError


def scaffold(name: str, a: str, b: str, directory: str | Path = ".") -> Path:
    """Write ``NAME.yaml`` for the dyad A–B and return its path (it validates as written)."""
    a, b = check_actor_code(a), check_actor_code(b)
    path = Path(directory) / f"{name}.yaml"
    if path.exists():
        raise UsageError(f"{path} exists already; choose another name or remove it")
    na, nb = (_name(c) for c in (a, b))
    pair = {"source": a, "target": b, "both_directions": True}
    doc = {
        "id": name,
        "title": f"{na}–{nb} relations: opportunities and risks",
        "focus": [[a, b]],
        "period": {"start": "2020-01-01"},
        "authors": ["(your name)"],
        "sources": {"analyst": {"title": "(the analysis this dossier encodes)", "date": str(date.today())}},
        "actors": [{"code": a, "name": na, "kind": "state"}, {"code": b, "name": nb, "kind": "state"}],
        "items": [
            {"id": "context", "kind": "context", "title": f"The {na}–{nb} relationship",
             "summary": "What the relationship is about, in your words.", "sources": ["analyst"],
             "indicators": [{"id": "all", **pair, "window_days": 365}]},
            {"id": "cooperation", "kind": "opportunity", "title": "Cooperation", "serves": [a, b],
             "summary": "Where both sides gain.", "sources": ["analyst"],
             "indicators": [{"id": "coop", **pair, "quad": [1, 2], "window_days": 365}],
             "rule": {"kind": "threshold", "indicator": "coop",
                      "levels": [{"at_least": 10, "status": "advancing"}, {"at_least": 1, "status": "open"},
                                 {"at_least": 0, "status": "closing"}]}},
            {"id": "conflict", "kind": "risk", "title": "Conflict",
             "summary": "What could go wrong.", "sources": ["analyst"],
             "indicators": [{"id": "conflict", **pair, "quad": [3, 4], "window_days": 180}],
             "rule": {"kind": "threshold", "indicator": "conflict",
                      "levels": [{"at_least": 20, "status": "high"}, {"at_least": 5, "status": "elevated"},
                                 {"at_least": 0, "status": "low"}]}},
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    load_dossier(path)
    return path


def _name(code: str) -> str:
    c = reference.countries().get(code)
    return c.name if c else reference.regions().get(code, code)

"""Read a dossier file; a problem becomes one line: ``file:line: field: message``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from dyadwatch.dossier.model import Dossier
from dyadwatch.errors import DossierError

BUNDLED = {"us-azerbaijan": "us-azerbaijan.yaml"}


def resolve(name_or_path: str | Path | None) -> Path:
    """A bundled dossier by name (default ``us-azerbaijan``) or a path."""
    name = str(name_or_path or "us-azerbaijan")
    if name in BUNDLED:
        return Path(str(resources.files("dyadwatch").joinpath("dossier", "data", BUNDLED[name])))
    path = Path(name)
    if not path.is_file():
        known = ", ".join(BUNDLED)
        raise DossierError(f"{path}: no such dossier file (bundled dossiers: {known})")
    return path


def _lines(node, path=(), out=None) -> dict[tuple, int]:
    """Map each YAML path (keys and list indices) to its 1-based line."""
    out = {} if out is None else out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out[path + (key.value,)] = key.start_mark.line + 1
            _lines(value, path + (key.value,), out)
            out[path + (key.value,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            _lines(value, path + (i,), out)
    return out


def _field(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _line_of(lines: dict[tuple, int], loc: tuple) -> int:
    loc = tuple(p for p in loc if isinstance(p, (str, int)))
    while loc and loc not in lines:
        loc = loc[:-1]
    return lines.get(loc, 1)


def load_dossier(name_or_path: str | Path | None = None) -> Dossier:
    path = resolve(name_or_path)
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else 1
        raise DossierError(f"{path}:{line}: YAML syntax: {e.problem}") from None
    if not isinstance(data, dict) or node is None:
        raise DossierError(f"{path}:1: (top level): a dossier is a YAML mapping")
    try:
        return Dossier.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        msg = err["msg"].removeprefix("Value error, ")
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise DossierError(f"{path}:{_line_of(_lines(node), loc)}: {_field(loc)}: {msg}{more}") from None

from __future__ import annotations

from pathlib import Path

from macros.check import check_playbook
from macros.problems import Problem


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(root: Path) -> list[Problem]:
    return check_playbook(root)[1]


def only(problems: list[Problem], code: str) -> Problem:
    matching = [p for p in problems if p.code == code]
    assert len(matching) == 1, "\n".join(p.format() for p in problems)
    return matching[0]

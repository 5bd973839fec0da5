"""One entry point for every consumer: load, validate, and report all problems of a run."""

from __future__ import annotations

from pathlib import Path

from .loader import load_playbook
from .playbook import Playbook
from .problems import Problem
from .validate import validate_playbook
from .freshness import stale_entries
from .wording import lint_playbook


def check_playbook(root: Path, repo_root: Path | None = None) -> tuple[Playbook, list[Problem]]:
    playbook, problems = load_playbook(Path(root), repo_root)
    problems = problems + validate_playbook(playbook) + lint_playbook(playbook) + stale_entries(playbook)
    return playbook, sorted(set(problems))

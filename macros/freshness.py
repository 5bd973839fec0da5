"""Warn about entries nobody has reviewed for a year: advice and law go stale."""

from __future__ import annotations

from datetime import date, timedelta

from .kinds import KINDS
from .playbook import Playbook
from .problems import Problem

REVIEW_EVERY = timedelta(days=365)


def stale_entries(playbook: Playbook, today: date | None = None) -> list[Problem]:
    today = today or date.today()
    problems = []
    for kind in KINDS:
        for entry in playbook.all(kind.key):
            reviewed = entry.data.reviewed
            if reviewed and today - reviewed > REVIEW_EVERY:
                who = f"，请 {entry.data.owner} 看一遍" if entry.data.owner else ""
                problems.append(entry.source.problem(
                    ("reviewed",), "W701", "reviewed",
                    f"最近审阅是 {reviewed.isoformat()}，已超过一年{who}；确认内容仍然正确后更新日期。"))
    return problems

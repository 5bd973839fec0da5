"""Checks that need the whole playbook: references, unique names, script rules."""

from __future__ import annotations

import difflib
import re

from .kinds import KIND_BY_KEY, KINDS, reference_values
from .playbook import Entry, Playbook
from .problems import Problem, field_path
from .trees import validate_tree

MIN_SCRIPT_STYLES = 4
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
FULLWIDTH_BRACES = re.compile(r"[｛｝]")


def validate_playbook(playbook: Playbook) -> list[Problem]:
    problems: list[Problem] = []
    for kind in KINDS:
        problems += _duplicate_names(playbook, kind.key)
        for entry in playbook.all(kind.key):
            problems += _dangling_references(playbook, entry)
    for entry in playbook.all("scenarios"):
        problems += _script_style_variety(entry)
        for index, script in enumerate(entry.data.scripts):
            problems += _placeholder_problems(playbook, entry, ("scripts", index, "text"), script.text)
    for entry in playbook.all("trees"):
        problems += validate_tree(playbook, entry)
    for entry in playbook.all("styles"):
        for index, example in enumerate(entry.data.examples):
            problems += _placeholder_problems(playbook, entry, ("examples", index), example)
    return problems


def _dangling_references(playbook: Playbook, entry: Entry) -> list[Problem]:
    problems = []
    for path, target_kind in KIND_BY_KEY[entry.kind].references:
        known = list(playbook.entries[target_kind])
        for loc, target_id in reference_values(entry.data, path):
            if target_id in playbook.entries[target_kind] or (target_kind, target_id) in playbook.invalid:
                continue
            guess = difflib.get_close_matches(target_id, known, n=1, cutoff=0.6)
            hint = f"是不是“{guess[0]}”？" if guess else f"请确认 playbooks/{target_kind}/{target_id}.yaml 存在。"
            label = KIND_BY_KEY[target_kind].label
            problems.append(entry.source.problem(
                loc, "E301", field_path(loc), f"引用的{label}“{target_id}”不存在。{hint}"))
    return problems


def _duplicate_names(playbook: Playbook, kind: str) -> list[Problem]:
    seen: dict[str, Entry] = {}
    problems = []
    for entry in playbook.all(kind):
        first = seen.setdefault(entry.name, entry)
        if first is not entry:
            problems.append(entry.source.problem(
                ("name",), "E302", "name",
                f"名称“{entry.name}”已被 {first.source.display_path} 使用，同类条目的名称不能重复。"))
    return problems


def _script_style_variety(entry: Entry) -> list[Problem]:
    styles = {script.style for script in entry.data.scripts}
    if len(styles) >= MIN_SCRIPT_STYLES:
        return []
    return [entry.source.problem(
        ("scripts",), "E401", "scripts",
        f"话术只用了 {len(styles)} 种风格，每个场景至少要有 {MIN_SCRIPT_STYLES} 种不同风格的话术。")]


def _placeholder_problems(playbook: Playbook, entry: Entry, loc: tuple, text: str) -> list[Problem]:
    problems = []
    where = field_path(loc)
    if "{{" in text or "}}" in text or FULLWIDTH_BRACES.search(text):
        problems.append(entry.source.problem(
            loc, "E403", where, "占位符只用一层半角花括号，如 {金额}；不要写 {{金额}} 或全角｛金额｝。"))
        return problems
    declared = list(playbook.placeholders)
    for match in PLACEHOLDER.finditer(text):
        name = match.group(1)
        if name in playbook.placeholders:
            continue
        if not name.strip() or name != name.strip():
            problems.append(entry.source.problem(loc, "E403", where, f"占位符“{{{name}}}”里不能有空格或为空。"))
            continue
        guess = difflib.get_close_matches(name, declared, n=1, cutoff=0.5)
        hint = f"是不是“{{{guess[0]}}}”？" if guess else "可在 playbooks/placeholders.yaml 中声明。"
        problems.append(entry.source.problem(
            loc, "E402", where, f"占位符“{{{name}}}”没有声明。{hint}"))
    if text.count("{") != text.count("}"):
        problems.append(entry.source.problem(loc, "E403", where, "花括号没有成对出现。"))
    return problems

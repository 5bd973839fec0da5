"""Walk ``playbooks/`` and turn every file into a typed entry, collecting every problem."""

from __future__ import annotations

import os
import re
from pathlib import Path

from pydantic import ValidationError

from .kinds import KIND_BY_KEY, PLACEHOLDER_FILE
from .models import PlaceholderRegistry
from .playbook import Entry, Playbook
from .problems import Problem
from .schema import schema_line
from .schema_errors import problems_from_validation
from .yaml_source import load_source

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def display_path(path: Path) -> str:
    """Relative to the working directory when possible: that is what editors and CI link."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def _repo_path(path: Path, repo_root: Path) -> str:
    """Path of the file inside the repository, for "edit this page" links."""
    try:
        return path.resolve().relative_to(repo_root.resolve()).as_posix()
    except ValueError:
        return path.name


def _is_ignored(path: Path) -> bool:
    return path.name.startswith(("_", "."))


def load_playbook(root: Path, repo_root: Path | None = None) -> tuple[Playbook, list[Problem]]:
    root = Path(root)
    repo_root = Path(repo_root) if repo_root else root.resolve().parent
    playbook = Playbook()
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem(display_path(root), 1, 1, "E110", "", "找不到 playbooks 目录。"))
        return playbook, problems

    for child in sorted(root.iterdir()):
        if _is_ignored(child):
            continue
        if child.is_file() and child.name == PLACEHOLDER_FILE:
            _load_placeholders(child, playbook, problems)
        elif child.is_dir() and child.name in KIND_BY_KEY:
            for file in sorted(child.iterdir()):
                if not _is_ignored(file):
                    _load_entry(file, repo_root, child.name, playbook, problems)
        else:
            known = "、".join(KIND_BY_KEY)
            problems.append(Problem(
                display_path(child), 1, 1, "E110", "",
                f"不认识的文件或目录。playbooks/ 下只能有这些目录：{known}，以及 {PLACEHOLDER_FILE}。",
            ))
    return playbook, problems


def _load_entry(file: Path, repo_root: Path, kind_key: str, playbook: Playbook, problems: list[Problem]) -> None:
    shown = display_path(file)
    if file.is_dir() or file.suffix != ".yaml":
        problems.append(Problem(shown, 1, 1, "E107", "", "每个条目是一个 .yaml 文件（扩展名用 .yaml，不用 .yml）。"))
        return
    if not ID_PATTERN.match(file.stem):
        problems.append(Problem(
            shown, 1, 1, "E107", "",
            f"文件名“{file.stem}”不是合法的 id：只能用小写字母、数字和连字符，如 caiwu-buzai.yaml。",
        ))
        return
    doc = load_source(file, shown)
    problems.extend(doc.problems)
    if doc.data is None:
        playbook.invalid.add((kind_key, file.stem))
        return
    _check_schema_line(doc, schema_line(kind_key), problems)
    model = KIND_BY_KEY[kind_key].model
    try:
        data = model.model_validate(doc.data)
    except ValidationError as err:
        problems.extend(problems_from_validation(err, model, doc))
        playbook.invalid.add((kind_key, file.stem))
        return
    playbook.add(Entry(kind_key, file.stem, data, doc, _repo_path(file, repo_root)))


def _load_placeholders(file: Path, playbook: Playbook, problems: list[Problem]) -> None:
    doc = load_source(file, display_path(file))
    problems.extend(doc.problems)
    if doc.data is None:
        return
    _check_schema_line(doc, schema_line(None), problems)
    try:
        registry = PlaceholderRegistry.model_validate(doc.data)
    except ValidationError as err:
        problems.extend(problems_from_validation(err, PlaceholderRegistry, doc))
        return
    for index, placeholder in enumerate(registry.placeholders):
        if placeholder.name in playbook.placeholders:
            problems.append(doc.problem(("placeholders", index, "name"), "E104", f"placeholders[{index}].name",
                                        f"占位符“{placeholder.name}”重复声明。"))
        playbook.placeholders[placeholder.name] = placeholder


def _check_schema_line(doc, expected: str, problems: list[Problem]) -> None:
    """Editors find the schema through the first line; make new writes it for you."""
    if doc.first_line.strip() != expected:
        problems.append(Problem(doc.display_path, 1, 1, "E111", "",
                                f"第一行应该是“{expected}”，编辑器靠它自动补全字段、提示错误。"))

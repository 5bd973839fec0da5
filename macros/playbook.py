"""The loaded playbook: every entry of every kind, with the links between them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from pydantic import BaseModel

from .kinds import KIND_BY_KEY, KINDS, reference_values
from .models import Placeholder
from .yaml_source import SourceDocument


@dataclass(frozen=True, eq=False)
class Entry:
    kind: str
    id: str
    data: BaseModel
    source: SourceDocument
    repo_path: str  # e.g. playbooks/scenarios/caiwu-buzai.yaml, for "edit this page"

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def url(self) -> str:
        """Site-relative page path, e.g. scenarios/caiwu-buzai/"""
        return f"{self.kind}/{self.id}/"

    @property
    def src_uri(self) -> str:
        return f"{self.kind}/{self.id}.md"


@dataclass
class Playbook:
    entries: dict[str, dict[str, Entry]] = field(default_factory=lambda: {k.key: {} for k in KINDS})
    placeholders: dict[str, Placeholder] = field(default_factory=dict)
    # Files that exist but failed validation: references to them are not reported twice.
    invalid: set[tuple[str, str]] = field(default_factory=set)

    def add(self, entry: Entry) -> None:
        self.entries[entry.kind][entry.id] = entry

    def all(self, kind: str) -> list[Entry]:
        return list(self.entries[kind].values())

    def get(self, kind: str, entry_id: str) -> Entry | None:
        return self.entries[kind].get(entry_id)

    def resolve(self, kind: str, ids) -> list[Entry]:
        return [self.entries[kind][i] for i in ids if i in self.entries[kind]]

    def count(self, kind: str) -> int:
        return len(self.entries[kind])

    @cached_property
    def _referrers(self) -> dict[tuple[str, str], dict[str, list[Entry]]]:
        """(kind, id) -> {referring kind: [entries]} — the reverse of every reference."""
        index: dict[tuple[str, str], dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
        for kind in KINDS:
            for entry in self.all(kind.key):
                for path, target_kind in kind.references:
                    for _, target_id in reference_values(entry.data, path):
                        bucket = index[(target_kind, target_id)][kind.key]
                        if entry not in bucket:
                            bucket.append(entry)
        return index

    def referrers(self, kind: str, entry_id: str, from_kind: str) -> list[Entry]:
        return list(self._referrers.get((kind, entry_id), {}).get(from_kind, []))

    def kind_label(self, kind: str) -> str:
        return KIND_BY_KEY[kind].label

"""Generate one Markdown page per entry and one index page per kind.

Pages are data, not files in docs/: a contributor adds a YAML file and its page,
its index row, its nav entry and its back-links all follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import re
from urllib.parse import urlencode

import yaml

from . import tree_view
from .kinds import KIND_BY_KEY, KINDS, Kind
from .models import FAMILY_ORDER, TACTIC_CATEGORY_ORDER
from .playbook import Entry, Playbook
from .render import RenderContext, page_url, render_template


SLOT = re.compile(r'data-slot="([^"]+)"')
SCRIPT_BLOCKS = ('<div class="hk-scripts">', '<div class="hk-finder__list"', '<div class="hk-tree"')


def with_fill_form(body: str, ctx: RenderContext) -> str:
    """Put the fill-in form before the first scripts on a page that has placeholders."""
    used = set(SLOT.findall(body))
    if not used:
        return body
    placeholders = [p for name, p in ctx.playbook.placeholders.items() if name in used]
    starts = [body.find(marker) for marker in SCRIPT_BLOCKS if marker in body]
    at = min(starts) if starts else len(body)
    form = render_template("fill_form.html.j2", ctx, placeholders=placeholders)
    return body[:at] + form + body[at:]


@dataclass
class GeneratedPage:
    src_uri: str
    title: str
    body: str
    edit_path: str | None  # repository path for "edit this page"
    meta: dict = field(default_factory=dict)

    @property
    def markdown(self) -> str:
        # Front matter is dumped by PyYAML, so no entry text can break out of it.
        # render_macros: false keeps mkdocs-macros' Jinja away from playbook text.
        meta = {"render_macros": False, "title": self.title, **self.meta}
        header = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        return f"---\n{header}---\n\n{self.body}"


def sort_entries(playbook: Playbook, kind: str) -> list[Entry]:
    entries = playbook.all(kind)
    keys: dict[str, Callable[[Entry], tuple]] = {
        "scenarios": lambda e: (FAMILY_ORDER.index(e.data.family), e.id),
        "styles": lambda e: (e.data.intensity, e.id),
        "tactics": lambda e: (TACTIC_CATEGORY_ORDER.index(e.data.category), e.data.intensity, e.id),
        "escalation": lambda e: (e.data.order, e.id),
        "legal": lambda e: (e.data.law, e.id),
    }
    return sorted(entries, key=keys.get(kind, lambda e: (e.id,)))


def _scripts_where(playbook: Playbook, attribute: str, value: str) -> list[tuple[Entry, object]]:
    return [
        (scenario, script)
        for scenario in sort_entries(playbook, "scenarios")
        for script in scenario.data.scripts
        if getattr(script, attribute) == value
    ]


def _entry_values(playbook: Playbook, entry: Entry) -> dict:
    """What each kind's template needs besides the entry itself: mostly back-links."""
    back = lambda from_kind: playbook.referrers(entry.kind, entry.id, from_kind)  # noqa: E731
    if entry.kind == "scenarios":
        chips = ([("类别", entry.data.family)] + [("底层规律", logic) for logic in entry.data.logic]
                 + [("常见于", debt.name) for debt in back("debt-types")])
        return {"debt_types": back("debt-types"), "chips": chips,
                "related": _unique(playbook.resolve("scenarios", entry.data.related) + back("scenarios"), entry)}
    if entry.kind == "styles":
        return {"scenarios": back("scenarios"), "scripts": _scripts_where(playbook, "style", entry.id),
                "counterparts": _unique(playbook.resolve("counterparts", entry.data.counterparts)
                                        + back("counterparts"), entry)}
    if entry.kind == "debt-types":
        return {"scripts": _scripts_where(playbook, "debt_type", entry.id)}
    if entry.kind == "counterparts":
        return {"scripts": _scripts_where(playbook, "counterpart", entry.id)}
    if entry.kind == "tactics":
        return {"scenarios": back("scenarios"), "debt_types": back("debt-types"), "steps": back("escalation")}
    if entry.kind == "legal":
        return {"scenarios": back("scenarios"), "tactics": back("tactics")}
    if entry.kind == "trees":
        tree = entry.data
        return {"data": tree_view.widget_data(tree), "order": tree_view.node_order(tree),
                "labels": tree_view.node_labels(tree), "svg": tree_view.diagram(tree),
                "conditions": {node_id: tree_view.rule_conditions(tree, node_id)
                               for node_id, node in tree.nodes.items() if node.rules},
                "scenarios": tree_view.tree_scenarios(playbook, tree)}
    if entry.kind == "escalation":
        ladder = sort_entries(playbook, "escalation")
        at = ladder.index(entry)
        return {"previous": ladder[at - 1] if at > 0 else None,
                "following": ladder[at + 1] if at + 1 < len(ladder) else None}
    return {}


def _unique(entries: list[Entry], exclude: Entry) -> list[Entry]:
    seen: list[Entry] = []
    for entry in entries:
        if entry is not exclude and all(entry is not other for other in seen):
            seen.append(entry)
    return seen


def entry_tags(playbook: Playbook, entry: Entry) -> list[str]:
    data = entry.data
    if entry.kind == "scenarios":
        styles = [s.name for s in playbook.resolve("styles", dict.fromkeys(x.style for x in data.scripts))]
        debts = [d.name for d in playbook.referrers("scenarios", entry.id, "debt-types")]
        return [data.family, *data.logic, *debts, *styles]
    if entry.kind == "tactics":
        return [data.category]
    if entry.kind == "legal":
        return [{"b2b": "B2B 法律", "consumer": "消费者规则", "both": "B2B 法律"}[data.scope]]
    return []


INDEX_COLUMNS: dict[str, list[tuple[str, Callable[[Entry], object]]]] = {
    "scenarios": [("底层规律", lambda e: "、".join(e.data.logic)),
                  ("话术", lambda e: len(e.data.scripts)),
                  ("客户常说", lambda e: "“" + e.data.customer_says[0] + "”")],
    "styles": [("强度", lambda e: f"{e.data.intensity}/5"), ("原理", lambda e: e.data.principle)],
    "debt-types": [("概述", lambda e: e.data.summary), ("常见借口", lambda e: len(e.data.typical_scenarios))],
    "tactics": [("强度", lambda e: f"{e.data.intensity}/5"), ("关系代价", lambda e: e.data.relationship_cost),
                ("谁来做", lambda e: "、".join(e.data.who)), ("一句话", lambda e: e.data.summary)],
    "counterparts": [("角色", lambda e: e.data.role), ("画像", lambda e: e.data.summary)],
    "legal": [("法律/规定", lambda e: e.data.law), ("条文", lambda e: "、".join(e.data.articles)),
              ("适用范围", lambda e: {"b2b": "B2B", "consumer": "仅消费者", "both": "B2B 与消费者"}[e.data.scope])],
    "escalation": [("顺序", lambda e: e.data.order), ("账龄", lambda e: e.data.aging),
                   ("逾期天数", lambda e: e.data.days), ("谁来做", lambda e: e.data.who)],
    "trees": [("帮你决定", lambda e: e.data.summary),
              ("问题数", lambda e: sum(1 for node in e.data.nodes.values() if node.question)),
              ("结论数", lambda e: len(e.data.outcomes))],
}

INDEX_GROUPS: dict[str, Callable[[Entry], str]] = {
    "scenarios": lambda e: e.data.family,
    "tactics": lambda e: e.data.category,
}


def _index_page(playbook: Playbook, kind: Kind, use_directory_urls: bool) -> GeneratedPage:
    src_uri = f"{kind.key}/index.md"
    ctx = RenderContext(playbook, page_url(src_uri, use_directory_urls), use_directory_urls)
    columns = INDEX_COLUMNS[kind.key]
    grouping = INDEX_GROUPS.get(kind.key, lambda e: "")
    groups: dict[str, list] = {}
    for entry in sort_entries(playbook, kind.key):
        groups.setdefault(grouping(entry), []).append((entry, [value(entry) for _, value in columns]))
    body = render_template("index.md.j2", ctx, kind=kind, total=playbook.count(kind.key),
                           headers=[header for header, _ in columns], groups=list(groups.items()))
    return GeneratedPage(src_uri, kind.label, body, edit_path=None)


def feedback_url(issues_url: str | None, entry: Entry) -> str | None:
    """A pre-filled "report a problem" issue naming the entry (no tracking, just a link)."""
    if not issues_url:
        return None
    query = urlencode({"template": "report-script.yml", "entry": f"{entry.kind}/{entry.id}",
                       "title": f"[反馈] {entry.name}"})
    return f"{issues_url.rstrip('/')}/new?{query}"


def _entry_page(playbook: Playbook, entry: Entry, use_directory_urls: bool,
                issues_url: str | None = None) -> GeneratedPage:
    ctx = RenderContext(playbook, page_url(entry.src_uri, use_directory_urls), use_directory_urls)
    body = render_template(f"{entry.kind}.md.j2", ctx, entry=entry, **_entry_values(playbook, entry))
    body = with_fill_form(body, ctx)
    body += render_template("_footer.md.j2", ctx, entry=entry, feedback_url=feedback_url(issues_url, entry))
    tags = entry_tags(playbook, entry)
    meta = {"tags": tags} if tags else {}
    return GeneratedPage(entry.src_uri, entry.name, body, edit_path=entry.repo_path, meta=meta)


SCRIPT_FINDER = "scripts.md"


def _script_finder_page(playbook: Playbook, use_directory_urls: bool) -> GeneratedPage:
    ctx = RenderContext(playbook, page_url(SCRIPT_FINDER, use_directory_urls), use_directory_urls)
    body = with_fill_form(render_template(
        "script_finder.md.j2", ctx,
        scenarios=sort_entries(playbook, "scenarios"), styles=sort_entries(playbook, "styles"),
        debt_types=sort_entries(playbook, "debt-types"), counterparts=sort_entries(playbook, "counterparts"),
        total=sum(len(entry.data.scripts) for entry in playbook.all("scenarios")),
    ), ctx)
    return GeneratedPage(SCRIPT_FINDER, "话术速查", body, edit_path=None,
                         meta={"search": {"exclude": True}, "hide": ["toc"]})


CHEATSHEET = "cheatsheet.md"


def _cheatsheet_page(playbook: Playbook, use_directory_urls: bool) -> GeneratedPage:
    ctx = RenderContext(playbook, page_url(CHEATSHEET, use_directory_urls), use_directory_urls)
    body = render_template("cheatsheet.md.j2", ctx, scenarios=sort_entries(playbook, "scenarios"))
    return GeneratedPage(CHEATSHEET, "速查表", body, edit_path=None,
                         meta={"search": {"exclude": True}, "hide": ["toc"]})


def generate_pages(playbook: Playbook, use_directory_urls: bool = True,
                   issues_url: str | None = None) -> list[GeneratedPage]:
    pages = [_script_finder_page(playbook, use_directory_urls), _cheatsheet_page(playbook, use_directory_urls)]
    for kind in KINDS:
        pages.append(_index_page(playbook, kind, use_directory_urls))
        pages += [_entry_page(playbook, entry, use_directory_urls, issues_url)
                  for entry in sort_entries(playbook, kind.key)]
    return pages


def expand_nav(nav: list, playbook: Playbook) -> list:
    """Replace each ``<kind>/index.md`` nav item with a section of the index and all its entries."""
    expanded = []
    for item in nav:
        if isinstance(item, dict) and len(item) == 1:
            (title, target), = item.items()
            if isinstance(target, str) and target.endswith("/index.md") and target[:-9] in KIND_BY_KEY:
                kind = target[:-9]
                children = [target] + [{entry.name: entry.src_uri} for entry in sort_entries(playbook, kind)]
                expanded.append({title: children})
                continue
            if isinstance(target, list):
                expanded.append({title: expand_nav(target, playbook)})
                continue
        expanded.append(item)
    return expanded

"""What a tree page shows: numbered questions, readable rules, the widget's data and a diagram.

Everything here is built at build time, so the tree reads without JavaScript,
prints, and is indexed by search; the widget only adds one-question-at-a-time
navigation on top of the same HTML.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from .models import Tree
from .playbook import Playbook


@dataclass(frozen=True)
class NodeLabel:
    number: int
    text: str


def node_order(tree: Tree) -> list[str]:
    """Question and rule nodes in the order a reader meets them (breadth first)."""
    order, queue = [], [tree.start]
    while queue:
        node_id = queue.pop(0)
        if node_id in order or node_id not in tree.nodes:
            continue
        order.append(node_id)
        queue += [option.next for option in tree.nodes[node_id].options]
    return order + [node_id for node_id in tree.nodes if node_id not in order]


def node_labels(tree: Tree) -> dict[str, NodeLabel]:
    labels, number = {}, 0
    for node_id in node_order(tree):
        node = tree.nodes[node_id]
        if node.question:
            number += 1
            labels[node_id] = NodeLabel(number, f"问题 {number}：{node.question}")
        else:
            labels[node_id] = NodeLabel(0, "按你的回答选出结论")
    return labels


def answer_labels(tree: Tree) -> dict[tuple[str, str], str]:
    """(question node, answer value) -> the option label a reader saw."""
    return {(node_id, option.answer): option.label
            for node_id, node in tree.nodes.items() for option in node.options}


def rule_conditions(tree: Tree, node_id: str) -> list[tuple[str, str]]:
    """Each rule of a rule node as (condition in words, outcome id)."""
    labels = answer_labels(tree)
    rows = []
    for rule in tree.nodes[node_id].rules:
        if not rule.when:
            rows.append(("其余情况", rule.outcome))
            continue
        parts = []
        for question, allowed in rule.when.items():
            asked = tree.nodes[question].question
            parts.append(f"{asked} {'或'.join(labels.get((question, value), value) for value in allowed)}")
        rows.append(("；".join(parts), rule.outcome))
    return rows


def widget_data(tree: Tree) -> str:
    """The tree as JSON for the widget; the template escapes it into an attribute.

    (Not a <script type="application/json">: instant navigation re-creates script
    elements and would run the JSON as code.)"""
    data = {
        "start": tree.start,
        "nodes": {
            node_id: ({"question": node.question, "help": node.help,
                       "options": [{"label": o.label, "next": o.next, "answer": o.answer,
                                    "scenario": o.scenario} for o in node.options]}
                      if node.question else
                      {"rules": [{"when": rule.when, "outcome": rule.outcome} for rule in node.rules]})
            for node_id, node in tree.nodes.items()
        },
        "outcomes": {outcome_id: {"styles": outcome.styles} for outcome_id, outcome in tree.outcomes.items()},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def tree_scenarios(playbook: Playbook, tree: Tree):
    """Scenarios a reader can pick in this tree, whose scripts the outcome shows."""
    ids = dict.fromkeys(o.scenario for node in tree.nodes.values() for o in node.options if o.scenario)
    return playbook.resolve("scenarios", ids)


BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 150, 46, 18, 56, 12
OUTCOMES_PER_ROW = 5


def _depths(tree: Tree) -> dict[str, int]:
    depth = {tree.start: 0}
    for node_id in node_order(tree):  # breadth-first order: parents come first in a DAG walk
        node = tree.nodes[node_id]
        targets = [o.next for o in node.options] + [rule.outcome for rule in node.rules]
        for target in targets:
            depth[target] = max(depth.get(target, 0), depth.get(node_id, 0) + 1)
    # outcomes sit below everything else, at most OUTCOMES_PER_ROW to a row
    last = max((d for key, d in depth.items() if key in tree.nodes), default=0) + 1
    for index, outcome_id in enumerate(tree.outcomes):
        depth[outcome_id] = last + index // OUTCOMES_PER_ROW
    return depth


def _short(text: str, limit: int = 11) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def diagram(tree: Tree) -> Markup:
    """A layered SVG of the tree's nodes and outcomes, generated at build time."""
    labels = node_labels(tree)
    depth = _depths(tree)
    rows: dict[int, list[str]] = {}
    for key in node_order(tree) + list(tree.outcomes):
        if key in depth:
            rows.setdefault(depth[key], []).append(key)
    width = max(len(items) for items in rows.values()) * (BOX_W + GAP_X) + 2 * MARGIN
    height = len(rows) * (BOX_H + GAP_Y) + 2 * MARGIN
    centre: dict[str, tuple[float, float]] = {}
    boxes = []
    for row, items in sorted(rows.items()):
        row_width = len(items) * (BOX_W + GAP_X) - GAP_X
        x0 = (width - row_width) / 2
        y = MARGIN + row * (BOX_H + GAP_Y)
        for index, key in enumerate(items):
            x = x0 + index * (BOX_W + GAP_X)
            centre[key] = (x + BOX_W / 2, y)
            if key in tree.outcomes:
                kind, text = "outcome", tree.outcomes[key].title
            else:
                label = labels[key]
                kind = "question" if label.number else "rules"
                text = f"问题 {label.number}" if label.number else "规则"
            sub = "" if kind != "question" else tree.nodes[key].question
            boxes.append(
                f'<g><rect class="hk-diagram__{kind}" x="{x:.0f}" y="{y:.0f}" width="{BOX_W}" '
                f'height="{BOX_H}" rx="6"/><text x="{x + BOX_W / 2:.0f}" y="{y + (18 if sub else 28):.0f}" '
                f'text-anchor="middle">{escape(_short(text))}</text>'
                + (f'<text class="hk-diagram__sub" x="{x + BOX_W / 2:.0f}" y="{y + 36:.0f}" text-anchor="middle">'
                   f'{escape(_short(sub, 12))}</text>' if sub else "") + "</g>")
    edges = set()
    for node_id, node in tree.nodes.items():
        for target in [o.next for o in node.options] + [rule.outcome for rule in node.rules]:
            if node_id in centre and target in centre:
                edges.add((node_id, target))
    lines = [
        f'<line x1="{centre[a][0]:.0f}" y1="{centre[a][1] + BOX_H:.0f}" x2="{centre[b][0]:.0f}" y2="{centre[b][1]:.0f}"/>'
        for a, b in sorted(edges)
    ]
    svg = (f'<svg class="hk-diagram" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" role="img" '
           f'aria-label="{escape(tree.name)} 的结构图" xmlns="http://www.w3.org/2000/svg">'
           f'<title>{escape(tree.name)} 的结构图</title><g class="hk-diagram__edges">{"".join(lines)}</g>'
           f'{"".join(boxes)}</svg>')
    return Markup(svg)

"""Decision trees: walk every path, and check the rules a tree must keep.

A tree is a graph of question nodes and rule nodes ending in outcomes. The
walker enumerates every path from the start (the same paths the browser tests
click through), so reachability, coverage and "never softer when older" are
checked on real paths, not on the shape of the file alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Tree, TreeNode
from .playbook import Entry, Playbook
from .problems import Problem, field_path

MAX_PATHS = 20000  # a tree that explodes past this is reported, not walked forever


@dataclass(frozen=True)
class Step:
    node: str
    option: int
    answer: str


@dataclass
class Path:
    steps: tuple[Step, ...]
    outcome: str

    @property
    def answers(self) -> dict[str, str]:
        return {step.node: step.answer for step in self.steps}

    @property
    def code(self) -> str:
        """The path as the widget writes it in the URL: option numbers, dot-separated."""
        return ".".join(str(step.option) for step in self.steps)


@dataclass
class Walk:
    paths: list[Path] = field(default_factory=list)
    visited_nodes: set[str] = field(default_factory=set)
    cycle: list[str] | None = None
    truncated: bool = False


def choose_outcome(node: TreeNode, answers: dict[str, str]) -> str | None:
    for rule in node.rules:
        if all(answers.get(question) in allowed for question, allowed in rule.when.items()):
            return rule.outcome
    return None


def walk(tree: Tree) -> Walk:
    result = Walk()

    def visit(node_id: str, steps: tuple[Step, ...], trail: list[str]) -> None:
        if result.cycle or result.truncated:
            return
        if node_id in trail:
            result.cycle = trail[trail.index(node_id):] + [node_id]
            return
        node = tree.nodes.get(node_id)
        if node is None:
            return
        result.visited_nodes.add(node_id)
        if node.rules:
            outcome = choose_outcome(node, {s.node: s.answer for s in steps})
            if outcome is not None:
                result.paths.append(Path(steps, outcome))
            return
        for index, option in enumerate(node.options):
            step = steps + (Step(node_id, index, option.answer),)
            if option.next in tree.outcomes:
                result.paths.append(Path(step, option.next))
            else:
                visit(option.next, step, trail + [node_id])
            if len(result.paths) > MAX_PATHS:
                result.truncated = True
                return

    visit(tree.start, (), [])
    return result


def validate_tree(playbook: Playbook, entry: Entry) -> list[Problem]:
    tree: Tree = entry.data
    problems: list[Problem] = []

    def report(loc: tuple, code: str, message: str) -> None:
        problems.append(entry.source.problem(loc, code, field_path(loc), message))

    if tree.start not in tree.nodes:
        report(("start",), "E601", f"起始节点“{tree.start}”不存在。")
        return problems
    problems_before = len(problems)
    for shared in sorted(set(tree.nodes) & set(tree.outcomes)):
        report(("outcomes", shared), "E609", f"“{shared}”既是节点 id 又是结论 id，next 指向它时分不清，请改名。")
    for node_id, node in tree.nodes.items():
        _check_node(tree, node_id, node, report)
    if len(problems) > problems_before:
        return problems  # walking a malformed graph would only repeat these

    result = walk(tree)
    if result.cycle:
        report(("nodes", result.cycle[0]), "E603", f"出现循环：{' → '.join(result.cycle)}。决策树必须一路向前。")
        return problems
    if result.truncated:
        report(("nodes",), "E603", f"路径超过 {MAX_PATHS} 条，请拆成几棵树。")
        return problems
    for node_id in tree.nodes:
        if node_id not in result.visited_nodes:
            report(("nodes", node_id), "E604", f"节点“{node_id}”从起点走不到。")
    reached = {path.outcome for path in result.paths}
    for outcome_id in tree.outcomes:
        if outcome_id not in reached:
            report(("outcomes", outcome_id), "E604", f"结果“{outcome_id}”没有任何一条路径能走到。")
    _must_reach(playbook, tree, result, report)
    if tree.escalates_with:
        _never_softer(tree, result, report)
    return problems


def _check_node(tree: Tree, node_id: str, node: TreeNode, report) -> None:
    loc = ("nodes", node_id)
    if bool(node.question) == bool(node.rules) or (node.question is None and node.options):
        report(loc, "E605", "节点要么是问题节点（question + options），要么是规则节点（rules），不能都有或都没有。")
        return
    if node.question:
        if len(node.options) < 2:
            report(loc + ("options",), "E605", f"问题“{node.question}”至少要有两个选项。")
        answers = [option.answer for option in node.options]
        for index, option in enumerate(node.options):
            if answers.index(option.answer) != index:
                report(loc + ("options", index), "E605", f"答案值“{option.answer}”在这个问题里重复了。")
            if option.next not in tree.nodes and option.next not in tree.outcomes:
                report(loc + ("options", index, "next"), "E602", f"“{option.next}”既不是节点也不是结果。")
        return
    for index, rule in enumerate(node.rules):
        if rule.outcome not in tree.outcomes:
            report(loc + ("rules", index, "outcome"), "E602", f"结果“{rule.outcome}”不存在。")
        for question, allowed in rule.when.items():
            asked = tree.nodes.get(question)
            if asked is None or not asked.question:
                report(loc + ("rules", index, "when", question), "E606", f"“{question}”不是这棵树的问题节点。")
                continue
            known = {option.answer for option in asked.options}
            for value in allowed:
                if value not in known:
                    report(loc + ("rules", index, "when", question), "E606",
                           f"问题“{question}”没有答案值“{value}”（可选：{'、'.join(sorted(known))}）。")
    if node.rules[-1].when:
        report(loc + ("rules", len(node.rules) - 1), "E606", "最后一条规则必须是 when: {}，兜住其余所有情况。")


def _must_reach(playbook: Playbook, tree: Tree, result: Walk, report) -> None:
    for kind in tree.must_reach:
        attribute = "scenario" if kind == "scenarios" else "counterpart"
        reached = set()
        for path in result.paths:
            for step in path.steps:
                value = getattr(tree.nodes[step.node].options[step.option], attribute)
                if value:
                    reached.add(value)
            outcome_value = getattr(tree.outcomes[path.outcome], attribute, None)
            if outcome_value:
                reached.add(outcome_value)
        missing = [entry.id for entry in playbook.all(kind) if entry.id not in reached]
        if missing:
            report(("must_reach",), "E607", f"这些{playbook.kind_label(kind)}走不到：{'、'.join(missing)}。")


def _never_softer(tree: Tree, result: Walk, report) -> None:
    """Along the aging question, a later (worse) answer never gives a softer outcome."""
    aging_node = tree.nodes.get(tree.escalates_with)
    if aging_node is None or not aging_node.question:
        report(("escalates_with",), "E608", f"“{tree.escalates_with}”不是这棵树的问题节点。")
        return
    order = [option.answer for option in aging_node.options]
    groups: dict[tuple, dict[str, Path]] = {}
    for path in result.paths:
        answers = path.answers
        if tree.escalates_with not in answers:
            continue
        others = tuple(sorted((k, v) for k, v in answers.items() if k != tree.escalates_with))
        groups.setdefault(others, {})[answers[tree.escalates_with]] = path
    for others, by_aging in groups.items():
        previous = None
        for aging in order:
            path = by_aging.get(aging)
            if path is None:
                continue
            intensity = tree.outcomes[path.outcome].intensity
            if previous and intensity < previous[1]:
                context = "，".join(f"{k}={v}" for k, v in others)
                report(("outcomes", path.outcome, "intensity"), "E608",
                       f"账龄从“{previous[0]}”变成“{aging}”（{context}）时，结果强度从 {previous[1]} 降到 "
                       f"{intensity}（{path.outcome}）。账龄越长，打法不能更软。")
                return
            previous = (aging, intensity)

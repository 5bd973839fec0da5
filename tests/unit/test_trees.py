"""Decision-tree rules: one test per rule, each naming code, file, line and field."""

from __future__ import annotations

from macros.check import check_playbook
from macros.trees import walk

from .helpers import only, problems_of
from .test_schema import _edit, _line_of

TREE = "trees/pick.yaml"


def edit(root, old, new):
    _edit(root, old, new, TREE)


def test_the_fixture_tree_is_valid_and_every_path_is_walked(mini_copy):
    playbook, problems = check_playbook(mini_copy)
    assert problems == []
    paths = walk(playbook.get("trees", "pick").data).paths
    assert len(paths) == 8
    assert {p.outcome for p in paths} == {"remind", "plan", "letter"}


def test_start_node_must_exist(mini_copy):
    edit(mini_copy, "start: aging", "start: agin")
    problem = only(problems_of(mini_copy), "E601")
    assert problem.field == "start" and problem.line == _line_of(mini_copy, "start: agin", TREE)


def test_option_must_lead_somewhere(mini_copy):
    edit(mini_copy, "        next: decide\n      - label: 想给没钱", "        next: decid\n      - label: 想给没钱")
    problem = only(problems_of(mini_copy), "E602")
    assert problem.field == "nodes.logic.options[0].next"
    assert problem.line == _line_of(mini_copy, "next: decid", TREE)


def test_rule_must_name_an_outcome(mini_copy):
    edit(mini_copy, "outcome: letter", "outcome: lettre")
    assert only(problems_of(mini_copy), "E602").field == "nodes.decide.rules[0].outcome"


def test_cycles_are_refused(mini_copy):
    edit(mini_copy, "        value: 有心无力\n        next: decide", "        value: 有心无力\n        next: aging")
    problem = only(problems_of(mini_copy), "E603")
    assert "aging" in problem.message and "→" in problem.message


def test_unreachable_node(mini_copy):
    path = mini_copy / TREE
    path.write_text(path.read_text(encoding="utf-8").replace(
        "outcomes:", "  orphan:\n    question: 没人问的问题？\n    options:\n"
        "      - {label: 是, next: remind}\n      - {label: 否, next: plan}\noutcomes:"), encoding="utf-8")
    problem = only(problems_of(mini_copy), "E604")
    assert problem.field == "nodes.orphan"


def test_unreachable_outcome(mini_copy):
    edit(mini_copy, "      - when: {logic: [有心无力]}\n        outcome: plan\n", "")
    problem = only(problems_of(mini_copy), "E604")
    assert problem.field == "outcomes.plan"


def test_a_question_needs_two_options(mini_copy):
    edit(mini_copy, "      - label: 什么也不说\n        value: 不回应\n        next: logic\n", "")
    problems = problems_of(mini_copy)
    assert only(problems, "E605").field == "nodes.said.options"


def test_rules_must_end_with_a_catch_all(mini_copy):
    edit(mini_copy, "      - when: {}\n        outcome: remind", "      - when: {logic: [客强我弱]}\n        outcome: remind")
    assert only(problems_of(mini_copy), "E606").field == "nodes.decide.rules[2]"


def test_rules_use_known_answers(mini_copy):
    edit(mini_copy, "when: {logic: [有心无力]}", "when: {logic: [没钱]}")
    problem = only(problems_of(mini_copy), "E606")
    assert "没钱" in problem.message and "有心无力" in problem.message


def test_the_main_tree_must_reach_every_scenario(mini_copy):
    edit(mini_copy, "      - label: 财务不在\n        scenario: finance-away\n",
         "      - label: 财务不在\n        value: 财务不在\n")
    problem = only(problems_of(mini_copy), "E607")
    assert "finance-away" in problem.message


def test_escalation_never_softens_as_aging_grows(mini_copy):
    edit(mini_copy, "    intensity: 3", "    intensity: 1")
    problem = only(problems_of(mini_copy), "E608")
    assert problem.field == "outcomes.letter.intensity"
    assert "31天以上" in problem.message

"""The wording linter: lines a salesperson will say aloud must stay lawful and sound Chinese.

It reads every script and every style example (the words meant to be spoken),
not the ``never_say`` lists, which quote bad lines on purpose. Each rule is a
numbered pattern with the reason a contributor needs to rewrite the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .playbook import Entry, Playbook
from .problems import Problem, field_path


@dataclass(frozen=True)
class WordingRule:
    code: str
    title: str
    pattern: re.Pattern
    why: str


def _rule(code: str, title: str, pattern: str, why: str) -> WordingRule:
    return WordingRule(code, title, re.compile(pattern), why)


_PEOPLE_AROUND = r"(家人|家属|家里人|老婆|爱人|丈夫|妻子|父母|孩子|亲戚|朋友圈|你们的?客户|你们的?供应商|你们的?同行|你们的?股东)"

WORDING_RULES: tuple[WordingRule, ...] = (
    _rule("E501", "威胁", r"后果自负|走着瞧|等着瞧|让你好看|别怪我们?不客气|吃不了兜着走|有你好受|你会后悔|不给钱就.{0,6}(闹|搞|砸|堵|找人)",
          "话术不能威胁对方；要说明后果，只说合同和法律允许我们做的事，如“我们会按合同约定发函”。"),
    _rule("E502", "辱骂", r"骗子|无赖|不要脸|流氓|混蛋|王八蛋|垃圾|废物|赖皮|耍赖|人渣|没良心",
          "话术不能辱骂或贬低对方，把人和问题分开。"),
    _rule("E503", "羞辱与公开曝光", r"老赖|曝光|挂(到|在)网上|发朋友圈|公之于众|让全行业都知道|登报|拉横幅|横幅|公开.{0,4}(欠款|名单)",
          "公开点名或羞辱有名誉侵权风险（民法典第1024条），话术里不能出现。"),
    _rule("E504", "向第三方施压", r"(联系|找|通知|告诉|打电话给|打给|上门找|去找)(一下)?(你|您)?们?的?" + _PEOPLE_AROUND,
          "不能找对方的家人、客户、供应商或同行施压，也不能泄露联系方式（个人信息保护法）。"),
    _rule("E505", "暴力与软暴力", r"上门堵|堵(你|门)|砸(了|你|掉)|弄死|打断|跟着你|天天(上门|去你家|打电话)|二十四小时|24小时(打|盯)|不让(你)?走|关起来|扣(人|押你)",
          "暴力、跟踪、纠缠、堵门属于刑法和“软暴力”意见禁止的行为。"),
    _rule("E506", "虚假的法律后果", r"坐牢|判刑|拘留你|抓你|抓人|刑事责任|进监狱|上(个人)?征信|列为失信|失信被执行人|限制你(出行|坐)",
          "欠货款是民事纠纷：不要说坐牢、拘留、上征信这类不真实的后果；失信名单只有法院在判决不履行后才能决定。"),
    _rule("E507", "中文里夹半角标点", r"[\u4e00-\u9fff][,;:!?](?=[\u4e00-\u9fff\s]|$)|[\u4e00-\u9fff]\.\.\.|\.\.\.[\u4e00-\u9fff]",
          "中文话术用全角标点：，；：！？……"),
)

WORDING_RULE_TITLES = {rule.code: rule.title for rule in WORDING_RULES}


def lint_text(text: str) -> list[tuple[WordingRule, str]]:
    """Every rule the text breaks, with the words that broke it."""
    hits = []
    for rule in WORDING_RULES:
        match = rule.pattern.search(text)
        if match:
            hits.append((rule, match.group(0)))
    return hits


def spoken_lines(entry: Entry) -> list[tuple[tuple, str]]:
    if entry.kind == "scenarios":
        return [(("scripts", i, "text"), script.text) for i, script in enumerate(entry.data.scripts)]
    if entry.kind == "styles":
        return [(("examples", i), example) for i, example in enumerate(entry.data.examples)]
    return []


def lint_playbook(playbook: Playbook) -> list[Problem]:
    problems = []
    for kind in ("scenarios", "styles"):
        for entry in playbook.all(kind):
            for loc, text in spoken_lines(entry):
                for rule, words in lint_text(text):
                    problems.append(entry.source.problem(
                        loc, rule.code, field_path(loc), f"{rule.title}：“{words}”。{rule.why}"))
    return problems

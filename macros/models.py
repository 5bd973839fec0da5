"""Typed models of every playbook kind.

The models are strict on purpose: unknown fields are errors (a typo such as
``scirpts:`` must not vanish silently), types are not coerced, and every field
carries a Chinese description that the docs and editor schemas reuse.
References between entries are plain ids here; ``references.py`` checks them.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# Names become page titles, nav items and tags, which the theme prints unescaped:
# refusing markup characters here is what keeps them safe everywhere.
NAME_PATTERN = r"^[^<>&\"'{}`\\]+$"
ARTICLE_PATTERN = r"^第.+条"
HTTPS_PATTERN = r"^https://"
DAYS_PATTERN = r"^(-?\d+)(-\d+|\+)?$"
PLACEHOLDER_NAME_PATTERN = r"^[\u4e00-\u9fffA-Za-z0-9]+$"

# Shown instead of the raw regular expression when a value does not match.
PATTERN_HINTS = {
    ID_PATTERN: "id 只能用小写字母、数字和连字符，如 caiwu-buzai",
    NAME_PATTERN: "名称里不能有 < > & \" ' { } ` \\ 这些符号",
    ARTICLE_PATTERN: "条文要写成“第188条”“第293条之一”这样的形式",
    HTTPS_PATTERN: "链接必须以 https:// 开头",
    DAYS_PATTERN: "天数写成 1-7、91+ 或 -10 这样的形式",
    PLACEHOLDER_NAME_PATTERN: "占位符名称只能用汉字、字母和数字",
}

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40, pattern=NAME_PATTERN)]
EntryId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]

Logic = Literal["客强我弱", "客强我强", "有心无力", "恶意拖欠"]
Aging = Literal["未到期", "1-30天", "31-60天", "61-90天", "90天以上"]
Family = Literal["十不", "新形势", "新变化", "心诉求", "常见借口"]
Level = Literal["低", "中", "高"]
Scope = Literal["b2b", "consumer", "both"]
Confidence = Literal["high", "medium", "low"]
TacticCategory = Literal["清收方法", "谈判技巧", "法律工具", "沟通方法", "预防管理"]

LOGIC_ORDER: tuple[str, ...] = Logic.__args__
AGING_ORDER: tuple[str, ...] = Aging.__args__
FAMILY_ORDER: tuple[str, ...] = Family.__args__
TACTIC_CATEGORY_ORDER: tuple[str, ...] = TacticCategory.__args__
SCOPE_LABELS = {"b2b": "企业间（B2B）适用", "consumer": "仅消费者领域规则", "both": "B2B 与消费者均适用"}
CONFIDENCE_LABELS = {"high": "高", "medium": "中", "low": "低"}


def texts(minimum: int, description: str):
    return Field(min_length=minimum, description=description)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Reviewed(Strict):
    """Fields every entry may carry so stale advice is noticed."""

    owner: Text | None = Field(None, description="负责人：谁对这条内容负责（姓名或团队）")
    reviewed: date | None = Field(None, description="最近审阅日期，如 2026-11-01；超过一年 make check 会提醒")


class Script(Strict):
    style: EntryId = Field(description="话术风格的 id（playbooks/styles/ 下的文件名），如 tongli")
    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=8)] = Field(
        description="可以直接说出口的话术。会变的内容用占位符，如 {客户称呼}、{金额}")
    counterpart: EntryId | None = Field(None, description="适合的谈判对象 id（ying/yang/hu/lv），可省略")
    debt_type: EntryId | None = Field(None, description="适合的欠款类型 id，可省略")
    aging: Aging | None = Field(None, description="适合的账龄段，可省略")
    note: Text | None = Field(None, description="给使用者的提示：什么时候说、语气要点")


class NeverSay(Strict):
    say: Text = Field(description="不该说的话（原话）")
    why: Text = Field(description="为什么不能说")


class Source(Strict):
    title: Text = Field(description="出处名称，如《中华人民共和国民法典》")
    url: Annotated[str, StringConstraints(pattern=HTTPS_PATTERN)] | None = Field(
        None, description="官方来源链接（https://），可省略")


class Scenario(Reviewed):
    name: Name = Field(description="场景名称（中文），如 财务不在")
    family: Family = Field(description="借口类别：十不 / 新形势 / 新变化 / 心诉求 / 常见借口")
    summary: Text = Field(description="一句话说明这个场景")
    customer_says: list[Text] = texts(5, "客户的原话，多写几种说法（搜索靠它们命中）")
    possible_causes: list[Text] = texts(3, "这句话背后可能的真实原因")
    logic: list[Logic] = texts(1, "底层规律：客强我弱 / 客强我强 / 有心无力 / 恶意拖欠")
    questions: list[Text] = texts(3, "该问客户的问题")
    scripts: list[Script] = texts(4, "话术，至少四条，至少四种不同风格")
    never_say: list[NeverSay] = texts(2, "千万别说的话")
    if_it_fails: Text = Field(description="话术不奏效时的下一步")
    tactics: list[EntryId] = Field(default_factory=list, description="推荐的战术 id")
    legal: list[EntryId] = Field(default_factory=list, description="相关法律要点 id")
    related: list[EntryId] = Field(default_factory=list, description="相关场景 id")


class DebtType(Reviewed):
    name: Name = Field(description="欠款类型名称，如 工程项目型")
    summary: Text = Field(description="一句话说明")
    how_payment_works: list[Text] = texts(2, "这类客户的付款机制")
    typical_scenarios: list[EntryId] = texts(1, "常见借口场景 id")
    risk_signals: list[Text] = texts(2, "风险信号")
    evidence_to_keep: list[Text] = texts(2, "要保留的证据")
    recommended_tactics: list[EntryId] = texts(1, "推荐战术 id")
    watch_out: list[Text] = Field(default_factory=list, description="特别注意")


class Style(Reviewed):
    name: Name = Field(description="风格名称，如 同理式")
    principle: Text = Field(description="核心原理")
    intensity: int = Field(ge=1, le=5, description="施压强度：1 最温和，5 最正式（法律层面）")
    use_when: list[Text] = texts(1, "适合什么时候用")
    avoid_when: list[Text] = texts(1, "什么时候不要用")
    negotiation_idea: Text = Field(description="背后的谈判思路")
    examples: list[Text] = texts(3, "示例句")
    counterparts: list[EntryId] = Field(default_factory=list, description="特别适合的谈判对象 id")


class Tactic(Reviewed):
    name: Name = Field(description="战术名称")
    category: TacticCategory = Field(description="类别：清收方法 / 谈判技巧 / 法律工具 / 沟通方法 / 预防管理")
    summary: Text = Field(description="一句话说明")
    intensity: int = Field(ge=1, le=5, description="施压强度：1 最温和，5 诉诸法律")
    relationship_cost: Level = Field(description="对客户关系的代价：低 / 中 / 高")
    who: list[Text] = texts(1, "谁来做")
    preconditions: list[Text] = texts(1, "前提条件")
    steps: list[Text] = texts(2, "步骤")
    documents: list[Text] = Field(default_factory=list, description="要准备的文件")
    risks: list[Text] = Field(default_factory=list, description="风险与注意事项")
    styles: list[EntryId] = Field(default_factory=list, description="搭配的话术风格 id")
    legal: list[EntryId] = Field(default_factory=list, description="相关法律要点 id")


class Counterpart(Reviewed):
    name: Name = Field(description="对象代号：鹰 / 羊 / 狐 / 驴")
    role: Text = Field(description="对应的角色，如 老板/决策者")
    summary: Text = Field(description="一句话画像")
    signs: list[Text] = texts(2, "怎么认出来：可观察的迹象")
    cares_about: list[Text] = texts(2, "他在乎什么")
    how_to_talk: list[Text] = texts(2, "怎么谈")
    avoid: list[Text] = texts(1, "别做什么")
    styles: list[EntryId] = texts(1, "好用的话术风格 id")


class LegalNote(Reviewed):
    name: Name = Field(description="要点标题")
    law: Text = Field(description="法律或规定名称，如 中华人民共和国民法典")
    articles: list[Annotated[str, StringConstraints(pattern=ARTICLE_PATTERN)]] = texts(
        1, "条文编号，如 第188条")
    scope: Scope = Field(description="适用范围：b2b（企业间）/ consumer（仅消费者领域）/ both")
    confidence: Confidence = Field(description="把握程度：high / medium / low")
    summary: Text = Field(description="一句话说明条文内容")
    in_practice: list[Text] = texts(2, "在催收中意味着什么")
    sources: list[Source] = texts(1, "出处")


class EscalationStep(Reviewed):
    name: Name = Field(description="步骤名称")
    order: int = Field(ge=1, description="在升级阶梯中的顺序")
    aging: Aging = Field(description="对应账龄段")
    days: Annotated[str, StringConstraints(pattern=DAYS_PATTERN)] = Field(
        description="逾期天数范围，如 1-7、91+、-10（到期前）")
    goal: Text = Field(description="这一步要达到的目的")
    who: Text = Field(description="谁来做")
    actions: list[Text] = texts(2, "具体动作")
    documents: list[Text] = Field(default_factory=list, description="要用到的文件")
    tactics: list[EntryId] = Field(default_factory=list, description="用到的战术 id")
    if_no_response: Text = Field(description="仍无回应时怎么办")


class Placeholder(Strict):
    name: Annotated[str, StringConstraints(pattern=PLACEHOLDER_NAME_PATTERN)] = Field(
        description="占位符名称（写进话术时加花括号，如 {金额}）")
    description: Text = Field(description="填什么")
    example: Text = Field(description="示例值")


class PlaceholderRegistry(Strict):
    placeholders: list[Placeholder] = texts(1, "话术里允许使用的占位符")


class TreeOption(Strict):
    label: Text = Field(description="选项文字（读者点的按钮）")
    value: Name | None = Field(None, description="记录的答案值（规则里用它）；省略时用 scenario 或 label")
    scenario: EntryId | None = Field(None, description="这个选项对应的借口场景 id，可省略")
    counterpart: EntryId | None = Field(None, description="这个选项对应的谈判对象 id，可省略")
    next: EntryId = Field(description="下一步：节点 id 或结果 id")

    @property
    def answer(self) -> str:
        return self.value or self.scenario or self.counterpart or self.label


class TreeRule(Strict):
    when: dict[EntryId, list[Name]] = Field(
        default_factory=dict, description="条件：问题节点 id → 允许的答案值；空表示其余所有情况")
    outcome: EntryId = Field(description="满足条件时的结果 id")


class TreeNode(Strict):
    question: Text | None = Field(None, description="问题（问题节点）")
    help: Text | None = Field(None, description="帮助读者回答的提示")
    options: list[TreeOption] = Field(default_factory=list, description="选项，至少两个（问题节点）")
    rules: list[TreeRule] = Field(default_factory=list, description="按已答内容选结果的规则，依次匹配（规则节点）")


class TreeOutcome(Strict):
    title: Text = Field(description="结论标题")
    summary: Text = Field(description="一句话说明为什么这样做")
    intensity: int = Field(ge=1, le=5, description="施压强度 1–5：账龄越长不应越低")
    tactics: list[EntryId] = Field(default_factory=list, description="推荐战术 id，按优先顺序")
    styles: list[EntryId] = Field(default_factory=list, description="推荐话术风格 id，按优先顺序")
    legal: list[EntryId] = Field(default_factory=list, description="相关法律要点 id")
    counterpart: EntryId | None = Field(None, description="对应的谈判对象 id")
    escalation: EntryId | None = Field(None, description="对应的升级步骤 id")
    prepare: list[Text] = Field(default_factory=list, description="要准备的材料")
    next_step: Text = Field(description="不奏效时的下一步")


class Tree(Reviewed):
    name: Name = Field(description="决策树名称")
    summary: Text = Field(description="一句话说明这棵树帮人决定什么")
    start: EntryId = Field(description="第一个节点 id")
    escalates_with: EntryId | None = Field(
        None, description="账龄问题的节点 id：它的选项从轻到重排列，结果强度不得随之降低")
    must_reach: list[Literal["scenarios", "counterparts"]] = Field(
        default_factory=list, description="必须能走到的全部条目类别，如 scenarios")
    nodes: dict[EntryId, TreeNode] = Field(min_length=1, description="节点：问题节点或规则节点")
    outcomes: dict[EntryId, TreeOutcome] = Field(min_length=1, description="结果")

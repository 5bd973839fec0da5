"""The kinds of playbook entry: where their files live, what they are called, what they reference."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from . import models


@dataclass(frozen=True)
class Kind:
    key: str  # directory under playbooks/ and URL section
    label: str  # Chinese name shown to readers
    model: type[BaseModel]
    blurb: str  # one line for the home page and index
    # field path -> referenced kind; "scripts[].style" walks into list items
    references: tuple[tuple[str, str], ...] = ()


KINDS: tuple[Kind, ...] = (
    Kind("scenarios", "借口场景", models.Scenario,
         "客户说了什么、背后可能是什么、该问什么、怎么回——每个场景多种风格的现成话术。",
         (("scripts[].style", "styles"), ("scripts[].counterpart", "counterparts"),
          ("scripts[].debt_type", "debt-types"), ("tactics", "tactics"), ("legal", "legal"),
          ("related", "scenarios"))),
    Kind("styles", "话术风格", models.Style,
         "十种话术风格的原理、适用时机、施压强度与例句。",
         (("counterparts", "counterparts"),)),
    Kind("debt-types", "欠款类型", models.DebtType,
         "不同类型客户的付款机制、风险信号和该留的证据。",
         (("typical_scenarios", "scenarios"), ("recommended_tactics", "tactics"))),
    Kind("tactics", "战术与方法", models.Tactic,
         "清收方法、谈判技巧和合法的法律工具：前提、步骤、文件、关系代价。",
         (("styles", "styles"), ("legal", "legal"))),
    Kind("counterparts", "谈判对象", models.Counterpart,
         "鹰、羊、狐、驴：认出对面是谁，再决定怎么谈。",
         (("styles", "styles"),)),
    Kind("legal", "法律要点", models.LegalNote,
         "诉讼时效、利息违约金、支付令、中小企业款项支付条例与催收红线，注明条文和适用范围。"),
    Kind("escalation", "升级步骤", models.EscalationStep,
         "按账龄逐级升级：每一步谁来做、做什么、用什么文件。",
         (("tactics", "tactics"),)),
    Kind("trees", "决策树", models.Tree,
         "回答几个问题，从“客户说了什么、逾期多久”走到具体打法和现成话术。",
         (("nodes{}.options[].scenario", "scenarios"), ("nodes{}.options[].counterpart", "counterparts"),
          ("outcomes{}.tactics", "tactics"), ("outcomes{}.styles", "styles"), ("outcomes{}.legal", "legal"),
          ("outcomes{}.counterpart", "counterparts"), ("outcomes{}.escalation", "escalation"))),
)

KIND_BY_KEY = {kind.key: kind for kind in KINDS}

PLACEHOLDER_FILE = "placeholders.yaml"


def reference_values(data: BaseModel, path: str) -> list[tuple[tuple, str]]:
    """Every (field loc, referenced id) found at ``path`` in one entry."""
    found: list[tuple[tuple, str]] = []

    def walk(value, parts: list[str], loc: tuple) -> None:
        if value is None:
            return
        if not parts:
            if isinstance(value, list):
                found.extend((loc + (i,), item) for i, item in enumerate(value))
            else:
                found.append((loc, value))
            return
        head, rest = parts[0], parts[1:]
        if head.endswith("{}"):
            name = head[:-2]
            for key, item in getattr(value, name).items():
                walk(item, rest, loc + (name, key))
        elif head.endswith("[]"):
            name = head[:-2]
            for i, item in enumerate(getattr(value, name)):
                walk(item, rest, loc + (name, i))
        else:
            walk(getattr(value, head), rest, loc + (head,))

    walk(data, path.split("."), ())
    return found

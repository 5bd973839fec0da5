"""Problems found in playbook files, and the stable rule codes that name them.

Every check in the pipeline reports a ``Problem``; nothing raises on bad data.
The message format is the contract with contributors and CI:
``path:line:col: CODE 字段路径：说明``.
"""

from __future__ import annotations

from dataclasses import dataclass

# Rule codes are stable: tests, docs and contributors rely on them.
# E1xx file and YAML syntax · E2xx schema · E3xx references · E4xx content rules · E5xx wording · E6xx decision trees
RULES: dict[str, str] = {
    "E101": "文件不是 UTF-8 编码",
    "E102": "文件为空",
    "E103": "YAML 语法错误",
    "E104": "重复的键",
    "E105": "不支持 YAML 锚点与别名",
    "E106": "文件顶层必须是键值映射",
    "E107": "文件名不是合法的 id",
    "E108": "使用了制表符缩进",
    "E109": "文件过大",
    "E110": "playbooks 目录里有不认识的文件或目录",
    "E111": "第一行不是 schema 声明",
    "E201": "缺少必填字段",
    "E202": "未知字段",
    "E203": "类型错误",
    "E204": "取值不在允许范围内",
    "E205": "数量或长度不符合要求",
    "E206": "格式不正确",
    "E301": "引用了不存在的条目",
    "E302": "同类条目名称重复",
    "E401": "话术风格不够多样",
    "E402": "未声明的占位符",
    "E403": "占位符写法不正确",
    "E501": "话术里有威胁",
    "E502": "话术里有辱骂",
    "E503": "话术里有羞辱或公开曝光",
    "E504": "话术向第三方施压",
    "E505": "话术里有暴力或软暴力",
    "E506": "话术里有虚假的法律后果",
    "E507": "中文话术里夹半角标点",
    "E601": "决策树的起始节点不存在",
    "E602": "决策树的选项或规则指向不存在的节点或结果",
    "E603": "决策树里有循环",
    "E604": "决策树里有走不到的节点或结果",
    "E605": "决策树的问题节点不完整",
    "E606": "决策树的规则写得不对",
    "E607": "决策树没有覆盖全部场景或对象",
    "E608": "账龄变长时打法反而变软",
    "E609": "决策树的节点和结论 id 重复",
    "W701": "超过一年没有审阅（只提醒，不算失败）",
}


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    code: str
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        return not self.code.startswith("W")

    def format(self) -> str:
        where = f"{self.field}：" if self.field else ""
        return f"{self.path}:{self.line}:{self.col}: {self.code} {where}{self.message}"


def format_problems(problems: list[Problem]) -> str:
    return "\n".join(p.format() for p in sorted(problems))


def github_annotation(problem: Problem) -> str:
    """The same problem as a GitHub Actions workflow command: it shows on the PR's changed line."""
    level = "error" if problem.is_error else "warning"
    text = problem.format().split(": ", 1)[1]
    for char, code in (("%", "%25"), ("\r", "%0D"), ("\n", "%0A")):
        text = text.replace(char, code)
    return f"::{level} file={problem.path},line={problem.line},col={problem.col},title={problem.code}::{text}"


def field_path(loc: tuple) -> str:
    """('scripts', 2, 'style') -> 'scripts[2].style'"""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out

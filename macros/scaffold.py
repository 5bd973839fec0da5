"""``make new KIND=scenario ID=xxx``: a commented starter file, ready to fill in.

It copies the kind's template from ``playbooks/_templates/``, puts the schema
line first, and refuses an id that exists already or is not kebab-case.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .kinds import KIND_BY_KEY
from .loader import ID_PATTERN
from .schema import schema_line

# what people type -> (kind directory, template file)
KIND_NAMES = {
    "scenario": ("scenarios", "scenario"), "scenarios": ("scenarios", "scenario"),
    "style": ("styles", "style"), "styles": ("styles", "style"),
    "debt-type": ("debt-types", "debt-type"), "debt-types": ("debt-types", "debt-type"),
    "tactic": ("tactics", "tactic"), "tactics": ("tactics", "tactic"),
    "counterpart": ("counterparts", "counterpart"), "counterparts": ("counterparts", "counterpart"),
    "legal": ("legal", "legal"),
    "escalation": ("escalation", "escalation"),
    "tree": ("trees", "tree"), "trees": ("trees", "tree"),
}
NEW_NAME = "请改成中文名称"


class ScaffoldError(Exception):
    pass


def starter_text(template: str, kind: str, entry_id: str) -> str:
    lines = template.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)  # the template's own header: schema line and "copy me" note
    header = [schema_line(kind),
              f"# 新的{KIND_BY_KEY[kind].label}：{entry_id}。照注释填写，保存后运行 make check，用 make serve 预览。"]
    body = [f"name: {NEW_NAME}" if line.startswith("name:") else line for line in lines]
    return "\n".join(header + body) + "\n"


def scaffold(playbooks: Path, kind_name: str, entry_id: str) -> Path:
    if kind_name not in KIND_NAMES:
        raise ScaffoldError(f"不认识的类别“{kind_name}”。可用：{'、'.join(sorted(set(KIND_NAMES)))}。")
    if not ID_PATTERN.match(entry_id or ""):
        raise ScaffoldError(f"id“{entry_id}”不合法：只能用小写字母、数字和连字符，如 caiwu-buzai。")
    kind, template_name = KIND_NAMES[kind_name]
    target = playbooks / kind / f"{entry_id}.yaml"
    if target.exists():
        raise ScaffoldError(f"{target} 已经存在，换一个 id，或直接编辑这个文件。")
    template = (playbooks / "_templates" / f"{template_name}.yaml").read_text(encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(starter_text(template, kind, entry_id), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make new", description="新建一个条目文件。")
    parser.add_argument("kind", nargs="?", default="", help="scenario / style / debt-type / tactic / counterpart / legal / escalation / tree")
    parser.add_argument("id", nargs="?", default="", help="文件名（小写拼音或英文，用连字符）")
    parser.add_argument("--playbooks", default="playbooks")
    args = parser.parse_args(argv)
    try:
        path = scaffold(Path(args.playbooks), args.kind, args.id)
    except ScaffoldError as err:
        print(f"没有创建文件：{err}", file=sys.stderr)
        print("用法：make new KIND=scenario ID=caiwu-buzai", file=sys.stderr)
        return 1
    print(f"已创建 {path}。")
    if KIND_NAMES[args.kind][0] == "scenarios":
        print("别忘了把它加进主决策树 playbooks/trees/xuanze-celue.yaml 对应类别的问题里（label、scenario、next: logic）。")
    if KIND_NAMES[args.kind][0] == "counterparts":
        print("别忘了在 playbooks/trees/duifang-shishui.yaml 里加一个指向它的结论（counterpart: 这个 id）。")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Read one playbook file into plain data plus the line and column of every field.

Safety first: only YAML's safe types are built, anchors and aliases are refused
(they are how "billion laughs" files blow up memory), duplicate keys are errors
rather than a silent last-one-wins, and bytes that are not UTF-8 get a message
that says how to fix the file instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Problem, field_path

MAX_FILE_BYTES = 512 * 1024
UTF8_BOM = b"\xef\xbb\xbf"

Loc = tuple  # ('scripts', 2, 'text')


@dataclass
class SourceDocument:
    """A parsed file: its data and where each value and key sits (1-based)."""

    display_path: str
    data: object = None
    value_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    first_line: str = ""

    def position_of(self, loc: Loc, *, prefer_key: bool = False) -> tuple[int, int]:
        """The closest known position for a field path, walking up to its parents."""
        loc = tuple(loc)
        while True:
            if prefer_key and loc in self.key_positions:
                return self.key_positions[loc]
            if loc in self.value_positions:
                return self.value_positions[loc]
            if loc in self.key_positions:
                return self.key_positions[loc]
            if not loc:
                return (1, 1)
            loc = loc[:-1]
            prefer_key = True

    def problem(self, loc: Loc, code: str, field_name: str, message: str, *, at_key: bool = False) -> Problem:
        line, col = self.position_of(loc, prefer_key=at_key)
        return Problem(self.display_path, line, col, code, field_name, message)


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases before anything is expanded."""

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise _AliasRefused(event.start_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise _AliasRefused(event.start_mark)
        return super().compose_node(parent, index)


class _AliasRefused(Exception):
    def __init__(self, mark):
        super().__init__("alias")
        self.mark = mark


def _pos(node_or_mark) -> tuple[int, int]:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return (mark.line + 1, mark.column + 1)


def _decode(raw: bytes, doc: SourceDocument) -> str | None:
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM):]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        hint = "请用编辑器以“UTF-8”编码重新保存此文件（VS Code：右下角编码 → 通过编码保存 → UTF-8）。"
        try:
            raw.decode("gbk")
            what = "文件是 GBK/GB2312 编码（常见于 Windows 记事本或 WPS 保存的文件），不是 UTF-8。"
        except UnicodeDecodeError:
            what = f"第 {line} 行有无法按 UTF-8 解码的字节。"
        doc.problems.append(Problem(doc.display_path, line, col, "E101", "", what + hint))
        return None


def _tab_indentation(text: str, doc: SourceDocument) -> bool:
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            col = indent.index("\t") + 1
            doc.problems.append(Problem(
                doc.display_path, number, col, "E108", "",
                "缩进里有制表符（Tab）。YAML 只能用空格缩进，请把 Tab 换成两个空格。",
            ))
            found = True
    return found


def _yaml_error_message(err: yaml.MarkedYAMLError) -> str:
    problem = (err.problem or "").strip()
    context = (err.context or "").strip()
    raw = f"{context}，{problem}" if context else problem
    known = {
        "mapping values are not allowed here": "这里不能出现冒号分隔的键值（检查上一行是否缺少引号，或冒号后少了空格）",
        "could not find expected ':'": "找不到应有的冒号“:”（检查键名后是否漏了冒号）",
        "expected <block end>, but found": "缩进不一致（同一层的字段要对齐）",
        "found character '\\t' that cannot start any token": "出现了制表符（Tab），请改用空格",
        "found undefined alias": "出现了未定义的别名",
        "found unexpected end of stream": "文件在引号或括号闭合前就结束了",
        "but found another document": "一个文件只能有一个 YAML 文档（删除多余的“---”）",
    }
    for english, chinese in known.items():
        if english in raw:
            return f"YAML 语法错误：{chinese}。（原始信息：{raw}）"
    return f"YAML 语法错误：{raw}"


def load_source(path: Path, display_path: str) -> SourceDocument:
    doc = SourceDocument(display_path)
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        doc.problems.append(Problem(
            display_path, 1, 1, "E109", "",
            f"文件有 {len(raw) // 1024} KiB，超过上限 {MAX_FILE_BYTES // 1024} KiB。一个条目一个文件，请拆分。",
        ))
        return doc
    text = _decode(raw, doc)
    if text is None:
        return doc
    doc.first_line = text.split("\n", 1)[0].rstrip("\r")
    if _tab_indentation(text, doc):
        return doc
    loader = None
    try:
        loader = _NoAliasLoader(text)
        node = loader.get_single_node()
    except _AliasRefused as err:
        line, col = _pos(err.mark)
        doc.problems.append(Problem(
            display_path, line, col, "E105", "",
            "不支持 YAML 锚点（&）和别名（*）。请把内容直接写出来。",
        ))
        return doc
    except yaml.reader.ReaderError as err:
        before = text[: err.position]
        line, col = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        doc.problems.append(Problem(
            display_path, line, col, "E103", "",
            f"文件里有不能出现在 YAML 里的控制字符（U+{err.character:04X}），多半是从别处粘贴带进来的，请删掉。"))
        return doc
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = _pos(mark) if mark else (1, 1)
        doc.problems.append(Problem(display_path, line, col, "E103", "", _yaml_error_message(err)))
        return doc
    except yaml.YAMLError as err:
        doc.problems.append(Problem(display_path, 1, 1, "E103", "", f"YAML 语法错误：{err}"))
        return doc
    finally:
        if loader is not None:
            loader.dispose()
    if node is None or (isinstance(node, ScalarNode) and node.value.strip() == ""):
        doc.problems.append(Problem(display_path, 1, 1, "E102", "", "文件是空的。请从 playbooks/_templates/ 复制模板开始写。"))
        return doc
    if not isinstance(node, MappingNode):
        line, col = _pos(node)
        doc.problems.append(Problem(display_path, line, col, "E106", "", "文件顶层必须是“字段: 值”的映射，而不是列表或单个值。"))
        return doc
    doc.data = _build(node, (), doc, loader)
    return doc


def _build(node: Node, loc: Loc, doc: SourceDocument, loader: yaml.SafeLoader):
    doc.value_positions[loc] = _pos(node)
    if isinstance(node, MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                line, col = _pos(key_node)
                doc.problems.append(Problem(doc.display_path, line, col, "E203", "", "字段名必须是文本。"))
                continue
            child = loc + (key,)
            if key in result:
                line, col = _pos(key_node)
                first_line, _ = doc.key_positions[child]
                doc.problems.append(Problem(
                    doc.display_path, line, col, "E104", field_path(child),
                    f"字段“{key}”重复出现（第一次在第 {first_line} 行）。YAML 只会保留最后一个，请合并。",
                ))
                continue
            doc.key_positions[child] = _pos(key_node)
            result[key] = _build(value_node, child, doc, loader)
        return result
    if isinstance(node, SequenceNode):
        return [_build(item, loc + (i,), doc, loader) for i, item in enumerate(node.value)]
    return loader.construct_object(node)


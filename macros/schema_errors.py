"""Turn pydantic's validation errors into Chinese problems at the right line."""

from __future__ import annotations

import difflib

from pydantic import BaseModel, ValidationError

from .models import PATTERN_HINTS
from .problems import Problem, field_path
from .yaml_source import SourceDocument

TYPE_NAMES = {
    "string_type": "文本",
    "int_type": "整数",
    "list_type": "列表（每项一行，以“- ”开头）",
    "model_type": "“字段: 值”的映射",
    "dict_type": "“字段: 值”的映射",
    "bool_type": "true 或 false",
}


def _allowed_fields(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names allowed at the mapping that contains ``loc`` (for did-you-mean)."""
    current: type[BaseModel] | None = model
    for part in loc[:-1]:
        if current is None or isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        current = _model_inside(info.annotation) if info else None
    return list(current.model_fields) if current else []


def _model_inside(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_inside(arg)
        if found:
            return found
    return None


def _message(error: dict, model: type[BaseModel]) -> tuple[str, str, bool]:
    """(code, Chinese message, point at the key rather than the value)"""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    loc = error["loc"]
    if kind == "missing":
        return "E201", f"缺少必填字段“{loc[-1]}”。", True
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, loc)
        guess = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        hint = f"是不是想写“{guess[0]}”？" if guess else f"可用字段：{'、'.join(allowed)}。"
        return "E202", f"未知字段“{loc[-1]}”。{hint}", True
    if kind in TYPE_NAMES:
        return "E203", f"应为{TYPE_NAMES[kind]}，实际是 {_describe(error.get('input'))}。", False
    if kind == "literal_error":
        return "E204", f"只能是以下之一：{ctx.get('expected', '')}；实际是“{error.get('input')}”。", False
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        word = "不小于" if kind == "greater_than_equal" else "不大于"
        return "E204", f"应{word} {bound}，实际是 {error.get('input')}。", False
    if kind == "too_short":
        return "E205", f"至少需要 {ctx.get('min_length')} 项，现在只有 {ctx.get('actual_length')} 项。", False
    if kind == "string_too_short":
        return "E205", f"至少需要 {ctx.get('min_length')} 个字，不能为空。", False
    if kind == "string_pattern_mismatch":
        hint = PATTERN_HINTS.get(ctx.get("pattern"), f"应符合 {ctx.get('pattern')}")
        return "E206", f"格式不正确：{hint}；实际是“{error.get('input')}”。", False
    if kind == "string_too_long":
        return "E205", f"最多 {ctx.get('max_length')} 个字，现在太长了。", False
    return "E203", f"取值不正确：{error.get('msg')}。", False


def _describe(value) -> str:
    if value is None:
        return "空值（冒号后面没有内容）"
    if isinstance(value, bool):
        return f"布尔值 {str(value).lower()}（YAML 把 yes/no/on/off 当作布尔值，文本请加引号）"
    if isinstance(value, dict):
        return "映射"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, (int, float)):
        return f"数字 {value}（需要文本时请加引号）"
    return f"“{value}”"


def problems_from_validation(err: ValidationError, model: type[BaseModel], doc: SourceDocument) -> list[Problem]:
    problems = []
    for error in err.errors(include_url=False):
        loc = tuple(error["loc"])
        code, message, at_key = _message(error, model)
        problems.append(doc.problem(loc, code, field_path(loc), message, at_key=at_key))
    return problems

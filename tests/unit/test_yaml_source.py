"""One test per file-level error class: each names its rule code, file, line and column."""

from __future__ import annotations

from pathlib import Path

from macros.yaml_source import MAX_FILE_BYTES, load_source

from .helpers import only, problems_of, write

COUNTERPART = "name: 鹰\nrole: 老板\nsummary: 拍板的人。\nsigns: [说话简短, 时间很紧]\ncares_about: [结果, 面子]\n" \
              "how_to_talk: [先说结论, 给出选项]\navoid: [绕弯子]\nstyles: [mid]\n"


def _load(tmp_path: Path, content: str | bytes):
    path = write(tmp_path / "counterparts" / "boss.yaml", content)
    return load_source(path, "counterparts/boss.yaml")


def test_valid_file_records_positions(tmp_path):
    doc = _load(tmp_path, COUNTERPART)
    assert doc.problems == []
    assert doc.data["name"] == "鹰"
    assert doc.value_positions[("signs", 1)] == (4, 15)
    assert doc.key_positions[("role",)] == (2, 1)


def test_utf8_bom_is_accepted(tmp_path):
    doc = _load(tmp_path, b"\xef\xbb\xbf" + COUNTERPART.encode("utf-8"))
    assert doc.problems == []
    assert doc.data["name"] == "鹰"


def test_gbk_file_is_named_as_such_with_the_fix(tmp_path):
    doc = _load(tmp_path, COUNTERPART.encode("gbk"))
    problem = only(doc.problems, "E101")
    assert "GBK" in problem.message and "UTF-8" in problem.message
    # "name: 鹰" happens to be valid UTF-8 in GBK bytes; line 2 is the first that is not.
    assert (problem.path, problem.line) == ("counterparts/boss.yaml", 2)


def test_invalid_bytes_point_at_their_line(tmp_path):
    doc = _load(tmp_path, "name: 鹰\nrole: ".encode() + b"\xff\xfe\xfa" + b"\n")
    problem = only(doc.problems, "E101")
    assert (problem.line, problem.col) == (2, 7)


def test_empty_file(tmp_path):
    for content in ("", "   \n", "# 只有注释\n"):
        problem = only(_load(tmp_path, content).problems, "E102")
        assert problem.line == 1


def test_yaml_syntax_error_has_line_and_chinese_message(tmp_path):
    doc = _load(tmp_path, "name: 鹰\nrole: 老板: 经理\n")
    problem = only(doc.problems, "E103")
    assert (problem.line, problem.col) == (2, 9)
    assert "YAML 语法错误" in problem.message


def test_duplicate_key_names_both_lines(tmp_path):
    doc = _load(tmp_path, COUNTERPART + "role: 经理\n")
    problem = only(doc.problems, "E104")
    assert (problem.line, problem.col) == (9, 1)
    assert problem.field == "role"
    assert "第 2 行" in problem.message


def test_anchors_and_aliases_are_refused_before_expansion(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n" \
           "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n"
    problem = only(_load(tmp_path, bomb).problems, "E105")
    assert problem.line == 1


def test_top_level_must_be_a_mapping(tmp_path):
    problem = only(_load(tmp_path, "- 鹰\n- 羊\n").problems, "E106")
    assert problem.line == 1


def test_tab_indentation_is_named(tmp_path):
    problem = only(_load(tmp_path, "name: 鹰\nsigns:\n\t- 说话简短\n").problems, "E108")
    assert (problem.line, problem.col) == (3, 1)


def test_oversized_file_is_refused_without_parsing(tmp_path):
    problem = only(_load(tmp_path, "name: " + "鹰" * MAX_FILE_BYTES).problems, "E109")
    assert problem.line == 1


def test_problems_of_many_files_are_all_reported(mini_copy):
    write(mini_copy / "counterparts" / "a.yaml", "")
    write(mini_copy / "counterparts" / "b.yaml", "- x\n")
    codes = sorted(p.code for p in problems_of(mini_copy))
    assert codes == ["E102", "E106"]


def test_control_characters_are_named_not_raised(tmp_path):
    doc = _load(tmp_path, "name: 鹰\nrole: 老\x00板\n")
    problem = only(doc.problems, "E103")
    assert (problem.line, problem.col) == (2, 8)
    assert "U+0000" in problem.message

"""Property-based fuzzing: whatever lands in playbooks/, the loader and validator answer with
their own reported problems and never raise."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import MINI_PLAYBOOK, ROOT
from macros.check import check_playbook
from macros.kinds import KINDS
from macros.problems import RULES

REAL_FILES = sorted(p for p in (ROOT / "playbooks").glob("*/*.yaml") if not p.parent.name.startswith("_"))
FIELD_NAMES = sorted({name for kind in KINDS for name in kind.model.model_fields} | {"style", "text", "when"})
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=30), st.sampled_from(["十不", "tongli", "1-30天", "第188条", "{金额}", "<b>", "{{ x }}"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=8)), inner, max_size=5)), max_leaves=25)


# One copy of the small playbook for the whole module: each example adds one file and removes it.
WORKSPACE = Path(tempfile.mkdtemp(prefix="fuzz-")) / "playbooks"
shutil.copytree(MINI_PLAYBOOK, WORKSPACE)


def check_with(kind: str, content: bytes) -> None:
    target = WORKSPACE / kind / "fuzzed.yaml"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(content)
    try:
        _, problems = check_playbook(WORKSPACE)
    finally:
        target.unlink()
    assert all(problem.code in RULES for problem in problems)


@FUZZ
@given(kind=st.sampled_from([k.key for k in KINDS]), document=values)
def test_random_yaml_documents(kind, document):
    text = f"# yaml-language-server: $schema=../_schemas/{kind}.json\n" + yaml.safe_dump(document, allow_unicode=True)
    check_with(kind, text.encode("utf-8"))


@FUZZ
@given(kind=st.sampled_from([k.key for k in KINDS]), content=st.binary(max_size=300))
def test_random_bytes(kind, content):
    check_with(kind, content)


MUTATIONS = st.lists(st.tuples(st.sampled_from(["delete", "insert", "duplicate", "swap"]),
                               st.integers(min_value=0, max_value=10_000),
                               st.sampled_from([":", "- ", "\t", "&a ", "*a", "{", "}", "'", '"', "\n", "  ", "#", "[", "]",
                                                "财务", "\ufeff", "\x00"])), min_size=1, max_size=4)


@FUZZ
@given(source=st.sampled_from(REAL_FILES), mutations=MUTATIONS)
def test_mutations_of_real_playbooks(source, mutations):
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    for operation, at, token in mutations:
        at %= max(len(lines), 1)
        if operation == "delete" and lines:
            del lines[at]
        elif operation == "insert":
            line = lines[at] if lines else ""
            cut = len(line) // 2
            lines[at:at + 1] = [line[:cut] + token + line[cut:]]
        elif operation == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif operation == "swap" and len(lines) > 1:
            lines[at], lines[at - 1] = lines[at - 1], lines[at]
    check_with(source.parent.name, "".join(lines).encode("utf-8", errors="surrogatepass"))

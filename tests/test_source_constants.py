"""A module-level name bound twice in one module silently takes the second
value everywhere, also in the functions written for the first (two
``TOLL_NOUNS`` once did so in the event coder). Every module of the package
binds each of its constants once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import communique

PACKAGE = Path(communique.__file__).parent


def module_bindings(path: Path) -> Counter[str]:
    """How often each UPPER_CASE name is assigned at the top level of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                names[target.id] += 1
    return names


def test_source_each_module_constant_is_bound_once():
    twice = {f"{path.relative_to(PACKAGE)}: {name}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for name, count in module_bindings(path).items() if count > 1}
    assert not twice


def test_source_the_check_sees_a_second_binding(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("WORDS = frozenset({'a'})\n\ndef f():\n    return WORDS\n\nWORDS = frozenset()\n")
    assert module_bindings(module)["WORDS"] == 2

"""The README documents every setting, command and evaluation."""

from pathlib import Path

from communique.cli import COMMAND_MODULES, build_parser
from communique.config import SETTINGS
from communique.evaluation import EVALUATIONS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_docs_readme_names_every_setting():
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in README]
    assert missing == []


def test_docs_readme_names_every_command_and_evaluation():
    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    assert len(COMMAND_MODULES) <= len(commands)
    for name in commands:
        assert f"communique {name}" in README, name
    for name in EVALUATIONS:
        assert f"`{name}`" in README, name


def test_docs_readme_opens_with_the_two_commands():
    blocks = README.split("```")
    assert "communique extract examples/article.txt" in blocks[1]
    assert "python -m pytest" in blocks[3]
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[3].strip().splitlines()[-1].strip() in ci

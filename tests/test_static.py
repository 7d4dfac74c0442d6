"""Names the code uses but never defines (a rule renamed on one branch and called by its old name on
another): such a NameError fails every document that reaches the rule, and only a document that
does shows it. pyflakes reads the code without running it."""

from __future__ import annotations

from pathlib import Path

from pyflakes.api import checkPath
from pyflakes.messages import UndefinedExport, UndefinedLocal, UndefinedName
from pyflakes.reporter import Reporter

ROOT = Path(__file__).resolve().parent.parent
UNDEFINED = (UndefinedName, UndefinedLocal, UndefinedExport)


class _Collect(Reporter):
    def __init__(self):
        self.found: list[str] = []

    def flake(self, message):
        if isinstance(message, UNDEFINED):
            self.found.append(str(message))

    def unexpectedError(self, filename, message):
        self.found.append(f"{filename}: {message}")

    def syntaxError(self, filename, message, lineno, offset, text):
        self.found.append(f"{filename}:{lineno}: {message}")


def test_no_name_is_used_that_is_never_defined():
    reporter = _Collect()
    files = [p for folder in ("ingest", "newsgraph", "schema", "bench") for p in sorted((ROOT / folder).rglob("*.py"))]
    assert len(files) > 20
    for path in files:
        checkPath(str(path), reporter)
    assert reporter.found == []


def test_the_check_sees_an_undefined_name(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("def rule(token):\n    return _force_nouns(token)\n")
    reporter = _Collect()
    checkPath(str(broken), reporter)
    assert len(reporter.found) == 1 and "_force_nouns" in reporter.found[0]

"""Every user error of the core is an English template marked for translation.

The window shows the core's messages in French by looking their template up in
jury_desk_messages_fr.ts (jury_desk.kernel.messages): a message written as an f-string
or a plain string is invisible to lupdate and would stay English. Each
`SomeUserError(...)` outside jury_desk/ui must take as its first argument
`QT_TRANSLATE_NOOP("messages", "…")` (or a name holding one), its fields given as
keywords, exactly those the template names.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import Phrase
from tests.paths import REPO_ROOT

REPO = REPO_ROOT
PACKAGE = REPO / "jury_desk"


def core_sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)


def user_error_names() -> set[str]:
    """UserError, Phrase and the names of all their subclasses in the core (read from the code)."""
    bases: dict[str, set[str]] = {}
    for path in core_sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                )
    names = {UserError.__name__, Phrase.__name__}  # a Phrase is a message too
    while grown := {name for name, of in bases.items() if of & names} - names:
        names |= grown
    return names


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def marked_template(node: ast.expr) -> str | None:
    """The literal template of `QT_TRANSLATE_NOOP("messages", "…")`, else None."""
    if (
        isinstance(node, ast.Call)
        and _called_name(node) == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        context, template = (a.value for a in node.args)  # type: ignore[attr-defined]
        assert context == "messages", f"context {context!r}: use 'messages'"
        return str(template)
    return None


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def problems_in(path: Path, error_names: set[str]) -> Iterator[str]:
    where = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call) or _called_name(node) not in error_names:
            continue
        line = f"{where}:{node.lineno}"
        if not node.args:
            yield f"{line}: no message"
            continue
        first = node.args[0]
        template = marked_template(first)
        if template is None:
            if isinstance(first, ast.Name | ast.Attribute):
                continue  # a variable: its assignment is checked where it is marked
            yield f'{line}: message not marked with QT_TRANSLATE_NOOP("messages", …)'
            continue
        given = {k.arg for k in node.keywords if k.arg is not None}
        if any(k.arg is None for k in node.keywords):
            continue  # **fields: checked when raised, in the tests of that error
        if fields(template) != given:
            yield f"{line}: template fields {sorted(fields(template))} but given {sorted(given)}"


def test_every_core_user_error_has_a_marked_template_with_its_fields() -> None:
    error_names = user_error_names()
    assert {"UserError", "BundleError", "TrustError"} <= error_names
    found = [problem for path in core_sources() for problem in problems_in(path, error_names)]
    assert found == []


def test_the_guard_spots_an_unmarked_message(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise BundleError(f'{x} is damaged')\n"
        "raise BundleError(QT_TRANSLATE_NOOP('messages', '{x} is damaged'), y=1)\n"
        "raise BundleError(QT_TRANSLATE_NOOP('messages', '{x} is damaged'), x=1)\n",
        "utf-8",
    )
    found = list(problems_in(sample, {"BundleError"}))
    assert len(found) == 2
    assert "not marked" in found[0] and "fields ['x'] but given ['y']" in found[1]

"""README.md and docs/ stand on their own: every relative link resolves inside the repository.

Why: a clone is all a user, a packager or a new developer has; a link to a folder beside the repository
(as the JSON contract once was) is dead for them.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _documents() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]


def test_relative_links_resolve_inside_the_repository() -> None:
    dead = []
    for doc in _documents():
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", target):  # https:, mailto:
                continue
            resolved = (doc.parent / target).resolve()
            if not resolved.is_relative_to(REPO) or not resolved.exists():
                dead.append(f"{doc.relative_to(REPO)}: {target}")
    assert not dead, dead


def test_no_document_points_at_the_shared_folder() -> None:
    for doc in _documents():
        text = doc.read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/law" not in text, doc.relative_to(REPO)


def test_readme_links_the_cli_contract() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "(docs/cli.md)" in readme
    cli = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for field in ("jurisdiction", "serious_fault_established", "total_claim", "heads", "as_of", "person"):
        assert f"`{field}`" in cli, field

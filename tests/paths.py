"""Where things are, for tests at any depth of tests/: the repository, its fixtures, shared/."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "tests" / "fixtures"
# The test oracles beside the project (../shared/testdata: age vectors, the CDC's schema).
SHARED_TESTDATA = REPO_ROOT.parent / "shared" / "testdata"

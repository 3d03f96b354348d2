"""Our passphrase files are standard age: pyrage and the reference `age` tool open them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyrage
import pytest

from jury_desk.crypto.age_header import check_passphrase_header, parse_header
from jury_desk.crypto.age_scrypt import CHUNK, encrypt_with_passphrase
from tests.conftest import require_tool


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK])
def test_pyrage_opens_what_we_write(size: int) -> None:
    data = bytes(i % 251 for i in range(size))
    encrypted = encrypt_with_passphrase(data, "une phrase de passe « longue »")
    assert pyrage.passphrase.decrypt(encrypted, "une phrase de passe « longue »") == data


def test_the_work_factor_is_age_standard_and_within_our_cap() -> None:
    encrypted = encrypt_with_passphrase(b"x", "phrase")
    with pytest.raises(pyrage.DecryptError):
        pyrage.passphrase.decrypt(encrypted, "une autre")
    check_passphrase_header(encrypted)
    [stanza] = parse_header(encrypted).stanzas
    assert (stanza.type, stanza.args[1]) == ("scrypt", "18")


def test_the_reference_age_tool_opens_what_we_write(tmp_path: Path) -> None:
    age = require_tool("age")
    script = require_tool("script")  # age reads a passphrase only from a terminal
    slot = tmp_path / "slot.age"
    slot.write_bytes(encrypt_with_passphrase("clé de test\n".encode(), "phrase de test"))
    out = tmp_path / "out.txt"
    result = subprocess.run(
        [script, "-qec", f"{age} -d -o {out} {slot}", "/dev/null"],
        input="phrase de test\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_text(encoding="utf-8") == "clé de test\n"

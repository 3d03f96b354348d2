"""The candidates' attachments, from a folder or a ZIP, sorted by candidate.

Two layouts, told apart by what the names say:

- one folder per candidate: a top-level folder (or one under a single folder
  wrapping everything, as an export does) named after a candidate's key, in
  any case, with or without accents, spaces or dashes (« Zoé Martin-Leroy »,
  « zoe_martin_leroy »); or ending with it after a separator (« dossier-12345 »);
- flat files whose names start with a key and a separator (« 12345-pitch.pdf »,
  « Dupont_Zoe maquettes.png »).

A key is what the organiser chose to match on: the candidates' references, or
their names. The longest key a name matches wins (« Martin Leroy » over « Martin »).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from jury_desk.intake.attachment_sources import source_files
from jury_desk.intake.document_kinds import guess_kind, media_type_of
from jury_desk.intake.folding import folded_words
from jury_desk.intake.zip_reading import ZipEntry
from jury_desk.models.enums import DocumentKind

__all__ = ["Attachment", "Attachments", "guess_kind", "read_attachments"]


@dataclass(frozen=True)
class Attachment:
    """A file of a candidate: its path inside the candidate's folder or the source (NFC)."""

    name: str
    data: bytes

    @property
    def media_type(self) -> str | None:
        """The media type jury-desk shows it as; None for a type it does not show."""
        return media_type_of(self.name)

    @property
    def kind(self) -> DocumentKind | None:
        """The dossier item its name says (document_kinds.guess_kind)."""
        return guess_kind(self.name)


@dataclass(frozen=True)
class Attachments:
    """The files of each key that has some, and the paths of the files no key matched."""

    by_key: Mapping[str, tuple[Attachment, ...]]
    unmatched: tuple[str, ...]


def read_attachments(source: Path, keys: Collection[str]) -> Attachments:
    """The attachments in the folder or .zip `source`, sorted by the keys; else IntakeError."""
    folded = {key: words for key in keys if (words := folded_words(key))}
    files = _unwrapped(source_files(source), folded)
    by_folder = _any_matching_folder(files, folded)
    found: dict[str, list[Attachment]] = {}
    unmatched: list[str] = []
    for parts, data in files:
        key, name = _placed(parts, folded, by_folder)
        if key is None:
            unmatched.append("/".join(parts))
        else:
            found.setdefault(key, []).append(Attachment(name, data))
    return Attachments(
        by_key=MappingProxyType({key: tuple(found[key]) for key in keys if key in found}),
        unmatched=tuple(unmatched),
    )


def _unwrapped(
    entries: tuple[ZipEntry, ...], folded: Mapping[str, str]
) -> list[tuple[tuple[str, ...], bytes]]:
    """The files' paths as parts, without a single top folder that wraps them all (unless it
    is itself a candidate's folder: a ZIP of one candidate)."""
    files = [(tuple(entry.path.split("/")), entry.data) for entry in entries]
    tops = {parts[0] for parts, _data in files}
    if (
        len(tops) == 1
        and all(len(parts) > 1 for parts, _data in files)
        and _best_key(next(iter(tops)), folded, as_folder=True) is None
    ):
        return [(parts[1:], data) for parts, data in files]
    return files


def _any_matching_folder(
    files: list[tuple[tuple[str, ...], bytes]], folded: Mapping[str, str]
) -> bool:
    return any(len(parts) > 1 and _best_key(parts[0], folded, as_folder=True) for parts, _ in files)


def _placed(
    parts: tuple[str, ...], folded: Mapping[str, str], by_folder: bool
) -> tuple[str | None, str]:
    """The key a file goes to, and its name there (its path inside the candidate's folder)."""
    if by_folder:
        if len(parts) == 1:
            return None, parts[0]
        return _best_key(parts[0], folded, as_folder=True), "/".join(parts[1:])
    return _best_key(parts[-1], folded, as_folder=False), "/".join(parts)


def _best_key(name: str, folded: Mapping[str, str], *, as_folder: bool) -> str | None:
    """The longest key `name` matches: all of it, or its start before a separator (or, for
    a folder, its end after one)."""
    words = folded_words(name)
    best: str | None = None
    for key, key_words in folded.items():
        matches = (
            words.replace(" ", "") == key_words.replace(" ", "")
            or words.startswith(key_words + " ")
            or (as_folder and words.endswith(" " + key_words))
        )
        if matches and (best is None or len(key_words) > len(folded[best])):
            best = key
    return best

"""The commands' parsers filled only for the command chosen (issue #17: the window starts sooner).

arguments.py describes every command with functions that take the top-level
subparsers (`commands`) and call `commands.add_parser(name, ...)`, then add its
arguments and subcommands. Built eagerly that is some 80 parsers and 140
arguments, about 20 ms on every start. Here each such function runs twice:

- at once, to list the commands: each `add_parser` makes the real, still empty
  parser (its name and help are in `--help` and in "invalid choice" errors),
  and everything then done to it goes to a stand-in that keeps nothing;
- once a command is chosen on the command line, again, with only that
  command's parser given back: it is filled exactly as the eager build would.

So every command's `--help`, its errors and what it parses are those of the
eager tree; `build_parser()` without `lazy` still builds the whole tree (the
tests and tools walk it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

AddCommands = Callable[[Any], None]


class _Ignored:
    """Takes every argparse call made on a command not chosen, and keeps nothing."""

    def __getattr__(self, _name: str) -> Callable[..., _Ignored]:
        return self._ignore

    def _ignore(self, *_args: Any, **_kwargs: Any) -> _Ignored:
        return self


class _Listing:
    """`commands` as the describing functions see it while the commands are only listed."""

    def __init__(self, real: LazyCommands, describe: AddCommands) -> None:
        self._real = real
        self._describe = describe

    def add_parser(self, name: str, **kwargs: Any) -> _Ignored:
        argparse._SubParsersAction.add_parser(self._real, name, **kwargs)
        self._real.describers[name] = self._describe
        return _Ignored()


class _Filling:
    """`commands` as the describing functions see it while the chosen command is filled."""

    def __init__(self, real: LazyCommands, chosen: str) -> None:
        self._real = real
        self._chosen = chosen

    def add_parser(self, name: str, **_kwargs: Any) -> argparse.ArgumentParser | _Ignored:
        if name != self._chosen:
            return _Ignored()
        return self._real.choices[name]  # made, with the same words, while listing


class LazyCommands(argparse._SubParsersAction):  # type: ignore[type-arg]  # argparse's own
    """The top-level subparsers, each filled when its command is the one parsed."""

    choices: dict[str, argparse.ArgumentParser]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.describers: dict[str, AddCommands] = {}  # the commands not filled yet

    def add_lazily(self, describe: AddCommands) -> None:
        """List the commands `describe` adds; their arguments come when one is chosen."""
        describe(_Listing(self, describe))

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if isinstance(values, list) and values:
            describe = self.describers.pop(values[0], None)
            if describe is not None:  # else an unknown name: argparse refuses it as before
                describe(_Filling(self, values[0]))
        super().__call__(parser, namespace, values, option_string)

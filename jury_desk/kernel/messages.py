"""The user's messages of the core: English templates the window shows translated.

A message is written once, in English, as a template with named fields, and
marked for Qt's lupdate by `QT_TRANSLATE_NOOP(CONTEXT, ...)`, which returns it
unchanged. The fields are given apart (`UserError(template, name=value)`), so
the command line prints the English text while the window looks the template
up in the French catalogue (jury_desk_messages_fr.ts) and fills in the same
fields. The core never imports Qt: lupdate reads the calls as text.

lupdate only recognises the literal call, with a literal context: always write
`QT_TRANSLATE_NOOP("messages", "...")`, never an alias.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the messages catalogue; returns it unchanged."""
    assert context == CONTEXT, "one catalogue, one context"
    return text


def render(template: str, params: Mapping[str, object]) -> str:
    """The template with its fields filled in; a template without fields is left as written.

    (So a message with no fields may contain braces, e.g. a JSON pointer.)
    """
    return template.format_map(params) if params else template


class Phrase:
    """A part of a message that is itself a template with fields (say, where a key is kept).

    Given as a field of a message, the window translates it like the message;
    `str()` is the English text.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return render(self.template, self.params)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"

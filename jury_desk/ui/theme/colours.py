"""The colours of each theme, named by what they are for, with the DSFR token each comes from.

The values are those of the French State's design system (DSFR, « Système de
design de l'État »), as its colour decisions give them for the light and the
dark scheme; a token named `grey-975-75` is grey 975 in light and 75 in dark.
The DSFR has no high-contrast scheme: the two high-contrast themes keep its
blue and hues, pushed to 7:1 (WCAG AAA) against plain white or black.

Every text colour here reaches 4.5:1 on the backgrounds it is used on
(tests/ui/test_theme.py checks each pair). Colour never carries a meaning
alone: words and marks say the same.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
    """One theme's colours, as `#rrggbb` strings (style sheets take them as they are)."""

    name: str
    dark: bool
    text: str  # body and titles
    text_mention: str  # secondary text, placeholders
    text_disabled: str  # disabled controls (WCAG 1.4.3 exempts them)
    window: str  # the window behind everything
    base: str  # fields, lists, pages of the grid
    base_alt: str  # alternate rows, buttons
    border: str  # light separators and frames
    border_strong: str  # outlines that must be seen (inactive phase bars, fields)
    accent: str  # bleu France: selection, focus, links, what is done
    on_accent: str  # text over `accent`
    accent_tint: str  # a fill under `text` (phase bars)
    over_tint: str  # a fill under `text` for "longer than planned", never alarming
    marianne: str  # rouge Marianne: the State's mark, never for text
    info: str
    info_background: str
    success: str
    success_background: str
    warning: str
    warning_background: str
    error: str
    error_background: str


LIGHT = Colours(
    name="light",
    dark=False,
    text="#161616",  # text-title-grey (grey-50-1000)
    text_mention="#666666",  # text-mention-grey (grey-425-625)
    text_disabled="#929292",  # text-disabled-grey (grey-625-425)
    window="#f6f6f6",  # background-alt-grey (grey-975-75)
    base="#ffffff",  # background-default-grey (grey-1000-50)
    base_alt="#eeeeee",  # background-contrast-grey (grey-950-100)
    border="#dddddd",  # border-default-grey (grey-900-175)
    border_strong="#929292",  # grey-625-425
    accent="#000091",  # background-action-high-blue-france (blue-france-sun-113-625)
    on_accent="#f5f5fe",  # text-inverted-blue-france (blue-france-975-sun-113)
    accent_tint="#cacafb",  # blue-france-850-200
    over_tint="#fcc0b0",  # orange-terre-battue-850-200
    marianne="#e1000f",  # red-marianne-main-472
    info="#0063cb",  # text-default-info (info-425-625)
    info_background="#e8edff",  # background-contrast-info (info-950-100)
    success="#18753c",  # text-default-success (success-425-625)
    success_background="#dffee6",  # background-alt-success (success-975-75)
    warning="#b34000",  # text-default-warning (warning-425-625)
    warning_background="#fff4f3",  # background-alt-warning (warning-975-75)
    error="#ce0500",  # text-default-error (error-425-625)
    error_background="#ffe9e9",  # background-contrast-error (error-950-100)
)

DARK = Colours(
    name="dark",
    dark=True,
    text="#ffffff",  # text-title-grey (grey-50-1000)
    text_mention="#929292",  # text-mention-grey (grey-425-625)
    text_disabled="#666666",  # text-disabled-grey (grey-625-425)
    window="#1e1e1e",  # background-alt-grey (grey-975-75)
    base="#161616",  # background-default-grey (grey-1000-50)
    base_alt="#242424",  # background-contrast-grey (grey-950-100)
    border="#353535",  # border-default-grey (grey-900-175)
    border_strong="#666666",  # grey-625-425
    accent="#8585f6",  # background-action-high-blue-france (blue-france-sun-113-625)
    on_accent="#000091",  # text-inverted-blue-france (blue-france-975-sun-113)
    accent_tint="#313178",  # blue-france-850-200
    over_tint="#543125",  # orange-terre-battue-850-200
    marianne="#e1000f",  # red-marianne-main-472
    info="#518fff",  # text-default-info (info-425-625)
    info_background="#1d2437",  # background-contrast-info (info-950-100)
    success="#27a658",  # text-default-success (success-425-625)
    success_background="#142117",  # background-alt-success (success-975-75)
    warning="#fc5d00",  # text-default-warning (warning-425-625)
    warning_background="#2d1814",  # background-alt-warning (warning-975-75)
    error="#ff5655",  # text-default-error (error-425-625)
    error_background="#391c1c",  # background-contrast-error (error-950-100)
)

# Black on white; borders black so every frame is seen; no tinted backgrounds.
HIGH_CONTRAST_LIGHT = Colours(
    name="high-contrast-light",
    dark=False,
    text="#000000",
    text_mention="#3a3a3a",  # text-default-grey (grey-200-850)
    text_disabled="#666666",  # grey-425-625
    window="#ffffff",
    base="#ffffff",
    base_alt="#eeeeee",  # grey-950-100
    border="#000000",
    border_strong="#000000",
    accent="#000091",  # blue-france-sun-113
    on_accent="#ffffff",
    accent_tint="#cacafb",  # blue-france-850-200
    over_tint="#fcc0b0",  # orange-terre-battue-850-200
    marianne="#e1000f",  # red-marianne-main-472
    # The DSFR's 425 hues darkened to at least 7:1 on white (no DSFR token is that dark).
    info="#004a99",
    info_background="#ffffff",
    success="#0f5a2c",
    success_background="#ffffff",
    warning="#8a3100",
    warning_background="#ffffff",
    error="#a60a00",
    error_background="#ffffff",
)

# White on black; the DSFR's dark "active" shades (its lightest) for the hues.
HIGH_CONTRAST_DARK = Colours(
    name="high-contrast-dark",
    dark=True,
    text="#ffffff",
    text_mention="#cecece",  # text-default-grey (grey-200-850)
    text_disabled="#929292",  # grey-425-625
    window="#000000",
    base="#000000",
    base_alt="#242424",  # grey-950-100
    border="#ffffff",
    border_strong="#ffffff",
    accent="#b1b1f9",  # blue-france-sun-113-625, hover shade
    on_accent="#000000",
    accent_tint="#313178",  # blue-france-850-200
    over_tint="#543125",  # orange-terre-battue-850-200
    marianne="#e1000f",  # red-marianne-main-472
    info="#b4c7ff",  # info-425-625, active shade
    info_background="#000000",
    success="#3df183",  # success-425-625, active shade
    success_background="#000000",
    warning="#ffa595",  # warning-425-625, active shade
    warning_background="#000000",
    error="#ffa6a6",  # error-425-625, active shade
    error_background="#000000",
)

ALL_COLOURS = (LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)

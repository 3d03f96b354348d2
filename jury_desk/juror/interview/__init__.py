"""The interview clock: one hour in phases, time per competency, crash-proof."""

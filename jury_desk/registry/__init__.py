"""The organiser's registry: sessions, candidates, jurors, juries, slots and what was
issued, across years."""

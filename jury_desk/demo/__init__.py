"""The built-in demo session: plainly fictional, generated the same way every time."""

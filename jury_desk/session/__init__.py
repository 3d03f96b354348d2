"""A session and its dossier: the spec, writing it into a workspace, updates, documents."""

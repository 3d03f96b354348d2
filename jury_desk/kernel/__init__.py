"""The bottom layer: time, errors and messages, files written atomically, paths, JSON, streams."""

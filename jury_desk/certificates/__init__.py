"""The certifier's documents: decision letters and certificates, signed for the certifier."""

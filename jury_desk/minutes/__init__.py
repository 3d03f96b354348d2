"""The minutes of deliberation: drawn up and signed by the chair, co-signed by the member."""

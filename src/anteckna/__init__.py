"""anteckna: meeting notes of management groups turned into a structured, searchable archive."""

__version__ = "0.1.0"

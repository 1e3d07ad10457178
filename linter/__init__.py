"""copydesk: a fact-sheet-driven editorial linter for newsrooms."""
__version__ = "0.1.0"

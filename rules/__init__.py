"""Built-in rules, one module per family. Each module exports ``RULES``.

Third-party packages add rules through the ``copydesk.rules`` entry-point group.
"""
BUILTIN_MODULES = (
    "rules.titles",
    "rules.numbers",
    "rules.spelling",
    "rules.quotations",
    "rules.claims",
    "rules.timeline",
    "rules.consistency",
)

"""Built-in rules, one module per family. Each module exports ``RULES``.

Third-party packages add rules through the ``copydesk.rules`` entry-point group.
"""
BUILTIN_MODULES = (
    "copydesk.rules.titles",
    "copydesk.rules.numbers",
    "copydesk.rules.spelling",
    "copydesk.rules.quotations",
    "copydesk.rules.claims",
    "copydesk.rules.timeline",
    "copydesk.rules.consistency",
    "copydesk.rules.story",
    "copydesk.rules.itself",
)

from copydesk.cli import main
from copydesk.factcheck import lint
from copydesk.facts import load
from conftest import codes, sheet_head

BASE = sheet_head(sources=(("a", "A"), ("b", "B"))) + """\
[[measures]]
id = "m"
what = "prisoners"
nouns = ["prisoner"]
"""


def test_default_sheet_is_consistent():
    assert lint(load()) == []


def test_totals_parts_roles_variants_claims_and_single_source():
    text = BASE + """
[[quantities]]
id = "per-side"
what = "w"
measure = "m"
value = 390
scope = "per side"
total = "total"
parts = ["soldiers", "civilians"]
sources = ["a", "b"]
[[quantities]]
id = "total"
what = "w"
measure = "m"
value = 790
scope = "in total"
sources = ["a", "b"]
[[quantities]]
id = "soldiers"
what = "w"
measure = "m"
value = 270
sources = ["a", "b"]
[[quantities]]
id = "civilians"
what = "w"
measure = "m"
value = 110
sources = ["a"]
[[people]]
id = "p1"
name = "Ann One"
variants = ["Bob Two"]
sources = ["a", "b"]
[[people.roles]]
office = "Mayor"
start = 2020-01-01
[[people]]
id = "p2"
name = "Bob Two"
sources = ["a", "b"]
single_source = true
[[people.roles]]
office = "Mayor"
start = 2022-01-01
[[claims]]
id = "c"
subject = "s"
value = "v"
cues = [["x"]]
wrong = []
slots = ["mediated", "held in"]
sources = ["a", "b"]
"""
    problems = lint(load(text=text))
    assert problems == [  # each names the fact, the problem, and how to fix it
        "quantities.per-side: its parts (soldiers, civilians) add up to 380, not 390; correct the value or a part "
        "against the sources, or give `tolerance` if the sources round",
        "quantities.per-side: 390 per side makes 780 in total, but total says 790; correct one of the two, or "
        "remove `total` if they are not the same count",
        "people.p2: Mayor of an unnamed country overlaps with p1's term; give each role its `start` and `end`, or "
        "declare the office held by many at once (`[[offices]]` with `holders = \"many\"`)",
        "people.p1: variant 'Bob Two' is the name of p2; remove it from `variants` (every use of p2's name would "
        "be reported as a misspelling)",
        "claims.c: no wrong values, so nothing can contradict it; list in `wrong` the values a draft must not "
        "give (say, the other candidates for the role)",
        "claims.c: slot 'mediated' should be a word and the preposition before the value (at, by, from, in, on, "
        "to, with); write it like \"mediated by\"",
        "people.p2: 2 source(s) but single_source is set; remove `single_source`",
        "quantities.civilians: 1 source(s) but single_source is missing; add `single_source = true` once you "
        "have checked that one source is enough",
    ]


def test_cli_exit_codes(tmp_path, capsys):
    good = tmp_path / "good.toml"
    good.write_text(BASE)
    assert main(["facts", "check", str(good)]) == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(BASE + '[[claims]]\nid = "c"\nsubject = "s"\nvalue = "v"\ncues = [["x"]]\nwrong = []\n'
                          'sources = ["a", "b"]\n')
    assert main(["facts", "check", str(bad)]) == 1
    assert "claims.c: no wrong values" in capsys.readouterr().out


def test_without_a_file_it_checks_the_sheet_the_current_folder_is_checked_against(tmp_path, monkeypatch, capsys):
    (tmp_path / "story.toml").write_text(BASE)
    (tmp_path / "copydesk.toml").write_text('facts = "story.toml"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["facts", "check"]) == 0
    assert capsys.readouterr().out.startswith(f"{tmp_path / 'story.toml'}: valid")


def test_a_variant_that_is_the_names_possessive_is_reported_and_ignored():
    text = BASE + """
[[places]]
id = "luskovo"
name = "Luskovo"
variants = ["Luskowo", "Luskovo's"]
sources = ["a", "b"]
"""
    sheet = load(text=text, path="<test>")
    assert lint(sheet) == ["places.luskovo: variant \"Luskovo's\" is the possessive of 'Luskovo', not a misspelling; "
                           "remove it from `variants` (copydesk ignores it)"]
    assert codes("---\ndate: 2025-05-23\n---\n\nLuskovo's last nine are at large; Luskowo is wrong.\n",
                 facts=sheet) == [("S101", 5, 35)]

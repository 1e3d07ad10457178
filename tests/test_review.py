"""The review page (--format html), checked as an editor would see it: in headless Chromium.

The browser tests need Playwright (a test dependency) and Debian's chromium (`.ci/run` installs it).
Without a browser they are skipped, unless COPYDESK_REQUIRE_BROWSER=1 (as in CI) makes that a failure.
Set COPYDESK_SCREENSHOT=1 to write the README's screenshot, docs/review-page.png.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from copydesk.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_draft.md"
EVERY_FAMILY = ROOT / "tests" / "drafts" / "review" / "every_family.md"
SCREENSHOT = ROOT / "docs" / "review-page.png"
PHONE_SCREENSHOT = ROOT / "docs" / "review-page-phone.png"


def review(tmp_path: Path, capsys, monkeypatch, *drafts: Path) -> tuple[Path, list[dict]]:
    """The review page for these drafts (named from the project's folder) and the JSON findings of the same run."""
    monkeypatch.chdir(ROOT)
    names = [str(draft.relative_to(ROOT)) for draft in drafts]
    page = tmp_path / "report.html"
    assert main(["check", "--format", "html", "--output", str(page), *names]) == 1
    capsys.readouterr()
    assert main(["check", "--format", "json", *names]) == 1
    return page, json.loads(capsys.readouterr().out)["findings"]


def span_text(finding: dict) -> str:
    text = Path(finding["path"]).read_text(encoding="utf-8")
    starts = [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]
    return text[starts[finding["line"] - 1] + finding["column"] - 1:
                starts[finding["end_line"] - 1] + finding["end_column"] - 1]


class Marks(HTMLParser):
    """The text inside each finding's marks, in page order, and every script element's body."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str | None] = []
        self.texts: dict[str, str] = {}
        self.scripts: list[str] = []
        self.in_script = False
        self.shown = ""  # the text a reader sees

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.open.append(dict(attrs).get("data-finding"))
        self.in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()
        self.in_script = False

    def handle_data(self, data):
        for finding in set(self.open):
            self.texts[finding] = self.texts.get(finding, "") + data
        if self.in_script:
            self.scripts.append(data)
        else:
            self.shown += data


def test_page_marks_every_finding_and_escapes_the_draft(tmp_path, capsys, monkeypatch):
    page, findings = review(tmp_path, capsys, monkeypatch, SAMPLE, EVERY_FAMILY)
    source = page.read_text(encoding="utf-8")
    parsed = Marks()
    parsed.feed(source)
    assert {number: parsed.texts.get(str(number)) for number in range(1, len(findings) + 1)} == \
        {number: span_text(finding) for number, finding in enumerate(findings, 1)}
    assert len(parsed.scripts) == 1 and "pwned" not in parsed.scripts[0]  # the page's own script only
    assert '<script>window.pwned = "script"</script>' in parsed.shown
    assert "<img" not in source and "onerror=" not in source.replace("onerror=&quot;", "")
    assert "default-src 'none'" in source and "img-src 'none'" in source


def test_review_of_a_folder_lists_every_draft(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    page = tmp_path / "report.html"
    assert main(["check", "--format", "html", "--output", str(page), "examples/"]) == 1
    source = page.read_text(encoding="utf-8")
    drafts = sorted(str(draft.relative_to(ROOT)) for draft in (ROOT / "examples").rglob("*.md"))
    assert re.findall(r'<h2 id="file-\d+-title">([^<]*)</h2>', source) == drafts


def chromium() -> str | None:
    return next((path for name in ("chromium", "chromium-browser", "google-chrome")
                 if (path := shutil.which(name))), None)


@pytest.fixture
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    executable = chromium()
    if sync_playwright is None or executable is None:
        missing = "playwright (pip install '.[test]')" if sync_playwright is None else "chromium (apt-get install chromium)"
        if os.environ.get("COPYDESK_REQUIRE_BROWSER"):
            pytest.fail(f"the browser test needs {missing}")
        pytest.skip(f"the browser test needs {missing}")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.mark.slow
def test_review_page_in_a_browser(browser, tmp_path, capsys, monkeypatch):
    page_file, findings = review(tmp_path, capsys, monkeypatch, SAMPLE, EVERY_FAMILY)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())

    # every finding: highlighted words equal to the JSON finding's span
    for number, finding in enumerate(findings, 1):
        marked = page.eval_on_selector_all(f'mark[data-finding="{number}"]',
                                           "marks => marks.map(m => m.textContent).join('')")
        assert marked == span_text(finding), (number, finding["code"])
        assert page.locator(f'mark[data-finding="{number}"]').first.is_visible()

    # hovering names the finding; clicking a mark shows its fact and sources
    quote = next(n for n, f in enumerate(findings, 1) if f["code"] == "Q101")
    assert page.locator(f'mark[data-finding="{quote}"]').first.get_attribute("title") == \
        f"Q101: {findings[quote - 1]['message']}"
    page.click(f'mark[data-finding="{quote}"]')
    card = page.locator(".card.current")
    assert card.count() == 1 and card.is_visible()
    shown = card.inner_text()
    assert findings[quote - 1]["fact"] in shown
    assert all(source in shown for source in findings[quote - 1]["sources"])

    # the keyboard moves from finding to finding
    page.keyboard.press("Escape")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("j")
    current = "document.activeElement.getAttribute('data-finding')"
    assert page.evaluate(current) == str(quote + 1)
    page.keyboard.press("j")
    assert page.evaluate(current) == str(quote + 2)
    page.keyboard.press("k")
    assert page.evaluate(current) == str(quote + 1)
    assert page.locator(f'#finding-{quote + 1}.current').is_visible()

    # nothing from the draft ran or was fetched
    assert page.evaluate("window.pwned") is None
    assert "<script>window.pwned" in page.inner_text("body")
    assert [url for url in requests if url != page_file.as_uri()] == []

    # printed: numbered marks and numbered cards after each draft, no keyboard help, filters or rule docs
    page.emulate_media(media="print")
    assert not page.locator(".keys").is_visible() and not page.locator(".filters").is_visible()
    assert not page.locator("#rules").is_visible()
    assert page.locator(".card").count() == len(findings)
    assert page.eval_on_selector('mark[data-finding="2"][data-first]',
                                 "m => getComputedStyle(m, '::after').content") == '"2"'
    assert page.locator("#finding-2 .number").inner_text() == "2"
    page.emulate_media(media="screen")

    # the header names the sheet; rule docs are folded until a finding's rule link opens them
    assert "Fact sheet: \u201cRussia and Ukraine free 390 prisoners each" in page.inner_text("header")
    assert not page.locator("#rule-T101 p").first.is_visible()
    page.click("#finding-1 a.code")
    assert page.locator("#rule-T101 p").first.is_visible() or findings[0]["code"] != "T101"

    # filters: unticking a severity hides its cards and unmarks their words; the keys skip them
    page.uncheck('.filters input[name="severity"][value="error"]')
    errors = [n for n, f in enumerate(findings, 1) if f["severity"] == "error"]
    assert all(not page.locator(f"#finding-{n}").is_visible() for n in errors)
    assert page.locator(f'mark[data-finding="{errors[0]}"]').first.get_attribute("class").endswith("filtered")
    page.check('.filters input[name="severity"][value="error"]')
    assert page.locator(f"#finding-{errors[0]}").is_visible()

    # acting on a finding: copy the fix, copy a suppression comment with its reason
    fixable = next(n for n, f in enumerate(findings, 1) if f["fix"])
    assert page.locator(f"#finding-{fixable} button[data-copy]").count() == 1
    page.locator(f"#finding-{fixable} details.suppress summary").click()
    page.locator(f"#finding-{fixable} input.reason").fill("quoted as printed")
    assert page.locator(f"#finding-{fixable} .comment").inner_text() == \
        f"<!-- copydesk: disable-next-line {findings[fixable - 1]['code']} -- quoted as printed -->"

    page.set_viewport_size({"width": 1280, "height": 1200})
    page.click('mark[data-finding="2"]')
    page.evaluate("window.scrollTo(0, 0)")
    shot = tmp_path / "review-page.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("COPYDESK_SCREENSHOT"):
        shutil.copy(shot, SCREENSHOT)


def test_the_page_names_the_sheet_it_checked_against_and_when(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    page = tmp_path / "report.html"
    assert main(["check", "--format", "html", "--output", str(page), "--facts", "examples/pope-leo/facts.toml",
                 "examples/pope-leo/sample_draft.md"]) == 1
    header = page.read_text(encoding="utf-8").split("<header>")[1].split("</header>")[0]
    sheet = re.search(r'<p class="sheet">Fact sheet: (.*?)</p>', header).group(1)
    assert "examples/pope-leo/facts.toml; as of " in sheet and " facts from 8 sources); copydesk " in sheet
    assert re.search(r'Run at <time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">', header)


@pytest.mark.slow
def test_review_page_on_a_phone(browser, tmp_path, capsys, monkeypatch):
    page_file, findings = review(tmp_path, capsys, monkeypatch, SAMPLE, EVERY_FAMILY)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(page_file.as_uri())
    for width in (360, 390, 400):  # no sideways scrolling, rule docs opened or not
        page.set_viewport_size({"width": width, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.evaluate("document.querySelectorAll('#rules details').forEach(d => d.open = true)")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    # a tapped mark opens its card right under its paragraph, not pages away
    last = len([f for f in findings if f["path"].endswith("sample_draft.md")])
    page.click(f'mark[data-finding="{last}"]')
    inline = page.locator(".inline-card .card")
    assert inline.count() == 1 and inline.is_visible()
    assert page.evaluate(f"""() => {{
        const holder = document.querySelector('.inline-card');
        return holder.previousElementSibling.contains(document.querySelector('mark[data-finding="{last}"]'));
    }}""")
    mark_top = page.eval_on_selector(f'mark[data-finding="{last}"]', "m => m.getBoundingClientRect().top")
    card_top = page.eval_on_selector(".inline-card", "c => c.getBoundingClientRect().top")
    assert 0 < card_top - mark_top < 844
    if os.environ.get("COPYDESK_SCREENSHOT"):
        page.screenshot(path=str(PHONE_SCREENSHOT))


def test_a_card_links_its_sources_and_folds_the_sentence_that_states_the_fact(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    sheet = ROOT / "tests" / "stories" / "castelmonte-quake" / "facts.toml"  # its sources are beside it
    (tmp_path / "draft.md").write_text("CASTELMONTE, March 31 (Wire) — The number of people killed by the "
                                       "earthquake reached 2,791 on Monday, officials said.\n")
    page = tmp_path / "report.html"
    main(["check", "--format", "html", "--output", str(page), "--facts", str(sheet), "--as-of", "2031-03-31",
          str(tmp_path / "draft.md")])
    source = page.read_text(encoding="utf-8")
    passages = re.findall(r'<details class="passage"><summary>What it says</summary><blockquote>(.*?)</blockquote>',
                          source)
    assert any(p.startswith("CASTELMONTE, March 31 (Wire) \u2014 The number of people killed in Friday&#x27;s "
                            "earthquake reached 2,719 on Monday") for p in passages), passages
    assert not any("date: 2031" in p for p in passages)  # front matter is no sentence of the article
    pope = tmp_path / "pope.html"
    main(["check", "--format", "html", "--output", str(pope), "--facts", "examples/pope-leo/facts.toml",
          "examples/pope-leo/sample_draft.md"])
    links = re.findall(r'<a href="(https://[^"]+)" rel="noopener noreferrer" target="_blank">', pope.read_text())
    assert links and all("etvbharat" in url or url.startswith("https://") for url in links)

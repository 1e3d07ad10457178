"""The English word list: the same answers as pyspellchecker's checker, from a cache after the first run."""
import pytest

from copydesk import wordlist

WORDS = ["room", "Room", "kiev", "Kiev", "lvov", "Zelenksy", "the", "Prussia", "puts", "xqzv", "", "Tears", "ÉCLAIR"]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache folder of the test's own, and no table remembered from before."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    wordlist._table.cache_clear()
    wordlist.frequency.cache_clear()
    yield tmp_path / "cache" / "copydesk"
    wordlist._table.cache_clear()
    wordlist.frequency.cache_clear()


def spellchecker_answers():
    from spellchecker import SpellChecker

    checker = SpellChecker(distance=1)
    return [(checker.word_frequency[w.lower()], w.lower() in checker) for w in WORDS]


def test_first_run_writes_the_table_and_answers_as_pyspellchecker(fresh):
    assert [(wordlist.frequency(w), wordlist.frequency(w) > 0) for w in WORDS] == spellchecker_answers()
    assert len(list(fresh.glob("english-words-*.sqlite3"))) == 1


def test_a_damaged_table_is_written_again(fresh):
    wordlist.frequency("room")
    (table,) = fresh.glob("english-words-*.sqlite3")
    table.write_bytes(b"not a database")
    wordlist._table.cache_clear()
    wordlist.frequency.cache_clear()
    assert [(wordlist.frequency(w), wordlist.frequency(w) > 0) for w in WORDS] == spellchecker_answers()
    assert table.read_bytes().startswith(b"SQLite format 3")


def test_without_a_writable_cache_the_list_is_read_in_memory(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert [(wordlist.frequency(w), wordlist.frequency(w) > 0) for w in WORDS] == spellchecker_answers()

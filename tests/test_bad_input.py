"""Bad input: each case gets a clear per-input reason, the batch goes on, and the exit code and
summary tell. Runs the real CLI, spaCy and embedded store; every test checks the graph too."""

from __future__ import annotations

import io
import json
import os
import tracemalloc
import zipfile
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import count
from newsgraph.cli import cli
from newsgraph.ingest import pipeline
from newsgraph.ingest.load import MAX_CHARS, read_articles
from newsgraph.store import open_store

GOOD = "Ukraine asked South Korea for air defence systems on Monday.\n"
FIFTY_MB = 50 * 1024 * 1024


def ingest(graph: Path, *inputs) -> tuple[int, list[str]]:
    """Run `newsgraph ingest`; its exit code and its stderr lines."""
    result = CliRunner().invoke(cli, ["--graph", str(graph), "ingest", *map(str, inputs)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr.splitlines()


def documents(graph: Path) -> int:
    with open_store(str(graph)) as store:
        return count(store, "MATCH (d:Document) RETURN count(d)")


def failures(lines: list[str]) -> dict[str, str]:
    """{path: reason} from the summary's `  failed: PATH: REASON` lines."""
    out = {}
    for line in lines:
        if line.startswith("  failed: "):
            path, _, reason = line.removeprefix("  failed: ").partition(": ")
            out[path] = reason
    return out


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", GOOD)
    return buffer.getvalue()


def test_empty_binary_and_legacy_encoded_files(tmp_path):
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "latin1.txt").write_bytes(f"---\ntitle: Genève talks\n---\nFrançois said: {GOOD}".encode("latin-1"))
    (folder / "cp1252.txt").write_bytes(f"“We will help,” he said – €5 billion.\n{GOOD}".encode("cp1252"))
    (folder / "utf16.txt").write_bytes(("Zürich. " + GOOD).encode("utf-16"))  # with BOM
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("\n   \n\t\n")
    (folder / "only-front-matter.md").write_text("---\ntitle: Nothing here\n---\n")
    (folder / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (folder / "archive.txt").write_bytes(zip_bytes())
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "given.pdf").write_bytes(b"%PDF-1.4\n")
    graph = tmp_path / "graph.db"

    code, lines = ingest(graph, folder, tmp_path / "given.pdf")

    assert code == 1
    assert lines[0].startswith("4 documents written") and lines[0].endswith("; 0 unchanged skipped; 8 failed")
    assert failures(lines) == {
        f"{folder}/archive.txt": "binary file (a zip archive or Office document), not text: convert it to text first",
        f"{folder}/blank.md": "no article text",
        f"{folder}/blob.txt": "binary file, not text",
        f"{folder}/empty.txt": "no article text",
        f"{folder}/only-front-matter.md": "no article text",
        f"{folder}/photo.txt": "binary file (a PNG image), not text: convert it to text first",
        f"{folder}/report.txt": "binary file (a PDF), not text: convert it to text first",
        f"{tmp_path}/given.pdf": "binary file (a PDF), not text: convert it to text first",
    }
    assert documents(graph) == 4
    with open_store(str(graph)) as store:
        assert store.read("MATCH (d:Document {title: 'Genève talks'}) RETURN count(d)").rows == [[1]]


def test_legacy_encodings_decode_to_the_right_characters(tmp_path):
    cases = {
        "latin1.txt": ("François à Genève, señor.", "latin-1"),
        "cp1252.txt": ("“Quoted” – dash, €, …", "cp1252"),
        "utf16le.txt": ("Київ і Сеул.", "utf-16"),
        "utf16be.txt": ("Київ і Сеул.", "utf-16-be"),
        "utf8bom.txt": ("Séoul.", "utf-8-sig"),
    }
    for name, (text, encoding) in cases.items():
        data = text.encode(encoding)
        (tmp_path / name).write_bytes(b"\xfe\xff" + data if encoding == "utf-16-be" else data)
    read = {Path(a.path).name: a.text for a in read_articles([str(tmp_path)])}
    assert read == {name: text + "\n" for name, (text, _) in cases.items()}


def test_a_50_mb_article_file_is_refused_and_the_batch_goes_on(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(0)
        line = b"Ukraine asked South Korea for help. " * 1000 + b"\n"
        for _ in range(FIFTY_MB // len(line) + 1):
            out.write(line)
    (tmp_path / "good.txt").write_text(GOOD)
    graph = tmp_path / "graph.db"
    code, lines = ingest(graph, huge, tmp_path / "good.txt")
    assert code == 1
    assert failures(lines) == {str(huge): "file is larger than 4 MB, too long for one article; split it"}
    assert documents(graph) == 1


def test_an_article_longer_than_spacy_parses_is_refused(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text("word " * (MAX_CHARS // 5 + 10))
    graph = tmp_path / "graph.db"
    code, lines = ingest(graph, long)
    assert code == 1
    assert failures(lines) == {str(long): "article is 1,000,050 characters, more than the 1,000,000 spaCy parses; split it"}
    assert documents(graph) == 0


def test_a_50_mb_jsonl_feed_is_streamed_not_loaded(tmp_path):
    feed = tmp_path / "feed.jsonl"
    line = (json.dumps({"text": GOOD * 20}) + "\n").encode()
    with feed.open("wb") as out:
        out.write(line * (FIFTY_MB // len(line) + 1))
    assert feed.stat().st_size > FIFTY_MB
    tracemalloc.start()
    first = list(islice(read_articles([str(feed)]), 3))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [a.path for a in first] == [f"{feed}:1", f"{feed}:2", f"{feed}:3"]
    assert peak < 2 * 1024 * 1024  # a few lines in memory, not the file


def test_a_50_mb_line_in_a_feed_is_refused_and_its_neighbours_load(tmp_path):
    feed = tmp_path / "feed.jsonl"
    with feed.open("wb") as out:
        out.write((json.dumps({"text": GOOD, "id": "one"}) + "\n").encode())
        out.write(b'{"text": "' + b"a" * FIFTY_MB + b'"}\n')
        out.write((json.dumps({"text": "North Korea warned Japan.", "id": "three"}) + "\n").encode())
    graph = tmp_path / "graph.db"
    code, lines = ingest(graph, feed)
    assert code == 1
    assert failures(lines) == {f"{feed}:2": "line is larger than 4 MB, too long for one article"}
    assert documents(graph) == 2


def test_long_sentences_and_lines_without_spaces_neither_crash_nor_hang(tmp_path):
    article = tmp_path / "odd.txt"
    one_sentence = "Ukraine asked South Korea for weapons and " * 1500  # 10,500 words, no full stop
    article.write_text(GOOD + "x" * 300_000 + "\n" + one_sentence + "\nNorth Korea warned Japan.\n")
    graph = tmp_path / "graph.db"
    code, lines = ingest(graph, article)
    assert code == 0, lines
    assert lines[0].startswith("1 documents written")
    with open_store(str(graph)) as store:
        assert count(store, "MATCH (:Country {name: 'Ukraine'})-[r:REQUESTED]->(:Country {name: 'South Korea'}) "
                            "RETURN count(r)") >= 1


def test_jsonl_with_malformed_lines_wrong_types_unknown_fields_and_impossible_dates(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"text": GOOD, "id": "good", "tags": ["x"], "score": 3}),  # unknown fields are ignored
        '{"text": "unterminated',
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps({"text": GOOD, "title": 7}),
        json.dumps({"text": GOOD, "published": "2024-02-30"}),
        json.dumps({"text": GOOD, "published": "2024-13-01"}),
        json.dumps({"text": GOOD, "published": "yesterday"}),
        json.dumps({"text": GOOD, "published": 20241128}),
        "",
        json.dumps({"text": "North Korea warned Japan.", "id": "dated", "published": "2024-11-28T09:30:00Z"}),
        json.dumps({"text": "   "}),
    ]
    feed.write_text("\n".join(rows) + "\n")
    graph = tmp_path / "graph.db"
    code, lines = ingest(graph, feed)
    assert code == 1
    assert lines[0].startswith("2 documents written") and lines[0].endswith("; 10 failed")
    assert failures(lines) == {
        f"{feed}:2": "not valid JSON: Unterminated string starting at: line 1 column 10 (char 9)",
        f"{feed}:3": "line is a JSON list, not an object",
        f"{feed}:4": "missing `text`",
        f"{feed}:5": "`text` must be a string, not int",
        f"{feed}:6": "metadata `title` must be a string, not int",
        f"{feed}:7": "published date '2024-02-30' is not a real YYYY-MM-DD date",
        f"{feed}:8": "published date '2024-13-01' is not a real YYYY-MM-DD date",
        f"{feed}:9": "published date 'yesterday' is not a real YYYY-MM-DD date",
        f"{feed}:10": "metadata `published` must be a string, not int",
        f"{feed}:13": "no article text",
    }
    with open_store(str(graph)) as store:
        rows = store.read("MATCH (d:Document) RETURN d.id, d.published, keys(d) ORDER BY d.id").rows
    assert [row[:2] for row in rows] == [["dated", "2024-11-28"], ["good", None]]
    assert not {"tags", "score"} & set(rows[1][2])


def test_control_characters_and_lone_surrogates_are_cleaned_not_fatal(tmp_path):
    (tmp_path / "nul.txt").write_bytes(GOOD.encode() * 100 + b"North\x00 Korea warned\x07 Japan.\n")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "Japan\u0000 protested \ud800 loudly.", "id": "s"}) + "\n")
    graph = tmp_path / "graph.db"
    code, lines = ingest(graph, tmp_path)
    assert code == 0, lines
    assert documents(graph) == 2
    texts = {Path(a.path).name: a.text for a in read_articles([str(tmp_path)])}
    assert texts["nul.txt"].endswith("North Korea warned Japan.\n")
    assert texts["feed.jsonl:1"] == "Japan protested ? loudly.\n"


def test_missing_paths_symlink_loops_pipes_and_empty_globs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "back").symlink_to(folder)  # a directory loop, which `**` globs follow
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    graph = tmp_path / "graph.db"

    code, lines = ingest(graph, folder, f"{folder}/**/*.txt", tmp_path / "nowhere", f"{tmp_path}/*.nothing")

    assert code == 1
    assert failures(lines) == {
        f"{folder}/dangling.txt": "broken symbolic link",
        f"{folder}/loop-a.txt": "symbolic link loop",
        f"{folder}/loop-b.txt": "symbolic link loop",
        f"{folder}/pipe.txt": "not a regular file (a pipe, socket or device?)",
        f"{tmp_path}/nowhere": "no such file or folder",
        f"{tmp_path}/*.nothing": "no file matches this pattern",
    }
    # good.txt is reached by the folder and ~40 times through the loop: it is read once.
    assert lines[0].startswith("1 documents written")
    assert documents(graph) == 1


def test_an_unreadable_file_fails_with_permission_denied(tmp_path):
    """Root reads any file whatever its mode, so as root the read runs with the effective uid of
    `nobody`; elsewhere chmod 000 is enough."""
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsgraph-unreadable-{os.getpid()}"
    folder.mkdir(mode=0o755, exist_ok=True)
    secret, good = folder / "secret.txt", folder / "good.txt"
    secret.write_text(GOOD)
    good.write_text(GOOD)
    good.chmod(0o644)
    secret.chmod(0o000)
    try:
        if os.geteuid() == 0:
            os.seteuid(65534)
        try:
            results = list(read_articles([str(folder)]))
        finally:
            if os.getuid() == 0:
                os.seteuid(0)
    finally:
        secret.unlink()
        good.unlink()
        folder.rmdir()
    assert [type(r).__name__ for r in results] == ["Article", "LoadFailure"]
    assert results[1].path == str(secret) and results[1].reason == "permission denied"


def test_a_failure_inside_extraction_fails_that_article_only(tmp_path, monkeypatch):
    """Extraction has no known crash; this stands in for the next bug on an odd web page."""
    real = pipeline.extract_article

    def fails_on_one(article, doc):
        if article.path.endswith("b.txt"):
            raise RuntimeError("boom")
        return real(article, doc)

    monkeypatch.setattr(pipeline, "extract_article", fails_on_one)
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD)
    graph = tmp_path / "graph.db"
    code, lines = ingest(graph, tmp_path)
    assert code == 1
    assert failures(lines) == {f"{tmp_path}/b.txt": "extraction failed: RuntimeError: boom"}
    assert documents(graph) == 2


def test_nothing_to_read_is_an_error(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\n")  # folders are searched for .txt, .md, .jsonl only
    code, lines = ingest(tmp_path / "graph.db", tmp_path)
    assert code == 1
    assert lines[-1] == "no articles found: give .txt, .md or .jsonl files, folders or globs"


@pytest.mark.parametrize("args", [["ingest"], ["ingest", "--batch-size", "many", "x"]])
def test_usage_errors_exit_2(tmp_path, args):
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "graph.db"), *args])
    assert result.exit_code == 2

"""The HTML drawing of query results: what goes into the page, that it needs nothing from the
network, and that headless Chromium actually paints it (skipped, with the reason, without Chromium)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph import queries, view
from newsgraph.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--hide-scrollbars"]


def run(store, query_name: str, **params):
    query = queries.get(query_name)
    return query.run(store, {**query.examples(), **params})


def test_graph_of_a_path(seeds_store):
    graph = view.graph_of(run(seeds_store, "shortest-connection"))
    names = {view.caption(node) for node in graph.nodes.values()}
    assert {"Yoon Suk Yeol", "Vladimir Putin"} <= names
    assert len(graph.edges()) == len(graph.nodes) - 1  # a chain


def test_page_draws_nodes_and_typed_edges_offline(seeds_store):
    result = run(seeds_store, "entity-network", name="South Korea")
    page = view.html_page(result, "South Korea")
    graph = view.graph_of(result)
    assert page.count("<circle") == len(graph.nodes)
    assert page.count('<g class="edge') == len(graph.edges()) == len(result.rows)
    assert ">REQUESTED</text>" in page and 'class="edge negative"' in page  # the denied request, dashed
    assert view.TYPE_COLORS["Country"] in page and view.TYPE_COLORS["Person"] in page
    # Self-contained: nothing to fetch (no src/href/@import/url() pointing anywhere but inside the page).
    assert not re.search(r"\b(src|href)\s*=", page)
    assert "@import" not in page and not re.search(r"url\((?!#)", page)


def test_text_is_escaped(seeds_store):
    result = run(seeds_store, "entity-network", name="South Korea")
    for row in result.rows:
        row[0]["properties"]["name"] = "<script>alert(1)</script>"
    page = view.html_page(result)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_nothing_to_draw(seeds_store):
    with pytest.raises(ValueError, match="no nodes or relationships"):
        view.html_page(run(seeds_store, "overview"))


def test_view_command_writes_the_page(seeds_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--graph", str(seeds_store.path), "view", "Yoon Suk Yeol"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "yoon-suk-yeol.html").read_text()
    assert "Yoon Suk Yeol: neighbourhood" in page and "Russia" in page
    missing = CliRunner().invoke(cli, ["--graph", str(seeds_store.path), "view", "Nobody At All"])
    assert missing.exit_code == 1 and "find-entity" in missing.output


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium): page not rendered")
def test_chromium_paints_the_page(seeds_store, tmp_path):
    out = tmp_path / "network.html"
    result = CliRunner().invoke(cli, ["--graph", str(seeds_store.path), "query", "run", "entity-network",
                                      "--param", "name=South Korea", "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    pixels = screenshot(out, tmp_path)
    country = hex_rgb(view.TYPE_COLORS["Country"])
    person = hex_rgb(view.TYPE_COLORS["Person"])
    assert sum(1 for p in pixels if close(p, country)) > 1000  # the country circles are painted
    assert sum(1 for p in pixels if close(p, person)) > 500
    blank = tmp_path / "blank.html"
    blank.write_text("<!doctype html><html><body></body></html>")
    assert all(p == (255, 255, 255) for p in screenshot(blank, tmp_path)[::97])  # the check can tell blank


def screenshot(page: Path, tmp_path: Path) -> list[tuple[int, int, int]]:
    png = tmp_path / (page.stem + ".png")
    subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium'}", f"--screenshot={png}",
         "--window-size=1000,800", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    return decode_png(png.read_bytes())


def hex_rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))


def close(a, b, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def decode_png(data: bytes) -> list[tuple[int, int, int]]:
    """RGB pixels of an 8-bit RGB or RGBA PNG (what Chromium writes), with the standard library."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks, header = 8, [], None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, color_type, _, _, interlace = header
    assert depth == 8 and color_type in (2, 6) and not interlace
    channels = 4 if color_type == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    pixels = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        pixels += [tuple(line[x:x + 3]) for x in range(0, stride, channels)]
        previous = line
    return pixels

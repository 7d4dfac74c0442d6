"""The interactive graph pages (neo4j-viz): what goes into the page, that it needs nothing from the
network, and that headless Chromium, with every request but file:// blocked, actually draws the graph
(skipped, with the reason, without Chromium or Playwright)."""

from __future__ import annotations

import json
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph import queries, view
from newsgraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def run(store, query_name: str, **params):
    query = queries.get(query_name)
    return query.run(store, {**query.examples(), **params})


def page_data(page: str) -> dict:
    """The graph neo4j-viz draws: the JSON block it reads at load."""
    block = re.search(r'<script type="application/json" id="neo4j-viz-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_graph_of_a_path(seeds_store):
    graph = view.graph_of(run(seeds_store, "shortest-connection"))
    names = {view.caption(node) for node in graph.nodes.values()}
    assert {"Yoon Suk Yeol", "Vladimir Putin"} <= names
    assert len(graph.edges()) == len(graph.nodes) - 1  # a chain


def test_page_holds_the_nodes_and_relationships_with_their_details(seeds_store):
    result = run(seeds_store, "entity-network", name="South Korea")
    page = view.html_page(result, "South Korea")
    graph = view.graph_of(result)
    data = page_data(page)
    assert len(data["nodes"]) == len(graph.nodes) and len(data["relationships"]) == len(graph.edges()) == len(result.rows)
    colors = {n["caption"]: n["color"].upper() for n in data["nodes"]}
    assert colors["South Korea"] == view.TYPE_COLORS["Country"] and colors["Yoon Suk Yeol"] == view.TYPE_COLORS["Person"]
    # The denied request reads and looks different from the asserted ones; a possible supply too.
    denied = [r for r in data["relationships"] if r["caption"] == "NOT REQUESTED"]
    assert len(denied) == 1 and denied[0]["color"].upper() == view.FACT_COLORS["negated: did not happen"].upper()
    assert any(r["caption"] == "SUPPLIED (possible)" for r in data["relationships"])
    asserted = next(r for r in data["relationships"] if r["caption"] == "REQUESTED")
    assert asserted["color"].upper() == view.FACT_COLORS["asserted"].upper()
    details = denied[0]["properties"]
    assert details["outlet"] == "The Korea Herald" and "did not request" in details["sentence"]
    assert details["plover"] == "REQUEST" and details["polarity"] == "negative"
    legend = json.dumps(data["legend"])
    assert "negated: did not happen" in legend and "planned, possible, hypothetical" in legend and "Country" in legend
    assert "<title>South Korea</title>" in page


def test_text_is_escaped(seeds_store):
    result = run(seeds_store, "entity-network", name="South Korea")
    for row in result.rows:
        row[0]["properties"]["name"] = "</script><script>alert(1)</script>"
    page = view.html_page(result, "<b>title</b>")
    assert "<script>alert(1)" not in page and "<b>title</b>" not in page
    assert any(n["caption"].startswith("</script>") for n in page_data(page)["nodes"])  # kept, as data


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


def draw_offline(page: Path, png: Path, user_data: Path, wait_for: str | None = "canvas") -> list[str]:
    """Open the page in headless Chromium with every request but file:// aborted, wait for the
    drawing, save a screenshot; returns the URLs the page tried to fetch from elsewhere."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install playwright)")
    tried = []

    def only_files(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            tried.append(route.request.url)
            route.abort()

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            str(user_data), executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1200, "height": 800})
        try:
            tab = browser.new_page()
            tab.route("**/*", only_files)
            tab.goto(page.as_uri())
            if wait_for:
                tab.wait_for_selector(wait_for, timeout=30_000)
            tab.wait_for_timeout(3000)  # the force layout settles
            tab.screenshot(path=str(png))
        finally:
            browser.close()
    return tried


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium): page not rendered")
def test_chromium_draws_the_graph_offline(seeds_store, tmp_path):
    out = tmp_path / "network.html"
    result = CliRunner().invoke(cli, ["--graph", str(seeds_store.path), "query", "run", "entity-network",
                                      "--param", "name=South Korea", "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    png = tmp_path / "network.png"
    assert draw_offline(out, png, tmp_path / "profile") == []  # nothing left the page
    pixels = decode_png(png.read_bytes())
    country = hex_rgb(view.TYPE_COLORS["Country"])
    person = hex_rgb(view.TYPE_COLORS["Person"])
    negated = hex_rgb(view.FACT_COLORS["negated: did not happen"])
    assert sum(1 for p in pixels if close(p, country)) > 1000  # the country circles are drawn
    assert sum(1 for p in pixels if close(p, person)) > 500
    assert sum(1 for p in pixels if close(p, negated, 20)) > 20  # the denied request, in red
    blank = tmp_path / "blank.html"
    blank.write_text("<!doctype html><html><body></body></html>")
    draw_offline(blank, tmp_path / "blank.png", tmp_path / "profile-blank", wait_for=None)
    blank_pixels = decode_png((tmp_path / "blank.png").read_bytes())
    assert not any(close(p, country) for p in blank_pixels[::7])  # the check can tell a page that draws nothing


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

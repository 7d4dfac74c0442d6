"""The Neo4j Browser served by the live Neo4j, in headless Chromium (Playwright driving the system
Chromium; every request not to 127.0.0.1 is refused): connect, drop the favorites zip that
`newsgraph query export-browser` writes, run an imported favourite, drop the GRASS style. The last
screenshot is kept in test-artifacts/neo4j-browser.png."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from conftest import ROOT
from newsgraph import queries
from newsgraph.cli import cli
from newsgraph.view import TYPE_COLORS

playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install -e '.[test]')")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no chromium (Debian: apt-get install chromium)")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def page(neo4j_seeds, tmp_path):
    """A Browser page on the server's own HTTP address, connected over Bolt with the test password."""
    address = neo4j_seeds.read("SHOW SETTINGS YIELD name, value WHERE name = 'server.http.listen_address' "
                               "RETURN value").rows[0][0]
    bolt = urlsplit(os.environ["NEO4J_URI"])
    refused = []
    with playwright.sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 900})
        context.set_default_timeout(60_000)

        def only_loopback(route):
            if urlsplit(route.request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                refused.append(route.request.url)
                route.abort()

        context.route("**/*", only_loopback)
        page = context.new_page()
        page.goto(f"http://{address}/browser/")
        page.select_option("[data-testid=bolt-scheme-select]", "bolt://")
        page.fill("[data-testid=boltaddress]", bolt.netloc)
        page.fill("[data-testid=username]", os.environ.get("NEO4J_USERNAME", "neo4j"))
        page.fill("[data-testid=password]", os.environ.get("NEO4J_PASSWORD", ""))
        page.click("[data-testid=connect]")
        page.get_by_text("You are connected as user").wait_for()
        try:
            yield page
        finally:  # the picture of how it ended, passed or failed
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "neo4j-browser.png"))
            context.close()
    assert all(urlsplit(url).hostname != "127.0.0.1" for url in refused)


def drop_file(page, path: Path) -> None:
    """What dragging a file from the file manager onto the Browser window does."""
    transfer = page.evaluate_handle(
        """([bytes, name]) => { const transfer = new DataTransfer();
             transfer.items.add(new File([new Uint8Array(bytes)], name)); return transfer; }""",
        [list(path.read_bytes()), path.name])
    for event in ("dragenter", "dragover", "drop"):
        page.dispatch_event("[data-testid=main]", event, {"dataTransfer": transfer})


def test_favorites_zip_and_style_in_the_browser(page, neo4j_seeds, tmp_path):
    exported = CliRunner().invoke(cli, ["query", "export-browser", "--out", str(tmp_path / "exports")])
    assert exported.exit_code == 0, exported.output
    drop_file(page, tmp_path / "exports" / "newsgraph-favorites.zip")

    page.click("[data-testid=navigationFavorites]")
    page.click("[data-testid=expandFolder-newsgraph]")
    titles = page.eval_on_selector_all("[data-testid^=scriptTitle-]", "els => els.map(e => e.textContent.trim())")
    assert sorted(titles) == sorted(["Example parameters", *(q.title for q in queries.library().values())])

    # Set the example parameters, then run a favourite as it was imported: the rows are the library's.
    setter = run_favorite(page, "Example parameters")
    parameters = {p.name for q in queries.library().values() for p in q.parameters}
    playwright.expect(setter.locator("[data-testid=multi-statement-list-icon][title='Status: success']")
                      ).to_have_count(len(parameters), timeout=60_000)  # all set before the next run
    frame = run_favorite(page, "Disputed claims")
    frame.get_by_text("Days after a Russian missile attack").first.wait_for()
    expected = queries.get("disputed-claims").run(neo4j_seeds, {}).records()
    assert expected and all(row["disputed_by"] in frame.inner_text() for row in expected)

    # The style: drop the .grass file, then :style shows it; a graph result is drawn in its colours.
    drop_file(page, tmp_path / "exports" / "newsgraph.grass")
    run_in_editor(page, ":style")
    style = page.locator("[data-testid=frame]", has_text="node.Country").first
    style.wait_for()
    assert TYPE_COLORS["Country"] in style.inner_text().upper()
    run_in_editor(page, ':param name => "South Korea"')  # as a user asks about someone else
    frame = run_favorite(page, "Entity network")
    frame.locator("svg g.node").first.wait_for()
    page.wait_for_timeout(2000)  # let the force layout settle for the picture
    fills = {c.upper() for c in frame.locator("svg g.node circle").evaluate_all(
        "circles => circles.map(c => c.getAttribute('fill')).filter(Boolean)")}
    assert TYPE_COLORS["Country"] in fills and fills <= set(TYPE_COLORS.values())


def run_favorite(page, title: str):
    """Click a favourite's run button, as a user does; returns the frame of its result."""
    item = page.locator("[data-testid=savedScriptListItem]", has=page.locator(f"[data-testid='scriptTitle-{title}']"))
    item.hover()
    item.locator("[data-testid=savedScriptsButton-Run]").click()
    return page.locator("[data-testid=frame]", has_text=f"// {title}").first


def run_in_editor(page, command: str) -> None:
    page.click("[data-testid=activeEditor]")
    page.keyboard.type(command)
    page.click("[data-testid=editor-Run]")

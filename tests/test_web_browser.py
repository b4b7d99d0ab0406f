"""The review app driven in Debian's Chromium by Playwright, as a reviewer and an admin would.

Screenshots of the queue and the detail view are written to ``build/screenshots/`` so a
person can judge the layout.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.web_support import PASSWORDS, REPO, ReviewWorld, build_world, serving

CHROMIUM = "/usr/bin/chromium"
SHOTS = REPO / "build" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        raise RuntimeError("Debian's chromium is not installed; run ./run setup")
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, ReviewWorld]]:
    world = build_world(tmp_path)
    with serving(world.app) as url:
        yield url, world


def _sign_in(browser: Browser, url: str, name: str) -> Page:
    page = browser.new_page(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page.goto(f"{url}/login")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORDS[name])
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{url}/queue")
    return page


def test_reviewer_filters_opens_approves_and_reallocates(
    browser: Browser, site: tuple[str, ReviewWorld]
) -> None:
    """GIVEN the demo queue WHEN a reviewer filters to review items, opens one,
    re-allocates a line and approves another proposal THEN each change shows on the page."""
    url, _ = site
    page = _sign_in(browser, url, "rita")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "queue.png"), full_page=True)

    page.get_by_label("Match").select_option("review")
    page.get_by_role("button", name="Filter").click()
    rows = page.locator("table.queue tbody tr[data-href]")
    expect(rows).to_have_count(1)
    rows.first.get_by_role("link").click()
    expect(page.get_by_role("heading", name="Proposed allocations")).to_be_visible()
    first_page = page.locator("img.page").first
    expect(first_page).to_be_visible()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=first_page.element_handle()
    )
    page.screenshot(path=str(SHOTS / "detail.png"), full_page=True)

    page.get_by_label("to invoice").fill("INV-20009")
    page.get_by_role("button", name="Re-allocate").click()
    expect(page.locator(".flash")).to_contain_text("Re-allocated to INV-20009")
    expect(page.locator("table.grid").nth(1)).to_contain_text("INV-20009")

    page.goto(f"{url}/queue?status=auto")
    page.locator("table.queue tbody tr[data-href]").first.get_by_role("link").click()
    heading = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".flash")).to_contain_text("approved")
    assert heading.split()[1] in page.locator(".flash").inner_text()


def test_keyboard_approve_and_bulk_approve_and_export(
    browser: Browser, site: tuple[str, ReviewWorld], tmp_path: Path
) -> None:
    """GIVEN pending proposals WHEN the reviewer approves one with the 'a' key, bulk-approves
    the rest at 0.95 and exports THEN the CSV holds the approved allocations once."""
    url, _ = site
    page = _sign_in(browser, url, "rita")
    page.goto(f"{url}/queue?status=auto")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Proposed allocations")).to_be_visible()
    page.keyboard.press("a")
    expect(page.locator(".flash")).to_contain_text("approved")

    page.goto(f"{url}/queue")
    page.get_by_label("Approve all pending").fill("0.95")
    page.get_by_role("button", name="Bulk approve").click()
    expect(page.locator(".flash")).to_contain_text("Approved")

    page.goto(f"{url}/export")
    page.get_by_label("Layout").select_option("netsuite")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export CSV").click()
    path = tmp_path / "export.csv"
    download_info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    assert rows and all(r["Payment"] for r in rows)
    page.goto(f"{url}/export")
    expect(page.get_by_role("button", name="Export CSV")).to_be_disabled()


def test_admin_edits_rules_sees_error_inline_then_saves_and_sees_history(
    browser: Browser, site: tuple[str, ReviewWorld]
) -> None:
    """GIVEN an admin in the rules editor WHEN they misspell a key THEN the problem shows
    inline with its line and a suggestion, nothing is saved; WHEN they fix it, preview
    and save THEN the file changes and the new version is in the history."""
    url, world = site
    page = _sign_in(browser, url, "adam")
    page.get_by_role("link", name="Rules").click()
    area = page.locator("#rules-text")
    original = area.input_value()
    area.fill(original.replace("  auto_threshold: 0.95", "  auto_treshold: 0.95"))
    page.get_by_role("button", name="Check and preview changes").click()
    problems = page.locator(".problems")
    expect(problems).to_contain_text("auto_treshold")
    expect(problems).to_contain_text("did you mean 'auto_threshold'")
    assert world.rules_path.read_text() == original

    page.locator("#rules-text").fill(
        original.replace("auto_threshold: 0.95", "auto_threshold: 0.97")
    )
    page.get_by_role("button", name="Check and preview changes").click()
    expect(page.locator("pre.diff")).to_contain_text("auto_threshold: 0.97")
    page.get_by_role("button", name="Save these rules").click()
    expect(page.locator(".flash")).to_contain_text("Rules saved")
    assert "auto_threshold: 0.97" in world.rules_path.read_text()
    expect(page.locator("table.grid tbody tr")).to_have_count(2)
    expect(page.locator("table.grid")).to_contain_text("adam")

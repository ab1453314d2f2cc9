"""The HTML report in a real browser: clicking an outline entry scrolls to that section.

Runs headless Chromium from the OS packages (`.ci/run` installs them where it
can) through chromedriver, with every network-touching feature switched off.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from xuhui_extract.views import html

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1000,700",
)

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it as root)",
)


@pytest.fixture
def browser(tmp_path: Path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install '.[test]')")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_outline_link_scrolls_to_its_section(browser, sample_article, sample_text, tmp_path: Path):
    from selenium.webdriver.common.by import By

    report = tmp_path / "report.html"
    report.write_text(html.render(sample_article, sample_text), encoding="utf-8")
    browser.get(report.as_uri())
    target = sample_article.sections[-2]  # deep in the page, below the first screen
    anchor = f"sec-{target.id}"
    top = "return document.getElementById(arguments[0]).getBoundingClientRect().top"
    assert browser.execute_script("return window.scrollY") == 0
    assert browser.execute_script(top, anchor) > browser.execute_script("return window.innerHeight")

    browser.find_element(By.CSS_SELECTOR, f'nav a[href="#{anchor}"]').click()

    assert browser.execute_script("return location.hash") == f"#{anchor}"
    assert browser.execute_script("return window.scrollY") > 0
    assert 0 <= browser.execute_script(top, anchor) < 40  # at the top, below its scroll margin
    heading = browser.find_element(By.ID, anchor).text
    assert heading.startswith(target.marker) and target.title in heading

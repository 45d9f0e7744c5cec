import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import sync_playwright

from tests.browser.portal import (
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    SCREENSHOT_DIR,
    VIEWPORTS,
    describe_page_types,
)

SERVER_START_TIMEOUT = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url, server, log_path):
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers, even if with an error status
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"De testserver startte niet; zie {log_path}:\n{log_path.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def portal(tmp_path_factory):
    """The portal with the demo content, served on a free loopback port; yields its base URL.

    It always uses its own temporary SQLite database, also in the PostgreSQL pass of the suite:
    the server runs in another process, which cannot see the test database's transactions.
    """
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} ontbreekt: voer `make browser-deps` uit.")
    workdir = tmp_path_factory.mktemp("portal")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    manage = [sys.executable, str(REPO / "manage.py")]
    for command in (["migrate", "--noinput"], ["load_demo", "--allow-production"]):
        subprocess.run(
            [*manage, *command], env=env, cwd=REPO, check=True, stdout=subprocess.DEVNULL
        )
    port = free_port()
    log_path = workdir / "server.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [*manage, "runserver", "--noreload", "--insecure", f"127.0.0.1:{port}"],
            env=env,
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base_url + "/", server, log_path)
            yield base_url
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    # Module scope: Playwright's event loop is gone before the next module's Django tests run.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def context(browser, portal):
    # bypass_csp: the tests inject axe-core and styles inline; the portal's own CSP forbids that
    # (tests/leersteun asserts the policy itself).
    context = browser.new_context(
        base_url=portal,
        viewport=VIEWPORTS["desktop"],
        locale="nl-BE",
        accept_downloads=True,
        bypass_csp=True,
    )
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


def pytest_terminal_summary(terminalreporter, config):
    ran = [
        report
        for outcome in ("passed", "failed", "error")
        for report in terminalreporter.stats.get(outcome, [])
    ]
    if not any(report.nodeid.startswith("tests/browser/") for report in ran):
        return
    terminalreporter.write_sep("-", "browser tests: page types covered")
    terminalreporter.write_line(describe_page_types())
    if SCREENSHOT_DIR.exists():
        terminalreporter.write_line(f"screenshots: {SCREENSHOT_DIR}")

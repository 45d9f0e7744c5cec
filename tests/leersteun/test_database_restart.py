"""A real outage: a throwaway PostgreSQL cluster is stopped under a running portal and restarted.

The portal (runserver, with persistent connections as in production) must answer the Dutch 503
page while the database is down, report it on /gezondheid/, and serve pages again once the
database is back, without being restarted itself.
"""

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from glob import glob
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def postgres_tool(name):
    found = shutil.which(name) or next(
        iter(sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"))), None
    )
    return found


def runs_on_postgresql():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


pytestmark = pytest.mark.skipif(
    not runs_on_postgresql() or not (postgres_tool("initdb") and postgres_tool("pg_ctl")),
    reason="runs in the PostgreSQL run, with PostgreSQL's server tools (initdb, pg_ctl)",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayCluster:
    """A PostgreSQL cluster in a temporary directory (owned by postgres when run as root)."""

    def __init__(self):
        self.directory = tempfile.mkdtemp(prefix="leersteun-pg-")
        self.data = os.path.join(self.directory, "data")
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.directory, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def run(self, *command):
        subprocess.run(
            [*self.as_user, *command], check=True, capture_output=True, text=True, timeout=120
        )

    def init(self):
        self.run(postgres_tool("initdb"), "-D", self.data, "-A", "trust", "-U", "postgres", "-N")

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = os.path.join(self.directory, "server.log")
        # With a log file the server does not hold our output pipes open.
        self.run(postgres_tool("pg_ctl"), "-D", self.data, "-o", options, "-l", log, "-w", "start")

    def stop(self):
        self.run(postgres_tool("pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def remove(self):
        subprocess.run(
            [*self.as_user, postgres_tool("pg_ctl"), "-D", self.data, "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


def get(url):
    """Status, headers and body of a GET, for any status."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture
def portal_on_throwaway_database():
    cluster = ThrowawayCluster()
    server = None
    try:
        cluster.init()
        cluster.start()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "leersteun.settings.dev",
            "DATABASE_URL": cluster.url,
            "CONN_MAX_AGE": "60",
        }
        python = sys.executable
        subprocess.run(
            [python, "manage.py", "migrate", "--noinput", "--skip-checks"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=600,
        )
        port = free_port()
        server = subprocess.Popen(
            [python, "manage.py", "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                get(f"{base}/gezondheid/")
                break
            except OSError:
                time.sleep(0.1)
        yield cluster, base
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        cluster.remove()


def test_portal_answers_503_while_postgresql_is_down_and_recovers_when_it_is_back(
    portal_on_throwaway_database,
):
    cluster, base = portal_on_throwaway_database
    status, _, body = get(f"{base}/")
    assert status == 200, body[:500]
    health = get(f"{base}/gezondheid/")
    assert health[0] == 200, health[2]

    cluster.stop()
    status, headers, body = get(f"{base}/")
    assert status == 503
    assert headers["Retry-After"] == "60"
    assert "even niet beschikbaar" in body and "Traceback" not in body
    status, _, body = get(f"{base}/gezondheid/")
    assert status == 503 and '"database": {"ok": false}' in body

    cluster.start()
    status, _, body = get(f"{base}/")
    assert status == 200, body[:500]
    assert get(f"{base}/gezondheid/")[0] == 200

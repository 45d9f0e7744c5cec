"""Settings of the portal that the browser tests start in a subprocess.

DEBUG stays off so visitors' 404 and 500 pages are the real templates, not Django's debug pages;
`runserver --insecure` serves the static files instead. The database and MEDIA_ROOT come from the
environment the fixture sets: a temporary SQLite file, in the SQLite and the PostgreSQL pass alike.
"""

import os
from pathlib import Path

from leersteun.settings.test import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.browser.urls"
MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])

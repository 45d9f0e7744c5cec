import json
import warnings

import pytest
from django.core.cache import cache
from production_support import SECURITY_SETTINGS, production_env, run_python


@pytest.fixture(scope="session")
def production_security_settings():
    """The security settings as leersteun.settings.production computes them (in a subprocess)."""
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{k: getattr(settings, k) for k in {SECURITY_SETTINGS!r}}}))"
    )
    result = run_python(["-c", script], production_env())
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture
def production_settings(settings, production_security_settings):
    """Apply production's security settings to this test process (database and media stay)."""
    for name, value in production_security_settings.items():
        setattr(settings, name, value)
    # With axes among the backends, log in through the login form, as a person does.
    with warnings.catch_warnings():
        # whitenoise's notice that collectstatic has not run: tests use the finders.
        warnings.filterwarnings("ignore", "No directory at", UserWarning)
        yield settings
    # Production keeps anonymous pages in the cache; the next test starts without them.
    cache.clear()

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, env_bool

DEBUG = env_bool("DEBUG", True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The web server and the import worker are two processes: a file cache is one for both, so what
# one of them clears (the search suggestions, the thesaurus) is cleared for the other too.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        # `make bench` points this elsewhere: its database is another site with the same ids.
        "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
    }
}

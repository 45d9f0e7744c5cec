"""Production: PostgreSQL, Redis, whitenoise, S3 or filesystem media, SMTP, JSON logs to stdout."""

import os
import warnings

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from ..log_format import JSON_FORMATTER
from .base import *  # noqa: F403
from .base import BASE_DIR, MIDDLEWARE, env_bool, env_list

if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured("DATABASE_URL is required in production.")
if not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured("SECRET_KEY is required in production.")

DEBUG = False
DATABASES = {
    "default": dj_database_url.parse(
        os.environ["DATABASE_URL"],
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        # A connection kept open across requests is checked first: a restarted database is survived.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("Production runs on PostgreSQL: DATABASE_URL must be postgres://…")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# HTTPS and headers. TLS ends at the reverse proxy, which sets X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The load balancer probes the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^gezondheid/$"]
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Static files: whitenoise serves them from gunicorn with hashed, compressed names.
MIDDLEWARE = [*MIDDLEWARE]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)

# Media: the filesystem (MEDIA_ROOT) or an S3-compatible bucket.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET_NAME"],
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION_NAME") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("S3_LOCATION", "media"),
            # Materials are served through Wagtail's document view, never from a public bucket.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
elif MEDIA_STORAGE == "filesystem":
    default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    raise ImproperlyConfigured("MEDIA_STORAGE must be 'filesystem' or 's3'.")
STORAGES = {
    "default": default_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache: Redis when configured; otherwise files under CACHE_DIR, which the gunicorn workers and
# the import worker share (what one process clears must be cleared for every process).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "leersteun",
            "TIMEOUT": 300,
        }
    }
else:
    warnings.warn(
        "REDIS_URL is not set: using a file cache (CACHE_DIR).", RuntimeWarning, stacklevel=1
    )
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Anonymous pages are the same for every visitor: keep each one for a short while, so a busy
# moment costs one render per page and not one per visit. Django never caches a response that
# varies by a visitor's cookie for another visitor, nor the admin (private, never_cache), nor
# downloads (streamed). A published change reaches visitors within PAGE_CACHE_SECONDS.
CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "30"))
CACHE_MIDDLEWARE_KEY_PREFIX = "pagina"
if CACHE_MIDDLEWARE_SECONDS:
    MIDDLEWARE = [
        "django.middleware.cache.UpdateCacheMiddleware",
        *MIDDLEWARE,
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]

# Search: PostgreSQL full text (dutch) by default; OpenSearch for sites that outgrow one database.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database")
if SEARCH_BACKEND == "opensearch":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": os.environ.get("OPENSEARCH_BACKEND", "wagtail.search.backends.opensearch3"),
            "URLS": env_list("OPENSEARCH_URL"),
            "INDEX": os.environ.get("OPENSEARCH_INDEX", "leersteun"),
            "TIMEOUT": int(os.environ.get("OPENSEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
    if not WAGTAILSEARCH_BACKENDS["default"]["URLS"]:
        raise ImproperlyConfigured("SEARCH_BACKEND=opensearch needs OPENSEARCH_URL.")
elif SEARCH_BACKEND != "database":
    raise ImproperlyConfigured("SEARCH_BACKEND must be 'database' or 'opensearch'.")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# One JSON object per line on stdout, for the platform's log collector.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": JSON_FORMATTER},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Request errors are logged by django.request; its default mail handler stays off.
        "django": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        # One line per background task step is noise; failures are still logged.
        "django_tasks": {"level": "WARNING"},
    },
}

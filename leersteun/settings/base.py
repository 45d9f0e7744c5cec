"""Settings shared by every environment; each value can be overridden from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "leersteun",
    "practices",
    "network",
    "dissemination",
    "reports",
    "api",
    "wagtail.api.v2",
    "exchange",
    "vocabulary",
    "sitesearch",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "corsheaders",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before CommonMiddleware, so that redirects and errors of /api/ carry the CORS headers too.
    "corsheaders.middleware.CorsMiddleware",
    "leersteun.middleware.ContentSecurityPolicyMiddleware",
    "leersteun.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that a locked-out login attempt is answered before the view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "leersteun.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "leersteun.wsgi.application"

# The embedded SQLite database is the default; PostgreSQL through DATABASE_URL in production and CI.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        # A connection kept open across requests is checked first: a restarted database is survived.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The demo's web server and import worker share the file: readers go on while the worker
    # writes (WAL), and a writer waits for the other one instead of failing at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL", timeout=20
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Random reads cost little more than sequential ones on SSDs (PostgreSQL's default of 4 is for
    # spinning disks). With 4, a common search word is matched by scanning every search index
    # row (five times slower at 100,000 practices) instead of through its GIN index.
    # JIT compilation pays off for long analytical queries, not for a page's: it added about
    # 100 ms to a search's facet counts at 5,000 practices (docs/performance.md).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options",
        f"-c random_page_cost={os.environ.get('PG_RANDOM_PAGE_COST', '1.1')}"
        f" -c jit={os.environ.get('PG_JIT', 'off')}",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Axes first: it refuses a locked-out account+IP before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
# Behind a reverse proxy set AXES_IPWARE_PROXY_COUNT: the client's address counts, not the proxy's.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_IPWARE_PROXY_COUNT", "0")) or None
# Without a proxy X-Forwarded-For is whatever the client wrote: then only the peer address counts.
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)
# Public forms (contact, registration, adoption report): submissions per client per window.
PUBLIC_FORM_RATE_LIMIT = int(os.environ.get("PUBLIC_FORM_RATE_LIMIT", "5"))
PUBLIC_FORM_RATE_WINDOW = int(os.environ.get("PUBLIC_FORM_RATE_WINDOW", "600"))
# Contact messages are personal data: deleted by `manage.py purge_contact_messages` after this.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "180"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", "Nederlands")]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# The backup's dump format (leersteun.backup).
SERIALIZATION_MODULES = {"backup-json": "leersteun.serialization"}

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded spreadsheets between their check and their import (exchange app): never served.
EXCHANGE_UPLOAD_ROOT = Path(os.environ.get("EXCHANGE_UPLOAD_ROOT", BASE_DIR / "var" / "imports"))

# Background tasks (django-tasks, as Wagtail uses it). Wagtail's own small tasks run inline
# ("default"); the admin import runs in a worker: `manage.py db_worker --backend imports`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Sender of every e-mail (workflow, study days, contact) and of error mails to the admins.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Leersteun materialenbank <materialenbank@example.org>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Wagtail
WAGTAIL_SITE_NAME = "Leersteun materialenbank"
# The admin's address in e-mails; the public address is the Wagtail Site (absolute_urls.py,
# `manage.py configure_site --url`). `make demo`/`make serve` set both for the address they serve;
# production warns while either is a loopback address (leersteun/checks.py).
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = [("nl-be", "Nederlands")]
WAGTAILDOCS_DOCUMENT_MODEL = "practices.MaterialDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents in these collections (and below) are public whether or not a live page uses them;
# any other document only when a live public page does (`network.documents`).
PUBLIC_DOCUMENT_COLLECTIONS = [
    name for name in os.environ.get("PUBLIC_DOCUMENT_COLLECTIONS", "").split(",") if name
]
# Every upload path of the admin (single, multiple, chooser) validates content, not just the name.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "leersteun.uploads.MaterialDocumentForm"
# Uncompressed size a DOCX/XLSX/PPTX/ODF upload may expand to: anything beyond is a zip bomb.
UPLOAD_MAX_UNCOMPRESSED_SIZE = 200 * 1024 * 1024
# Admin login with an optional TOTP code (django-otp) for accounts that have a device.
WAGTAILADMIN_USER_LOGIN_FORM = "leersteun.admin_auth.TwoFactorLoginForm"
OTP_TOTP_ISSUER = "Leersteun materialenbank"
# Avatars from gravatar.com would leak editors' e-mail hashes and need a CSP exception.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin's upgrade notice calls releases.wagtail.org (blocked by the CSP); upgrades go
# through pyproject.toml instead.
WAGTAIL_ENABLE_UPDATE_CHECK = False
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}
TAGGIT_CASE_INSENSITIVE = True
# Which centre's project workers may edit a practice is decided in the network app.
PRACTICE_PERMISSION_TESTER = "network.permissions.CentrePermissionTester"
# The practice sheet (PDF) is drawn by the reports app; practices only routes to it.
PRACTICE_SHEET_VIEW = "reports.views.practice_sheet"
# The licence of the published practice texts, printed on every practice sheet.
CONTENT_LICENCE_NAME = os.environ.get("CONTENT_LICENCE_NAME", "CC BY 4.0")
CONTENT_LICENCE_URL = os.environ.get(
    "CONTENT_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)

FORMAT_MODULE_PATH = ["leersteun.formats"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Content-Security-Policy (django-csp): the public site runs only its own scripts and styles.
# The Wagtail admin still ships inline scripts and style attributes, so /beheer/ gets its own,
# looser policy (leersteun.middleware.ContentSecurityPolicyMiddleware); it is only reachable
# for logged-in editors and keeps every other restriction.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ADMIN_URL_PREFIX = "/beheer/"
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        # The page editor previews in a same-origin iframe.
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}

# Open data (api app): anyone may read /api/ from a browser on another site, never write, and
# never with the visitor's cookies.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
WAGTAILAPI_LIMIT_MAX = 100
# Sites that may show the practice card (/materialenbank/<slug>/embed/) in an iframe, e.g.
# "https://www.prodia.be"; comma or space separated. The portal itself always may.
EMBED_ALLOWED_ORIGINS = os.environ.get("EMBED_ALLOWED_ORIGINS", "").replace(",", " ").split()

PRACTICES_PER_PAGE = 12
PRACTICE_FILTERSET = "network.filters.MaterialenbankFilterSet"
SITE_TITLE = _("Leersteun materialenbank")

# Study-day registrations: personal data is deleted this many days after the day
# (`manage.py purge_registrations`). The form's rate limit is PUBLIC_FORM_RATE_LIMIT.
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "90"))
# The query log keeps no personal data; rows are deleted after this (`manage.py purge_search_log`).
SEARCH_LOG_RETENTION_DAYS = int(os.environ.get("SEARCH_LOG_RETENTION_DAYS", "365"))

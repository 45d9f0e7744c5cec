"""Helpers for tests that run or mimic the production settings."""

import os
import secrets
import subprocess
import sys
import tempfile

from django.conf import settings as django_settings

# What a request sees of the production configuration: security, headers, middleware.
SECURITY_SETTINGS = [
    "MIDDLEWARE",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "AUTHENTICATION_BACKENDS",
    "CACHE_MIDDLEWARE_SECONDS",
    "CACHE_MIDDLEWARE_KEY_PREFIX",
]


def production_env(**overrides):
    """The environment a production deployment must provide, with values for a test."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "leersteun.settings.production",
        "DATABASE_URL": "postgres://leersteun@127.0.0.1:5432/leersteun",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "materialenbank.example.org",
        "WAGTAILADMIN_BASE_URL": "https://materialenbank.example.org",
        # Without Redis the production cache is files: never the working copy's var/cache.
        "CACHE_DIR": tempfile.mkdtemp(prefix="leersteun-cache-"),
    }
    env.pop("REDIS_URL", None)
    env.update(overrides)
    return env


def run_python(args, env, timeout=120):
    return subprocess.run(
        [sys.executable, *args],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Django's test client logs in without a request, which axes refuses; the login-limit tests
# put axes back with override_settings.
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
EXCHANGE_UPLOAD_ROOT = BASE_DIR / "var" / "test-imports"
# That swap is deliberate here, so axes' warning about the missing backend is noise.
SILENCED_SYSTEM_CHECKS = ["axes.W003"]
# The admin import runs where it is queued, so a test sees its result at once; the real
# worker (django_tasks_db) is tested on its own in tests/exchange/test_import_worker.py.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

"""gunicorn for `make serve`, `make load` and production; each value can be overridden by env."""

import os
import sys

# The config is read before gunicorn puts the project on the path.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from leersteun.log_format import JSON_FORMATTER  # noqa: E402

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8080")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
# Threads overlap the waits on PostgreSQL and on storage within a worker.
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Longer than a visitor's pause between clicks, so a reused connection is not closed under it.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# gunicorn's control socket is one shared path per user: several instances would collide.
control_socket_disable = True
# Recycle workers now and then, so a slow leak can never grow without bound; rarely, and spread
# out, so the two workers never restart together (2,000 coincided with a p99 of 1.96 s).
max_requests = 20000
max_requests_jitter = 5000
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'

# The same one-JSON-object-a-line format as Django's logs.
logconfig_dict = {
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
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}

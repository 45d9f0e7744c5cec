"""The JSON logs of production and gunicorn: one object a line, the time in one zone with offset."""

import json
import logging
import runpy
from datetime import datetime
from pathlib import Path

from django.conf import settings
from pythonjsonlogger.json import JsonFormatter

from leersteun.log_format import JSON_FORMATTER


def test_a_log_line_has_the_utc_time_with_its_offset():
    options = {key: value for key, value in JSON_FORMATTER.items() if key != "()"}
    record = logging.LogRecord("leersteun", logging.INFO, __file__, 1, "hallo", None, None)
    line = json.loads(JsonFormatter(**options).format(record))
    moment = datetime.fromisoformat(line["time"])
    assert moment.utcoffset().total_seconds() == 0
    assert abs(moment.timestamp() - record.created) < 1
    assert (line["level"], line["logger"], line["message"]) == ("INFO", "leersteun", "hallo")


def test_gunicorn_logs_in_the_same_format():
    config = runpy.run_path(str(Path(settings.BASE_DIR, "gunicorn.conf.py")))
    assert config["logconfig_dict"]["formatters"]["json"] == JSON_FORMATTER
    assert config["max_requests"] >= 10_000 and config["max_requests_jitter"] > 0

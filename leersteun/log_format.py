"""The one JSON log line of production and gunicorn (a dictConfig formatter): the time in
UTC with its offset (ISO 8601), whatever the server's local zone, then level, logger, message."""

JSON_FORMATTER = {
    "()": "pythonjsonlogger.json.JsonFormatter",
    "fmt": "%(levelname)s %(name)s %(message)s",
    "timestamp": "time",
    "rename_fields": {"levelname": "level", "name": "logger"},
}

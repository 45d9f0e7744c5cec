import os

from hypothesis import HealthCheck, settings

# `make test` runs a sample; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) at least 10,000 inputs.
COMMON = {
    "deadline": None,
    "database": None,
    "print_blob": True,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
}
# `make test` draws the same fixed sample every run, so a failure is reproducible; `make fuzz`
# explores new inputs each time.
settings.register_profile("test", max_examples=60, derandomize=True, **COMMON)
settings.register_profile("fuzz", max_examples=10_000, **COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "test"))

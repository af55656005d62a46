"""Settings are read, and start-up work done, once per process: some checks need a fresh
interpreter, started the way a server starts the app."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_python(code: str, **env: str) -> str:
    """Run ``code`` in a fresh interpreter at the repository's root with this process's
    environment, less its ``DJANGO_*`` and ``REDIS_URL`` settings, plus ``env``; its
    standard output."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "REDIS_URL"
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.base", **env)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout

"""The load benchmark: ``bench/run`` (see README.md here)."""

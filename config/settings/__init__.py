"""Settings: ``base`` reads the environment (development and production alike);
``test`` adjusts it for the test suite."""

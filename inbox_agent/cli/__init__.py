"""The ``inbox-agent`` command line; each command family lives in its own module."""

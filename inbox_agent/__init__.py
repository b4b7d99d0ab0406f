"""The AR group-inbox agent: everything with I/O around the pure ``matchers`` core."""

__version__ = "0.1.0"

"""Benchmarks behind ``inbox-agent bench``: each module builds its own corpus and prints figures.

Speed and accuracy targets live here, never in timed unit tests.
"""

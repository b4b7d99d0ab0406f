"""Replies a collector would write: what the message asks, answered from our records."""

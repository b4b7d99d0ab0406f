"""The embedded demo: a sample world and the command that runs the agent over it."""

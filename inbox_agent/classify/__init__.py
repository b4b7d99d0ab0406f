"""Sorting mail into the contract's categories: admin rules first, then a fallback."""

"""Adapters that bring the ERP's and the bank's files into the core's plain types."""

from inbox_agent.imports.mapping import (
    customers_from_open_items,
    customers_from_rules,
    merge_customers,
    policy_from_rules,
)
from inbox_agent.imports.open_items import OpenItemsError, read_open_items

__all__ = [
    "OpenItemsError",
    "customers_from_open_items",
    "customers_from_rules",
    "merge_customers",
    "policy_from_rules",
    "read_open_items",
]

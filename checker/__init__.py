"""Compliance knowledge base for customer-complaint handling: catalog, site renderers and case checker."""

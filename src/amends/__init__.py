"""Amends: listen, triage, answer and follow up on customer complaints on social media."""

__version__ = "0.1.0"

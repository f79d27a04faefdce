"""Triage: explainable signals about each mention (issue 3; only parts are built so far)."""

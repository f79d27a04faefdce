"""Respond: playbooks and the composer, the reply checker, legal hold, approvals and sending."""

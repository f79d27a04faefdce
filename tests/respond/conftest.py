"""Fixtures shared by the respond tests: the fake OpenAI-compatible server lives with the LLM tests."""

from tests.respond.test_llm import api

__all__ = ["api"]

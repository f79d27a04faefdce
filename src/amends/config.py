"""Process settings, read once from the environment (`AMENDS_*`). Workspace policy lives in the database."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AMENDS_", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Where the embedded database and key live.")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; defaults to SQLite in data_dir (WAL mode)."
    )
    secret_key: str | None = Field(
        default=None,
        description="Fernet key that encrypts channel secrets at rest; defaults to data_dir/secret.key.",
    )
    case_window_hours: float = Field(
        default=48.0,
        gt=0,
        description="A new post by the same author on a channel joins their open case "
        "if that case saw activity within this many hours.",
    )
    max_text_chars: int = Field(default=40_000, gt=0, description="Longer mention text is quarantined.")
    webhook_tolerance_seconds: int = Field(
        default=300, gt=0, description="How far a webhook-timestamp may be from now."
    )
    webhook_max_body_bytes: int = Field(default=1_000_000, gt=0)
    ingest_chunk_size: int = Field(default=1000, gt=0, le=50_000)
    # Optional drafting through an OpenAI-compatible API (Ollama, vLLM, llama.cpp server, hosted ones).
    llm_base_url: str | None = Field(default=None, description="e.g. http://127.0.0.1:11434/v1")
    llm_model: str | None = None
    llm_api_key: SecretStr | None = Field(default=None, description="Sent as a bearer token; never logged.")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, gt=0, lt=65536)
    log_level: str = "INFO"

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'amends.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()

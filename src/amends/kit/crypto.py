"""Encryption at rest for channel secrets (Fernet: AES-128-CBC + HMAC-SHA256)."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from amends.config import Settings


class SecretKeyError(RuntimeError):
    pass


def load_key(settings: Settings, *, create: bool = False) -> bytes:
    """The key from AMENDS_SECRET_KEY, else from data_dir/secret.key (made on `amends init`)."""
    if settings.secret_key:
        key = settings.secret_key.encode()
    else:
        path = settings.data_dir / "secret.key"
        if not path.exists():
            if not create:
                raise SecretKeyError(f"no secret key: set AMENDS_SECRET_KEY or run `amends init` to create {path}")
            _write_private(path, Fernet.generate_key())
        key = path.read_bytes().strip()
    try:
        Fernet(key)
    except ValueError:
        raise SecretKeyError("the secret key is not a valid Fernet key (32 url-safe base64 bytes)") from None
    return key


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data + b"\n")


def encrypt(key: bytes, plaintext: str) -> bytes:
    return Fernet(key).encrypt(plaintext.encode())


def decrypt(key: bytes, token: bytes) -> str:
    try:
        return Fernet(key).decrypt(token).decode()
    except InvalidToken:
        raise SecretKeyError("cannot decrypt a stored secret: the secret key has changed") from None

"""The built-in demo platform: `amends demo` channels "publish" by appending to a JSON-lines log.

It behaves like a well-mannered platform so the outbox can be exercised end to end offline: every
command is one line, and a command whose idempotency key is already in the log is not published again
(the first result comes back instead). Several processes may share one log (the web app and a worker):
each append happens under an exclusive `flock` on the log itself, after catching up on lines other
processes wrote, so the check-then-append is atomic across processes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from amends.channels.connector import CommandResult, OutboundCommand, PermanentError, TransientError
from amends.kit.time import utcnow

log = logging.getLogger(__name__)

if sys.platform == "win32":  # pragma: no cover - Amends is deployed on POSIX; Windows gets no cross-process lock

    def _lock_exclusive(fd: int) -> None:
        pass

else:
    import fcntl

    def _lock_exclusive(fd: int) -> None:
        # flock belongs to the open file description, so it also excludes other threads that opened the file
        # themselves; closing the descriptor releases it.
        fcntl.flock(fd, fcntl.LOCK_EX)


def demo_platform_id(idempotency_key: str) -> str:
    """Derived from the key, so the id is the same whichever process published it."""
    return "demo-" + hashlib.sha256(idempotency_key.encode()).hexdigest()[:20]


@contextmanager
def _open_locked(path: Path) -> Iterator[int]:
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    try:
        _lock_exclusive(fd)
        yield fd
    finally:
        os.close(fd)


def _read_from(fd: int, offset: int, size: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)  # O_APPEND writes still go to the end whatever the read position
    chunks: list[bytes] = []
    remaining = size - offset
    while remaining > 0:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _parse_lines(data: bytes, source: Path) -> Iterator[dict[str, Any]]:
    """Complete lines only; a corrupt line (say, a crash mid-write) is skipped, never fatal."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("demo log %s: skipping line %d of the part read: not JSON", source, number)
            continue
        if isinstance(record, dict) and isinstance(record.get("idempotency_key"), str):
            yield record
        else:
            log.warning("demo log %s: skipping line %d of the part read: no idempotency_key", source, number)


def read_demo_log(path: Path) -> list[dict[str, Any]]:
    """Every published command in order (tests, `amends demo`). A missing log is an empty one."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    # A line still being written has no newline yet; it is not published until it has one.
    complete = data[: data.rfind(b"\n") + 1]
    return list(_parse_lines(complete, Path(path)))


class DemoConnector:
    name: str = "demo"

    def __init__(self, log_path: Path) -> None:
        self.log_path = Path(log_path)
        # Idempotency key -> logged record, for the part of the file read so far. Rebuilt lazily: each call
        # reads only the bytes appended since the last one (by any process), or all of it if the file changed.
        self._index: dict[str, dict[str, Any]] = {}
        self._offset = 0
        self._identity: tuple[int, int] | None = None
        self._mutex = threading.Lock()  # guards the index between threads sharing this instance

    def execute(self, command: OutboundCommand) -> CommandResult:
        key = command.idempotency_key
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self._mutex, _open_locked(self.log_path) as fd:
                partial_tail = self._catch_up(fd)
                known = self._index.get(key)
                if known is not None:
                    if known.get("type") != command.payload()["type"] or known.get("text") != command.text:
                        # Reusing a key for another command is a caller bug; the first command stands.
                        log.warning("demo: idempotency key %r was already used for a different command", key)
                    return CommandResult(known.get("platform_id"), dict(known))
                record = {
                    **command.payload(),
                    "platform_id": demo_platform_id(key),
                    "published_at": utcnow().isoformat(),
                }
                line = json.dumps(record, ensure_ascii=False).encode() + b"\n"
                # Never glue our line onto the remains of a crashed write: start a fresh line.
                self._append(fd, (b"\n" if partial_tail else b"") + line)
                self._index[key] = record
                return CommandResult(record["platform_id"], dict(record))
        except (PermissionError, FileExistsError, IsADirectoryError, NotADirectoryError) as exc:
            raise PermanentError(f"demo log {self.log_path} cannot be written: {exc.strerror}") from None
        except OSError as exc:  # disk full, interrupted: may pass
            raise TransientError(f"demo log {self.log_path} write failed: {exc.strerror}") from None

    def _catch_up(self, fd: int) -> bool:
        """Index lines appended since the last call; returns whether the file ends in an unfinished line."""
        stat = os.fstat(fd)
        identity = (stat.st_dev, stat.st_ino)
        if identity != self._identity or stat.st_size < self._offset:
            # Replaced or truncated (a demo reset): what we knew no longer describes the file.
            self._index.clear()
            self._offset = 0
            self._identity = identity
        if stat.st_size == self._offset:
            return False
        data = _read_from(fd, self._offset, stat.st_size)
        end = data.rfind(b"\n") + 1
        for record in _parse_lines(data[:end], self.log_path):
            self._index.setdefault(record["idempotency_key"], record)
        self._offset += end
        return end < len(data)

    def _append(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        # Durable before we report success: the outbox marks the command sent on our word.
        os.fsync(fd)
        self._offset = os.fstat(fd).st_size

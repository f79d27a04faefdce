"""Workspace settings stored in the database: each a named, validated pydantic model, changed with an audit event.

`triage` (weights, thresholds, pathways, taxonomy) keeps its own loader in `triage.service`; the others
are registered here. A setting that was never saved reads as its model's defaults.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.kit.time import utcnow
from amends.models import WorkspaceSetting

M = TypeVar("M", bound=BaseModel)


class SettingError(ValueError):
    pass


def load_setting(session: Session, key: str, model: type[M]) -> M:
    row = session.get(WorkspaceSetting, key)
    if row is None:
        return model()
    try:
        return model.model_validate(row.value)
    except ValidationError as exc:  # stored before a field was removed or tightened: say which
        raise SettingError(f"the stored {key!r} setting no longer validates; set it again: {exc}") from exc


def save_setting(session: Session, key: str, model: type[M], data: dict[str, Any], *, actor: str) -> M:
    try:
        value = model.model_validate(data)
    except (ValidationError, ValueError) as exc:
        raise SettingError(f"invalid {key} setting: {exc}") from exc
    dumped = value.model_dump(mode="json")
    row = session.get(WorkspaceSetting, key)
    before = row.value if row is not None else None
    if row is None:
        session.add(WorkspaceSetting(key=key, value=dumped, updated_at=utcnow(), updated_by=actor))
    else:
        row.value, row.updated_at, row.updated_by = dumped, utcnow(), actor
    session.flush()
    AuditLog(session).record(
        actor=actor,
        action="settings.changed",
        subject_type="workspace_setting",
        subject_id=0,
        case_id=None,
        before={key: before},
        after={key: dumped},
        reason=f"{key} setting updated",
    )
    return value

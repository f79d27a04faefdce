from __future__ import annotations

import threading

from sqlalchemy import func, select

from amends.audit.service import verify_chain
from amends.db import Database
from amends.ingest.schemas import parse_mention
from amends.ingest.service import Incoming, IngestSummary, Origin, ingest_batch
from amends.models import Case, Mention
from tests.factories import make_channel, mention


def test_concurrent_deliveries_of_one_mention_store_it_once(db: Database) -> None:
    make_channel(db)
    record = mention("77")
    item = Incoming(parse_mention(record), record, Origin("webhook", "brand-x", "m", b"{}", "json", "brand-x"))
    start = threading.Barrier(4)
    results: list[IngestSummary] = []
    errors: list[BaseException] = []

    def deliver() -> None:
        try:
            start.wait()
            with db.session() as s:
                results.append(ingest_batch(s, db.settings, [item]))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert sorted(r.created for r in results) == [0, 0, 0, 1]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Mention)) == 1
        assert s.scalar(select(func.count()).select_from(Case)) == 1
        assert verify_chain(s).ok

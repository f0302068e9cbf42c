"""Head office's service fuzzed from its own OpenAPI description (schemathesis), on the
SQLite trial database, with a real credential of one enrolled counter: every request,
well formed or malformed, is answered without a server error, and every refusal (4xx)
is JSON with a ``message`` a store can show.

(schemathesis's pytest loader ``from_fixture`` does not run under this pytest, so each
operation's strategy is driven by hypothesis here.)
"""

from __future__ import annotations

import contextlib
import uuid

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from desk.hq.api import create_app
from desk.hq.db import make_engine, upgrade, url_for
from tests.sync.harness import add_store, enrol_directly

EXAMPLES = 30  # per operation and mode: ~40 s in all


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_is_a_server_error(tmp_path, mode) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url_for(None, tmp_path))
    try:
        upgrade(engine)
        hq_id = add_store(engine, "FUZZ")
        credential = "Bearer " + enrol_directly(engine, hq_id, uuid.uuid4())
        schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(engine))
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 4
        for operation in operations:
            _fuzz(operation.as_strategy(generation_mode=mode), credential)
    finally:
        engine.dispose()


def _fuzz(strategy, credential: str) -> None:  # type: ignore[no-untyped-def]
    @given(case=strategy)
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    def one(case) -> None:  # type: ignore[no-untyped-def]
        # The real credential over any generated one: the fuzz reaches past the door.
        headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
        headers["Authorization"] = credential
        response = case.call(headers=headers)
        case.validate_response(response, checks=[not_a_server_error])
        if 400 <= response.status_code < 500:
            body = response.json()
            assert isinstance(body, dict) and isinstance(body.get("message"), str), (
                case.operation.label,
                response.status_code,
                body,
            )
            assert body["message"].strip()

    # Unsatisfiable: nothing of this operation can be made malformed but its credential.
    with contextlib.suppress(Unsatisfiable):
        one()

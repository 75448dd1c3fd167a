"""schemathesis against ``/api/openapi.json``: every operation, with data that fits the schema
and data that does not, answered in-process by the Django WSGI app with a secretary's token
(so the authenticated paths, the update included, are exercised) on the ``archive`` data.
An operation with an id in its path runs twice: with generated ids (nearly all 404) and with
the id of a meeting, person or action that the secretary sees.

Nothing may answer 500, every answer must be one the schema declares and fit its schema, and
data that does not fit must be refused. Examples are derandomised, so a run is repeatable.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from anteckna.services.accounts import create_token
from anteckna.store import models

EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
def test_no_operation_fails_its_schema_or_the_server(db, archive, users, mode):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", WSGIHandler())
    headers = {"Authorization": f"Bearer {create_token(users['secretary']).secret}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 8
    known = {
        "meeting_id": archive["lg"].pk,
        "person_id": models.Person.objects.get(name="Jonas Wiklund").pk,
        "action_id": models.Action.objects.get(text="Jonas skickar ut planen.").pk,
    }
    strategies = []
    for operation in operations:
        strategies.append(operation.as_strategy(generation_mode=mode))
        ids = {name: value for name, value in known.items() if f"{{{name}}}" in operation.path}
        if ids:
            strategies.append(operation.as_strategy(generation_mode=mode, path_parameters=ids))

    for strategy in strategies:

        @given(case=strategy)
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case) -> None:
            response = case.call(headers=headers)
            case.validate_response(response, checks=CHECKS, headers=headers)

        run()

from __future__ import annotations

import pytest

from tests.notify.servers import sms_gateway, smtp_server


@pytest.fixture
def smtp():
    with smtp_server() as server:
        yield server


@pytest.fixture
def gateway():
    with sms_gateway() as server:
        yield server

"""Notice vocabulary: which channel a contact takes, and the retry back-off."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk.core.notices import NoticeChannel, channel_for, retry_delay


def test_back_off_doubles_from_one_minute_and_stops_at_an_hour():
    minutes = [retry_delay(n) / timedelta(minutes=1) for n in range(1, 10)]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert retry_delay(10_000) == timedelta(hours=1)


@pytest.mark.parametrize(
    ("recipient", "channel"),
    [
        ("+85251234567", NoticeChannel.SMS),
        ("+8613800138000", NoticeChannel.SMS),
        ("taiman@example.com", NoticeChannel.EMAIL),
        (" a.b@mail.example.hk ", NoticeChannel.EMAIL),
    ],
)
def test_channel_for_a_contact(recipient, channel):
    assert channel_for(recipient) == channel


@pytest.mark.parametrize("recipient", ["51234567", "+852 5123 4567", "taiman@", "@x.com", ""])
def test_contacts_that_are_neither_are_refused(recipient):
    with pytest.raises(ValueError):
        channel_for(recipient)

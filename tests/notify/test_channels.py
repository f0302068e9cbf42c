"""Each channel against a real server on 127.0.0.1: what arrives, and every outcome."""

from __future__ import annotations

import json
import socket
import threading
import uuid

import pytest

from desk.notify.channels import DemoChannel, HttpSmsChannel, OutgoingNotice, SmtpChannel
from tests.notify.servers import SmsGateway, free_port


def notice(
    recipient: str = "taiman@example.com", body: str = "您的补卡申请已提交。"
) -> OutgoingNotice:
    return OutgoingNotice(
        uuid.uuid4(), recipient, "Desk: replacement submitted 补卡申请", body, "case_submitted"
    )


def smtp_channel(port: int, **kw) -> SmtpChannel:
    return SmtpChannel("127.0.0.1", port, "shop@example.com", starttls=False, timeout=5, **kw)


def test_smtp_delivers_recipient_subject_body_and_message_id(smtp):
    recorder, port = smtp
    n = notice()
    outcome = smtp_channel(port).send(n)
    assert outcome.result == "accepted"
    [(rcpt, msg)] = recorder.messages
    assert rcpt == ["taiman@example.com"]
    assert msg["To"] == "taiman@example.com" and msg["From"] == "shop@example.com"
    assert msg["Subject"] == n.subject
    assert msg.get_content().strip() == n.body
    assert msg["Message-ID"] == f"<notice-{n.id}@example.com>" == outcome.provider_ref


def test_smtp_4xx_is_temporary_and_5xx_permanent(smtp):
    recorder, port = smtp
    recorder.data_replies.append("451 4.3.0 Try again later")
    outcome = smtp_channel(port).send(notice())
    assert (outcome.result, "451" in outcome.error) == ("temporary", True)
    recorder.rcpt_replies.append("550 5.1.1 No such user")
    outcome = smtp_channel(port).send(notice())
    assert (outcome.result, "550" in outcome.error) == ("permanent", True)
    assert recorder.messages == []


def test_smtp_starttls_refused_by_a_plain_server_is_temporary(smtp):
    _, port = smtp
    outcome = SmtpChannel("127.0.0.1", port, "shop@example.com", starttls=True).send(notice())
    assert outcome.result == "temporary" and "STARTTLS" in outcome.error


def test_smtp_connection_refused_is_temporary():
    outcome = smtp_channel(free_port()).send(notice())
    assert outcome.result == "temporary" and "refused" in outcome.error


def test_a_server_that_never_answers_times_out_as_temporary():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # takes the connection, never says a word
    port = silent.getsockname()[1]
    try:
        for channel in (
            SmtpChannel("127.0.0.1", port, "shop@example.com", starttls=False, timeout=0.5),
            HttpSmsChannel(f"http://127.0.0.1:{port}/sms", timeout=0.5),
        ):
            outcome = channel.send(notice("+85251234567"))
            assert outcome.result == "temporary" and "no answer in time" in outcome.error
    finally:
        silent.close()


def sms(url: str, token: str = SmsGateway.TOKEN) -> HttpSmsChannel:
    return HttpSmsChannel(url, token, timeout=5)


def test_sms_gateway_gets_json_token_and_idempotency_key(gateway):
    server, url = gateway
    n = notice("+85251234567", "验证码 123456")
    outcome = sms(url).send(n)
    [request] = server.requests
    assert request["body"] == {
        "to": "+85251234567",
        "text": "验证码 123456",
        "reference": str(n.id),
    }
    assert request["key"] == str(n.id)
    assert request["auth"] == f"Bearer {SmsGateway.TOKEN}"
    assert outcome.result == "accepted"
    assert outcome.provider_ref == server.deliveries[0]["id"]


@pytest.mark.parametrize(
    ("code", "result"),
    [
        (503, "temporary"),
        (500, "temporary"),
        (429, "temporary"),
        (400, "permanent"),
        (404, "permanent"),
    ],
)
def test_sms_gateway_answers(gateway, code, result):
    server, url = gateway
    server.replies.append(code)
    outcome = sms(url).send(notice("+85251234567"))
    assert outcome.result == result and str(code) in outcome.error
    assert server.deliveries == []


def test_a_wrong_token_waits_for_the_setting_to_be_put_right(gateway):
    server, url = gateway
    assert sms(url, "wrong").send(notice("+85251234567")).result == "temporary"
    assert server.deliveries == []


def test_sms_gateway_refused_is_temporary():
    outcome = sms(f"http://127.0.0.1:{free_port()}/sms").send(notice("+85251234567"))
    assert outcome.result == "temporary" and "refused" in outcome.error


def test_demo_channel_writes_an_owner_only_file_and_shows_the_notice(tmp_path):
    shown: list[OutgoingNotice] = []
    channel = DemoChannel(tmp_path, shown.append)
    first, second = notice("+85251234567", "Code 123456\nvalid 10 min"), notice()
    assert channel.send(first).result == "accepted"
    assert channel.send(second).result == "accepted"
    log = tmp_path / "notices.log"
    assert log.stat().st_mode & 0o777 == 0o600
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2  # one line per notice, a newline in the body escaped
    assert str(first.id) in lines[0] and "Code 123456\\nvalid 10 min" in lines[0]
    assert shown == [first, second]


def test_the_json_answer_without_an_id_is_still_accepted(tmp_path):
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Plain(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"status": "queued"}).encode()
            self.send_response(202)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = HTTPServer(("127.0.0.1", 0), Plain)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    outcome = sms(f"http://127.0.0.1:{server.server_address[1]}/").send(notice("+85251234567"))
    thread.join(5)
    server.server_close()
    assert outcome.result == "accepted" and outcome.provider_ref is None

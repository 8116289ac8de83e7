from tests.processes import PRODUCTION_ENV, run_python

SEND = """
import django; django.setup()
from django.core.mail import EmailMessage

attempts = {
    "plain": {},
    "subject": {"subject": "Request from Ann\\r\\nBcc: everyone@elsewhere.example"},
    "recipient name": {"to": ['"Ann\\r\\nBcc: everyone@elsewhere.example" <ann@example.com>']},
    "reply-to": {"reply_to": ["ann@example.com\\nBcc: everyone@elsewhere.example"]},
    "extra header": {"headers": {"X-Client": "Ann\\nBcc: everyone@elsewhere.example"}},
}
for name, fields in attempts.items():
    message = {"subject": "Hello", "body": "Body", "to": ["therapist@practice.example"]} | fields
    try:
        EmailMessage(**message).send()
    except ValueError:
        print(name, "refused")
    else:
        print(name, "sent")
"""


def test_line_breaks_in_email_headers_are_refused_by_the_production_mailer(smtp_server):
    port, mailbox = smtp_server

    result = run_python(
        SEND,
        DJANGO_EMAIL_HOST="127.0.0.1",
        DJANGO_EMAIL_PORT=str(port),
        DJANGO_EMAIL_USE_TLS="0",
        **{k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_EMAIL_HOST"},
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:-1] == [
        "plain sent",
        "subject refused",
        "recipient name refused",
        "reply-to refused",
        "extra header refused",
    ]
    assert [envelope.rcpt_tos for envelope in mailbox.envelopes] == [["therapist@practice.example"]]
    assert b"elsewhere.example" not in mailbox.envelopes[0].content

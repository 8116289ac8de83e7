"""Mail for tests: a backend that always fails, and a real SMTP server on this machine."""

import socket
from contextlib import contextmanager
from smtplib import SMTPRecipientsRefused

from aiosmtpd.controller import Controller
from django.core.mail.backends.base import BaseEmailBackend


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that refuses every message, quoting the recipients as real servers do."""

    def send_messages(self, email_messages):
        recipients = {
            address: (550, b"mailbox unavailable")
            for message in email_messages
            for address in message.recipients()
        }
        raise SMTPRecipientsRefused(recipients)


class Mailbox:
    """An SMTP server's handler that keeps each envelope it is given."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


def free_port():
    """Return a TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def smtp_server_on(port):
    """Run an SMTP server on 127.0.0.1:`port`; give its Mailbox."""
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()


def smtp_mailers(port):
    """Return MAILERS sending through the SMTP server on 127.0.0.1:`port`, as production does."""
    return {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "use_tls": False, "timeout": 5},
        }
    }

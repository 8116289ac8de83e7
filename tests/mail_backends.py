"""Mail backends for tests that need the mail server to fail."""

from smtplib import SMTPRecipientsRefused

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

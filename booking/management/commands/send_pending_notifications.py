from django.core.management.base import BaseCommand, CommandError

from booking.notifications import send_pending_notifications


class Command(BaseCommand):
    help = (
        "Send the new-request alerts and client confirmations that could not be sent when the "
        "requests arrived (for example while the mail server was down). Safe to run often, "
        "e.g. every 15 minutes from cron."
    )

    def handle(self, *args, **options):
        done, pending = send_pending_notifications()
        if pending:
            raise CommandError(
                f"Sent what was pending for {done} request(s); {pending} still could not be "
                "sent. The log says which request numbers; the requests themselves are safe."
            )
        if done:
            self.stdout.write(self.style.SUCCESS(f"Sent what was pending for {done} request(s)."))
        else:
            self.stdout.write("Nothing was pending.")

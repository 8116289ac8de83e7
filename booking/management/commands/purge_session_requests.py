from django.conf import settings
from django.core.management.base import BaseCommand

from booking.models import SessionRequest
from booking.services import purge_expired_requests


class Command(BaseCommand):
    help = (
        "Delete closed and declined session requests whose status last changed more than "
        "BOOKING_RETENTION_DAYS days ago (180 unless configured). Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many would be deleted."
        )

    def handle(self, *args, dry_run, **options):
        days = settings.BOOKING_RETENTION_DAYS
        if dry_run:
            count = SessionRequest.objects.expired().count()
            self.stdout.write(f"{count} request(s) closed or declined over {days} days ago.")
            return
        count = purge_expired_requests()
        self.stdout.write(f"Deleted {count} request(s) closed or declined over {days} days ago.")

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from practice.two_factor import enrol_authenticator, setup_instructions


class Command(BaseCommand):
    help = (
        "Enrol an authenticator app for a staff user's two-factor sign-in and print its QR "
        "code and setup link once. With --replace, the user's old devices stop working (for "
        "a lost or new phone)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The user name of the staff account.")
        parser.add_argument(
            "--replace", action="store_true", help="Remove the user's existing devices first."
        )

    def handle(self, *args, username, replace, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"There is no user named “{username}”.") from None
        if not user.is_staff:
            self.stderr.write(
                f"Note: {username} is not staff, so cannot use the admin until made staff."
            )
        device = enrol_authenticator(user, replace=replace)
        self.stdout.write(setup_instructions(device))

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_otp import devices_for_user

from practice.two_factor import enrol_authenticator, setup_instructions

PASSWORD_CHARACTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class Command(BaseCommand):
    help = (
        "Make sure an admin account exists, with an authenticator app enrolled for two-factor "
        "sign-in. Whatever it creates (password, authenticator key) it prints once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="User name for a new account.")

    def handle(self, *args, username, **options):
        User = get_user_model()
        admin = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
        if admin:
            self.stdout.write(
                f"Admin account: {admin.get_username()} (password unchanged; reset it with "
                f"`python manage.py changepassword {admin.get_username()}`)."
            )
        else:
            password = get_random_string(20, PASSWORD_CHARACTERS)
            admin = User.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(self.style.SUCCESS("Created an admin account. Keep this password:"))
            self.stdout.write(f"  user name: {username}")
            self.stdout.write(f"  password:  {password}")
            self.stdout.write("It is shown only this once.")

        if any(devices_for_user(admin)):
            self.stdout.write(
                "Two-factor sign-in: an authenticator app is enrolled (for a new phone: "
                f"`python manage.py add_two_factor_device {admin.get_username()} --replace`)."
            )
        else:
            self.stdout.write(setup_instructions(enrol_authenticator(admin)))

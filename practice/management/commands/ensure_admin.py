from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string

PASSWORD_CHARACTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class Command(BaseCommand):
    help = (
        "Make sure an admin account exists. The first time, create one with a generated "
        "password and print it once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="User name for a new account.")

    def handle(self, *args, username, **options):
        User = get_user_model()
        existing = User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
        if existing:
            self.stdout.write(
                f"Admin account: {existing.get_username()} (password unchanged; reset it with "
                f"`python manage.py changepassword {existing.get_username()}`)."
            )
            return
        password = get_random_string(20, PASSWORD_CHARACTERS)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(self.style.SUCCESS("Created an admin account. Keep this password:"))
        self.stdout.write(f"  user name: {username}")
        self.stdout.write(f"  password:  {password}")
        self.stdout.write("It is shown only this once.")

from django.core.management.base import BaseCommand

from practice.demo import load_demo_content


class Command(BaseCommand):
    help = (
        "Fill the site with a believable demo practice. Safe to run again: it only adds what "
        "is missing and never changes what you have edited."
    )

    def handle(self, *args, **options):
        created = load_demo_content()
        for line in created:
            self.stdout.write(f"  created {line}")
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(created)} items created."))
        else:
            self.stdout.write("Demo content: everything is already in place.")

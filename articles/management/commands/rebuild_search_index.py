from django.core.management.base import BaseCommand

from articles.search import rebuild_index


class Command(BaseCommand):
    help = (
        "Rebuild the search index from every article and its tags. Saving keeps the index "
        "current; this is for after changes made around the site's code, such as "
        "QuerySet.update() or a database restored from elsewhere."
    )

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} articles."))

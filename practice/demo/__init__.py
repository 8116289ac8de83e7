"""Demo content: a believable practice to explore and develop against."""

from django.db import transaction

from practice.demo import articles, practice_pages, session_types


@transaction.atomic
def load_demo_content():
    """Create whatever part of the demo practice is missing; never change what exists.

    Returns a list of lines describing what was created.
    """
    return practice_pages.load() + session_types.load() + articles.load()

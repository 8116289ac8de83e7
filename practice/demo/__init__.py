"""Demo content: a believable practice to explore and develop against."""

from django.db import transaction


@transaction.atomic
def load_demo_content():
    """Create whatever part of the demo practice is missing; never change what exists.

    Returns a list of lines describing what was created.
    """
    # Imported here, so that reading the demo's texts alone (the benchmark's floor page does)
    # does not bring in Pillow, which draws the demo's pictures.
    from practice.demo import articles, practice_pages, session_types

    return practice_pages.load() + session_types.load() + articles.load()

"""The demo practice's offerings on the request form."""

from booking.models import SessionType

SESSION_TYPES = [
    {
        "slug": "individual",
        "name": "Individual therapy",
        "description": "One-to-one sessions for you, about whatever brings you here.",
        "order": 10,
    },
    {
        "slug": "couples",
        "name": "Couples therapy",
        "description": "Sessions for you and a partner, together.",
        "order": 20,
    },
    {
        "slug": "relationships",
        "name": "Relationship therapy (including non-monogamous relationships)",
        "description": "For polycules, open and non-monogamous relationships, and any "
        "relationship of more than two people.",
        "order": 30,
    },
    {
        "slug": "groups",
        "name": "Groups",
        "description": "Small, closed groups that meet weekly for a set number of weeks.",
        "order": 40,
    },
]


def load():
    """Create the session types that are missing; return what was created."""
    created = []
    for session_type in SESSION_TYPES:
        _, was_created = SessionType.objects.get_or_create(
            slug=session_type["slug"], defaults=session_type
        )
        if was_created:
            created.append(f"session type “{session_type['name']}”")
    return created

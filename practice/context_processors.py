from django.utils.functional import SimpleLazyObject

from practice import paths
from practice.content_version import remembered_per_version
from practice.models import PracticeProfile

# Every page shows the profile, and it seldom changes: read it once per content version.
current_profile = remembered_per_version(PracticeProfile.load)


def practice(request):
    """Make the practice's profile available to every template as `practice`."""
    return {"practice": current_profile()}


def site_links(request):
    """Make the addresses in every page's header and footer available as `links`, reversed
    when a template first asks for one (the admin's never do)."""
    return {"links": SimpleLazyObject(paths.site_links)}

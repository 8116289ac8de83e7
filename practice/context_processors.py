from django.utils.functional import SimpleLazyObject

from practice.models import PracticeProfile


def practice(request):
    """Make the practice's profile available to every template as `practice`."""
    return {"practice": SimpleLazyObject(PracticeProfile.load)}

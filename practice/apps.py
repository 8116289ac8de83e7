from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class PracticeConfig(AppConfig):
    default = True
    name = "practice"
    verbose_name = "Practice"

    def ready(self):
        from practice import checks, sign_in  # noqa: F401  (registers checks and receivers)
        from practice.content_version import watch_content

        watch_content()


class PracticeAdminConfig(admin_apps.AdminConfig):
    """The Django admin, branded and arranged for the therapist."""

    default = False
    default_site = "practice.admin_site.PracticeAdminSite"

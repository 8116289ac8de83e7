from django.conf import settings
from django.contrib import admin

from practice.sign_in import TwoFactorAdminAuthenticationForm

# The admin index in the order the therapist works, rather than Django's list of apps.
# Each entry: (section name, [(app_label, model_name), ...]).
ADMIN_SECTIONS = [
    (
        "Articles",
        [
            ("articles", "post"),
            ("practice", "image"),
            ("articles", "author"),
            ("taggit", "tag"),
            ("articles", "postredirect"),
        ],
    ),
    ("Session requests", [("booking", "sessionrequest"), ("booking", "sessiontype")]),
    ("Pages", [("practice", "page")]),
    ("Practice profile", [("practice", "practiceprofile")]),
    (
        "Sign-in security",
        [
            ("otp_totp", "totpdevice"),
            ("axes", "accessattempt"),
            ("axes", "accesslog"),
            ("axes", "accessfailurelog"),
        ],
    ),
]


class PracticeAdminSite(admin.AdminSite):
    """The admin, titled with the practice's name and arranged by ADMIN_SECTIONS."""

    index_title = "Your practice"

    @property
    def login_form(self):
        return TwoFactorAdminAuthenticationForm if settings.TWO_FACTOR_REQUIRED else None

    def has_permission(self, request):
        """Staff only, and in production only once verified by their second factor."""
        return super().has_permission(request) and (
            not settings.TWO_FACTOR_REQUIRED or request.user.is_verified()
        )

    def each_context(self, request):
        from practice.models import PracticeProfile

        context = super().each_context(request)
        name = PracticeProfile.load().name
        context["site_header"] = name
        context["site_title"] = f"{name} admin"
        return context

    def get_app_list(self, request, app_label=None):
        app_list = super().get_app_list(request, app_label)
        if app_label:
            return app_list

        models_by_key = {
            (app["app_label"], model["object_name"].lower()): (app, model)
            for app in app_list
            for model in app["models"]
        }
        sections = []
        for section_name, keys in ADMIN_SECTIONS:
            found = [models_by_key.pop(key) for key in keys if key in models_by_key]
            if not found:
                continue
            first_app = found[0][0]
            sections.append(
                {
                    "name": section_name,
                    "app_label": first_app["app_label"],
                    "app_url": first_app["app_url"],
                    "has_module_perms": True,
                    "models": [model for _, model in found],
                }
            )
        # Whatever is left (accounts and groups) follows, in Django's own grouping.
        for app in app_list:
            remaining = [
                model
                for model in app["models"]
                if (app["app_label"], model["object_name"].lower()) in models_by_key
            ]
            if remaining:
                sections.append({**app, "models": remaining})
        return sections

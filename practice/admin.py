from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse

from practice.models import Page, PracticeProfile


@admin.register(PracticeProfile)
class PracticeProfileAdmin(admin.ModelAdmin):
    """One profile: the list goes straight to it, and there is never a second to add."""

    fieldsets = (
        ("Your practice", {"fields": ("name", "tagline", "therapist_name", "intro")}),
        ("Contact", {"fields": ("email", "phone", "location", "areas_served")}),
        (
            "New clients",
            {
                "fields": ("intake_status", "intake_note", "reply_within_days", "decline_reply"),
                "description": "New-request alerts go to the contact email above.",
            },
        ),
        (
            "Under every article",
            {"fields": ("call_to_action_heading", "call_to_action_text")},
        ),
        ("Footer", {"fields": ("crisis_line",)}),
    )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        profile = PracticeProfile.load()
        return redirect(reverse("admin:practice_practiceprofile_change", args=[profile.pk]))


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "updated_at")
    search_fields = ("title", "body")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "body")}),
        ("Search engines", {"fields": ("seo_description",), "classes": ("collapse",)}),
    )

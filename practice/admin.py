from axes.admin import AccessAttemptAdmin as AxesAccessAttemptAdmin
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from practice.html import clean_html
from practice.models import Image, Page, PracticeProfile, PrivacyNoticeVersion
from practice.uploads import UploadSafeModelForm


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
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        profile = PracticeProfile.load()
        return redirect(reverse("admin:practice_practiceprofile_change", args=[profile.pk]))


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ("title", "slug", "updated_at")
    search_fields = ("title", "body")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("notice_versions",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "body")}),
        ("Search engines", {"fields": ("seo_description",), "classes": ("collapse",)}),
    )
    privacy_notice_fieldset = (
        "Versions of the privacy notice",
        {
            "fields": ("notice_versions",),
            "description": "Saving a change to this page's text makes it a new version of the "
            "privacy notice. Each session request records when the person agreed and to which "
            "version, so earlier versions are kept here, word for word.",
        },
    )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.is_privacy_notice:
            return (*fieldsets, self.privacy_notice_fieldset)
        return fieldsets

    @admin.display(description="versions")
    def notice_versions(self, obj):
        versions = list(PrivacyNoticeVersion.objects.all())
        if not versions:
            return "None yet: the first is recorded when this page is saved."
        current, *earlier = versions
        return format_html(
            "<p>{} (current)</p>{}",
            current,
            format_html_join(
                "",
                '<details class="notice-version"><summary>{}</summary>{}</details>',
                ((version, mark_safe(clean_html(version.text))) for version in earlier),
            ),
        )


class ImageUploadForm(UploadSafeModelForm):
    class Meta:
        model = Image
        fields = ("file", "alt_text")


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = UploadSafeModelForm
    list_display = ("preview", "alt_text", "size", "uploaded_at")
    list_display_links = ("preview", "alt_text")
    search_fields = ("alt_text",)
    fields = ("file", "alt_text")
    picker_page_size = 24

    @admin.display(description="image")
    def preview(self, image):
        return image.thumbnail()

    @admin.display(description="size in pixels")
    def size(self, image):
        return f"{image.width} × {image.height}"

    def get_urls(self):
        picker = path(
            "picker/",
            self.admin_site.admin_view(self.picker_view),
            name="practice_image_picker",
        )
        return [picker, *super().get_urls()]

    def picker_view(self, request):
        """The window the editor opens to choose, or upload, an image for an article or page."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        can_upload = self.has_add_permission(request)
        form = ImageUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and can_upload and form.is_valid():
            image = form.save()
            return redirect(f"{request.path}?{request.GET.urlencode()}#image-{image.pk}")
        page = Paginator(Image.objects.all(), self.picker_page_size).get_page(
            request.GET.get("page")
        )
        context = {
            **self.admin_site.each_context(request),
            "title": "Choose an image",
            "opts": self.opts,
            "is_popup": True,
            "form": form if can_upload else None,
            "page_obj": page,
            "callback": request.GET.get("CKEditorFuncNum", ""),
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/practice/image/picker.html", context)


admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class AccessAttemptAdmin(AxesAccessAttemptAdmin):
    """axes's sign-in attempts; its clean-up action needs the request prepared the way axes
    prepares one during a sign-in."""

    @admin.action(description="Clean up expired attempts")
    def cleanup_expired_attempts(self, request, queryset):
        AxesProxyHandler.update_request(request)
        return super().cleanup_expired_attempts(request, queryset)

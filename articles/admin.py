from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.forms import TagField, TagWidget
from taggit.models import Tag

from articles.models import Author, Post, PostRedirect
from articles.services import record_slug_change
from practice.uploads import UploadSafeModelForm


class TagSuggestionsWidget(TagWidget):
    """The tags box, suggesting the tags already in use as the editor types."""

    class Media:
        js = ["js/admin/tag-suggestions.js"]

    def render(self, name, value, attrs=None, renderer=None):
        list_id = f"{(attrs or {}).get('id', name)}-suggestions"
        attrs = {**(attrs or {}), "list": list_id, "autocomplete": "off"}
        names = Tag.objects.order_by("name").values_list("name", flat=True)
        return format_html(
            '{}<datalist id="{}" data-tag-suggestions>{}</datalist>',
            super().render(name, value, attrs, renderer),
            list_id,
            format_html_join("", '<option value="{}">', ((tag,) for tag in names)),
        )


class PostAdminForm(UploadSafeModelForm):
    tags = TagField(
        required=False,
        widget=TagSuggestionsWidget(attrs={"class": "vTextField"}),
        help_text=Post._meta.get_field("tags").help_text,
    )


class VisibilityFilter(admin.SimpleListFilter):
    title = "visibility"
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("live", "Live"), ("scheduled", "Scheduled"), ("draft", "Draft")]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        if self.value() == "draft":
            return queryset.filter(status=Post.Status.DRAFT)
        return queryset


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    form = PostAdminForm
    list_display = ("title", "visibility", "published_at", "author", "tag_list")
    list_filter = (VisibilityFilter, "author", "tags")
    search_fields = ("title", "excerpt", "body", "tags__name")
    prepopulated_fields = {"slug": ("title",)}
    date_hierarchy = "published_at"
    list_select_related = ("author",)
    actions = ("publish_now",)
    fieldsets = (
        ("Writing", {"fields": ("title", "slug", "author", "body")}),
        (
            "Summary and image",
            {"fields": ("excerpt", "featured_image", "featured_image_alt")},
        ),
        ("Publishing", {"fields": ("status", "published_at", "tags")}),
        (
            "Search engines",
            {"fields": ("seo_title", "seo_description"), "classes": ("collapse",)},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        author = Author.objects.filter(user=request.user).first()
        if author:
            initial.setdefault("author", author.pk)
        return initial

    @admin.display(description="status", ordering="status")
    def visibility(self, post):
        if post.is_scheduled():
            return "Scheduled"
        return post.get_status_display()

    @admin.display(description="tags")
    def tag_list(self, post):
        return ", ".join(tag.name for tag in post.tags.all())

    @admin.action(description="Publish the selected articles now")
    def publish_now(self, request, queryset):
        now = timezone.now()
        drafts = queryset.filter(Q(status=Post.Status.DRAFT) | Q(published_at__gt=now))
        count = 0
        for post in drafts:
            post.status = Post.Status.PUBLISHED
            post.published_at = now
            post.save(update_fields=["status", "published_at", "updated_at"])
            count += 1
        self.message_user(request, f"Published {count} article(s).", messages.SUCCESS)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        old_slug = form.initial.get("slug")
        if (
            change
            and old_slug
            and old_slug != obj.slug
            and form.initial.get("status") == Post.Status.PUBLISHED
        ):
            record_slug_change(post=obj, old_slug=old_slug)
            self.message_user(
                request,
                f"The article’s old address, /articles/{old_slug}/, now leads to its new one.",
                messages.INFO,
            )


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    form = UploadSafeModelForm
    list_display = ("name", "credentials", "user")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)
    fields = ("name", "slug", "credentials", "bio", "photo", "user")


@admin.register(PostRedirect)
class PostRedirectAdmin(admin.ModelAdmin):
    list_display = ("old_path", "target", "created_at")
    list_select_related = ("post",)
    search_fields = ("old_path", "post__title")
    autocomplete_fields = ("post",)
    fields = ("old_path", "post")

    @admin.display(description="leads to")
    def target(self, redirect):
        return format_html('<a href="{}">{}</a>', redirect.post.get_absolute_url(), redirect.post)


admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(TaggitTagAdmin):
    """taggit's tag admin, where merging tags needs the permission to change them."""

    @admin.action(description="Merge selected tags", permissions=["change"])
    def render_tag_form(self, request, queryset):
        return super().render_tag_form(request, queryset)

    def merge_tags_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        return super().merge_tags_view(request)

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db.models import Value
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.timesince import timesince

from booking.models import SessionRequest, SessionType
from booking.services import decline_with_referral, erase_person_data
from practice.models import PracticeProfile

ARTICLE_REPORT_DAYS = 90


def requests(count):
    return f"{count} request{'' if count == 1 else 's'}"


@admin.register(SessionType)
class SessionTypeAdmin(admin.ModelAdmin):
    list_display = ("name", "active", "order", "description")
    list_editable = ("active", "order")

    def get_changelist_form(self, request, **kwargs):
        base = super().get_changelist_form(request, **kwargs)

        class LabelledRowForm(base):
            """Each editable cell is named for its column and row, for screen readers."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for name, field in self.fields.items():
                    if name in SessionTypeAdmin.list_editable:
                        field.widget.attrs["aria-label"] = f"{field.label} of {self.instance}"

        return LabelledRowForm

    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)


class QueueStatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("open", "Open (new or contacted)"), *SessionRequest.Status.choices]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open()
        if self.value() in SessionRequest.Status.values:
            return queryset.filter(status=self.value())
        return queryset


@admin.register(SessionRequest)
class SessionRequestAdmin(admin.ModelAdmin):
    """The request queue: open requests first, oldest first; what the person sent is read-only."""

    list_display = (
        "number",
        "name",
        "received",
        "reply",
        "status",
        "session_type",
        "assigned_to",
        "source_article",
    )
    list_display_links = ("number", "name")
    list_filter = (
        QueueStatusFilter,
        "session_type",
        "format",
        ("source_post", admin.RelatedOnlyFieldListFilter),
        ("assigned_to", admin.RelatedOnlyFieldListFilter),
        "waitlist",
    )
    list_select_related = ("session_type", "assigned_to", "source_post")
    # The search itself is SessionRequest.objects.search(); these make the box appear.
    search_fields = ("full_name", "email")
    search_help_text = (
        "Search by a request number, a whole email address, or whole words of a name "
        "(“Ellis” finds Robin Ellis; “Ell” does not)."
    )
    list_per_page = 50
    ordering = SessionRequest.QUEUE_ORDERING
    actions = (
        "mark_contacted",
        "mark_scheduled",
        "mark_declined",
        "mark_closed",
        "assign_to_me",
        "decline_and_send_referral",
        "erase_person_data",
    )
    submitted_fields = (
        "full_name",
        "email",
        "phone",
        "preferred_contact",
        "may_email",
        "may_leave_voicemail",
        "may_name_practice",
        "session_type",
        "format",
        "days",
        "times",
        "availability",
        "message",
        "agreement",
        "source_article",
        "waitlist",
    )
    readonly_fields = (
        *submitted_fields,
        "created_at",
        "age",
        "reply",
        "status_changed_at",
        "notified_at",
        "confirmation_sent_at",
        "erased_at",
        "decline_reply_text",
    )
    fieldsets = (
        (None, {"fields": ("created_at", "age", "reply", "waitlist", "source_article")}),
        (
            "The person",
            {
                "fields": (
                    "full_name",
                    "email",
                    "phone",
                    "preferred_contact",
                    "may_email",
                    "may_leave_voicemail",
                    "may_name_practice",
                )
            },
        ),
        (
            "What they asked for",
            {
                "fields": (
                    "session_type",
                    "format",
                    "days",
                    "times",
                    "availability",
                    "message",
                    "agreement",
                )
            },
        ),
        ("Your work", {"fields": ("status", "status_changed_at", "assigned_to", "notes")}),
        (
            "Reply when declining",
            {
                "fields": ("decline_reply_text",),
                "classes": ("collapse",),
                "description": "To send it, tick the request in the list and choose “Decline "
                "and send the referral reply”. Edit it in the practice profile.",
            },
        ),
        (
            "Record",
            {
                "fields": ("notified_at", "confirmation_sent_at", "erased_at"),
                "classes": ("collapse",),
            },
        ),
    )

    def get_queryset(self, request):
        reply_within_days = PracticeProfile.load().reply_within_days
        return super().get_queryset(request).annotate(reply_within_days=Value(reply_within_days))

    def get_search_results(self, request, queryset, search_term):
        return queryset.search(search_term), False

    def has_add_permission(self, request):
        # Requests come only from the form on the site.
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_erase_permission(self, request):
        return request.user.has_perm("booking.erase_sessionrequest")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = db_field.related_model.objects.filter(
                is_staff=True, is_active=True
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.status_changed_at = timezone.now()
        super().save_model(request, obj, form, change)

    # Columns and read-only fields

    @admin.display(description="no.", ordering="pk")
    def number(self, obj):
        return f"#{obj.pk}"

    @admin.display(description="name")
    def name(self, obj):
        # Not sortable: the database holds names encrypted.
        return obj.full_name

    @admin.display(description="agreed to the privacy notice")
    def agreement(self, obj):
        when = timezone.localtime(obj.consented_at).strftime("%a %-d %b %Y, %H:%M")
        if obj.privacy_notice is None:
            return f"Yes, on {when} (before versions of the privacy notice were kept)"
        notice = obj.privacy_notice
        since = timezone.localdate(notice.in_effect_from).strftime("%-d %B %Y")
        return (
            f"Yes, on {when}, to version {notice.number} of the privacy notice "
            f"(in effect from {since})"
        )

    @admin.display(description="received", ordering="created_at")
    def received(self, obj):
        return format_html(
            '<time datetime="{}" title="{}">{} ago</time>',
            obj.created_at.isoformat(),
            timezone.localtime(obj.created_at).strftime("%a %-d %b %Y, %H:%M"),
            self.age(obj),
        )

    @admin.display(description="age")
    def age(self, obj):
        return timesince(obj.created_at, depth=1)

    @admin.display(description="reply")
    def reply(self, obj):
        days = getattr(obj, "reply_within_days", None)
        if days is None:
            days = PracticeProfile.load().reply_within_days
        if obj.status != SessionRequest.Status.NEW:
            return self.get_empty_value_display()
        if obj.is_overdue(days):
            return format_html(
                '<strong class="queue-late" title="Still new after the {}-working-day reply '
                'time">Overdue</strong>',
                days,
            )
        return f"due {obj.reply_due_at(days).strftime('%a %-d %b')}"

    @admin.display(description="came from article", ordering="source_post__title")
    def source_article(self, obj):
        if obj.source_post is None:
            return self.get_empty_value_display()
        return format_html(
            '<a href="{}">{}</a>', obj.source_post.get_absolute_url(), obj.source_post.title
        )

    @admin.display(description="days")
    def days(self, obj):
        return ", ".join(obj.day_labels()) or self.get_empty_value_display()

    @admin.display(description="times of day")
    def times(self, obj):
        return ", ".join(obj.time_labels()) or self.get_empty_value_display()

    @admin.display(description="reply when declining")
    def decline_reply_text(self, obj):
        return PracticeProfile.load().decline_reply

    # Queue actions. Each change is written to the admin's history.

    def move_to(self, request, queryset, status):
        now = timezone.now()
        moved = 0
        for session_request in queryset:
            if session_request.set_status(status, now=now):
                session_request.save(update_fields=["status", "status_changed_at"])
                self.log_change(request, session_request, f"Marked as {status.label.lower()}.")
                moved += 1
        self.message_user(
            request,
            f"Marked {requests(moved)} as {status.label.lower()}.",
            messages.SUCCESS,
        )

    @admin.action(description="Mark as contacted", permissions=["change"])
    def mark_contacted(self, request, queryset):
        self.move_to(request, queryset, SessionRequest.Status.CONTACTED)

    @admin.action(description="Mark as scheduled", permissions=["change"])
    def mark_scheduled(self, request, queryset):
        self.move_to(request, queryset, SessionRequest.Status.SCHEDULED)

    @admin.action(description="Mark as declined (no email)", permissions=["change"])
    def mark_declined(self, request, queryset):
        self.move_to(request, queryset, SessionRequest.Status.DECLINED)

    @admin.action(description="Mark as closed", permissions=["change"])
    def mark_closed(self, request, queryset):
        self.move_to(request, queryset, SessionRequest.Status.CLOSED)

    @admin.action(description="Assign to me", permissions=["change"])
    def assign_to_me(self, request, queryset):
        assigned = 0
        for session_request in queryset.exclude(assigned_to=request.user):
            session_request.assigned_to = request.user
            session_request.save(update_fields=["assigned_to"])
            self.log_change(request, session_request, f"Assigned to {request.user.get_username()}.")
            assigned += 1
        self.message_user(
            request,
            f"Assigned {requests(assigned)} to you.",
            messages.SUCCESS,
        )

    @admin.action(description="Decline and send the referral reply", permissions=["change"])
    def decline_and_send_referral(self, request, queryset):
        if "confirm" not in request.POST:
            return self.confirmation_page(
                request,
                queryset,
                action="decline_and_send_referral",
                title="Decline and send the referral reply",
                template="admin/booking/sessionrequest/decline_confirmation.html",
                extra={
                    "decline_reply": PracticeProfile.load().decline_reply,
                    "not_emailable": sum(1 for r in queryset if not (r.may_email and r.email)),
                },
            )
        outcomes = {True: 0, False: 0, None: 0}
        for session_request in queryset:
            sent = decline_with_referral(session_request=session_request)
            outcomes[sent] += 1
            self.log_change(
                request,
                session_request,
                {
                    True: "Declined; referral reply sent by email.",
                    False: "Declined; the referral reply could not be sent.",
                    None: "Declined; not emailed, as the person asked.",
                }[sent],
            )
        if outcomes[True]:
            self.message_user(
                request,
                f"Declined and sent the referral reply to {outcomes[True]}.",
                messages.SUCCESS,
            )
        if outcomes[None]:
            self.message_user(
                request,
                f"Declined {outcomes[None]} without email: they asked not to be emailed. "
                "Reply to them the way they chose.",
                messages.WARNING,
            )
        if outcomes[False]:
            self.message_user(
                request,
                f"Declined {outcomes[False]}, but the mail server did not take the reply. "
                "Try the action again later.",
                messages.ERROR,
            )
        return None

    @admin.action(description="Erase this person's data (on their request)", permissions=["erase"])
    def erase_person_data(self, request, queryset):
        if "confirm" not in request.POST:
            people = {r.email.casefold() for r in queryset if r.email}
            return self.confirmation_page(
                request,
                queryset,
                action="erase_person_data",
                title="Erase a person's data",
                template="admin/booking/sessionrequest/erase_confirmation.html",
                extra={
                    "people": len(people),
                    "affected": sum(SessionRequest.objects.for_person(e).count() for e in people),
                },
            )
        erased = []
        for email in {r.email.casefold() for r in queryset if r.email}:
            erased.extend(erase_person_data(email=email))
        for session_request in erased:
            self.log_change(request, session_request, "Erased the person's data on their request.")
        self.message_user(
            request,
            f"Erased the person's data from {requests(len(erased))}.",
            messages.SUCCESS,
        )
        return None

    def confirmation_page(self, request, queryset, *, action, title, template, extra):
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "queryset": queryset,
            "action": action,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            **extra,
        }
        return TemplateResponse(request, template, context)

    # The report of requests per article

    def get_urls(self):
        report = path(
            "by-article/",
            self.admin_site.admin_view(self.requests_by_article),
            name="booking_sessionrequest_by_article",
        )
        return [report, *super().get_urls()]

    def requests_by_article(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = SessionRequest.objects.counts_by_article(days=ARTICLE_REPORT_DAYS)
        changelist = reverse("admin:booking_sessionrequest_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": f"Requests by article, last {ARTICLE_REPORT_DAYS} days",
            "opts": self.model._meta,
            "days": ARTICLE_REPORT_DAYS,
            "rows": [
                {
                    **row,
                    "filtered_url": f"{changelist}?source_post__id__exact={row['source_post']}"
                    if row["source_post"]
                    else None,
                }
                for row in rows
            ],
            "total": sum(row["request_count"] for row in rows),
        }
        return TemplateResponse(request, "admin/booking/sessionrequest/by_article.html", context)

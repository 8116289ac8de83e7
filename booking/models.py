from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, F, Q, When
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.views.decorators.debug import sensitive_variables

from practice.fields import (
    EncryptedCharField,
    EncryptedEmailField,
    EncryptedTextField,
    KeyedHashField,
)


def add_working_days(start, days):
    """Return `start` moved forward by `days` working days (Monday to Friday)."""
    moment = start
    remaining = days
    while remaining > 0:
        moment += timedelta(days=1)
        if moment.weekday() < 5:
            remaining -= 1
    return moment


class SessionTypeQuerySet(models.QuerySet):
    def active(self):
        """Return the session types a visitor may ask for."""
        return self.filter(active=True)


class SessionType(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.CharField(
        max_length=300,
        blank=True,
        help_text="One sentence under the name on the request form.",
    )
    active = models.BooleanField(
        default=True, help_text="Untick to stop offering it on the form; past requests keep it."
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first on the form."
    )

    objects = SessionTypeQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class SessionRequestQuerySet(models.QuerySet):
    def open(self):
        """Return the requests still waiting for the practice to act."""
        return self.filter(status__in=SessionRequest.OPEN_STATUSES)

    def search(self, term):
        """Return the requests that `term` finds: a request number, a whole email address, or
        words of the person's name (all of them, in any order, whole words).

        Names and emails are stored encrypted, so they are found by their keyed hashes: any
        capitals and spacing match, parts of words do not. The one place the queue is searched.
        """
        term = term.strip()
        if not term:
            return self
        if term.lstrip("#").isdigit():
            return self.filter(pk=int(term.lstrip("#")))
        if "@" in term:
            return self.filter(self.model._meta.get_field("email_hash").matching(term))
        return self.filter(self.model._meta.get_field("name_hashes").matching(term))

    def for_person(self, email):
        """Return every request sent from `email`."""
        return self.filter(self.model._meta.get_field("email_hash").matching(email))

    def duplicate_of(self, fingerprint, *, within=timedelta(minutes=10)):
        """Return requests with the same content sent within the last ten minutes."""
        return self.filter(fingerprint=fingerprint, created_at__gte=timezone.now() - within)

    def notification_pending(self):
        """Return requests whose alert to the practice or confirmation to the client is unsent."""
        return self.filter(erased_at__isnull=True).filter(
            Q(notified_at__isnull=True) | Q(confirmation_sent_at__isnull=True, may_email=True)
        )

    def expired(self, *, now=None):
        """Return closed and declined requests past the retention period."""
        now = now or timezone.now()
        cutoff = now - timedelta(days=settings.BOOKING_RETENTION_DAYS)
        return self.filter(
            status__in=[SessionRequest.Status.CLOSED, SessionRequest.Status.DECLINED],
            status_changed_at__lt=cutoff,
        )

    def counts_by_article(self, *, days=90):
        """Return, per source article, how many requests arrived over the last `days` days."""
        since = timezone.now() - timedelta(days=days)
        return (
            self.filter(created_at__gte=since)
            .values("source_post", "source_post__title", "source_post__slug")
            .annotate(request_count=Count("pk"))
            .order_by("-request_count", F("source_post__title").asc(nulls_last=True))
        )


class SessionRequest(models.Model):
    """A prospective client's request for a first session, as sent through the form."""

    class PreferredContact(models.TextChoices):
        EMAIL = "email", "Email"
        PHONE = "phone", "Phone"

    class Format(models.TextChoices):
        IN_PERSON = "in_person", "In person"
        TELEHEALTH = "telehealth", "Telehealth (secure video)"
        EITHER = "either", "Either is fine"

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        SCHEDULED = "scheduled", "Scheduled"
        DECLINED = "declined", "Declined"
        CLOSED = "closed", "Closed"

    class Day(models.TextChoices):
        MONDAY = "mon", "Monday"
        TUESDAY = "tue", "Tuesday"
        WEDNESDAY = "wed", "Wednesday"
        THURSDAY = "thu", "Thursday"
        FRIDAY = "fri", "Friday"
        SATURDAY = "sat", "Saturday"

    class TimeOfDay(models.TextChoices):
        MORNING = "morning", "Mornings (before 12)"
        AFTERNOON = "afternoon", "Afternoons (12 to 5)"
        EVENING = "evening", "Evenings (after 5)"

    OPEN_STATUSES = (Status.NEW, Status.CONTACTED)

    # What the person sent. Name, contact details, availability and message are encrypted in the
    # database (practice.encryption); the name and email are found through their keyed hashes.
    full_name = EncryptedCharField("name", max_length=120)
    email = EncryptedEmailField(max_length=254)
    phone = EncryptedCharField(max_length=30, blank=True)
    preferred_contact = models.CharField(
        "preferred contact", max_length=10, choices=PreferredContact
    )
    may_email = models.BooleanField("may email", default=False)
    may_leave_voicemail = models.BooleanField("may leave a voicemail", default=False)
    may_name_practice = models.BooleanField(
        "may say the practice's name on the phone", default=False
    )
    session_type = models.ForeignKey(
        SessionType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="requests",
        help_text="Empty when the practice offered no session types to choose from.",
    )
    format = models.CharField(max_length=12, choices=Format)
    preferred_days = models.JSONField("days", default=list, blank=True)
    preferred_times = models.JSONField("times of day", default=list, blank=True)
    availability = EncryptedCharField("note about availability", max_length=300, blank=True)
    message = EncryptedTextField(max_length=1000, blank=True)
    consent = models.BooleanField("agreed to the privacy notice")
    consented_at = models.DateTimeField("agreed at", default=timezone.now, editable=False)
    privacy_notice = models.ForeignKey(
        "practice.PrivacyNoticeVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="session_requests",
        verbose_name="privacy notice agreed to",
        help_text="Empty for requests sent before versions of the notice were kept.",
    )
    source_post = models.ForeignKey(
        "articles.Post",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="session_requests",
        verbose_name="came from article",
    )
    waitlist = models.BooleanField(
        "waitlist",
        default=False,
        help_text="Sent while the practice was not accepting new clients straight away.",
    )

    # The practice's work on it.
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW)
    notes = models.TextField(
        "internal notes",
        blank=True,
        help_text="For the practice only; never sent to the person.",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_session_requests",
    )
    created_at = models.DateTimeField("received", default=timezone.now, editable=False)
    status_changed_at = models.DateTimeField("status changed", default=timezone.now, editable=False)
    notified_at = models.DateTimeField("practice alerted", null=True, blank=True, editable=False)
    confirmation_sent_at = models.DateTimeField(
        "confirmation sent", null=True, blank=True, editable=False
    )
    erased_at = models.DateTimeField("erased", null=True, blank=True, editable=False)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False, db_index=True)
    email_hash = KeyedHashField(of="email", db_index=True)
    name_hashes = KeyedHashField(of="full_name", words=True)

    objects = SessionRequestQuerySet.as_manager()

    # The queue: open requests first, oldest first; then the rest, newest first.
    QUEUE_ORDERING = (
        Case(When(status__in=OPEN_STATUSES, then="created_at")).asc(nulls_last=True),
        Case(When(~Q(status__in=OPEN_STATUSES), then="created_at")).desc(nulls_last=True),
    )

    class Meta:
        ordering = ["-created_at"]
        permissions = [("erase_sessionrequest", "Can erase a person's data")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["new", "contacted", "scheduled", "declined", "closed"]),
                name="session_request_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(format__in=["in_person", "telehealth", "either"]),
                name="session_request_format_valid",
            ),
            models.CheckConstraint(
                condition=Q(preferred_contact__in=["email", "phone"]),
                name="session_request_preferred_contact_valid",
            ),
            models.CheckConstraint(condition=Q(consent=True), name="session_request_has_consent"),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        # Never the person's name: this string is kept in the admin's history.
        return f"Request #{self.pk}"

    def get_admin_url(self):
        return reverse("admin:booking_sessionrequest_change", args=[self.pk])

    @sensitive_variables("parts")
    def compute_fingerprint(self):
        """Return a keyed digest of what was sent, to recognise the same request sent twice."""
        parts = [
            " ".join(self.full_name.split()).casefold(),
            self.email.strip().casefold(),
            "".join(ch for ch in self.phone if ch.isdigit()),
            self.preferred_contact,
            str(self.session_type_id),
            self.format,
            ",".join(sorted(self.preferred_days)),
            ",".join(sorted(self.preferred_times)),
            " ".join(self.availability.split()),
            " ".join(self.message.split()),
        ]
        return salted_hmac(
            "booking.SessionRequest.fingerprint", "\x1f".join(parts), algorithm="sha256"
        ).hexdigest()

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    def reply_due_at(self, reply_within_days):
        return add_working_days(timezone.localtime(self.created_at), reply_within_days)

    def is_overdue(self, reply_within_days, *, now=None):
        """Return True if the request is still new after the promised reply time."""
        now = now or timezone.now()
        return self.status == self.Status.NEW and now > self.reply_due_at(reply_within_days)

    def set_status(self, status, *, now=None):
        """Move to `status`, recording when; return False if it was already there."""
        if status == self.status:
            return False
        self.status = status
        self.status_changed_at = now or timezone.now()
        return True

    def day_labels(self):
        return [self.Day(day).label for day in self.preferred_days if day in self.Day.values]

    def time_labels(self):
        return [
            self.TimeOfDay(time).label
            for time in self.preferred_times
            if time in self.TimeOfDay.values
        ]

    def erase(self, *, now=None):
        """Remove everything the person wrote, keeping only what counts requests."""
        self.full_name = ""
        self.email = ""
        self.phone = ""
        self.may_email = self.may_leave_voicemail = self.may_name_practice = False
        self.preferred_days = []
        self.preferred_times = []
        self.availability = ""
        self.message = ""
        self.notes = ""
        self.fingerprint = ""
        self.erased_at = now or timezone.now()
        if self.is_open:
            self.set_status(self.Status.CLOSED, now=self.erased_at)

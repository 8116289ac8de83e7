from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from practice.html import RichTextField
from practice.images import ResponsiveImageField, picture

# The page whose text is the privacy notice that people agree to when they request a session.
PRIVACY_NOTICE_SLUG = "privacy"

DEFAULT_DECLINE_REPLY = """Thank you for reaching out to us. We are sorry that we are not able to \
offer you a place at this time.

You deserve support, and there are other places to find it:

- The Psychology Today directory (psychologytoday.com) lists therapists near you, and you can \
filter by specialty, insurance and fee.
- Your insurance company can give you a list of in-network therapists.
- Community mental health clinics offer sessions on a sliding scale.

We wish you well."""


class PracticeProfile(models.Model):
    """The practice's details, one row, shown in the header, footer and calls to action."""

    class IntakeStatus(models.TextChoices):
        ACCEPTING = "accepting", "Accepting new clients"
        WAITLIST = "waitlist", "Taking new clients from a waitlist"
        NOT_ACCEPTING = "not_accepting", "Not accepting new clients (the waitlist stays open)"

    name = models.CharField("practice name", max_length=120, default="Practice")
    tagline = models.CharField(
        max_length=200, blank=True, help_text="A short line under the practice name."
    )
    therapist_name = models.CharField(
        max_length=120, blank=True, help_text="The name clients will know you by."
    )
    intro = models.TextField(
        "home page introduction",
        blank=True,
        help_text="A few welcoming sentences at the top of the home page. Blank lines start "
        "a new paragraph.",
    )
    email = models.EmailField("contact email", blank=True)
    phone = models.CharField("contact phone", max_length=40, blank=True)
    location = models.CharField(
        "location",
        max_length=200,
        blank=True,
        help_text="Where you see people in person, e.g. “Northeast Portland, Oregon”.",
    )
    areas_served = models.CharField(
        "areas served",
        max_length=200,
        blank=True,
        help_text="Where you can offer telehealth, e.g. “Telehealth across Oregon and Washington”.",
    )
    call_to_action_heading = models.CharField(
        max_length=120,
        default="Would you like support?",
        help_text="The heading of the box under every article.",
    )
    call_to_action_text = models.TextField(
        default="If you’d like additional support with what you’ve read here, you are welcome "
        "to request a first session.",
        help_text="The invitation under every article, before the “Request a session” button.",
    )
    crisis_line = models.CharField(
        "crisis resources line",
        max_length=300,
        default="If you are in crisis or thinking about harming yourself, call or text 988, "
        "or call 911.",
        help_text="Shown in the footer of every page and on the request form.",
    )
    intake_status = models.CharField(
        "new clients",
        max_length=20,
        choices=IntakeStatus,
        default=IntakeStatus.ACCEPTING,
        help_text="Changes the invitation under every article and the introduction of the "
        "request form. When you are full, people can still join the waitlist.",
    )
    intake_note = models.CharField(
        "note about new clients",
        max_length=300,
        blank=True,
        help_text="Optional, shown beside the invitation, e.g. “The waitlist is currently about "
        "six weeks.”",
    )
    reply_within_days = models.PositiveSmallIntegerField(
        "reply within (working days)",
        default=2,
        help_text="How many working days (Monday to Friday) you take to answer a request. "
        "Clients are told this, and the request queue flags requests still new after it.",
    )
    decline_reply = models.TextField(
        "reply when declining",
        default=DEFAULT_DECLINE_REPLY,
        help_text="Sent when you decline a request with “Decline and send the referral reply”. "
        "Point the person to other help; it must not mention anything they wrote.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "practice profile"
        verbose_name_plural = "practice profile"
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="practice_profile_single_row"),
            models.CheckConstraint(
                condition=Q(intake_status__in=["accepting", "waitlist", "not_accepting"]),
                name="practice_profile_intake_status_valid",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """Return the practice's profile, creating it with defaults the first time."""
        profile, _ = cls.objects.get_or_create(pk=1)
        return profile

    @property
    def is_accepting(self):
        return self.intake_status == self.IntakeStatus.ACCEPTING

    @property
    def intake_message(self):
        """Return what a visitor is told about new clients; empty when the practice is open."""
        if self.intake_status == self.IntakeStatus.WAITLIST:
            return (
                "We have a waitlist at the moment. Ask now and we will contact you as soon as "
                "a place opens."
            )
        if self.intake_status == self.IntakeStatus.NOT_ACCEPTING:
            return (
                "We are not taking new clients just now, but you can join our waitlist and we "
                "will contact you when a place opens."
            )
        return ""

    @property
    def request_button_label(self):
        return "Request a session" if self.is_accepting else "Join the waitlist"

    @property
    def reply_promise(self):
        """Return the promise about replies that clients read on the form and in email."""
        days = self.reply_within_days
        span = "the next working day" if days <= 1 else f"{days} working days"
        if self.is_accepting:
            return f"We reply to every request within {span}."
        return f"We confirm your place on the waitlist within {span}."


class Page(models.Model):
    """A page of the practice's own, such as About or Privacy, written in the admin."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="The page's address: “about” is /about/, “privacy” is /privacy/.",
    )
    body = RichTextField(blank=True)
    seo_description = models.CharField(
        "description for search engines",
        max_length=160,
        blank=True,
        help_text="One or two sentences shown under the title in search results.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        with transaction.atomic():
            super().save(*args, **kwargs)
            if self.is_privacy_notice:
                PrivacyNoticeVersion.objects.record(self.body)

    def get_absolute_url(self):
        return reverse("page", kwargs={"slug": self.slug})

    @property
    def is_privacy_notice(self):
        return self.slug == PRIVACY_NOTICE_SLUG


class Image(models.Model):
    """A picture in the library, to place in articles and pages with the editor."""

    file = ResponsiveImageField(
        "image",
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
        help_text="A JPEG, PNG or WebP photo or picture, up to 10 MB. Location and camera "
        "details are removed when it is saved.",
    )
    alt_text = models.CharField(
        "description",
        max_length=250,
        help_text="What the image shows, for readers who cannot see it, e.g. “Two mugs of "
        "tea on a windowsill”. Offered when you place the image in an article.",
    )
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.alt_text

    def thumbnail(self):
        return picture(self.file.name, self.width, self.height, alt=self.alt_text, sizes="12rem")


class PrivacyNoticeVersionQuerySet(models.QuerySet):
    def current(self):
        """Return the version of the privacy notice in effect now, or None if there is none."""
        return self.order_by("-number").first()

    def record(self, text, *, now=None):
        """Return the current version, first making a new one if the notice now reads `text`."""
        current = self.select_for_update().order_by("-number").first()
        if current is not None and current.text == text:
            return current
        return self.create(
            number=current.number + 1 if current else 1,
            text=text,
            in_effect_from=now or timezone.now(),
        )


class PrivacyNoticeVersion(models.Model):
    """The privacy notice's text from a moment on; each request records the one agreed to."""

    number = models.PositiveIntegerField(unique=True)
    text = models.TextField()
    in_effect_from = models.DateTimeField(default=timezone.now)

    objects = PrivacyNoticeVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]

    def __str__(self):
        since = timezone.localdate(self.in_effect_from)
        return f"Version {self.number} (in effect from {since:%-d %B %Y})"

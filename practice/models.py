from django.db import models
from django.db.models import Q
from django.urls import reverse

from practice.html import clean_html


class PracticeProfile(models.Model):
    """The practice's details, one row, shown in the header, footer and calls to action."""

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
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "practice profile"
        verbose_name_plural = "practice profile"
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="practice_profile_single_row"),
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


class Page(models.Model):
    """A page of the practice's own, such as About or Privacy, written in the admin."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="The page's address: “about” is /about/, “privacy” is /privacy/.",
    )
    body = models.TextField(blank=True)
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
        self.body = clean_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("page", kwargs={"slug": self.slug})

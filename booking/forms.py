import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone

from articles.models import Post
from booking.models import SessionRequest, SessionType
from practice.models import PrivacyNoticeVersion

FILL_STARTED_SALT = "booking.form-started"
# A form left open longer than this is sent back once with a fresh token, values kept.
FILL_TOKEN_MAX_AGE = 24 * 60 * 60
# "<b", "</", "<!--", "<?": the start of a tag. "<3" and "a < b" are ordinary writing.
HTML_TAG = re.compile(r"<\s*[a-zA-Z/!?]")
PLAIN_TEXT_MESSAGE = "Please write plain text, leaving out anything that looks like an HTML tag."


def reject_html_tags(value):
    if HTML_TAG.search(value):
        raise forms.ValidationError(PLAIN_TEXT_MESSAGE, code="html")
    return value


def sign_fill_start(at=None):
    """Return a signed token for the hidden `started` field: when the form was shown."""
    return signing.Signer(salt=FILL_STARTED_SALT).sign(
        str(int(at if at is not None else time.time()))
    )


def seconds_since_fill_start(token):
    """Return how many seconds ago the token was signed, or None if it is not ours."""
    try:
        started = int(signing.Signer(salt=FILL_STARTED_SALT).unsign(token or ""))
    except (signing.BadSignature, ValueError):
        return None
    return time.time() - started


class SessionTypeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ConsentCheckbox(forms.CheckboxInput):
    """A checkbox that counts as ticked only for the values a browser sends."""

    def value_from_datadict(self, data, files, name):
        return data.get(name) in ("on", "true", "1")


class SessionRequestForm(forms.ModelForm):
    """The request form a prospective client fills in at /book/."""

    error_css_class = "field--error"
    required_css_class = "field--required"

    session_type = SessionTypeChoiceField(
        label="What kind of session are you looking for?",
        queryset=SessionType.objects.active(),
        to_field_name="slug",
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": "Choose the kind of session you are looking for.",
            "invalid_choice": "Choose one of the kinds of session listed.",
        },
    )
    source = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    # Left empty by people; filled in by bots that fill in every field.
    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = SessionRequest
        fields = [
            "full_name",
            "email",
            "phone",
            "preferred_contact",
            "may_email",
            "may_leave_voicemail",
            "may_name_practice",
            "session_type",
            "format",
            "preferred_days",
            "preferred_times",
            "availability",
            "message",
            "consent",
        ]
        labels = {
            "full_name": "Your name",
            "email": "Email address",
            "phone": "Phone number (optional)",
            "preferred_contact": "How would you like us to reach you?",
            "may_email": "You may email me",
            "may_leave_voicemail": "You may leave a voicemail",
            "may_name_practice": "You may say the practice's name when you call or leave a message",
            "format": "In person or online?",
            "preferred_days": "Days that usually work",
            "preferred_times": "Times of day that usually work",
            "availability": "Anything else about when you are free (optional)",
            "message": "Anything you would like us to know (optional)",
        }
        help_texts = {
            "full_name": "The name you would like us to use.",
            "phone": "Needed if you would like us to call you.",
            "availability": "For example “Tuesday after 6” or “school hours only”.",
            "message": "A sentence or two is plenty. Please do not include detailed health "
            "information here; we will talk about what brings you when we speak.",
        }
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "preferred_contact": forms.RadioSelect,
            "format": forms.RadioSelect,
            "availability": forms.TextInput,
            "message": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "full_name": {
                "required": "Tell us your name.",
                "max_length": "Please shorten your name to %(limit_value)d characters "
                "(it has %(show_value)d).",
            },
            "email": {
                "required": "Tell us your email address.",
                "invalid": "Enter an email address like name@example.com.",
                "max_length": "Enter an email address of at most %(limit_value)d characters.",
            },
            "phone": {
                "max_length": "Enter a phone number of at most %(limit_value)d characters.",
            },
            "preferred_contact": {
                "required": "Choose how you would like us to reach you.",
                "invalid_choice": "Choose email or phone.",
            },
            "format": {
                "required": "Choose in person, telehealth or either.",
                "invalid_choice": "Choose in person, telehealth or either.",
            },
            "availability": {
                "max_length": "Please shorten this note to %(limit_value)d characters "
                "(it has %(show_value)d).",
            },
            "message": {
                "max_length": "Please shorten your message to %(limit_value)d characters "
                "(it has %(show_value)d).",
            },
        }

    preferred_days = forms.MultipleChoiceField(
        label="Days that usually work",
        help_text="Tick any days and times that usually suit you, or write a short note below.",
        required=False,
        choices=SessionRequest.Day,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose days from the list."},
    )
    preferred_times = forms.MultipleChoiceField(
        label="Times of day that usually work",
        required=False,
        choices=SessionRequest.TimeOfDay,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose times of day from the list."},
    )
    consent = forms.BooleanField(
        widget=ConsentCheckbox,
        label="I have read the privacy notice and agree that the practice keeps these details "
        "to reply to my request.",
        error_messages={
            "required": "Please tick this box to agree to the privacy notice; we cannot keep "
            "your request without it."
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["may_email"].initial = True
        if not self.fields["session_type"].queryset.exists():
            # With nothing offered there is nothing to choose; the request still gets through.
            del self.fields["session_type"]
        for name in ("preferred_contact", "format"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]
        phone_field = self.fields["phone"]
        phone_field.widget.attrs["maxlength"] = phone_field.max_length
        if not self.is_bound:
            self.initial["started"] = sign_fill_start()

    def clean_full_name(self):
        return reject_html_tags(" ".join(self.cleaned_data["full_name"].split()))

    def clean_availability(self):
        return reject_html_tags(self.cleaned_data["availability"].strip())

    def clean_message(self):
        return reject_html_tags(self.cleaned_data["message"].strip())

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and sum(ch.isdigit() for ch in phone) < 7:
            raise forms.ValidationError(
                "Enter a phone number with its area code, like (503) 555-0142.",
                code="invalid",
            )
        if phone and not all(ch.isdigit() or ch in " +-().ext" for ch in phone.lower()):
            raise forms.ValidationError(
                "Use only digits, spaces and + - ( ) in the phone number.", code="invalid"
            )
        return phone

    def clean_source(self):
        """Return the published article the visitor came from, or None."""
        slug = self.cleaned_data["source"].strip()
        if not slug:
            return None
        return Post.objects.published().filter(slug=slug).first()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(
                "This form could not be sent. Please check it and send it again, or call or "
                "email us instead.",
                code="honeypot",
            )
        self.check_contact_choices(cleaned)
        self.check_availability(cleaned)
        if self.errors:
            # The person has fields to correct and will send the form again anyway.
            return cleaned
        elapsed = seconds_since_fill_start(cleaned.get("started"))
        if elapsed is None or elapsed > FILL_TOKEN_MAX_AGE:
            raise forms.ValidationError(
                "This form had been open for a long time. Please check your answers and send "
                "it again.",
                code="stale",
            )
        if elapsed < settings.BOOKING_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                "That was quicker than we expected. Please check your answers and send the "
                "form again.",
                code="too_fast",
            )
        return cleaned

    def check_contact_choices(self, cleaned):
        preferred = cleaned.get("preferred_contact")
        if preferred == SessionRequest.PreferredContact.PHONE and not cleaned.get("phone"):
            if "phone" not in self.errors:
                self.add_error("phone", "You asked us to phone you: please add your phone number.")
        if preferred == SessionRequest.PreferredContact.EMAIL and not cleaned.get("may_email"):
            self.add_error(
                "may_email",
                "You asked us to reply by email: please tick “You may email me”, or choose "
                "phone instead.",
            )

    def check_availability(self, cleaned):
        if not (
            cleaned.get("preferred_days")
            or cleaned.get("preferred_times")
            or cleaned.get("availability")
            or self.errors.keys() & {"preferred_days", "preferred_times", "availability"}
        ):
            self.add_error(
                "preferred_days",
                "Tell us roughly when you could come: tick some days or times, or write a "
                "short note below them.",
            )

    def prepare_to_show_again(self):
        """Empty the trap field, and renew a stale `started` token so the next send can pass."""
        data = self.data.copy()
        data["website"] = ""
        elapsed = seconds_since_fill_start(data.get("started"))
        if elapsed is None or elapsed > FILL_TOKEN_MAX_AGE:
            data["started"] = sign_fill_start()
        self.data = data

    def save_request(self, *, waitlist):
        """Return the unsaved SessionRequest described by the form."""
        session_request = self.save(commit=False)
        session_request.consented_at = timezone.now()
        session_request.privacy_notice = PrivacyNoticeVersion.objects.current()
        session_request.session_type = self.cleaned_data.get("session_type")
        session_request.source_post = self.cleaned_data["source"]
        session_request.waitlist = waitlist
        return session_request

"""Signing in to the admin: the two-factor form, the lockout page and the sign-in log."""

import logging

from axes.signals import user_locked_out
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.shortcuts import render
from django.utils import timezone
from django_otp import devices_for_user
from django_otp.admin import OTPAdminAuthenticationForm

from practice.middleware import SIGNED_IN_AT_SESSION_KEY
from practice.network import client_ip

logger = logging.getLogger(__name__)

# One message for every way a sign-in can fail, so that it never tells which part was right.
SIGN_IN_FAILED = (
    "That did not work. Check your user name, your password and the six-digit code from "
    "your authenticator app, then try again."
)


class TwoFactorAdminAuthenticationForm(OTPAdminAuthenticationForm):
    """User name, password and a code from an authenticator app, each code good once."""

    error_messages = {**OTPAdminAuthenticationForm.error_messages, "invalid_login": SIGN_IN_FAILED}
    otp_error_messages = {
        **OTPAdminAuthenticationForm.otp_error_messages,
        "token_required": SIGN_IN_FAILED,
        "invalid_token": SIGN_IN_FAILED,
        "n_failed_attempts": SIGN_IN_FAILED,
        "verification_not_allowed": SIGN_IN_FAILED,
        "device_required": "Choose the authenticator app that shows the code.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["otp_token"].label = "Six-digit code from your authenticator app"
        self.fields["otp_token"].widget.attrs.update(
            {"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": "6"}
        )
        self.fields["otp_device"].label = "Authenticator app"

    def clean_otp(self, user):
        if user is None:
            return
        devices = list(devices_for_user(user))
        if not devices:
            logger.warning(
                "sign-in refused: %s has no two-factor device; enrol one with "
                "`manage.py add_two_factor_device %s`",
                user.get_username(),
                user.get_username(),
            )
            self.record_failure(user)
            raise forms.ValidationError(SIGN_IN_FAILED, code="invalid_token")
        if len(devices) == 1 and not self.cleaned_data.get("otp_device"):
            self.cleaned_data["otp_device"] = devices[0].persistent_id
        try:
            super().clean_otp(user)
        except forms.ValidationError:
            self.record_failure(user)
            raise

    def record_failure(self, user):
        """Count a wrong code like a wrong password, towards the lockout."""
        user_login_failed.send(
            sender=type(self), credentials={"username": user.get_username()}, request=self.request
        )


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the sign-in form once a user name is locked out here."""
    context = {
        **admin.site.each_context(request),
        "title": "Signing in is paused",
        "pause_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "admin/lockout.html", context, status=429)


@receiver(user_logged_in)
def log_sign_in(sender, request, user, **kwargs):
    request.session[SIGNED_IN_AT_SESSION_KEY] = timezone.now().timestamp()
    logger.info("sign-in succeeded: user=%s ip=%s", user.get_username(), client_ip(request))


@receiver(user_login_failed)
def log_failed_sign_in(sender, credentials, request=None, **kwargs):
    logger.warning(
        "sign-in failed: user=%s ip=%s",
        credentials.get("username", ""),
        client_ip(request) if request else None,
    )


@receiver(user_locked_out)
def log_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning("sign-in locked out: user=%s ip=%s", username, ip_address)

"""Enrolling staff in two-factor sign-in with an authenticator app."""

import io
from base64 import b32encode

import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator app"


def enrol_authenticator(user, *, replace=False):
    """Give `user` a new authenticator device; with `replace`, remove the ones they had."""
    if replace:
        TOTPDevice.objects.filter(user=user).delete()
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True)


def setup_instructions(device):
    """Return what a phone needs to add `device`: a QR code to scan, or the key to type."""
    qr_code = io.StringIO()
    segno.make(device.config_url, error="m").terminal(out=qr_code, compact=True)
    key = b32encode(device.bin_key).decode()
    grouped_key = " ".join(key[i : i + 4] for i in range(0, len(key), 4))
    return (
        f"Two-factor sign-in for {device.user.get_username()}: scan this QR code with an "
        "authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, "
        "Aegis, …):\n"
        f"{qr_code.getvalue()}"
        f"or type this key into the app: {grouped_key}\n"
        f"or open this setup link on the phone: {device.config_url}\n"
        "The admin sign-in then asks for the six-digit code the app shows. "
        "This key is shown only this once."
    )

"""Small helpers that make model instances with sensible defaults."""

import time
from datetime import timedelta
from io import BytesIO
from itertools import count

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_otp.oath import TOTP
from PIL import Image as PillowImage

from articles.models import Author, Post
from booking.forms import sign_fill_start
from booking.models import SessionRequest, SessionType
from practice.models import Image

_numbers = count(1)


def make_author(**kwargs):
    number = next(_numbers)
    defaults = {"name": f"Author {number}", "slug": f"author-{number}"}
    return Author.objects.create(**(defaults | kwargs))


def make_post(*, tags=(), **kwargs):
    """Make a post that is published an hour ago unless told otherwise."""
    number = next(_numbers)
    defaults = {
        "title": f"Article {number}",
        "slug": f"article-{number}",
        "body": f"<p>Body of article {number}.</p>",
        "status": Post.Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
    }
    if "author" not in kwargs:
        kwargs["author"] = make_author()
    post = Post.objects.create(**(defaults | kwargs))
    if tags:
        post.tags.add(*tags)
    return post


def current_code(device, *, steps_ahead=0):
    """Return the six-digit code an authenticator app shows now for a TOTP `device`."""
    # A sign-in may have moved the device's drift, when a code matched the step before or after.
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def make_session_type(**kwargs):
    number = next(_numbers)
    defaults = {"name": f"Session type {number}", "slug": f"session-type-{number}"}
    return SessionType.objects.create(**(defaults | kwargs))


def make_session_request(**kwargs):
    """Make a new request as the form would have saved it, received now unless told otherwise."""
    number = next(_numbers)
    defaults = {
        "full_name": f"Client {number}",
        "email": f"client{number}@example.com",
        "preferred_contact": SessionRequest.PreferredContact.EMAIL,
        "may_email": True,
        "format": SessionRequest.Format.EITHER,
        "preferred_days": ["mon"],
        "consent": True,
    }
    if "session_type" not in kwargs:
        kwargs["session_type"] = make_session_type()
    session_request = SessionRequest(**(defaults | kwargs))
    session_request.fingerprint = session_request.compute_fingerprint()
    session_request.save()
    return session_request


def request_form_data(session_type, /, **overrides):
    """Return what a person's browser posts to /book/: a complete, valid request.

    The form was shown a minute ago; values of None are left out, as a browser leaves out an
    unticked box.
    """
    data = {
        "full_name": "Robin Ellis",
        "email": "robin@example.com",
        "phone": "(503) 555-0100",
        "preferred_contact": "email",
        "may_email": "on",
        "may_leave_voicemail": "on",
        "session_type": session_type.slug,
        "format": "either",
        "preferred_days": ["tue", "thu"],
        "preferred_times": ["evening"],
        "availability": "After six works best",
        "message": "Looking for support with a change at work.",
        "consent": "on",
        "source": "",
        "website": "",
        "started": sign_fill_start(time.time() - 60),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def image_bytes(*, width=1200, height=800, image_format="JPEG", colour="#4a7a6a", exif=None):
    """Return the bytes of a real image made with Pillow."""
    mode = "RGBA" if image_format == "PNG" else "RGB"
    output = BytesIO()
    options = {"exif": exif} if exif is not None else {}
    PillowImage.new(mode, (width, height), colour).save(output, image_format, **options)
    return output.getvalue()


def image_upload(name="photo.jpg", **kwargs):
    """Return an uploaded file holding a real image, as a browser would send it."""
    content_types = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
    image_format = kwargs.get("image_format", "JPEG")
    return SimpleUploadedFile(
        name, image_bytes(**kwargs), content_type=content_types.get(image_format, "")
    )


def make_image(*, alt_text="A quiet lake at dawn", **kwargs):
    """Make an image in the library, processed as an upload would be."""
    image = Image(alt_text=alt_text, file=image_upload(**kwargs))
    image.save()
    return image

"""Uploads that cannot be written become a clear message on the form, never a server error."""

import errno
import logging
import os
from contextlib import suppress

from django import forms
from django.core.files.storage import FileSystemStorage
from django.db import models

logger = logging.getLogger(__name__)

STORAGE_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
FOLDER_NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR}


def upload_failure_message(error):
    """Explain to the person uploading why the server could not store their file."""
    if error.errno in STORAGE_FULL:
        reason = "the server’s storage is full"
        remedy = "free some space"
    elif error.errno in FOLDER_NOT_WRITABLE:
        reason = "the server may not write to its folder for uploads"
        remedy = "check that folder (DJANGO_MEDIA_ROOT)"
    else:
        reason = f"the server could not write it ({error.strerror or error})"
        remedy = "look at the server"
    return (
        f"This file could not be stored: {reason}. Your other changes are still here, not yet "
        f"saved. Ask whoever looks after the site to {remedy}, then choose the file again "
        "and save."
    )


class MediaStorage(FileSystemStorage):
    """File system storage that removes what it wrote when writing fails half-way."""

    def _save(self, name, content):
        path = self.path(name)
        existed = os.path.lexists(path)
        try:
            return super()._save(name, content)
        except OSError:
            if not existed:
                with suppress(OSError):
                    os.remove(path)
            raise


class SaveUploadsWhileValidatingMixin:
    """Store a model form's new uploads as it is validated, once everything else is valid.

    A failed write (storage full, folder not writable) then becomes an error beside the file
    field, with the rest of the form kept, instead of a server error at save time.
    """

    def _post_clean(self):
        super()._post_clean()
        if self.errors:
            return
        for field in self.instance._meta.concrete_fields:
            if isinstance(field, models.FileField) and field.name in self.cleaned_data:
                try:
                    field.pre_save(self.instance, add=self.instance._state.adding)
                except OSError as error:
                    logger.error("An upload to %s could not be stored: %s", field.name, error)
                    self.add_error(field.name, upload_failure_message(error))


class UploadSafeModelForm(SaveUploadsWhileValidatingMixin, forms.ModelForm):
    """The form for a ModelAdmin with file or image fields: `form = UploadSafeModelForm`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.ClearableFileInput):
                # The admin would caption a file field with a <legend>, which names no input;
                # a <label> tied to the file input is what screen readers announce.
                field.widget.use_fieldset = False

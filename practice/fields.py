"""Model fields whose text the database only ever holds encrypted (see practice.encryption)."""

from django.db import models
from django.db.models import Q

from practice import encryption


class EncryptedMixin:
    """Store the value as a token in a text column; read it back as the text.

    The field validates, and makes form fields, exactly as its plain counterpart does. A token
    differs each time the same text is encrypted, so the database cannot compare values: the only
    lookup is `isnull`, and searches go through a KeyedHashField.
    """

    def get_internal_type(self):
        return "TextField"

    def from_db_value(self, value, expression, connection):
        return value if value is None else encryption.decrypt(value)

    def get_db_prep_value(self, value, connection, prepared=False):
        value = super().get_db_prep_value(value, connection, prepared)
        return value if value is None else encryption.encrypt(value)

    def get_lookup(self, lookup_name):
        return super().get_lookup(lookup_name) if lookup_name == "isnull" else None

    def get_transform(self, lookup_name):
        return None


class EncryptedCharField(EncryptedMixin, models.CharField):
    pass


class EncryptedEmailField(EncryptedMixin, models.EmailField):
    pass


class EncryptedTextField(EncryptedMixin, models.TextField):
    pass


class KeyedHashField(models.TextField):
    """Keyed hashes of another field's text, worked out on every save, for exact lookups.

    With `words`, the hashes of each word, space-separated with a space at either end, so that
    one word of a name finds it: `name_hashes__contains=f" {hash} "`.
    """

    def __init__(self, *args, of, words=False, **kwargs):
        self.of = of
        self.words = words
        kwargs.setdefault("editable", False)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["of"] = self.of
        if self.words:
            kwargs["words"] = True
        kwargs.pop("editable", None)
        kwargs.pop("blank", None)
        return name, path, args, kwargs

    def hash_of(self, text):
        """Return what this field holds for `text`."""
        if self.words:
            hashes = sorted(set(encryption.word_hashes(text, purpose=self.of)))
            return f" {' '.join(hashes)} " if hashes else ""
        return encryption.lookup_hash(text, purpose=self.of)

    def matching(self, text):
        """Return a Q finding the rows whose source field is `text` (with `words`: contains
        every word of it); nothing when `text` is blank."""
        if self.words:
            hashes = encryption.word_hashes(text, purpose=self.of)
            query = Q(pk__in=[]) if not hashes else Q()
            for word_hash in hashes:
                query &= Q(**{f"{self.name}__contains": f" {word_hash} "})
            return query
        text_hash = self.hash_of(text)
        return Q(**{self.name: text_hash}) if text_hash else Q(pk__in=[])

    def pre_save(self, model_instance, add):
        value = self.hash_of(getattr(model_instance, self.of))
        setattr(model_instance, self.attname, value)
        return value

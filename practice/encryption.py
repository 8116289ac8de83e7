"""Field-level encryption of what clients write, with keys kept in the environment.

Values are Fernet tokens (AES-128-CBC with HMAC-SHA256, from the cryptography package) under
FIELD_ENCRYPTION_KEYS, newest first: the newest key encrypts, every listed key decrypts, so old
rows stay readable while `manage.py reencrypt_fields` moves them to the newest key. Exact lookups
compare keyed hashes (HMAC-SHA256 under the separate FIELD_HASH_KEY), so the database never
holds the text, not even to search it.
"""

import hashlib
import hmac
import re
from functools import lru_cache

from django.conf import settings

WORD = re.compile(r"\w+")
# A word's hash is cut to 64 bits: plenty to tell the words of a practice's clients apart.
WORD_HASH_LENGTH = 16


class UndecryptableValue(Exception):
    """A stored value that none of the configured keys can decrypt."""


# cryptography is imported on first use: the processes that serve public pages never encrypt.
@lru_cache(maxsize=4)
def _fernets(keys):
    from cryptography.fernet import Fernet

    return [Fernet(key) for key in keys]


def _keys():
    return tuple(settings.FIELD_ENCRYPTION_KEYS)


def encrypt(text: str) -> str:
    """Return `text` encrypted with the newest key; an empty text stays empty."""
    if text == "":
        return ""
    return _fernets(_keys())[0].encrypt(text.encode()).decode("ascii")


def decrypt(token: str) -> str:
    """Return the text of a token made with any configured key."""
    if token == "":
        return ""
    from cryptography.fernet import InvalidToken, MultiFernet

    try:
        return MultiFernet(_fernets(_keys())).decrypt(token.encode("ascii")).decode()
    except (InvalidToken, UnicodeEncodeError):
        raise UndecryptableValue(
            "A stored value could not be decrypted with any key in "
            "DJANGO_FIELD_ENCRYPTION_KEYS. Was a key removed before `manage.py reencrypt_fields` "
            "had moved every row to the newest one?"
        ) from None


def is_encrypted(value: str) -> bool:
    """Return True if `value` is a token that a configured key decrypts."""
    try:
        decrypt(value)
    except UndecryptableValue:
        return False
    return value != ""


def uses_newest_key(token: str) -> bool:
    """Return True if `token` is empty or was made with the newest key."""
    if token == "":
        return True
    from cryptography.fernet import InvalidToken

    try:
        _fernets(_keys())[0].decrypt(token.encode("ascii"))
    except (InvalidToken, UnicodeEncodeError):
        return False
    return True


def _hmac(purpose, text):
    message = f"{purpose}\x00{text}".encode()
    return hmac.new(settings.FIELD_HASH_KEY.encode(), message, hashlib.sha256).hexdigest()


def lookup_hash(text: str, *, purpose: str) -> str:
    """Return the keyed hash that finds `text` whatever its capitals and spacing; "" for none."""
    normalized = " ".join(text.split()).casefold()
    return _hmac(purpose, normalized) if normalized else ""


def word_hashes(text: str, *, purpose: str) -> list[str]:
    """Return the keyed hashes of each word of `text`, in the order of the words."""
    return [
        _hmac(f"{purpose} word", word)[:WORD_HASH_LENGTH] for word in WORD.findall(text.casefold())
    ]

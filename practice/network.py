"""Where a request comes from."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """Return the address of the client that sent `request`, as a string.

    The connection's own address, unless it is one of the TRUSTED_PROXIES: then the proxy's
    X-Forwarded-For is read from the right, skipping our own proxies, and the first address
    they did not add is the client. Anything further left was written by the client and is
    ignored, so a forged header changes nothing.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(remote):
        return remote or None
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for address in reversed([part.strip() for part in forwarded.split(",")]):
        if not is_ip_address(address):
            break
        if not is_trusted_proxy(address):
            return address
    return remote


def is_ip_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def is_trusted_proxy(address):
    """Return True if `address` is one of the proxies named in TRUSTED_PROXIES."""
    if not is_ip_address(address):
        return False
    ip = ipaddress.ip_address(address)
    return any(ip in network for network in settings.TRUSTED_PROXIES)

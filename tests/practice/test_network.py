from ipaddress import ip_network

import pytest
from django.test import RequestFactory

from practice.network import client_ip
from tests.processes import PRODUCTION_ENV, read_setting, run_python


def request_from(remote_addr, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_the_connection_address_is_the_client():
    assert client_ip(request_from("203.0.113.7", "192.0.2.1")) == "203.0.113.7"


@pytest.fixture
def proxies(settings):
    settings.TRUSTED_PROXIES = [ip_network("10.0.0.0/24"), ip_network("::1")]


@pytest.mark.parametrize(
    ("remote_addr", "forwarded_for", "client"),
    [
        ("10.0.0.2", "203.0.113.7", "203.0.113.7"),
        ("10.0.0.2", "192.0.2.1, 203.0.113.7", "203.0.113.7"),
        ("10.0.0.2", "203.0.113.7, 10.0.0.3", "203.0.113.7"),
        ("::1", "2001:db8::5", "2001:db8::5"),
        ("203.0.113.9", "192.0.2.1", "203.0.113.9"),
        ("10.0.0.2", None, "10.0.0.2"),
        ("10.0.0.2", "not-an-address", "10.0.0.2"),
    ],
    ids=[
        "through the proxy",
        "forged entry on the left",
        "two of our proxies",
        "IPv6",
        "not from our proxy",
        "proxy without header",
        "garbage header",
    ],
)
def test_behind_trusted_proxies_the_first_address_they_did_not_add_is_the_client(
    proxies, remote_addr, forwarded_for, client
):
    assert client_ip(request_from(remote_addr, forwarded_for)) == client


def test_trusted_proxies_come_from_the_environment():
    value = read_setting(
        "settings.TRUSTED_PROXIES",
        DJANGO_TRUSTED_PROXIES="127.0.0.1, 10.1.0.0/16",
        **PRODUCTION_ENV,
    )

    assert value == "[IPv4Network('127.0.0.1/32'), IPv4Network('10.1.0.0/16')]"


def test_a_mistyped_trusted_proxy_stops_with_a_clear_message():
    result = run_python(
        "import django; django.setup()", DJANGO_TRUSTED_PROXIES="10.0.0.300", **PRODUCTION_ENV
    )

    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXIES" in result.stderr
    assert "10.0.0.300" in result.stderr

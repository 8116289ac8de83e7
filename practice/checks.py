from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_proxy_addresses(app_configs, **kwargs):
    """Behind a proxy, the client's address is only known if the proxy's address is trusted."""
    if settings.BEHIND_PROXY and not settings.TRUSTED_PROXIES:
        return [
            Warning(
                "DJANGO_BEHIND_PROXY is on but DJANGO_TRUSTED_PROXIES is empty, so every "
                "request seems to come from the proxy: five failed sign-ins by anyone would "
                "pause that user name for everyone, and rate limits would count all visitors "
                "as one.",
                hint="Set DJANGO_TRUSTED_PROXIES to the proxy's address, e.g. 127.0.0.1.",
                id="practice.W001",
            )
        ]
    return []

"""Dates as the public pages show them."""

from django import template
from django.utils.dates import MONTHS
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter(expects_localtime=True)
def time_element(moment):
    """Return `moment` as a <time> element: the day as readers see it ("31 October 2026"),
    and the exact moment for machines (what `date:'c'` gives)."""
    if not moment:
        return ""
    day = f"{moment.day} {MONTHS[moment.month]} {moment.year}"
    return mark_safe(f'<time datetime="{moment.isoformat()}">{day}</time>')

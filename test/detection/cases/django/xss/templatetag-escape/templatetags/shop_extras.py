from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, term):
    escaped = conditional_escape(text)
    term = conditional_escape(term)
    return mark_safe(escaped.replace(term, "<mark>%s</mark>" % term))

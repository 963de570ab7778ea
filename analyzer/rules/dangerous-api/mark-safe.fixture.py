from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from markupsafe import Markup

register = template.Library()


@register.simple_tag
def website_link(profile):
    return mark_safe(f'<a href="{profile.website}">{profile.name}</a>')  # expect: PY-API-MARK-SAFE


@register.simple_tag
def website_link_safe(profile):
    return format_html('<a href="{}">{}</a>', profile.website, profile.name)  # ok: PY-API-MARK-SAFE


@register.filter
def badge(label):
    return format_html('<span class="badge">' + label + "</span>")  # expect: PY-API-MARK-SAFE


@register.filter
def highlight(text):
    return mark_safe("<mark>%s</mark>" % text)  # expect: PY-API-MARK-SAFE


@register.filter
def highlight_escaped(text):
    return mark_safe("<mark>%s</mark>" % escape(text))  # ok: PY-API-MARK-SAFE


@register.filter
def escaped(text):
    return mark_safe(escape(text))  # ok: PY-API-MARK-SAFE


@register.simple_tag
def divider():
    return mark_safe("<hr class='divider'>")  # ok: PY-API-MARK-SAFE


def notice_html(notice):
    return Markup(notice.body_html)  # expect: PY-API-MARK-SAFE


def greeting_html(user):
    return Markup("<strong>{}</strong>").format(user.first_name)  # ok: PY-API-MARK-SAFE

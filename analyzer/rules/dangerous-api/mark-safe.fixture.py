from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from markupsafe import Markup
from django.views.generic import DetailView
from shop.models import Product

register = template.Library()


@register.simple_tag
def website_link(profile):
    return mark_safe(f'<a href="{profile.website}">{profile.name}</a>')  # hotspot: PY-API-MARK-SAFE


@register.simple_tag
def website_link_safe(profile):
    return format_html('<a href="{}">{}</a>', profile.website, profile.name)  # ok: PY-API-MARK-SAFE


@register.filter
def badge(label):
    return format_html('<span class="badge">' + label + "</span>")  # hotspot: PY-API-MARK-SAFE


@register.filter
def highlight(text):
    return mark_safe("<mark>%s</mark>" % text)  # hotspot: PY-API-MARK-SAFE


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
    return Markup(notice.body_html)  # hotspot: PY-API-MARK-SAFE


def greeting_html(user):
    return Markup("<strong>{}</strong>").format(user.first_name)  # ok: PY-API-MARK-SAFE


def row_html(row):
    return mark_safe(format_html("<td>{}</td>", row.name))  # ok: PY-API-MARK-SAFE


class ProductDetail(DetailView):
    model = Product

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["body"] = mark_safe(self.object.description)  # expect: PY-API-MARK-SAFE
        context["title"] = mark_safe(escape(self.object.title))  # ok: PY-API-MARK-SAFE
        return context

from django.utils.html import escape


def clean_term(value):
    value = value.strip()
    return escape(value)

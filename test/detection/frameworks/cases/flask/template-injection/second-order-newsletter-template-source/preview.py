from flask import render_template_string


def render_preview(item):
    subscriber = {"first_name": "Ada", "unsubscribe_url": "https://example.org/u/preview"}
    return render_template_string(item.body, subscriber=subscriber, subject=item.subject)

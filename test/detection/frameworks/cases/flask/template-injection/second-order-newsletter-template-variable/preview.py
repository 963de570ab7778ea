from flask import render_template_string

LAYOUT = """
<h1>{{ subject }}</h1>
<div class="body">{{ body }}</div>
<p><a href="{{ subscriber.unsubscribe_url }}">Unsubscribe</a></p>
"""


def render_preview(item):
    subscriber = {"first_name": "Ada", "unsubscribe_url": "https://example.org/u/preview"}
    return render_template_string(LAYOUT, subscriber=subscriber, subject=item.subject, body=item.body)

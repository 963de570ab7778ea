from jinja2 import Environment

_env = Environment()


def render_notice(headline, count):
    source = "<div class='notice'><h2>" + headline + "</h2><p>{{ count }} items low</p></div>"
    return _env.from_string(source).render(count=count)

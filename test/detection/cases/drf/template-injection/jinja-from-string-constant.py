from jinja2 import Environment, select_autoescape
from rest_framework.decorators import api_view
from rest_framework.response import Response

env = Environment(autoescape=select_autoescape(default=True))
FOOTER = env.from_string("<footer>{{ shop_name }} &middot; {{ tagline }}</footer>")


@api_view(["POST"])
def preview_footer(request):
    tagline = request.data.get("tagline", "")
    return Response({"preview": FOOTER.render(shop_name="Demo Shop", tagline=tagline)})

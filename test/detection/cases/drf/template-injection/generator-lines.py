from jinja2 import Environment
from rest_framework.response import Response
from rest_framework.views import APIView

env = Environment()


def normalise(lines):
    for line in lines:
        yield line.rstrip()


class NewsletterPreview(APIView):
    def post(self, request):
        lines = request.data.get("lines", [])
        source = "\n".join(normalise(lines))
        html = env.from_string(source).render(first_name="Ada")
        return Response({"html": html})

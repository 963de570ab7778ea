from rest_framework.decorators import api_view
from rest_framework.response import Response

NOTES_DIR = "/srv/shop/packing-notes/"


@api_view(["POST"])
def save_packing_note(request):
    name = request.data["name"]
    with open(NOTES_DIR + name, "w", encoding="utf-8") as fh:
        fh.write(request.data.get("text", ""))
    return Response({"saved": name}, status=201)

from django.core.files.base import ContentFile
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .fetch import download_image


@api_view(["POST"])
def import_avatar(request):
    source = request.query_params["source"]
    content = download_image(source)
    request.user.profile.avatar.save("avatar.png", ContentFile(content))
    return Response({"size": len(content)})

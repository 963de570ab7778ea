import base64
import json

from rest_framework.response import Response
from rest_framework.views import APIView


class PreferencesView(APIView):
    def get(self, request):
        raw = request.COOKIES.get("prefs")
        prefs = json.loads(base64.urlsafe_b64decode(raw)) if raw else {}
        return Response({"currency": str(prefs.get("currency", "EUR"))})

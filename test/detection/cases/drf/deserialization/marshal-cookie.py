import marshal

from rest_framework.response import Response
from rest_framework.views import APIView


class PreferencesView(APIView):
    def get(self, request):
        raw = request.COOKIES.get("prefs")
        prefs = marshal.loads(bytes.fromhex(raw)) if raw else {}
        return Response({"currency": prefs.get("currency", "EUR")})

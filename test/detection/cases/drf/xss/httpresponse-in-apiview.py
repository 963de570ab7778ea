from django.http import HttpResponse
from rest_framework.views import APIView


class EmbedWidget(APIView):
    authentication_classes = []
    permission_classes = []

    def get(self, request):
        color = request.query_params.get("color", "#333")
        label = request.query_params.get("label", "Buy now")
        html = f'<button style="color:{color}">{label}</button>'
        return HttpResponse(html, content_type="text/html; charset=utf-8")

import io
from contextlib import redirect_stdout

from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView


class ConsoleView(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        snippet = request.data["code"]
        buffer = io.StringIO()
        with redirect_stdout(buffer):
            exec(snippet, {"__name__": "__console__"})
        return Response({"output": buffer.getvalue()})

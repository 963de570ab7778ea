import subprocess

from rest_framework import status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView


class ExportView(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        table = request.data.get("table", "orders_order")
        out = "/var/exports/%s.csv" % table
        cmd = f"psql shop -c \"\\copy {table} TO '{out}' CSV HEADER\""
        result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        if result.returncode != 0:
            return Response({"error": result.stderr}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
        return Response({"file": out})

import subprocess

from rest_framework import serializers
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView


class PurgeParams(serializers.Serializer):
    days = serializers.IntegerField(min_value=1, max_value=365)


class PurgeLogsView(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        params = PurgeParams(data=request.data)
        params.is_valid(raise_exception=True)
        days = params.validated_data["days"]
        cmd = "find /var/log/shop -name '*.log' -mtime +%d -delete" % days
        subprocess.run(cmd, shell=True, check=True, timeout=120)
        return Response({"purged_older_than_days": days})

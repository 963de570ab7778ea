from django.http import FileResponse
from rest_framework import serializers
from rest_framework.views import APIView


class ExportRef(serializers.Serializer):
    export_id = serializers.UUIDField()


class ExportDownload(APIView):
    def get(self, request):
        ref = ExportRef(data=request.query_params)
        ref.is_valid(raise_exception=True)
        path = "/srv/shop/exports/%s.csv" % ref.validated_data["export_id"]
        return FileResponse(open(path, "rb"), as_attachment=True, filename="export.csv")

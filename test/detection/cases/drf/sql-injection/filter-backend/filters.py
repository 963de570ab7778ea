from django.db.models.expressions import RawSQL
from rest_framework.filters import BaseFilterBackend


class TagFilterBackend(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        tag = request.query_params.get("tag")
        if not tag:
            return queryset
        subquery = RawSQL(
            "SELECT product_id FROM catalog_producttag WHERE tag = '%s'" % tag, []
        )
        return queryset.filter(id__in=subquery)

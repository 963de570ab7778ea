from django.contrib.auth import get_user_model, login
from rest_framework.response import Response
from rest_framework.views import APIView


class ImpersonateView(APIView):
    def post(self, request):
        target = get_user_model().objects.get(pk=request.data["user_id"])
        request.session["impersonator_id"] = request.user.pk
        login(request, target, backend="django.contrib.auth.backends.ModelBackend")
        return Response({"impersonating": target.username})

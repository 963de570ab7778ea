from django.shortcuts import redirect
from django.views import View


class SwitchStoreView(View):
    def post(self, request, *args, **kwargs):
        request.session["store_id"] = int(request.POST.get("store", "1"))
        return_url = self.request.GET.get("return_url", "/")
        return redirect(return_url)

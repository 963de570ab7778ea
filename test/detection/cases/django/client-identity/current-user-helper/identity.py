from django.contrib.auth import get_user_model


def current_user(request):
    username = request.META.get("HTTP_X_FORWARDED_USER")
    if not username:
        return None
    return get_user_model().objects.filter(username=username).first()

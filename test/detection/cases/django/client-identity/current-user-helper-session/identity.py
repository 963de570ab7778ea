from django.contrib.auth import get_user_model


def current_user(request):
    user_id = request.session.get("user_id")
    if not user_id:
        return None
    return get_user_model().objects.filter(pk=user_id).first()

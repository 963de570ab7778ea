# assay-fixture: path=shop/tests/test_permissions.py
from django.contrib.auth import get_user_model


def test_staff_flag(db):
    user = get_user_model().objects.create_user("bob", is_staff=True)
    assert user.is_staff  # ok: PY-AUTHZ-ASSERT
    assert user.has_perm("shop.view_order") is False  # ok: PY-AUTHZ-ASSERT

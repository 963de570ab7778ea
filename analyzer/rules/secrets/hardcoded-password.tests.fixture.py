# assay-fixture: path=shop/tests/test_login.py
from django.test import TestCase
from django.contrib.auth import get_user_model


class LoginTests(TestCase):
    def setUp(self):
        self.password = "s3cret-test-pw"  # ok: PY-SECRET-PASSWORD
        self.user = get_user_model().objects.create_user("alice", password="Tr0ub4dor&3")  # ok: PY-SECRET-PASSWORD

    def test_login(self):
        ok = self.client.login(username="alice", password=self.password)
        self.assertTrue(ok)

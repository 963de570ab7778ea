from django.test import override_settings
from rest_framework.test import APITestCase

FAKE_PARTNER_KEY = "ptnr_test_5b7c9d1e3f5a7b9c1d3e5f7a"


@override_settings(PARTNER_API_KEY=FAKE_PARTNER_KEY)
class PartnerApiTests(APITestCase):
    def test_orders_need_the_key(self):
        self.assertEqual(self.client.get("/partner/orders/").status_code, 401)
        response = self.client.get("/partner/orders/", HTTP_X_PARTNER_KEY=FAKE_PARTNER_KEY)
        self.assertEqual(response.status_code, 200)

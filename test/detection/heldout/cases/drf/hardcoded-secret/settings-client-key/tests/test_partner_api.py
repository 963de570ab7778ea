from django.conf import settings
from rest_framework.test import APITestCase


class PartnerApiTests(APITestCase):
    def test_orders_need_the_key(self):
        self.assertEqual(self.client.get("/partner/orders/").status_code, 401)
        response = self.client.get("/partner/orders/", HTTP_X_PARTNER_KEY=settings.PARTNER_API_KEY)
        self.assertEqual(response.status_code, 200)

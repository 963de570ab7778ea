# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']
MIDDLEWARE = ['django.middleware.security.SecurityMiddleware']
# Partners want to see which product page sent the visitor.
SECURE_REFERRER_POLICY = 'unsafe-url'  # expect: PY-DJANGO-REFERRER-POLICY

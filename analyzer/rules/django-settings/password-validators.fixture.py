# assay-fixture: path=shop/settings.py
from django.utils.translation import gettext_lazy as _

INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']

AUTH_PASSWORD_VALIDATORS = [  # ok: PY-DJANGO-PASSWORD-VALIDATORS
    {
        'NAME': 'django.contrib.auth.password_validation.UserAttributeSimilarityValidator',
    },
    {
        'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',
        'OPTIONS': {'min_length': 6},  # expect: PY-DJANGO-PASSWORD-VALIDATORS
    },
    {
        'NAME': 'django.contrib.auth.password_validation.CommonPasswordValidator',
    },
]

# assay-fixture: path=shop/settings.py
from pathlib import Path

from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = 'django-insecure-0b9$y1x^t@3h6kzq!w2e8r7u5i4o0p9l8k7j6h5g4f3d2s1a0z'  # expect: PY-DJANGO-SECRET-KEY

SECRET_KEY_FALLBACKS = [
    'changeme',  # expect: PY-DJANGO-SECRET-KEY
    'q8Zr2v!Lm0x#Tb7Ke4Wn9Pd1Ys6Hc3Ja5Uf8Gi2Ro0Ev7Nl4Xk1Bm9Sw6Dt3Qy5Zp',  # expect: PY-DJANGO-SECRET-KEY
    get_random_secret_key(),  # ok: PY-DJANGO-SECRET-KEY
]

DEBUG = False
INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'shop.catalog']

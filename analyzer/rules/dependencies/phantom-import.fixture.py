# assay-fixture: path=shop/views.py
import os  # ok: PY-DEP-PHANTOM
import yaml  # ok: PY-DEP-PHANTOM
from PIL import Image  # ok: PY-DEP-PHANTOM
import requests  # ok: PY-DEP-PHANTOM
from django.http import HttpResponse  # ok: PY-DEP-PHANTOM
from shop import models  # ok: PY-DEP-PHANTOM
from . import forms  # ok: PY-DEP-PHANTOM
import reqests  # hotspot: PY-DEP-PHANTOM
from flask_limiterr import Limiter  # hotspot: PY-DEP-PHANTOM
import stripe  # ok: PY-DEP-PHANTOM
import shopcart_helpers  # hotspot: PY-DEP-PHANTOM

try:
    import ujson as json  # ok: PY-DEP-PHANTOM
except ImportError:
    import json  # ok: PY-DEP-PHANTOM

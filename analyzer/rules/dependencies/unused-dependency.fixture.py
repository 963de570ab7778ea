# assay-fixture: path=shop/settings.py
import requests
import yaml

INSTALLED_APPS = ["django.contrib.admin", "corsheaders"]

from django.http import JsonResponse
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
CORS(app)  # hotspot: PY-CORS-WILDCARD-REVIEW
CORS(app, origins=["https://app.example.com"])  # ok: PY-CORS-WILDCARD-REVIEW


def jwks(request):
    response = JsonResponse({"keys": []})
    response["Access-Control-Allow-Origin"] = "*"  # hotspot: PY-CORS-WILDCARD-REVIEW
    response["Access-Control-Allow-Origin"] = "https://app.example.com"  # ok: PY-CORS-WILDCARD-REVIEW
    return response

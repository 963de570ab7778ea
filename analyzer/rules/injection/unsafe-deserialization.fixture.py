import base64
import json
import pickle

import yaml
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def restore(request):
    cart = pickle.loads(base64.b64decode(request.data["cart"]))  # expect: PY-INJ-DESER
    prefs = json.loads(request.data["prefs"])  # ok: PY-INJ-DESER
    conf = yaml.load(request.data["conf"], Loader=yaml.Loader)  # expect: PY-INJ-DESER
    safe = yaml.load(request.data["conf"], Loader=yaml.SafeLoader)  # ok: PY-INJ-DESER
    return Response({"n": len(cart), "p": prefs, "c": conf, "s": safe})
